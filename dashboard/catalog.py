"""Per-process cache of query results: the data is small and read-only, so load it once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pandas as pd
from sqlalchemy.engine import Engine

from dashboard.context_variables import MEASURES, force_variables
from queries import context, forces, grades, provenance, reports, search


@dataclass(frozen=True)
class ProgrammeYear:
    programme: str
    year: int

    @property
    def key(self) -> str:
        return f"{self.programme}-{self.year}"


class Catalog:
    """The app's only door to the database; every method returns a cached DataFrame."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        for name in (
            "forces",
            "force_aliases",
            "programme_years",
            "grade_scale",
            "frameworks",
            "national_distribution",
            "grade_grid",
            "force_grades",
            "force_context",
            "national_context",
            "report_info",
            "report_areas",
            "findings",
            "section_texts",
            "case_studies",
            "report_ethnicity",
            "report_unemployment",
            "strategic_priorities",
            "glossary",
            "source_files",
            "etl_warnings",
            "boundaries",
            "all_force_context",
        ):
            setattr(self, name, cache(getattr(self, name)))

    def forces(self) -> pd.DataFrame:
        return forces.forces(self.engine)

    def force_aliases(self, force_code: str) -> pd.DataFrame:
        return forces.force_aliases(self.engine, force_code)

    def boundaries(self) -> pd.DataFrame:
        return forces.boundaries(self.engine)

    def programme_years(self) -> pd.DataFrame:
        return grades.programme_years(self.engine)

    def grade_scale(self, programme: str) -> pd.DataFrame:
        return grades.grade_scale(self.engine, programme)

    def frameworks(self, programme: str, year: int) -> pd.DataFrame:
        return grades.frameworks(self.engine, programme, year)

    def national_distribution(self, programme: str, year: int) -> pd.DataFrame:
        return grades.national_distribution(self.engine, programme, year)

    def grade_grid(self, programme: str, year: int) -> pd.DataFrame:
        return grades.grade_grid(self.engine, programme, year)

    def force_grades(self, force_code: str) -> pd.DataFrame:
        return grades.force_grades(self.engine, force_code)

    def force_context(self, force_code: str) -> pd.DataFrame:
        return context.force_context(self.engine, force_code)

    def all_force_context(self, measures: tuple[str, ...]) -> pd.DataFrame:
        return context.all_force_context(self.engine, list(measures))

    def context_variables(self) -> pd.DataFrame:
        """Analysis variables for all 43 forces (see dashboard.context_variables)."""
        return force_variables(self.all_force_context(MEASURES), self.forces())

    def national_context(self) -> pd.DataFrame:
        return context.national_context(self.engine)

    def report_info(self, force_code: str) -> pd.DataFrame:
        return reports.report_info(self.engine, force_code)

    def report_areas(self, force_code: str) -> pd.DataFrame:
        return reports.report_areas(self.engine, force_code)

    def findings(self, force_code: str) -> pd.DataFrame:
        return reports.findings(self.engine, force_code)

    def section_texts(self, force_code: str) -> pd.DataFrame:
        return reports.section_texts(self.engine, force_code)

    def case_studies(self, force_code: str) -> pd.DataFrame:
        return reports.case_studies(self.engine, force_code)

    def report_ethnicity(self, force_code: str) -> pd.DataFrame:
        return reports.report_ethnicity(self.engine, force_code)

    def report_unemployment(self, force_code: str) -> pd.DataFrame:
        return reports.report_unemployment(self.engine, force_code)

    def strategic_priorities(self, force_code: str) -> pd.DataFrame:
        return reports.strategic_priorities(self.engine, force_code)

    def glossary(self) -> pd.DataFrame:
        return reports.glossary(self.engine)

    def source_files(self) -> pd.DataFrame:
        return provenance.source_files(self.engine)

    def etl_warnings(self) -> pd.DataFrame:
        return provenance.etl_warnings(self.engine)

    # Derived lookups used by several pages.
    def programme_year_list(self) -> list[ProgrammeYear]:
        frame = self.programme_years()
        return [ProgrammeYear(p, int(y)) for p, y in zip(frame["programme"], frame["year"], strict=True)]

    def force_by_slug(self, slug: str) -> pd.Series | None:
        frame = self.forces()
        match = frame[frame["slug"] == slug]
        return None if match.empty else match.iloc[0]

    def search_documents(self) -> pd.DataFrame:
        return search.all_documents(self.engine)

    def glossary_terms(self) -> tuple[tuple[str, str], ...]:
        """(abbreviation, expansion) pairs from every loaded report, for <abbr> markup."""
        frame = self.glossary()
        return tuple(zip(frame["term"], frame["expansion"], strict=True))

    def scale(self, programme: str) -> list[str]:
        frame = self.grade_scale(programme)
        return list(frame[frame["in_scale"].astype(bool)]["grade"])
