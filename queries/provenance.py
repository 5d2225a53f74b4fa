"""Where the data came from: files, checksums, load times, warnings."""

from __future__ import annotations

import pandas as pd
from sqlalchemy.engine import Engine

from queries.db import read


def source_files(engine: Engine) -> pd.DataFrame:
    """Every file the ETL read, with its SHA-256 and load time."""
    return read(engine, "SELECT id, kind, name, sha256, loaded_at FROM source_file ORDER BY id")


def etl_warnings(engine: Engine) -> pd.DataFrame:
    """Warnings the last build raised (e.g. a report without an ISBN)."""
    return read(engine, "SELECT message FROM etl_warning ORDER BY position")
