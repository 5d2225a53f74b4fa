"""2011 Census: ethnic group by force area, and households by local authority."""

from __future__ import annotations

from collections import defaultdict

from etl.errors import EtlError
from etl.force_names import BY_CODE, resolve_force_name
from etl.reference.lookups import LadLookup
from etl.reference.records import ENGLAND_AND_WALES, ContextValue, ForceAlias, row_span
from etl.reference.tables import number, read_csv_rows
from etl.sources import SourceFile

CENSUS_YEAR = 2011
ETHNIC_GROUPS = {
    "population_census": "Ethnic Group: All categories: Ethnic group; measures: Value",
    "ethnic_white": "Ethnic Group: White; measures: Value",
    "ethnic_mixed": "Ethnic Group: Mixed; measures: Value",
    "ethnic_asian": "Ethnic Group: Asian; measures: Value",
    "ethnic_black": "Ethnic Group: Black; measures: Value",
    "ethnic_other": "Ethnic Group: Other; measures: Value",
}
HOUSEHOLDS_COLUMN = "Tenure: All categories: Tenure; measures: Value"


def read_ethnicity(source: SourceFile) -> tuple[list[ContextValue], list[ForceAlias]]:
    """Census 2011 usual residents by broad ethnic group for each force and England and Wales."""
    rows = read_csv_rows(source.path, ["PFA16NM", *ETHNIC_GROUPS.values()])
    values: list[ContextValue] = []
    aliases: list[ForceAlias] = []
    national: dict[str, float] = defaultdict(float)
    for line, row in rows:
        code = resolve_force_name(row["PFA16NM"])
        if code is None:
            raise EtlError(source.path, f"line {line}", "a force name of England and Wales", repr(row["PFA16NM"]))
        if any(alias.force_code == code for alias in aliases):
            raise EtlError(source.path, f"line {line}", "one row per force", f"a second row for {row['PFA16NM']!r}")
        aliases.append(ForceAlias(code, row["PFA16NM"], source))
        for measure, column in ETHNIC_GROUPS.items():
            value = number(source.path, f"line {line}", row[column], column)
            national[measure] += value
            values.append(ContextValue(code, measure, CENSUS_YEAR, value, "people", source, f"line {line}"))
    _require_all_forces(source, {alias.force_code for alias in aliases})
    values.extend(
        ContextValue(ENGLAND_AND_WALES, measure, CENSUS_YEAR, value, "people", source, "sum of the 43 force rows")
        for measure, value in national.items()
    )
    return values, aliases


def read_households(source: SourceFile, lookup: LadLookup) -> list[ContextValue]:
    """Census 2011 households, summed from local authorities through the 2016 lookup."""
    rows = read_csv_rows(source.path, ["geography code", HOUSEHOLDS_COLUMN])
    totals: dict[str, float] = defaultdict(float)
    lines_by_force: dict[str, list[int]] = defaultdict(list)
    seen: set[str] = set()
    for line, row in rows:
        lad = row["geography code"].strip()
        force = lookup.lad_to_force.get(lad)
        if force is None:
            raise EtlError(
                source.path, f"line {line}", f"local authority {lad} in {lookup.source.name}", "no force area for it"
            )
        seen.add(lad)
        totals[force] += number(source.path, f"line {line}", row[HOUSEHOLDS_COLUMN], "households")
        lines_by_force[force].append(line)
    missing = sorted(set(lookup.lad_to_force) - seen)
    if missing:
        raise EtlError(
            source.path, "", f"a row for every local authority in {lookup.source.name}", f"missing {', '.join(missing)}"
        )
    _require_all_forces(source, set(totals))
    values = [
        ContextValue(
            force,
            "households",
            CENSUS_YEAR,
            value,
            "households",
            source,
            f"sum of {row_span(lines_by_force[force], 'line')}",
        )
        for force, value in sorted(totals.items())
    ]
    values.append(
        ContextValue(
            ENGLAND_AND_WALES, "households", CENSUS_YEAR, sum(totals.values()), "households", source, "sum of all rows"
        )
    )
    return values


def _require_all_forces(source: SourceFile, codes: set[str]) -> None:
    missing = sorted(BY_CODE[code].name for code in set(BY_CODE) - codes)
    if missing:
        raise EtlError(source.path, "", "figures for all 43 forces", f"none for {', '.join(missing)}")
