"""Grades: per force, national distributions, scales, and which programme-years exist."""

from __future__ import annotations

import pandas as pd
from sqlalchemy.engine import Engine

from queries.db import read


def programme_years(engine: Engine) -> pd.DataFrame:
    """Every programme and year held, with its frameworks and how many forces are graded."""
    return read(
        engine,
        """
        SELECT p.code AS programme, p.name AS programme_name, p.scale, fw.year,
               COUNT(DISTINCT fw.name) AS frameworks,
               (SELECT COUNT(DISTINCT fg.force_code) FROM force_grade fg
                 WHERE fg.programme = p.code AND fg.year = fw.year) AS forces_graded
        FROM programme p JOIN framework fw ON fw.programme = p.code
        GROUP BY p.code, p.name, p.scale, fw.year
        ORDER BY CASE p.code WHEN 'hmic' THEN 0 ELSE 1 END, fw.year
        """,
    )


def frameworks(engine: Engine, programme: str, year: int) -> pd.DataFrame:
    """The frameworks of one programme-year, in report order, with their inspection area."""
    return read(
        engine,
        "SELECT name AS framework, area, position FROM framework "
        "WHERE programme = :programme AND year = :year ORDER BY position",
        programme=programme,
        year=year,
    )


def grade_scale(engine: Engine, programme: str) -> pd.DataFrame:
    """The programme's grades, best first, with definitions where the source gives them."""
    return read(
        engine,
        """
        SELECT grade, grade_rank, in_scale, definition FROM grade
        WHERE programme = :programme ORDER BY grade_rank IS NULL, grade_rank
        """,
        programme=programme,
    )


def force_grades(engine: Engine, force_code: str) -> pd.DataFrame:
    """All of one force's grades, every programme and year, with their sources."""
    return read(
        engine,
        """
        SELECT fg.programme, fg.year, fg.framework, fg.grade, fg.grade_rank, fg.source_file,
               fg.source_location, fg.source_urls, fg.note, fw.position
        FROM force_grades fg
        JOIN framework fw ON fw.programme = fg.programme AND fw.year = fg.year AND fw.name = fg.framework
        WHERE fg.force_code = :force_code
        ORDER BY CASE fg.programme WHEN 'hmic' THEN 0 ELSE 1 END, fg.year, fw.position
        """,
        force_code=force_code,
    )


def national_distribution(engine: Engine, programme: str, year: int) -> pd.DataFrame:
    """Forces per grade for each framework of a programme-year, with the share of the total."""
    frame = read(
        engine,
        """
        SELECT nd.framework, nd.grade, nd.grade_rank, nd.forces, nd.basis, nd.source_file,
               nd.source_location, nd.source_url, fw.position
        FROM national_distribution nd
        JOIN framework fw ON fw.programme = nd.programme AND fw.year = nd.year AND fw.name = nd.framework
        WHERE nd.programme = :programme AND nd.year = :year
        ORDER BY fw.position, nd.grade_rank
        """,
        programme=programme,
        year=year,
    )
    frame["graded_forces"] = frame.groupby("framework")["forces"].transform("sum")
    frame["share"] = frame["forces"] / frame["graded_forces"]
    return frame


def grade_grid(engine: Engine, programme: str, year: int) -> pd.DataFrame:
    """Every force against every framework of a programme-year; missing cells are NaN."""
    return read(
        engine,
        """
        SELECT f.code AS force_code, f.name AS force_name, f.slug, f.region, fw.name AS framework,
               fw.position, fg.grade, g.grade_rank, r.id IS NOT NULL AS report_loaded
        FROM force f
        CROSS JOIN framework fw
        LEFT JOIN force_grade fg ON fg.force_code = f.code AND fg.programme = fw.programme
             AND fg.year = fw.year AND fg.framework = fw.name
        LEFT JOIN grade g ON g.programme = fg.programme AND g.grade = fg.grade
        LEFT JOIN report r ON r.force_code = f.code AND r.programme = fw.programme AND r.year = fw.year
        WHERE fw.programme = :programme AND fw.year = :year
        ORDER BY f.name, fw.position
        """,
        programme=programme,
        year=year,
    )
