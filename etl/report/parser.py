"""Parse one HMIC 2007 inspection report, by its structure, into a :class:`Report`."""

from __future__ import annotations

from pathlib import Path

from etl.report.front import (
    parse_demographics,
    parse_divisions,
    parse_grade_definitions,
    parse_identity,
    parse_priorities,
)
from etl.report.judgements import parse_force_summary, parse_national_summary, parse_scale
from etl.report.lines import remove_running_headers, split_lines
from etl.report.model import Report
from etl.report.sections import (
    locate_sections,
    parse_case_study,
    parse_framework_section,
    parse_glossary,
    parse_subsections,
)


def parse_report(text: str, path: Path) -> Report:
    """Parse report text; raise ReportParseError naming the line for anything unexpected."""
    lines = split_lines(path, text)
    if not any(lines.text):
        raise lines.error(0, "the text of an HMIC inspection report", "an empty file")
    headers = remove_running_headers(lines)

    grading = lines.require("The grading process")
    overview = lines.require("Force Overview and Context", grading)
    demographics = lines.require("Demographic profile of force area", overview)
    priorities_at = lines.require("Strategic priorities", demographics)
    findings_at = lines.require("Findings", priorities_at)
    national = lines.require("National summary of judgements", findings_at)
    force_summary = lines.require("Force summary of judgements", national)

    scale, header = parse_scale(lines, national, force_summary)
    frameworks, national_counts = parse_national_summary(lines, scale, header, force_summary)
    sections = locate_sections(lines, frameworks, force_summary + 1)
    force_grades = parse_force_summary(lines, scale, frameworks, force_summary, sections[0].start)
    identity = parse_identity(lines, headers)

    definitions_end = lines.find(lambda line: line.casefold() == "developing practice", grading, overview)
    grade_scale = parse_grade_definitions(lines, scale, grading, definitions_end or overview)
    divisions, force_npus = parse_divisions(lines, overview, demographics)
    population, ethnicity, unemployment = parse_demographics(
        lines, demographics, priorities_at, {division.name.casefold() for division in divisions}
    )
    priorities_intro, priorities = parse_priorities(lines, priorities_at, findings_at)

    report = Report(
        identity=identity,
        grade_scale=grade_scale,
        frameworks=frameworks,
        national_counts=national_counts,
        force_grades=force_grades,
        sections=[],
        divisions=divisions,
        force_npu_count=force_npus,
        population=population,
        ethnicity=ethnicity,
        unemployment=unemployment,
        priorities=priorities,
        priorities_intro=priorities_intro,
    )
    current = ""
    for section in sections:
        if section.kind == "framework":
            record, texts, findings = parse_framework_section(lines, section, scale)
            report.sections.append(record)
            report.section_texts.extend(texts)
            report.findings.extend(findings)
            current = section.name
        elif section.kind == "overview":
            texts, findings = parse_subsections(lines, section.name, section.start + 1, section.end)
            report.section_texts.extend(texts)
            report.findings.extend(findings)
            current = section.name
        elif section.kind == "case_study":
            report.case_studies.append(parse_case_study(lines, section, current))
        else:
            report.glossary = parse_glossary(lines, section)
    return report
