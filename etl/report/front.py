"""The report's front matter: identity, grade definitions, divisions, demographics, priorities."""

from __future__ import annotations

import re

from etl.report.lines import (
    ReportLines,
    join_paragraphs,
    number_word,
    parse_int,
    split_bullets,
)
from etl.report.model import (
    Division,
    EthnicityRow,
    GradeDefinition,
    Identity,
    NumberedText,
    PopulationRow,
    Unemployment,
)

_ISBN = re.compile(r"ISBN(?:-13)?[:\s]*(97[89][\d -]{10,16}\d)")
_NUMBER = r"\d{1,3}(?:,\d{3})*"
_POPULATION_ROW = re.compile(rf"^(?P<name>.*[A-Za-z].*?)\s+(?P<pop>{_NUMBER})\s+(?P<hh>{_NUMBER})$")
_ETHNICITY_HEADER = re.compile(r"^Ethnicity\s+Population\s+Percentage", re.IGNORECASE)
_ETHNICITY_ROW = re.compile(rf"^(?P<group>.*[A-Za-z].*?)\s+(?P<pop>{_NUMBER})\s+(?P<pct>\d+(?:\.\d+)?)%$")
_UNEMPLOYMENT_DATE = re.compile(r"^at\s+(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\b")
_UNEMPLOYMENT_ROW = re.compile(
    rf"^(?P<area>.*[A-Za-z].*?)\s+(?P<male>{_NUMBER})\s+(?P<female>{_NUMBER})\s+"
    rf"(?P<all>{_NUMBER})\s+(?P<pct>\d+(?:\.\d+)?)$"
)
_TOTAL = re.compile(r"^(grand\s+)?total\b", re.IGNORECASE)
_AREA = re.compile(r"(?P<value>[\d,]+(?:\.\d+)?)\s+square miles")
_STATED_POPULATION = re.compile(
    rf"(?P<a>{_NUMBER})\s+(?:people|residents)|population of "
    rf"(?:around |approximately |about |some |just over |just under |over )?(?P<b>{_NUMBER})"
)
_CDRPS = re.compile(r"\b(?P<count>\w+)\s+(?:crime and disorder reduction partnerships|CDRPs)")
_NPUS = re.compile(r"\b(?P<count>\w+)\s+NPUs\b")
_FORCE_NPUS = re.compile(r"total of (?P<count>\w+) Neighbourhood Policing units", re.IGNORECASE)
_TOWNS = re.compile(r"(?:includes|mostly in|towns of|stations at)\s+(?P<towns>[^.]+?)(?:\.|, each|$)")


def parse_identity(lines: ReportLines, headers: list[tuple[int, str, str, int]]) -> Identity:
    """Force and date from the first running page header; ISBN where the text states one."""
    if not headers:
        raise lines.error(
            len(lines.text),
            "a running page header '<Force> – HMIC Inspection Report' followed by '<Month> <Year>'",
            "no such header anywhere in the file",
        )
    index, force, month, year = headers[0]
    isbn = _ISBN.search("\n".join(lines.text))
    return Identity(
        force_name=force,
        month=month,
        year=year,
        isbn=isbn.group(1).replace(" ", "") if isbn else None,
        line=lines.line_no(index),
    )


def parse_grade_definitions(lines: ReportLines, scale: list[str], start: int, end: int) -> list[GradeDefinition]:
    """Each grade's definition from 'The grading process': text under its own heading."""
    heading_index: dict[str, int] = {}
    for grade in scale:
        found = lines.find(lambda line, g=grade: line == g, start, end)
        if found is None:
            raise lines.error(start, f"a definition headed {grade!r} in 'The grading process'")
        heading_index[grade] = found
    ordered = sorted(heading_index.items(), key=lambda item: item[1])
    definitions = []
    for position, (grade, index) in enumerate(ordered):
        stop = ordered[position + 1][1] if position + 1 < len(ordered) else end
        definitions.append(
            GradeDefinition(
                grade=grade,
                rank=scale.index(grade) + 1,
                definition=join_paragraphs(lines.text[index + 1 : stop]),
                line=lines.line_no(index),
            )
        )
    return sorted(definitions, key=lambda definition: definition.rank)


def _is_subheading(lines: ReportLines, index: int) -> bool:
    """A short unpunctuated line that starts after a finished sentence (or a blank line).

    PDF text extraction drops blank lines, so this must not depend on them.
    """
    line = lines.text[index]
    previous = lines.text[index - 1] if index else ""
    return (
        bool(line)
        and len(line) <= 60
        and line[0].isupper()
        and not line.endswith((".", ",", ";", ":"))
        and (not previous or previous.endswith((".", ":", ";", "!", "?", ")")))
    )


