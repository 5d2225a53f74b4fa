"""Home Office police workforce (31 March 2007-2023), totalled by force, year and worker type."""

from __future__ import annotations

from collections import defaultdict

from etl.errors import EtlError
from etl.force_names import BY_CODE, resolve_force_name
from etl.reference.records import ENGLAND_AND_WALES, ContextValue, ForceAlias
from etl.reference.tables import number, read_sheet
from etl.sources import SourceFile

SHEET = "Data"
COLUMNS = ["As at 31 March...", "Geo code", "Force Name", "Region", "Worker type", "Total (headcount)", "Total (FTE)"]
WORKER_TYPES = {
    "police officer": "officers",
    "police community support officer": "pcsos",
    "police staff": "staff",
    "special constable": "specials",
    "designated officer": "designated_officers",
    "police support volunteer": "volunteers",
}
NOT_A_FORCE = "N/A"  # British Transport Police, outside the 43 Home Office forces


def read_workforce(source: SourceFile) -> tuple[list[ContextValue], list[ForceAlias], dict[str, str]]:
    """Headcount and FTE per worker type and year, the force names used, and each force's region."""
    rows = read_sheet(source.path, SHEET)
    header = [str(cell) for cell in rows[0]] if rows else []
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise EtlError(
            source.path, f"sheet {SHEET} row 1", f"columns {', '.join(COLUMNS)}", f"missing {', '.join(missing)}"
        )
    column = {name: header.index(name) for name in COLUMNS}
    totals: dict[tuple[str, str, int], float] = defaultdict(float)
    first_row: dict[str, int] = {}
    names: dict[str, str] = {}
    regions: dict[str, str] = {}
    for offset, row in enumerate(rows[1:], start=2):
        code = str(row[column["Geo code"]]).strip()
        if code == NOT_A_FORCE:
            continue
        where = f"sheet {SHEET} row {offset}"
        name = str(row[column["Force Name"]])
        if code not in BY_CODE or resolve_force_name(name) != code:
            raise EtlError(
                source.path, where, "a force code and name that agree on one of the 43 forces", f"{code} {name!r}"
            )
        worker = WORKER_TYPES.get(str(row[column["Worker type"]]).strip().lower())
        if worker is None:
            raise EtlError(
                source.path, where, f"a worker type, one of {', '.join(WORKER_TYPES)}", repr(row[column["Worker type"]])
            )
        year = int(number(source.path, where, row[column["As at 31 March..."]], "year"))
        names.setdefault(code, name)
        regions.setdefault(code, str(row[column["Region"]]))
        first_row.setdefault(code, offset)
        totals[(code, f"{worker}_headcount", year)] += number(
            source.path, where, row[column["Total (headcount)"]], "headcount"
        )
        fte = row[column["Total (FTE)"]]
        if fte not in ("", None, NOT_A_FORCE):
            totals[(code, f"{worker}_fte", year)] += number(source.path, where, fte, "FTE")
    absent = sorted(set(BY_CODE) - set(names))
    if absent:
        raise EtlError(source.path, f"sheet {SHEET}", "rows for all 43 forces", f"none for {', '.join(absent)}")
    return _values(source, totals), [ForceAlias(code, name, source) for code, name in sorted(names.items())], regions


def _values(source: SourceFile, totals: dict[tuple[str, str, int], float]) -> list[ContextValue]:
    national: dict[tuple[str, int], float] = defaultdict(float)
    values = []
    for (code, measure, year), value in sorted(totals.items()):
        national[(measure, year)] += value
        unit = "FTE" if measure.endswith("_fte") else "headcount"
        location = f"sheet {SHEET}, all rows for {code} at 31 March {year}"
        values.append(ContextValue(code, measure, year, round(value, 2), unit, source, location))
    values.extend(
        ContextValue(
            ENGLAND_AND_WALES,
            measure,
            year,
            round(value, 2),
            "FTE" if measure.endswith("_fte") else "headcount",
            source,
            f"sheet {SHEET}, sum of the 43 forces at 31 March {year}",
        )
        for (measure, year), value in sorted(national.items())
    )
    return values
