"""Framework sections, the area overview, developing-practice case studies and the glossary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.report.lines import ReportLines, join_paragraphs, split_bullets
from etl.report.model import (
    CaseStudy,
    Finding,
    Framework,
    FrameworkSection,
    GlossaryEntry,
    SectionText,
)

DISTRIBUTION_HEADING = "national grade distribution"
CASE_STUDY_HEADING = "developing practice"
_GRADE_LINE = re.compile(r"^GRADE\s+(?P<grade>[A-Z][A-Z ]*)$")
_SUBHEADINGS = {
    "national contextual factors": "national_context",
    "contextual factors": "force_context",
    "contextual factors overview": "force_context",
    "strengths": "strength",
    "work in progress": "work_in_progress",
    "area for improvement": "area_for_improvement",
    "areas for improvement": "area_for_improvement",
}
_TEXT_KINDS = {"national_context", "force_context"}
_CASE_FIELDS = {
    "INSPECTION AREA": "inspection_area",
    "TITLE": "title",
    "PROBLEM": "problem",
    "SOLUTION": "solution",
    "OUTCOME(S)": "outcomes",
    "OUTCOMES": "outcomes",
    "FORCE CONTACT": "contact",
}
_CASE_LABEL = re.compile(r"^(?P<label>" + "|".join(re.escape(label) for label in _CASE_FIELDS) + r"):\s*")


@dataclass(frozen=True)
class Section:
    """A span of lines headed by a framework, an area overview, a case study or the glossary."""

    kind: str  # "framework", "overview", "case_study" or "glossary"
    name: str
    start: int
    end: int


def locate_sections(lines: ReportLines, frameworks: list[Framework], start: int) -> list[Section]:
    """Find every section heading after the force summary and give each its span."""
    by_key = {framework.name.casefold(): framework.name for framework in frameworks}
    areas = {framework.area.casefold(): framework.area for framework in frameworks}
    heads: list[tuple[int, str, str]] = []
    for index in range(start, len(lines.text)):
        line = lines.text[index].casefold()
        if line == DISTRIBUTION_HEADING:
            heading = _previous_nonblank(lines, index)
            heads.append((heading, "framework", _framework_for(lines, heading, by_key)))
        elif line == CASE_STUDY_HEADING and _next_starts_case_study(lines, index):
            heads.append((index, "case_study", ""))
        elif line.endswith("– overview") and line.removesuffix("– overview").strip() in areas:
            heads.append((index, "overview", areas[line.removesuffix("– overview").strip()]))
        elif line.startswith("appendix") and "glossary" in line:
            heads.append((index, "glossary", ""))
    sections = []
    for position, (index, kind, name) in enumerate(heads):
        end = heads[position + 1][0] if position + 1 < len(heads) else len(lines.text)
        sections.append(Section(kind, name, index, end))
    found = {section.name for section in sections if section.kind == "framework"}
    missing = [framework.name for framework in frameworks if framework.name not in found]
    if missing:
        raise lines.error(len(lines.text), f"a section for every framework; missing: {', '.join(missing)}")
    if not any(section.kind == "glossary" for section in sections):
        raise lines.error(len(lines.text), "the heading 'Appendix: Glossary of Terms and Abbreviations'")
    return sections


def _previous_nonblank(lines: ReportLines, index: int) -> int:
    for earlier in range(index - 1, -1, -1):
        if lines.text[earlier]:
            return earlier
    raise lines.error(index, "a framework heading before 'National grade distribution'")


def _framework_for(lines: ReportLines, heading: int, by_key: dict[str, str]) -> str:
    """Match a section heading ("Protecting Vulnerable People – Child Abuse") to a framework."""
    title = lines.text[heading].casefold()
    candidates = [title, title.rpartition("–")[2].strip()]
    for candidate in candidates:
        if candidate in by_key:
            return by_key[candidate]
    raise lines.error(heading, f"a framework heading, one of: {', '.join(by_key.values())}")


def _next_starts_case_study(lines: ReportLines, index: int) -> bool:
    following = lines.next_nonblank(index + 1)
    return following is not None and lines.text[following].upper().startswith("INSPECTION AREA")


def parse_framework_section(
    lines: ReportLines, section: Section, scale: list[str]
) -> tuple[FrameworkSection, list[SectionText], list[Finding]]:
    """A framework's national distribution, its GRADE line, context text and findings."""
    body = list(range(section.start + 1, section.end))
    grade, grade_index = None, None
    for index in body:
        match = _GRADE_LINE.match(lines.text[index])
        if match:
            if grade is not None:
                raise lines.error(index, f"one GRADE line in section {section.name!r}; a second one")
            grade, grade_index = _scale_grade(lines, index, match["grade"], scale), index
            lines.text[index] = ""
    if grade is None:
        raise lines.error(section.end, f"a 'GRADE <grade>' line in section {section.name!r}")
    distribution, distribution_index = _parse_distribution(lines, section, scale)
    texts, findings = parse_subsections(lines, section.name, distribution_index + 1, section.end)
    record = FrameworkSection(
        framework=section.name,
        heading_line=lines.line_no(section.start),
        distribution=distribution,
        distribution_line=lines.line_no(distribution_index),
        grade=grade,
        grade_line=lines.line_no(grade_index),
    )
    return record, texts, findings


