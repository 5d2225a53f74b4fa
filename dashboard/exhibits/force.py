"""Force exhibits: grades against the national picture, context, divisions and findings."""

from __future__ import annotations

import pandas as pd

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.components import OGL
from dashboard.context_measures import context_comparison, ethnic_shares
from dashboard.exhibits.model import Exhibit
from dashboard.figures.context import composition_figure, divisions_figure
from dashboard.figures.distribution import distribution_figure
from dashboard.formatting import KIND_LABELS, decimal, programme_label, whole
from dashboard.grade_position import grade_positions

REFERENCE_SOURCES = "ONS mid-year estimates, 2011 Census, Home Office police workforce"


def programme_title(years: list[ProgrammeYear]) -> str:
    first, last = years[0], years[-1]
    if first.year == last.year:
        return programme_label(first.programme, first.year)
    return f"{programme_label(first.programme, first.year)}–{last.year}"


def force_grades(
    data: Catalog, force: pd.Series, programme: str, year: int | None = None
) -> tuple[Exhibit, pd.DataFrame]:
    """The force's grades in one programme (or one year of it) against the national distributions.

    Returns the exhibit and the per-year positions (statements and ridits) the page lists.
    """
    name, slug = force["force_name"], force["slug"]
    years = [py for py in data.programme_year_list() if py.programme == programme and year in (None, py.year)]
    scale = data.scale(programme)
    grades = data.force_grades(force["force_code"])
    labelled = len(years) > 1  # bars read "2016 Effectiveness" when a programme spans several years
    distributions, positions = [], []
    for chosen in years:
        held = grades[(grades["programme"] == programme) & (grades["year"] == chosen.year)]
        distribution = data.national_distribution(programme, chosen.year)
        bar = (lambda framework, year=chosen.year: f"{year} {framework}") if labelled else str
        if not held.empty:
            rows = grade_positions(held, distribution, scale).assign(year=chosen.year)
            rows["bar"] = rows["framework"].map(bar)
            positions.append(rows)
        distributions.append(distribution.assign(framework=distribution["framework"].map(bar)))
    combined = pd.concat(distributions, ignore_index=True)
    positions_frame = pd.concat(positions, ignore_index=True) if positions else pd.DataFrame(columns=["bar", "grade"])
    marked = dict(zip(positions_frame["bar"], positions_frame["grade"], strict=True))
    span = programme_title(years)
    title = f"{name} against all forces, {span}" if marked else f"How all forces were graded, {span}"
    year_part = str(years[0].year) if not labelled else f"{programme}-{years[0].year}-{years[-1].year}"
    if positions:
        table = pd.DataFrame(
            {
                "Year": positions_frame["year"],
                "Framework": positions_frame["framework"],
                "Grade": positions_frame["grade"],
                "National counts": positions_frame["national_counts"],
                "Position": positions_frame["statement"],
                "Ridit": positions_frame["ridit"],
                "Source": positions_frame["source"],
                "Note": positions_frame["note"],
            }
        )
    else:
        table = pd.DataFrame(
            {
                "Framework": combined["framework"],
                "Grade": combined["grade"],
                "Forces": combined["forces"],
                "Source file": combined["source_file"],
                "Where in the file": combined["source_location"],
            }
        )
    exhibit = Exhibit(
        exhibit_id="force-grades",
        params=(("force", slug), ("programme", programme)) + ((("year", str(year)),) if year else ()),
        stem=f"{slug}-{year_part}-grades-vs-national",
        title=title,
        subtitle=f"{name}, {span}: grade on each framework against all 43 forces",
        source=(
            f"{', '.join(sorted(set(combined['source_file'])))} (national counts; basis "
            f"{', '.join(sorted(set(combined['basis'])))})"
            if not combined.empty
            else "no national distribution held"
        ),
        table=table,
        description=(
            f"Stacked bar chart: the share of forces given each grade, {span}, with {name}'s grade outlined and "
            "labelled on each bar."
        ),
        figure=distribution_figure(combined, programme, scale, title, marked, name) if not combined.empty else None,
        statements=tuple(
            f"{row.year} {row.framework}: {row.statement or row.grade}" for row in positions_frame.itertuples()
        )
        if positions
        else (),
    )
    return exhibit, positions_frame


