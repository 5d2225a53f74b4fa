"""Turning URL query values into valid choices, with a notice for anything ignored."""

from __future__ import annotations

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.formatting import programme_label


def default_programme_year(catalog: Catalog) -> ProgrammeYear:
    """The latest year in which every force is graded: the most complete national picture."""
    frame = catalog.programme_years()
    complete = frame[frame["forces_graded"] == frame["forces_graded"].max()]
    row = complete.iloc[-1]
    return ProgrammeYear(row["programme"], int(row["year"]))


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
