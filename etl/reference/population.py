"""ONS mid-year estimates (2011-2023) and land area, summed from local authorities to forces."""

from __future__ import annotations

import re
from collections import defaultdict

from etl.errors import EtlError
from etl.reference.lookups import LadLookup
from etl.reference.records import ENGLAND_AND_WALES, ContextValue, row_span
from etl.reference.tables import number, read_sheet
from etl.sources import SourceFile

SHEET = "MYE5"
_POPULATION_COLUMN = re.compile(r"^Estimated Population mid-(\d{4})$")
_LAD_GEOGRAPHIES = {"Unitary Authority", "Non-metropolitan District", "Metropolitan District", "London Borough"}


def read_mid_year_estimates(source: SourceFile, lookup: LadLookup) -> list[ContextValue]:
    """Population per mid-year and area in km2 for each force and for England and Wales.

    Every local authority row must map to a force, every force LAD must have a row, and
    the LAD sums must equal the published England and Wales total for each year.
    """
    rows = read_sheet(source.path, SHEET)
    header_index = next((i for i, row in enumerate(rows) if row and row[0] == "Code"), None)
    if header_index is None:
        raise EtlError(source.path, f"sheet {SHEET}", "a header row starting 'Code, Name, Geography'")
    header = [str(cell) for cell in rows[header_index]]
    years = {int(m.group(1)): i for i, cell in enumerate(header) if (m := _POPULATION_COLUMN.match(cell))}
    if "Area (sq km)" not in header or not years:
        raise EtlError(
            source.path,
            f"sheet {SHEET} row {header_index + 1}",
            "columns 'Area (sq km)' and 'Estimated Population mid-YYYY'",
        )
    area_column = header.index("Area (sq km)")

    totals: dict[tuple[str, str, int], float] = defaultdict(float)
    rows_by_force: dict[str, list[int]] = defaultdict(list)
    national: dict[str, list[float]] = {}
    seen_lads: set[str] = set()
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if not row or not row[0]:
            continue
        code, geography = str(row[0]), str(row[2])
        where = f"sheet {SHEET} row {offset}"
        if code == ENGLAND_AND_WALES:
            national[code] = [number(source.path, where, row[area_column], "area")] + [
                number(source.path, where, row[column], f"population {year}") for year, column in years.items()
            ]
        if geography not in _LAD_GEOGRAPHIES:
            continue
        force = lookup.lad_to_force.get(code)
        if force is None:
            raise EtlError(
                source.path, where, f"local authority {code} in {lookup.source.name}", "no force area for it"
            )
        seen_lads.add(code)
        rows_by_force[force].append(offset)
        totals[(force, "area_km2", 0)] += number(source.path, where, row[area_column], "area")
        for year, column in years.items():
            totals[(force, "population_mid_year", year)] += number(
                source.path, where, row[column], f"population {year}"
            )
    missing = sorted(set(lookup.lad_to_force) - seen_lads)
    if missing:
        raise EtlError(
            source.path,
            f"sheet {SHEET}",
            f"a row for every local authority in {lookup.source.name}",
            f"missing {', '.join(missing)}",
        )
    if ENGLAND_AND_WALES not in national:
        raise EtlError(source.path, f"sheet {SHEET}", f"an England and Wales row ({ENGLAND_AND_WALES})")
    _check_national_sums(source, totals, national[ENGLAND_AND_WALES], years)
    return _values(source, totals, rows_by_force, national[ENGLAND_AND_WALES], years)


def _check_national_sums(
    source: SourceFile, totals: dict[tuple[str, str, int], float], national: list[float], years: dict[int, int]
) -> None:
    for position, year in enumerate(years, start=1):
        summed = sum(
            value for (_, measure, y), value in totals.items() if measure == "population_mid_year" and y == year
        )
        if round(summed) != round(national[position]):
            raise EtlError(
                source.path,
                f"sheet {SHEET}",
                f"local authorities summing to the England and Wales total for mid-{year}",
                f"{summed:,.0f} against {national[position]:,.0f}",
            )


def _values(
    source: SourceFile,
    totals: dict[tuple[str, str, int], float],
    rows_by_force: dict[str, list[int]],
    national: list[float],
    years: dict[int, int],
) -> list[ContextValue]:
    area_year = max(years)  # the workbook uses the boundaries of its latest year
    values = []
    for (force, measure, year), value in sorted(totals.items()):
        location = f"sheet {SHEET}, sum of local authority {row_span(rows_by_force[force])}"
        unit = "km²" if measure == "area_km2" else "people"
        values.append(ContextValue(force, measure, year or area_year, value, unit, source, location))
    where = f"sheet {SHEET}, England and Wales row"
    values.append(ContextValue(ENGLAND_AND_WALES, "area_km2", area_year, national[0], "km²", source, where))
    values.extend(
        ContextValue(ENGLAND_AND_WALES, "population_mid_year", year, national[position], "people", source, where)
        for position, year in enumerate(years, start=1)
    )
    return values
