"""The two summary tables: national counts per grade, and the force's own grades."""

from __future__ import annotations

import re

from etl.report.lines import ReportLines
from etl.report.model import ForceGrade, Framework, NationalCount


def parse_scale(lines: ReportLines, start: int, end: int) -> tuple[list[str], int]:
    """The grade scale, best first, from the national summary's header row."""
    index = lines.next_nonblank(start + 1, end)
    if index is None:
        raise lines.error(start + 1, "a header row of grades, e.g. 'Excellent Good Fair Poor'")
    grades = lines.text[index].split()
    if len(grades) < 2 or not all(grade.isalpha() for grade in grades):
        raise lines.error(index, "a header row of grades, e.g. 'Excellent Good Fair Poor'")
    return grades, index


def parse_national_summary(
    lines: ReportLines, scale: list[str], header: int, end: int
) -> tuple[list[Framework], list[NationalCount]]:
    """Frameworks (with their area) and the count of forces per grade for each."""
    counts_pattern = re.compile(r"^(?P<name>.*[A-Za-z].*?)" + r"\s+(\d+)" * len(scale) + r"$")
    frameworks: list[Framework] = []
    counts: list[NationalCount] = []
    area: str | None = None
    for index in range(header + 1, end):
        line = lines.text[index]
        if not line:
            continue
        row = counts_pattern.match(line)
        if row:
            if area is None:
                raise lines.error(index, "an inspection area heading before the first framework row")
            name = row["name"]
            line_no = lines.line_no(index)
            frameworks.append(Framework(name, area, len(frameworks) + 1, line_no))
            counts.extend(
                NationalCount(name, grade, int(row.group(position + 2)), line_no)
                for position, grade in enumerate(scale)
            )
        elif any(character.isdigit() for character in line):
            raise lines.error(index, f"a framework name followed by {len(scale)} whole-number counts")
        else:
            area = line
    if not frameworks:
        raise lines.error(header + 1, "framework rows '<framework> <count> ...' in the national summary")
    return frameworks, counts


def parse_force_summary(
    lines: ReportLines, scale: list[str], frameworks: list[Framework], start: int, end: int
) -> list[ForceGrade]:
    """The force's grade for each framework: rows '<framework> <grade>'."""
    names = {framework.name.casefold(): framework.name for framework in frameworks}
    areas = {framework.area.casefold() for framework in frameworks}
    grades: dict[str, ForceGrade] = {}
    for index in range(start + 1, end):
        line = lines.text[index]
        if not line:
            continue
        name, _, grade = line.rpartition(" ")
        key = name.strip().casefold()
        if grade == "Grade" and (key in areas or key in names):
            continue  # an area heading row: '<area> Grade'
        if key not in names:
            raise lines.error(index, "a row '<framework> <grade>' naming a framework of the national summary")
        if grade not in scale:
            raise lines.error(index, f"a grade, one of {', '.join(scale)}")
        grades[names[key]] = ForceGrade(names[key], grade, lines.line_no(index))
    missing = [framework.name for framework in frameworks if framework.name not in grades]
    if missing:
        raise lines.error(start, f"a force grade for every framework; missing: {', '.join(missing)}")
    return [grades[framework.name] for framework in frameworks]
