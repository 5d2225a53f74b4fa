"""What a loaded report states: identity, areas, findings, case studies, tables, glossary."""

from __future__ import annotations

import pandas as pd
from sqlalchemy.engine import Engine

from queries.db import read


def report_info(engine: Engine, force_code: str) -> pd.DataFrame:
    """The force's report (none if not loaded), with its source file and checksum."""
    return read(
        engine,
        """
        SELECT r.title, r.month, r.year, r.isbn, r.force_npu_count, r.priorities_intro,
               s.name AS source_file, s.sha256, s.loaded_at
        FROM report r JOIN source_file s ON s.id = r.source_file_id
        WHERE r.force_code = :force_code
        """,
        force_code=force_code,
    )


def report_areas(engine: Engine, force_code: str) -> pd.DataFrame:
    """Divisions, their partnership (CDRP) areas and the force total, as the report gives them."""
    return read(
        engine,
        """
        SELECT area_name, area_type, parent_name, population, households, area_sq_miles, area_km2,
               population_stated, cdrp_count, npu_count, main_towns, source_location
        FROM report_area WHERE force_code = :force_code ORDER BY id
        """,
        force_code=force_code,
    )


def findings(engine: Engine, force_code: str) -> pd.DataFrame:
    """Strengths, work in progress and areas for improvement, in report order."""
    return read(
        engine,
        """
        SELECT rf.framework, rf.kind, rf.position, rf.text, rf.source_file, rf.source_location
        FROM report_findings rf
        WHERE rf.force_code = :force_code
        ORDER BY (SELECT MIN(f2.id) FROM finding f2 WHERE f2.force_code = rf.force_code
                  AND f2.framework = rf.framework),
                 CASE rf.kind WHEN 'strength' THEN 0 WHEN 'work_in_progress' THEN 1 ELSE 2 END, rf.position
        """,
        force_code=force_code,
    )


def section_texts(engine: Engine, force_code: str) -> pd.DataFrame:
    """National and force contextual-factors text for each framework."""
    return read(
        engine,
        "SELECT framework, kind, text, source_location FROM report_text WHERE force_code = :force_code ORDER BY id",
        force_code=force_code,
    )


def case_studies(engine: Engine, force_code: str) -> pd.DataFrame:
    """Developing-practice case studies in report order."""
    return read(
        engine,
        """
        SELECT position, framework, inspection_area, title, problem, solution, outcomes, contact, source_location
        FROM case_study WHERE force_code = :force_code ORDER BY position
        """,
        force_code=force_code,
    )


def report_ethnicity(engine: Engine, force_code: str) -> pd.DataFrame:
    """The report's own ethnicity table."""
    return read(
        engine,
        "SELECT ethnic_group, population, percentage, source_location FROM report_ethnicity "
        "WHERE force_code = :force_code ORDER BY id",
        force_code=force_code,
    )


def report_unemployment(engine: Engine, force_code: str) -> pd.DataFrame:
    """The report's unemployment row, at the date it states."""
    return read(
        engine,
        "SELECT area, as_at, male, female, total, percent_working_age, source_location FROM report_unemployment "
        "WHERE force_code = :force_code",
        force_code=force_code,
    )


def strategic_priorities(engine: Engine, force_code: str) -> pd.DataFrame:
    """The force's strategic priorities as the report lists them."""
    return read(
        engine,
        "SELECT position, text, source_location FROM strategic_priority WHERE force_code = :force_code "
        "ORDER BY position",
        force_code=force_code,
    )


def glossary(engine: Engine) -> pd.DataFrame:
    """Every abbreviation from every loaded report's glossary, once each."""
    return read(engine, "SELECT term, MIN(expansion) AS expansion FROM glossary GROUP BY term ORDER BY lower(term)")
