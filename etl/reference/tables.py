"""Reading CSV and spreadsheet tables with errors that name the file, sheet and row."""

from __future__ import annotations

import csv
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from etl.errors import EtlError
from etl.sources import read_utf8


def read_csv_rows(path: Path, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    """CSV rows as (line number, row), after checking the header has the required columns."""
    text = read_utf8(path)
    reader = csv.DictReader(text.splitlines())
    missing = [column for column in required if column not in (reader.fieldnames or [])]
    if missing:
        raise EtlError(path, "line 1", f"columns {', '.join(required)}", f"missing {', '.join(missing)}")
    return [(number, row) for number, row in enumerate(reader, start=2)]


def read_sheet(path: Path, sheet: str) -> list[list[object]]:
    """All cells of one sheet of an .xlsx or .ods workbook."""
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as error:
        raise EtlError(path, "", "a readable spreadsheet (.xlsx or .ods)", str(error)) from error
    if sheet not in workbook.sheet_names:
        raise EtlError(path, "", f"a sheet named {sheet!r}", f"sheets {', '.join(workbook.sheet_names)}")
    return workbook.get_sheet_by_name(sheet).to_python()


def number(path: Path, location: str, value: object, what: str) -> float:
    """A numeric cell; anything else is an input error naming the cell."""
    if isinstance(value, bool):
        raise EtlError(path, location, f"a number for {what}", repr(value))
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        raise EtlError(path, location, f"a number for {what}", repr(value)) from None