def _scale_grade(lines: ReportLines, index: int, written: str, scale: list[str]) -> str:
    for grade in scale:
        if grade.casefold() == written.strip().casefold():
            return grade
    raise lines.error(index, f"'GRADE' followed by one of {', '.join(scale).upper()}")


def _parse_distribution(lines: ReportLines, section: Section, scale: list[str]) -> tuple[dict[str, int], int]:
    heading = lines.require("National grade distribution", section.start, section.end)
    header = lines.next_nonblank(heading + 1, section.end)
    if header is None or lines.text[header].split() != scale:
        raise lines.error(header or heading + 1, f"the grade header {' '.join(scale)!r}")
    values = lines.next_nonblank(header + 1, section.end)
    tokens = lines.text[values].split() if values is not None else []
    if values is None or len(tokens) != len(scale) or not all(token.isdigit() for token in tokens):
        raise lines.error(values or header + 1, f"{len(scale)} whole-number counts, one per grade")
    return dict(zip(scale, map(int, tokens), strict=True)), values


def parse_subsections(
    lines: ReportLines, framework: str, start: int, end: int
) -> tuple[list[SectionText], list[Finding]]:
    """Split a span at its subheadings into context text and numbered bullet findings."""
    heads = [
        (index, _SUBHEADINGS[lines.text[index].casefold()])
        for index in range(start, end)
        if lines.text[index].casefold() in _SUBHEADINGS
    ]
    texts: list[SectionText] = []
    findings: list[Finding] = []
    for position, (index, kind) in enumerate(heads):
        stop = heads[position + 1][0] if position + 1 < len(heads) else end
        block = lines.text[index + 1 : stop]
        if kind in _TEXT_KINDS:
            texts.append(SectionText(framework, kind, join_paragraphs(block), lines.line_no(index)))
            continue
        preamble, bullets = split_bullets(block)
        if any(preamble):
            texts.append(SectionText(framework, "note", join_paragraphs(preamble), lines.line_no(index + 1)))
        numbered = sum(1 for finding in findings if finding.kind == kind)
        findings.extend(
            Finding(framework, kind, numbered + position, text, lines.line_no(index + 1 + offset))
            for position, (offset, text) in enumerate(bullets, start=1)
        )
    return texts, findings


def parse_case_study(lines: ReportLines, section: Section, framework: str) -> CaseStudy:
    """A developing-practice case study: labelled fields, each running to the next label."""
    values: dict[str, list[str]] = {}
    current: list[str] | None = None
    for index in range(section.start + 1, section.end):
        line = lines.text[index]
        label = _CASE_LABEL.match(line.upper())
        if label:
            current = values.setdefault(_CASE_FIELDS[label["label"]], [])
            line = line[label.end() :]
        if current is not None:
            current.append(line)
        elif line:
            raise lines.error(index, "a case study field such as 'INSPECTION AREA:'")
    missing = [
        name
        for name in ("inspection_area", "title", "problem", "solution", "outcomes", "contact")
        if name not in values
    ]
    if missing:
        raise lines.error(section.start, f"case study fields; missing: {', '.join(missing)}")
    fields = {name: join_paragraphs(parts) for name, parts in values.items()}
    return CaseStudy(framework=framework, line=lines.line_no(section.start), **fields)


def parse_glossary(lines: ReportLines, section: Section) -> list[GlossaryEntry]:
    """Glossary rows '<TERM> <expansion>', skipping the single-letter index headings."""
    entries = []
    for index in range(section.start + 1, section.end):
        parts = lines.text[index].split(maxsplit=1)
        if len(parts) == 2:
            entries.append(GlossaryEntry(parts[0], parts[1].strip(), lines.line_no(index)))
    if not entries:
        raise lines.error(section.start + 1, "glossary rows '<abbreviation> <meaning>'")
    return entries