def force_context(data: Catalog, force: pd.Series) -> Exhibit:
    name = force["force_name"]
    comparison = context_comparison(data.force_context(force["force_code"]), data.national_context())
    table = pd.DataFrame(
        {
            "Measure": comparison["measure"],
            name: [_format(v, u) for v, u in zip(comparison["force_value"], comparison["unit"], strict=True)],
            "England and Wales": [
                _format(v, u) for v, u in zip(comparison["england_wales_value"], comparison["unit"], strict=True)
            ],
            "Unit": comparison["unit"],
            "Year": comparison["year"],
            "Source": comparison["source"],
            "Method": comparison["method"],
        }
    )
    return Exhibit(
        exhibit_id="force-context",
        params=(("force", force["slug"]),),
        stem=f"{force['slug']}-context-vs-england-and-wales",
        title=f"{name} against England and Wales",
        subtitle=f"{name}: population, households, ethnicity and police workforce, each labelled with its year",
        source=f"{REFERENCE_SOURCES}. {OGL}",
        table=table,
        description=f"Table of {name}'s context figures against England and Wales.",
    )


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "not available"
    if unit in ("people", "households", "km²"):
        return whole(value)
    return decimal(value, 1 if unit in ("%", "people per km²") else 2)


def force_ethnicity(data: Catalog, force: pd.Series) -> Exhibit:
    name = force["force_name"]
    shares = ethnic_shares(data.force_context(force["force_code"]), data.national_context(), name)
    table = pd.DataFrame(
        {
            "Ethnic group": shares["group"],
            f"{name} (%)": (shares[name] * 100).round(1),
            "England and Wales (%)": (shares["England and Wales"] * 100).round(1),
        }
    )
    return Exhibit(
        exhibit_id="force-ethnicity",
        params=(("force", force["slug"]),),
        stem=f"{force['slug']}-ethnic-composition-2011",
        title=f"Ethnic composition: {name} and England and Wales (2011)",
        subtitle=f"{name}: share of usual residents in each broad ethnic group, 2011 Census",
        source=f"2011 Census table QS201EW (census2011_ethnic_group_by_pfa.csv). {OGL}",
        table=table,
        description=(
            f"Grouped bar chart of the share of residents in each broad ethnic group, {name} and England and "
            "Wales, 2011 Census."
        ),
        figure=composition_figure(shares, name),
    )


def _report_source(data: Catalog, force: pd.Series, what: str) -> str:
    info = data.report_info(force["force_code"]).iloc[0]
    return f"{info['title']} ({info['source_file']}): {what}"


def force_areas(data: Catalog, force: pd.Series) -> Exhibit | None:
    areas = data.report_areas(force["force_code"])
    if areas.empty:
        return None
    table = pd.DataFrame(
        {
            "Area": areas["area_name"],
            "Type": areas["area_type"],
            "Division": areas["parent_name"],
            "Population": areas["population"],
            "Households": areas["households"],
            "Area (sq miles)": areas["area_sq_miles"],
            "Area (km²)": areas["area_km2"],
            "People per sq mile": (areas["population"] / areas["area_sq_miles"]).round(0),
        }
    )
    name = force["force_name"]
    return Exhibit(
        exhibit_id="force-areas",
        params=(("force", force["slug"]),),
        stem=f"{force['slug']}-divisions-and-cdrps",
        title=f"{name}: population, households and area by division and CDRP",
        subtitle=f"{name}: divisions (BCUs) and crime and disorder reduction partnerships, from the 2007 report",
        source=_report_source(data, force, "demographic table and force overview"),
        table=table,
        description=f"Table of {name}'s divisions and partnership areas.",
    )


