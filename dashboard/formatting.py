"""Numbers and labels formatted for reading: separators, sensible decimals, units."""

from __future__ import annotations

import math

KIND_LABELS = {
    "strength": "Strengths",
    "work_in_progress": "Work in progress",
    "area_for_improvement": "Areas for improvement",
}


def whole(value: float | None) -> str:
    """1054979 -> '1,054,979'; missing -> 'not available'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "not available"
    return f"{round(value):,}"


def decimal(value: float | None, places: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "not available"
    return f"{value:,.{places}f}"


def percent(share: float, places: int = 0) -> str:
    """0.1395 -> '14%'."""
    return f"{share * 100:.{places}f}%"


def programme_label(programme: str, year: int) -> str:
    return f"HMIC inspections {year}" if programme == "hmic" else f"PEEL {year}"
