"""The 43 forces: identity, region and whether a 2007 report is loaded."""

from __future__ import annotations

import pandas as pd
from sqlalchemy.engine import Engine

from queries.db import read


def forces(engine: Engine) -> pd.DataFrame:
    """One row per force with slug, country, region and its loaded report (if any)."""
    return read(
        engine,
        """
        SELECT f.code AS force_code, f.name AS force_name, f.slug, f.country, f.region,
               r.id IS NOT NULL AS report_loaded, r.title AS report_title
        FROM force f LEFT JOIN report r ON r.force_code = f.code
        ORDER BY f.name
        """,
    )


def force_aliases(engine: Engine, force_code: str) -> pd.DataFrame:
    """The names each source file uses for one force."""
    return read(
        engine,
        """
        SELECT a.name, s.name AS source_file
        FROM force_alias a JOIN source_file s ON s.id = a.source_file_id
        WHERE a.force_code = :force_code ORDER BY s.name, a.name
        """,
        force_code=force_code,
    )


def boundaries(engine: Engine) -> pd.DataFrame:
    """Each force's boundary feature as GeoJSON text."""
    return read(engine, "SELECT force_code, geojson FROM boundary ORDER BY force_code")
