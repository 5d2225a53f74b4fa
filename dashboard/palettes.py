"""Colour-blind-safe palettes, one per grade scale; the grade is always written as text too."""

from __future__ import annotations

# ColorBrewer PuOr (2007 scale) and BrBG (PEEL scale): distinct hues, both colour-blind safe.
PALETTES = {
    "hmic": {"Excellent": "#542788", "Good": "#998ec3", "Fair": "#f1a340", "Poor": "#b35806"},
    "peel": {
        "Outstanding": "#01665e",
        "Good": "#5ab4ac",
        "Requires improvement": "#d8b365",
        "Inadequate": "#8c510a",
        "Not graded": "#d9d9d9",
    },
}
MISSING = "#f0f0f0"
_DARK = {"#542788", "#b35806", "#01665e", "#8c510a"}


def grade_colour(programme: str, grade: str | None) -> str:
    return PALETTES.get(programme, {}).get(grade or "", MISSING)


def text_colour(background: str) -> str:
    """White on the dark fills, near-black on the light ones (WCAG AA contrast)."""
    return "#ffffff" if background in _DARK else "#1a1a1a"
