"""Demographic and workforce context for a force and for England and Wales."""

from __future__ import annotations

import pandas as pd
from sqlalchemy.engine import Engine

from queries.db import read


def force_context(engine: Engine, force_code: str) -> pd.DataFrame:
    """Every context figure for one force, with its year, unit and source."""
    return read(
        engine,
        "SELECT measure, year, value, unit, source_file, source_location FROM force_context "
        "WHERE force_code = :force_code ORDER BY measure, year",
        force_code=force_code,
    )


def national_context(engine: Engine) -> pd.DataFrame:
    """The England and Wales figure for each measure and year."""
    return read(
        engine,
        "SELECT measure, year, value, unit, source_file, source_location FROM national_context ORDER BY measure, year",
    )


def all_force_context(engine: Engine, measures: list[str]) -> pd.DataFrame:
    """Chosen measures for all 43 forces, for cross-force comparison."""
    frame = read(
        engine,
        "SELECT force_code, force_name, measure, year, value, unit, source_file FROM force_context "
        "ORDER BY force_code, measure, year",
    )
    return frame[frame["measure"].isin(measures)].reset_index(drop=True)
