"""Records the reference loaders produce, each pointing at its source file and location."""

from __future__ import annotations

from dataclasses import dataclass

from etl.sources import SourceFile

ENGLAND_AND_WALES = "K04000001"


@dataclass(frozen=True)
class ContextValue:
    """One figure for a force area (or England and Wales) with its year and provenance."""

    area_code: str
    measure: str
    year: int
    value: float
    unit: str
    source: SourceFile
    location: str


@dataclass(frozen=True)
class ForceAlias:
    """A name a source file uses for a force, resolved to the force's ONS code."""

    force_code: str
    name: str
    source: SourceFile


def row_span(rows: list[int], noun: str = "row") -> str:
    """Row list for provenance, e.g. 'rows 12, 15, 40' or 'line 7'."""
    label = noun if len(rows) == 1 else f"{noun}s"
    return f"{label} {', '.join(str(row) for row in sorted(rows))}"
