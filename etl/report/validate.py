"""Cross-checks inside a report, and between reports, before anything is written."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from etl.errors import EtlError
from etl.report.model import Report


def validate_report(report: Report, path: Path, force_count: int) -> None:
    """Fail on the first inconsistency, naming the line that breaks it."""
    _check_national_counts(report, path, force_count)
    _check_section_grades(report, path)
    _check_section_distributions(report, path)
    _check_population_sums(report, path)
    _check_divisions_match(report, path)


def _check_national_counts(report: Report, path: Path, force_count: int) -> None:
    totals: dict[str, int] = defaultdict(int)
    lines: dict[str, int] = {}
    for count in report.national_counts:
        totals[count.framework] += count.forces
        lines[count.framework] = count.line
    for framework, total in totals.items():
        if total != force_count:
            raise EtlError(
                path,
                f"line {lines[framework]}",
                f"national counts for {framework} summing to {force_count} forces",
                f"{total}",
            )


def _check_section_grades(report: Report, path: Path) -> None:
    sections = {section.framework: section for section in report.sections}
    for summary in report.force_grades:
        section = sections[summary.framework]
        if section.grade != summary.grade:
            raise EtlError(
                path,
                f"line {section.grade_line}",
                f"GRADE {summary.grade.upper()} for {summary.framework}, as in the force summary "
                f"at line {summary.line}",
                f"GRADE {section.grade.upper() if section.grade else '(none)'}",
            )


def _check_section_distributions(report: Report, path: Path) -> None:
    summary: dict[str, dict[str, int]] = defaultdict(dict)
    for count in report.national_counts:
        summary[count.framework][count.grade] = count.forces
    for section in report.sections:
        if section.distribution != summary[section.framework]:
            raise EtlError(
                path,
                f"line {section.distribution_line}",
                f"the summary table's national distribution for {section.framework}: "
                f"{_counts(summary[section.framework])}",
                _counts(section.distribution),
            )


def _counts(distribution: dict[str, int]) -> str:
    return ", ".join(f"{grade} {forces}" for grade, forces in distribution.items())


def _check_population_sums(report: Report, path: Path) -> None:
    force = next(row for row in report.population if row.area_type == "force")
    divisions = [row for row in report.population if row.area_type == "division"]
    for measure in ("population", "households"):
        summed = sum(getattr(row, measure) for row in divisions)
        if summed != getattr(force, measure):
            raise EtlError(
                path,
                f"line {force.line}",
                f"division {measure} summing to the force total {getattr(force, measure):,}",
                f"{summed:,}",
            )
        for division in divisions:
            cdrps = [row for row in report.population if row.parent == division.name]
            summed = sum(getattr(row, measure) for row in cdrps)
            if cdrps and summed != getattr(division, measure):
                raise EtlError(
                    path,
                    f"line {division.line}",
                    f"CDRP {measure} summing to the {division.name} total {getattr(division, measure):,}",
                    f"{summed:,}",
                )


def _check_divisions_match(report: Report, path: Path) -> None:
    table = {row.name.casefold() for row in report.population if row.area_type == "division"}
    for division in report.divisions:
        if division.name.casefold() not in table:
            raise EtlError(path, f"line {division.line}", f"a demographic table row for {division.name}", "none")


def validate_national_agreement(reports: list[tuple[Path, Report]]) -> None:
    """Every report carries the same national tables; they must agree with each other."""
    if not reports:
        return
    first_path, first = reports[0]
    expected = {(c.framework, c.grade): c.forces for c in first.national_counts}
    for path, report in reports[1:]:
        for count in report.national_counts:
            published = expected.get((count.framework, count.grade))
            if published != count.forces:
                raise EtlError(
                    path,
                    f"line {count.line}",
                    f"{count.framework} {count.grade} = {published}, as in {first_path.name}",
                    str(count.forces),
                )
