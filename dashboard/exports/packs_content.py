"""What a briefing pack holds, independent of its file format (PDF or PowerPoint)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.exhibits import force as force_exhibits
from dashboard.exhibits import national as national_exhibits
from dashboard.exhibits.model import Exhibit
from dashboard.exhibits.registry import ExhibitRequestError
from dashboard.formatting import programme_label
from dashboard.methods import METHODS

SOURCES = (
    "HMIC inspection reports, 2007 (Crown copyright).",
    "HMIC / HMICFRS PEEL assessments 2014–2017; each grade links to the public page that states it.",
    "ONS mid-year estimates, 2011 Census and Home Office police workforce. Contains public sector information "
    "licensed under the Open Government Licence v3.0.",
    "Boundaries and lookups: Source: Office for National Statistics licensed under the Open Government Licence "
    "v.3.0. Contains OS data © Crown copyright and database right 2023.",
)


@dataclass
class PackSection:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    charts: list[Exhibit] = field(default_factory=list)
    tables: list[Exhibit] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)


@dataclass
class Pack:
    """A briefing pack: cover lines, then sections in order."""

    title: str
    stem: str
    cover: list[str]
    sections: list[PackSection]

    def charts(self) -> list[Exhibit]:
        return [chart for section in self.sections for chart in section.charts]


def choose_years(data: Catalog, programme: str | None, year: str | None) -> list[ProgrammeYear]:
    """The programme-years a pack covers: all, one programme, or one programme-year."""
    held = data.programme_year_list()
    if year is not None and programme is None:
        raise ExhibitRequestError(400, "Give programme with year, e.g. programme=peel&year=2016.")
    chosen = [py for py in held if programme in (None, py.programme) and year in (None, str(py.year))]
    if not chosen:
        valid = ", ".join(f"programme={py.programme}&year={py.year}" for py in held)
        raise ExhibitRequestError(404, f"No data for programme={programme!r}, year={year!r}. Valid: {valid}.")
    return chosen


def force_pack(data: Catalog, force: pd.Series, years: list[ProgrammeYear]) -> Pack:
    name = force["force_name"]
    loaded = not data.report_info(force["force_code"]).empty
    grade_charts, statements = [], []
    for chosen in years:
        exhibit, positions = force_exhibits.force_grades(data, force, chosen.programme, chosen.year)
        if exhibit.figure is not None:
            grade_charts.append(exhibit)
        label = programme_label(chosen.programme, chosen.year)
        if positions.empty:
            statements.append(f"{label}: no grades held for {name}.")
        statements += [f"{label}, {row.framework}: {row.statement or row.grade}" for row in positions.itertuples()]
    sections = [
        PackSection("Grades against the national distribution", charts=grade_charts),
        PackSection("Position in plain language", bullets=statements),
        PackSection(
            "Demographic context against England and Wales",
            paragraphs=["Each figure carries its year; a 2011 figure does not describe 2007."],
            charts=[force_exhibits.force_ethnicity(data, force)],
            tables=[force_exhibits.force_context(data, force)],
        ),
    ]
    areas, divisions = force_exhibits.force_areas(data, force), force_exhibits.force_divisions(data, force)
    if areas is not None and divisions is not None:
        sections.append(PackSection("Divisions", charts=[divisions], tables=[areas]))
    findings = force_exhibits.force_findings(data, force)
    if findings is not None:
        improvements = findings.table[findings.table["Kind"] == "Areas for improvement"]
        sections.append(
            PackSection(
                "Findings summary",
                paragraphs=["Number of findings by framework, then every area for improvement in full."],
                tables=[_counts_exhibit(findings)],
                bullets=[f"{row.Framework}: {row.Finding}" for row in improvements.itertuples()],
            )
        )
    sections.append(_sources_section())
    covered = ", ".join(programme_label(py.programme, py.year) for py in years)
    return Pack(
        title=f"Briefing pack: {name}",
        stem=f"{force['slug']}-briefing",
        cover=[
            f"{name} ({force['region']} region, {force['country']})",
            f"Covers: {covered}.",
            "2007 inspection report: " + ("loaded." if loaded else "not loaded; 2007 grades are not shown."),
        ],
        sections=sections,
    )


def _counts_exhibit(findings: Exhibit) -> Exhibit:
    return replace(
        findings, title="Number of findings by framework", table=force_exhibits.findings_counts(findings.table)
    )


def national_pack(data: Catalog, years: list[ProgrammeYear]) -> Pack:
    sections = []
    for chosen in years:
        label = programme_label(chosen.programme, chosen.year)
        distribution = national_exhibits.national_distribution(data, chosen)
        grid = national_exhibits.national_grid(data, chosen, "name")
        sections.append(
            PackSection(
                f"National picture, {label}",
                charts=[distribution] if distribution.figure is not None else [],
                tables=[grid],
            )
        )
    sections.append(_sources_section())
    covered = ", ".join(programme_label(py.programme, py.year) for py in years)
    stem = "national-briefing" if len(years) > 1 else f"national-{years[0].programme}-{years[0].year}-briefing"
    return Pack(
        title="Briefing pack: national picture",
        stem=stem,
        cover=["All 43 police forces of England and Wales", f"Covers: {covered}."],
        sections=sections,
    )


def _sources_section() -> PackSection:
    return PackSection(
        "Sources and methods",
        paragraphs=[f"{title}: {text}" for title, text in METHODS],
        bullets=list(SOURCES),
    )