def force_divisions(data: Catalog, force: pd.Series) -> Exhibit | None:
    areas = data.report_areas(force["force_code"])
    divisions = areas[areas["area_type"] == "division"]
    if divisions.empty:
        return None
    name = force["force_name"]
    table = pd.DataFrame(
        {
            "Division": divisions["area_name"],
            "Population": divisions["population"],
            "Share of population (%)": (divisions["population"] / divisions["population"].sum() * 100).round(1),
            "Area (sq miles)": divisions["area_sq_miles"],
            "Share of area (%)": (divisions["area_sq_miles"] / divisions["area_sq_miles"].sum() * 100).round(1),
        }
    )
    return Exhibit(
        exhibit_id="force-divisions",
        params=(("force", force["slug"]),),
        stem=f"{force['slug']}-divisions-population-and-area",
        title=f"{name}: divisions' share of population and area",
        subtitle=f"{name}: each division's share of the force's population and area, 2007 report",
        source=_report_source(data, force, "demographic table and force overview"),
        table=table,
        description=f"Grouped bar chart of each division's share of {name}'s population and area.",
        figure=divisions_figure(divisions, name),
    )


def force_findings(data: Catalog, force: pd.Series) -> Exhibit | None:
    findings = data.findings(force["force_code"])
    if findings.empty:
        return None
    name = force["force_name"]
    table = pd.DataFrame(
        {
            "Framework": findings["framework"],
            "Kind": findings["kind"].map(KIND_LABELS),
            "Number": findings["position"],
            "Finding": findings["text"],
            "Source file": findings["source_file"],
            "Line": findings["source_location"],
        }
    )
    return Exhibit(
        exhibit_id="force-findings",
        params=(("force", force["slug"]),),
        stem=f"{force['slug']}-2007-findings",
        title=f"{name}: what the inspectors found",
        subtitle=f"{name}, HMIC inspections 2007: strengths, work in progress and areas for improvement",
        source=_report_source(data, force, "findings sections"),
        table=table,
        description=f"Table of every finding in {name}'s 2007 inspection report.",
    )


def findings_counts(findings: pd.DataFrame) -> pd.DataFrame:
    """Number of findings of each kind per framework, in report order."""
    counts = findings.pivot_table(
        index="Framework", columns="Kind", values="Number", aggfunc="count", fill_value=0, sort=False
    )
    return counts.reindex(columns=list(KIND_LABELS.values()), fill_value=0).reset_index()


def force_report_tables(data: Catalog, force: pd.Series) -> list[Exhibit]:
    """The report's own ethnicity and unemployment tables, labelled as the report's."""
    code, slug, name = force["force_code"], force["slug"], force["force_name"]
    if data.report_info(code).empty:
        return []
    ethnicity = data.report_ethnicity(code)
    unemployment = data.report_unemployment(code)
    as_at = unemployment.iloc[0]["as_at"] if not unemployment.empty else "the report date"
    return [
        Exhibit(
            exhibit_id="force-report-ethnicity",
            params=(("force", slug),),
            stem=f"{slug}-2007-report-ethnicity",
            title=f"{name}: ethnicity, as the 2007 report gives it",
            subtitle=f"{name}: population by ethnic group, from the inspection report's demographic profile",
            source=_report_source(data, force, "demographic profile"),
            table=pd.DataFrame(
                {
                    "Ethnic group": ethnicity["ethnic_group"],
                    "Population": ethnicity["population"],
                    "Percentage of total": ethnicity["percentage"],
                }
            ),
            description=f"Table of {name}'s ethnicity figures from the 2007 report.",
        ),
        Exhibit(
            exhibit_id="force-report-unemployment",
            params=(("force", slug),),
            stem=f"{slug}-2007-report-unemployment",
            title=f"{name}: unemployment at {as_at}, as the 2007 report gives it",
            subtitle=f"{name}: claimant unemployment stated in the inspection report",
            source=_report_source(data, force, "demographic profile"),
            table=pd.DataFrame(
                {
                    "Area": unemployment["area"],
                    "Date": unemployment["as_at"],
                    "Male": unemployment["male"],
                    "Female": unemployment["female"],
                    "All": unemployment["total"],
                    "% of working-age population": unemployment["percent_working_age"],
                }
            ),
            description=f"Table of {name}'s unemployment figures from the 2007 report.",
        ),
    ]
