"""Tables out as CSV and XLSX, with the same rows and columns the page shows."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd

from dashboard.exhibits.model import Exhibit


def table_csv(exhibit: Exhibit) -> bytes:
    return exhibit.table.to_csv(index=False).encode("utf-8")


def table_xlsx(exhibit: Exhibit, exported_on: date) -> bytes:
    """A workbook with the table on one sheet and its title, source and export date on 'Notes'."""
    notes = pd.DataFrame(
        {
            "Item": ["Title", "What is shown", "Source", "Exported", "Reopen"],
            "Value": [
                exhibit.title,
                exhibit.subtitle,
                exhibit.source,
                exported_on.isoformat(),
                exhibit.export_path("table", "xlsx"),
            ],
        }
    )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        exhibit.table.to_excel(writer, sheet_name="Data", index=False)
        notes.to_excel(writer, sheet_name="Notes", index=False)
    return buffer.getvalue()
