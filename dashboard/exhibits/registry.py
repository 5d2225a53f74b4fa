"""Rebuild any exhibit from its id and query parameters, validating every parameter."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.exhibits import compare, force, national
from dashboard.exhibits.model import Exhibit
from dashboard.grid import sort_options

MIN_COMPARE, MAX_COMPARE = 2, 6


class ExhibitRequestError(Exception):
    """A bad export request: `status` is 404 for unknown things, 400 for malformed ones."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _force(data: Catalog, params: Mapping[str, str]) -> pd.Series:
    slug = params.get("force", "")
    found = data.force_by_slug(slug)
    if found is None:
        raise ExhibitRequestError(404, f"Unknown force {slug!r}. Use a slug such as 'staffordshire' (see /data).")
    return found


def _programme_year(data: Catalog, params: Mapping[str, str]) -> ProgrammeYear:
    held = data.programme_year_list()
    for candidate in held:
        if candidate.programme == params.get("programme") and str(candidate.year) == params.get("year"):
            return candidate
    valid = ", ".join(f"programme={c.programme}&year={c.year}" for c in held)
    raise ExhibitRequestError(
        404, f"Unknown programme/year {params.get('programme')!r}/{params.get('year')!r}. Valid: {valid}."
    )


def _programme(data: Catalog, params: Mapping[str, str]) -> str:
    programmes = list(dict.fromkeys(py.programme for py in data.programme_year_list()))
    if params.get("programme") not in programmes:
        raise ExhibitRequestError(
            404, f"Unknown programme {params.get('programme')!r}. Valid: {', '.join(programmes)}."
        )
    return params["programme"]


def _forces(data: Catalog, params: Mapping[str, str]) -> pd.DataFrame:
    slugs = [slug for slug in params.get("forces", "").split(",") if slug]
    forces = data.forces().set_index("slug")
    unknown = [slug for slug in slugs if slug not in forces.index]
    if unknown:
        raise ExhibitRequestError(404, f"Unknown forces: {', '.join(unknown)}.")
    if not MIN_COMPARE <= len(set(slugs)) <= MAX_COMPARE or len(set(slugs)) != len(slugs):
        raise ExhibitRequestError(
            400, f"Give {MIN_COMPARE} to {MAX_COMPARE} different forces, e.g. forces=kent,durham."
        )
    return forces.loc[slugs].reset_index()


def _required(exhibit: Exhibit | None, what: str) -> Exhibit:
    if exhibit is None:
        raise ExhibitRequestError(404, f"Not loaded: {what} come from the force's 2007 report, which is not loaded.")
    return exhibit


def _national_grid(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    chosen = _programme_year(data, params)
    sort = params.get("sort", "name")
    valid = {
        option["value"] for option in sort_options(list(data.frameworks(chosen.programme, chosen.year)["framework"]))
    }
    if sort not in valid:
        raise ExhibitRequestError(400, f"Unknown sort {sort!r}. Valid: {', '.join(sorted(valid))}.")
    return national.national_grid(data, chosen, sort)


def _force_grades(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    chosen = _force(data, params)
    if "year" in params:
        return force.force_grades(data, chosen, _programme_year(data, params).programme, int(params["year"]))[0]
    return force.force_grades(data, chosen, _programme(data, params))[0]


def _report_table(data: Catalog, params: Mapping[str, str], exhibit_id: str) -> Exhibit:
    tables = {e.exhibit_id: e for e in force.force_report_tables(data, _force(data, params))}
    return _required(tables.get(exhibit_id), "the report's tables")


Builder = Callable[[Catalog, Mapping[str, str]], Exhibit]
BUILDERS: dict[str, tuple[frozenset[str], Builder]] = {
    "national-distribution": (
        frozenset({"programme", "year"}),
        lambda d, p: national.national_distribution(d, _programme_year(d, p)),
    ),
    "national-grid": (frozenset({"programme", "year", "sort"}), _national_grid),
    "force-grades": (frozenset({"force", "programme", "year"}), _force_grades),
    "force-context": (frozenset({"force"}), lambda d, p: force.force_context(d, _force(d, p))),
    "force-ethnicity": (frozenset({"force"}), lambda d, p: force.force_ethnicity(d, _force(d, p))),
    "force-areas": (frozenset({"force"}), lambda d, p: _required(force.force_areas(d, _force(d, p)), "divisions")),
    "force-divisions": (
        frozenset({"force"}),
        lambda d, p: _required(force.force_divisions(d, _force(d, p)), "divisions"),
    ),
    "force-findings": (frozenset({"force"}), lambda d, p: _required(force.force_findings(d, _force(d, p)), "findings")),
    "force-report-ethnicity": (frozenset({"force"}), lambda d, p: _report_table(d, p, "force-report-ethnicity")),
    "force-report-unemployment": (frozenset({"force"}), lambda d, p: _report_table(d, p, "force-report-unemployment")),
    "compare-grades": (
        frozenset({"forces", "programme", "year"}),
        lambda d, p: compare.compare_grades(d, _forces(d, p), _programme_year(d, p)),
    ),
    "compare-context": (frozenset({"forces"}), lambda d, p: compare.compare_context(d, _forces(d, p))),
}


def build_exhibit(data: Catalog, exhibit_id: str, params: Mapping[str, str]) -> Exhibit:
    """The exhibit for an export address; ExhibitRequestError for anything unknown or malformed."""
    if exhibit_id not in BUILDERS:
        raise ExhibitRequestError(404, f"Unknown chart or table {exhibit_id!r}. Known: {', '.join(BUILDERS)}.")
    allowed, builder = BUILDERS[exhibit_id]
    unexpected = sorted(set(params) - allowed)
    if unexpected:
        raise ExhibitRequestError(
            400,
            f"Unexpected parameter(s) {', '.join(unexpected)} for {exhibit_id}; allowed: {', '.join(sorted(allowed))}.",
        )
    return builder(data, params)
