"""Turning URL query values into valid choices, with a notice for anything ignored."""

from __future__ import annotations

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.formatting import programme_label


def default_programme_year(catalog: Catalog) -> ProgrammeYear:
    """The latest year with every force graded and a national distribution for every framework."""
    frame = catalog.programme_years()
    most = frame["forces_graded"].max()
    for candidate in reversed(catalog.programme_year_list()):
        row = frame[(frame["programme"] == candidate.programme) & (frame["year"] == candidate.year)].iloc[0]
        frameworks = set(catalog.frameworks(candidate.programme, candidate.year)["framework"])
        distributed = set(catalog.national_distribution(candidate.programme, candidate.year)["framework"])
        if row["forces_graded"] == most and frameworks == distributed:
            return candidate
    return catalog.programme_year_list()[-1]


def choose_programme_year(catalog: Catalog, programme: str | None, year: str | None) -> tuple[ProgrammeYear, list[str]]:
    """The requested programme-year if it exists; otherwise the default and a notice."""
    held = catalog.programme_year_list()
    default = default_programme_year(catalog)
    if programme is None and year is None:
        return default, []
    for candidate in held:
        if candidate.programme == programme and str(candidate.year) == str(year):
            return candidate, []
    if year is None:
        in_programme = [c for c in held if c.programme == programme]
        if in_programme:
            return in_programme[-1], []
    valid = ", ".join(f"programme={c.programme}&year={c.year}" for c in held)
    shown = programme_label(default.programme, default.year)
    return default, [f"Ignored programme={programme!r}, year={year!r}: not held. Showing {shown}. Valid: {valid}."]
