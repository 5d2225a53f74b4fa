"""PEEL pillar grades (2014-2017) per force, and the national totals HMIC published."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from etl.errors import EtlError
from etl.force_names import BY_CODE, resolve_force_name
from etl.reference.records import ForceAlias
from etl.reference.tables import read_csv_rows
from etl.sources import SourceFile, fingerprint

PEEL_SCALE = ("Outstanding", "Good", "Requires improvement", "Inadequate")
NOT_GRADED = "Not graded"
PILLARS = ("Effectiveness", "Efficiency", "Legitimacy")
GRADES_FILE = "peel_pillar_grades.csv"
TOTALS_FILE = "peel_national_totals.csv"


@dataclass(frozen=True)
class PeelGrade:
    year: int
    force_code: str
    pillar: str
    grade: str
    source_urls: str
    note: str
    line: int


@dataclass(frozen=True)
class PeelCount:
    year: int
    pillar: str
    grade: str
    forces: int
    basis: str
    source_url: str
    location: str
    source: SourceFile


@dataclass(frozen=True)
class PeelData:
    grades_source: SourceFile
    totals_source: SourceFile
    grades: list[PeelGrade]
    counts: list[PeelCount]
    aliases: list[ForceAlias]


def load_peel(directory: Path) -> PeelData:
    """Read and cross-check the per-force grades against the published national totals."""
    if not directory.is_dir():
        raise EtlError(
            directory, "", "the PEEL grades directory (set --grades-dir or HMIC_GRADES_DIR)", "no such directory"
        )
    grades_source = fingerprint(directory / GRADES_FILE, "PEEL grades")
    totals_source = fingerprint(directory / TOTALS_FILE, "PEEL national totals")
    grades, aliases = _read_grades(grades_source)
    published = _read_totals(totals_source)
    _check_against_totals(grades_source, grades, published)
    counts = [*published, *_computed_counts(grades_source, grades, {(c.year, c.pillar) for c in published})]
    return PeelData(grades_source, totals_source, grades, counts, aliases)


def _read_grades(source: SourceFile) -> tuple[list[PeelGrade], list[ForceAlias]]:
    rows = read_csv_rows(source.path, ["year", "force", "pillar", "grade", "source_urls", "note"])
    grades: dict[tuple[int, str, str], PeelGrade] = {}
    names: dict[str, str] = {}
    for line, row in rows:
        where = f"line {line}"
        code = resolve_force_name(row["force"])
        if code is None:
            raise EtlError(source.path, where, "a force name of England and Wales", repr(row["force"]))
        if row["pillar"] not in PILLARS:
            raise EtlError(source.path, where, f"a pillar, one of {', '.join(PILLARS)}", repr(row["pillar"]))
        if row["grade"] not in (*PEEL_SCALE, NOT_GRADED):
            raise EtlError(
                source.path, where, f"a grade, one of {', '.join((*PEEL_SCALE, NOT_GRADED))}", repr(row["grade"])
            )
        if not row["year"].isdigit():
            raise EtlError(source.path, where, "a four-digit year", repr(row["year"]))
        key = (int(row["year"]), code, row["pillar"])
        if key in grades:
            raise EtlError(
                source.path,
                where,
                "one grade per force, year and pillar",
                f"a second row for {row['force']} {key[0]} {key[2]} (first at line {grades[key].line})",
            )
        grades[key] = PeelGrade(
            key[0], code, row["pillar"], row["grade"], row["source_urls"].strip(), (row["note"] or "").strip(), line
        )
        names[code] = row["force"]
    aliases = [ForceAlias(code, name, source) for code, name in sorted(names.items())]
    return sorted(grades.values(), key=lambda g: (g.year, g.pillar, g.force_code)), aliases


def _read_totals(source: SourceFile) -> list[PeelCount]:
    rows = read_csv_rows(source.path, ["year", "pillar", "grade", "forces", "source_url"])
    counts = []
    for line, row in rows:
        where = f"line {line}"
        if row["grade"] not in PEEL_SCALE or row["pillar"] not in PILLARS:
            raise EtlError(
                source.path,
                where,
                "a PEEL pillar and a grade on the four-point scale",
                f"{row['pillar']!r} {row['grade']!r}",
            )
        if not row["forces"].isdigit() or not row["year"].isdigit():
            raise EtlError(
                source.path, where, "whole numbers for year and forces", f"{row['year']!r} {row['forces']!r}"
            )
        counts.append(
            PeelCount(
                int(row["year"]),
                row["pillar"],
                row["grade"],
                int(row["forces"]),
                "published",
                row["source_url"],
                where,
                source,
            )
        )
    return counts


def _tally(grades: list[PeelGrade]) -> dict[tuple[int, str], Counter[str]]:
    tally: dict[tuple[int, str], Counter[str]] = defaultdict(Counter)
    for grade in grades:
        tally[(grade.year, grade.pillar)][grade.grade] += 1
    return tally


def _check_against_totals(source: SourceFile, grades: list[PeelGrade], published: list[PeelCount]) -> None:
    """No per-force count may exceed its published total; complete pillars must match exactly."""
    tally = _tally(grades)
    for total in published:
        found = tally[(total.year, total.pillar)][total.grade]
        complete = sum(tally[(total.year, total.pillar)].values()) == len(BY_CODE)
        if found > total.forces or (complete and found != total.forces):
            rule = "exactly" if complete else "at most"
            raise EtlError(
                source.path,
                f"{total.year} {total.pillar} {total.grade}",
                f"{rule} {total.forces} forces, as published ({total.source.name} {total.location})",
                f"{found} forces",
            )


def _computed_counts(source: SourceFile, grades: list[PeelGrade], published: set[tuple[int, str]]) -> list[PeelCount]:
    """National counts from per-force grades, only where every force has a row."""
    counts = []
    for (year, pillar), tally in sorted(_tally(grades).items()):
        if (year, pillar) in published or sum(tally.values()) != len(BY_CODE):
            continue
        lines = [g.line for g in grades if g.year == year and g.pillar == pillar]
        location = f"computed from lines {min(lines)}-{max(lines)} (all 43 forces)"
        counts.extend(
            PeelCount(year, pillar, grade, tally[grade], "computed", "", location, source) for grade in PEEL_SCALE
        )
    return counts
