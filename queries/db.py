"""Open the database read-only, and fail clearly when it is missing or not ours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DatabaseError, OperationalError

PG_SCHEMA = "hmic"  # the live schema the ETL swaps in (etl.schema.PG_SCHEMA)
REQUIRED_TABLES = {"force", "force_grade", "national_count", "context_value", "source_file"}


class DatabaseUnavailable(Exception):
    """The database file is missing, unreadable, corrupt or from another application."""


def open_database(target: Path | str) -> Engine:
    """A read-only engine on the SQLite file (a path) or PostgreSQL (a URL), after checking our tables."""
    if isinstance(target, str):
        engine = create_engine(
            target,
            pool_pre_ping=True,  # a restarted server costs one failed check, not a failed request
            connect_args={"options": f"-c search_path={PG_SCHEMA} -c default_transaction_read_only=on"},
        )
        shown, schema = make_url(target).render_as_string(hide_password=True), PG_SCHEMA
    else:
        if not target.is_file():
            raise DatabaseUnavailable(f"{target}: no database file; build it with 'python -m etl'")
        engine = create_engine(f"sqlite:///file:{target}?mode=ro&uri=true")
        shown, schema = str(target), None
    try:
        tables = set(inspect(engine).get_table_names(schema=schema))
    except (DatabaseError, OperationalError) as error:
        engine.dispose()
        raise DatabaseUnavailable(f"{shown}: not a readable database ({error.orig})") from error
    missing = REQUIRED_TABLES - tables
    if missing:
        engine.dispose()
        raise DatabaseUnavailable(f"{shown}: missing tables {', '.join(sorted(missing))}; rebuild with 'python -m etl'")
    return engine


def read(engine: Engine, sql: str, **params: Any) -> pd.DataFrame:
    """Run a parameterised query; values are always bound, never formatted into SQL."""
    with engine.connect() as connection:
        return pd.read_sql(text(sql), connection, params=params)
