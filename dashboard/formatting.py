"""Numbers and labels formatted for reading: separators, sensible decimals, units."""

from __future__ import annotations

import math

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
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


def count_word(number: int) -> str:
    """Small counts in words, as plain English prefers ("one of 6")."""
    return NUMBER_WORDS[number] if 0 <= number < len(NUMBER_WORDS) else f"{number:,}"


def programme_label(programme: str, year: int) -> str:
    return f"HMIC inspections {year}" if programme == "hmic" else f"PEEL {year}"
