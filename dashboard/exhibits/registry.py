"""Rebuild any exhibit from its id and query parameters, validating every parameter."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

from dashboard.analysis_choices import PEER_COUNTS
from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.context_variables import DEFAULT_PEER_VARIABLES, VARIABLES
from dashboard.exhibits import analysis, compare, findings, force, national
from dashboard.exhibits.findings import KIND_NAMES
from dashboard.exhibits.model import Exhibit
from dashboard.grid import sort_options
from queries.search_syntax import parse_query

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


def _framework(data: Catalog, chosen: ProgrammeYear, name: str | None) -> str:
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    if name not in frameworks:
        raise ExhibitRequestError(404, f"Unknown framework {name!r} for {chosen.key}. Valid: {', '.join(frameworks)}.")
    return name


def _variable(name: str | None) -> str:
    if name not in VARIABLES:
        raise ExhibitRequestError(404, f"Unknown variable {name!r}. Valid: {', '.join(VARIABLES)}.")
    return name


def _peer_options(params: Mapping[str, str]) -> tuple[int, tuple[str, ...]]:
    count = params.get("n", "5")
    if not count.isdigit() or int(count) not in PEER_COUNTS:
        raise ExhibitRequestError(400, "n must be a whole number from 3 to 10.")
    keys = tuple(params["vars"].split(",")) if "vars" in params else DEFAULT_PEER_VARIABLES
    for key in keys:
        _variable(key)
    return int(count), keys


def _peers(data: Catalog, params: Mapping[str, str], averages: bool) -> Exhibit:
    chosen = _force(data, params)
    count, keys = _peer_options(params)
    exhibit, slugs = analysis.peers(data, chosen, count, keys)
    return analysis.peer_averages(data, chosen, slugs, keys) if averages else exhibit


def _pattern(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    chosen = _programme_year(data, params)
    return analysis.pattern(
        data, chosen, _framework(data, chosen, params.get("framework")), _variable(params.get("variable"))
    )[0]


def _crosstab(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    chosen = _programme_year(data, params)
    first = _framework(data, chosen, params.get("framework"))
    second = _framework(data, chosen, params.get("framework2"))
    if first == second:
        raise ExhibitRequestError(400, "framework and framework2 must differ.")
    return analysis.crosstab(data, chosen, first, second)[0]


def _map(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    if "variable" in params:
        if set(params) != {"variable"}:
            raise ExhibitRequestError(400, "Give either variable, or programme, year and framework.")
        return analysis.map_exhibit(data, data.programme_year_list()[-1], None, _variable(params["variable"]))
    chosen = _programme_year(data, params)
    return analysis.map_exhibit(data, chosen, _framework(data, chosen, params.get("framework")), None)


def _regions(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    chosen = _programme_year(data, params)
    return analysis.regions(data, chosen, _framework(data, chosen, params.get("framework")))


def _changes(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    programme = _programme(data, params)
    years = [py.year for py in data.programme_year_list() if py.programme == programme]
    first, second = params.get("from", ""), params.get("to", "")
    if not (first.isdigit() and second.isdigit() and int(first) in years and int(second) in years and first < second):
        raise ExhibitRequestError(400, f"from and to must be years of {programme}, from before to: {years}.")
    return analysis.changes(data, programme, int(first), int(second))


def _findings_search(data: Catalog, params: Mapping[str, str]) -> Exhibit:
    parsed = parse_query(params.get("q", ""))
    if parsed.match is None:
        raise ExhibitRequestError(400, parsed.message or "Give a search in q, e.g. q=ViSOR.")
    chosen = _force(data, params) if "force" in params else None
    kind = params.get("kind")
    if kind is not None and kind not in KIND_NAMES:
        raise ExhibitRequestError(400, f"Unknown kind {kind!r}. Valid: {', '.join(KIND_NAMES)}.")
    return findings.search_exhibit(data, params["q"], parsed, params.get("framework"), kind, chosen)


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
    "force-peers": (frozenset({"force", "n", "vars"}), lambda d, p: _peers(d, p, averages=False)),
    "force-peer-averages": (frozenset({"force", "n", "vars"}), lambda d, p: _peers(d, p, averages=True)),
    "force-trend": (
        frozenset({"force", "programme"}),
        lambda d, p: analysis.force_trend(d, _force(d, p), _programme(d, p)),
    ),
    "patterns": (frozenset({"programme", "year", "framework", "variable"}), _pattern),
    "patterns-crosstab": (frozenset({"programme", "year", "framework", "framework2"}), _crosstab),
    "map": (frozenset({"programme", "year", "framework", "variable"}), _map),
    "regions": (frozenset({"programme", "year", "framework"}), _regions),
    "trends": (frozenset({"programme"}), lambda d, p: analysis.trend(d, _programme(d, p))),
    "trend-changes": (frozenset({"programme", "from", "to"}), _changes),
    "findings-search": (frozenset({"q", "framework", "kind", "force"}), _findings_search),
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
