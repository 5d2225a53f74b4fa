"""Open the database read-only, and fail clearly when it is missing or not ours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

REQUIRED_TABLES = {"force", "force_grade", "national_count", "context_value", "source_file"}


class DatabaseUnavailable(Exception):
    """The database file is missing, unreadable, corrupt or from another application."""


def open_database(path: Path) -> Engine:
    """A read-only engine on the SQLite file at path, after checking it has our tables."""
    if not path.is_file():
        raise DatabaseUnavailable(f"{path}: no database file; build it with 'python -m etl'")
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        tables = set(inspect(engine).get_table_names())
    except (DatabaseError, OperationalError) as error:
        engine.dispose()
        raise DatabaseUnavailable(f"{path}: not a readable SQLite database ({error.orig})") from error
    missing = REQUIRED_TABLES - tables
    if missing:
        engine.dispose()
        raise DatabaseUnavailable(f"{path}: missing tables {', '.join(sorted(missing))}; rebuild with 'python -m etl'")
    return engine


def read(engine: Engine, sql: str, **params: Any) -> pd.DataFrame:
    """Run a parameterised query; values are always bound, never formatted into SQL."""
    with engine.connect() as connection:
        return pd.read_sql(text(sql), connection, params=params)