def parse_divisions(lines: ReportLines, start: int, end: int) -> tuple[list[Division], int | None]:
    """Divisions (BCUs) from the overview: each is a subheading followed by its paragraph."""
    headings = [index for index in range(start + 1, end) if _is_subheading(lines, index)]
    divisions = []
    force_npus = None
    for position, index in enumerate(headings):
        stop = headings[position + 1] if position + 1 < len(headings) else end
        text = join_paragraphs(lines.text[index + 1 : stop])
        npus = _FORCE_NPUS.search(text)
        if npus:
            force_npus = number_word(npus["count"])
        area = _AREA.search(text)
        if area is None:
            continue  # a descriptive subheading, not a division
        population = _STATED_POPULATION.search(text)
        cdrps = _CDRPS.search(text)
        division_npus = _NPUS.search(text)
        towns = _TOWNS.search(text)
        divisions.append(
            Division(
                name=lines.text[index],
                population_stated=parse_int(population["a"] or population["b"]) if population else None,
                area_sq_miles=float(area["value"].replace(",", "")),
                cdrp_count=number_word(cdrps["count"]) if cdrps else None,
                npu_count=number_word(division_npus["count"]) if division_npus else None,
                main_towns=_town_list(towns["towns"]) if towns else None,
                description=text,
                line=lines.line_no(index),
            )
        )
    if not divisions:
        raise lines.error(start, "division subheadings with an area in square miles in the force overview")
    return divisions, force_npus


def _town_list(text: str) -> str:
    names = re.split(r",\s*|\s+and\s+", text.strip())
    return ", ".join(name.strip() for name in names if name.strip())


def parse_demographics(
    lines: ReportLines, start: int, end: int, division_names: set[str]
) -> tuple[list[PopulationRow], list[EthnicityRow], list[Unemployment]]:
    """The population/households table, the ethnicity table and the unemployment row."""
    population: list[PopulationRow] = []
    ethnicity: list[EthnicityRow] = []
    unemployment: list[Unemployment] = []
    division: str | None = None
    in_ethnicity = False
    as_at: str | None = None
    for index in range(start + 1, end):
        line = lines.text[index]
        if _ETHNICITY_HEADER.match(line):
            in_ethnicity = True
            continue
        if in_ethnicity and (row := _ETHNICITY_ROW.match(line)):
            ethnicity.append(EthnicityRow(row["group"], parse_int(row["pop"]), float(row["pct"]), lines.line_no(index)))
            in_ethnicity = row["group"].casefold() != "all"
            continue
        if date := _UNEMPLOYMENT_DATE.match(line):
            as_at = date["date"]
            continue
        if as_at and (row := _UNEMPLOYMENT_ROW.match(line)):
            unemployment.append(
                Unemployment(
                    area=row["area"],
                    as_at=as_at,
                    male=parse_int(row["male"]),
                    female=parse_int(row["female"]),
                    total=parse_int(row["all"]),
                    percent_working_age=float(row["pct"]),
                    line=lines.line_no(index),
                )
            )
            continue
        if row := _POPULATION_ROW.match(line):
            name = row["name"]
            if _TOTAL.match(name):
                area_type, parent = "force", None
            elif name.casefold() in division_names:
                area_type, parent, division = "division", None, name
            else:
                area_type, parent = "cdrp", division
            population.append(
                PopulationRow(
                    name, area_type, parent, parse_int(row["pop"]), parse_int(row["hh"]), lines.line_no(index)
                )
            )
            continue
        if any(character.isdigit() for character in line):
            raise lines.error(
                index,
                "a table row '<name> <population> <households>', '<group> <count> <percent>%' "
                "or '<area> <male> <female> <all> <percent>'",
            )
    _require_rows(lines, start, population, ethnicity, unemployment)
    return population, ethnicity, unemployment


def _require_rows(
    lines: ReportLines,
    start: int,
    population: list[PopulationRow],
    ethnicity: list[EthnicityRow],
    unemployment: list[Unemployment],
) -> None:
    if not any(row.area_type == "force" for row in population):
        raise lines.error(start, "a 'Grand total – force' row in the demographic table")
    if not any(row.area_type == "division" for row in population):
        raise lines.error(start, "division rows in the demographic table named as in the force overview")
    if not ethnicity:
        raise lines.error(start, "an ethnicity table 'Ethnicity Population Percentage of total'")
    if not unemployment:
        raise lines.error(start, "an unemployment row '<area> <male> <female> <all> <percent>'")


def parse_priorities(lines: ReportLines, start: int, end: int) -> tuple[str, list[NumberedText]]:
    """The strategic priorities: an introduction and a bullet list."""
    block = lines.text[start + 1 : end]
    preamble, bullets = split_bullets(block)
    items = [
        NumberedText(position, text, lines.line_no(start + 1 + offset))
        for position, (offset, text) in enumerate(bullets, start=1)
    ]
    return join_paragraphs(preamble), items
