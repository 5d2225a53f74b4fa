"""The force profile's sections, each a pure function of the catalog and one force."""

from __future__ import annotations

import pandas as pd
from dash import html

from dashboard import ids
from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.components import OGL, chart, data_table, notice, section, source_line
from dashboard.context_measures import context_comparison, ethnic_shares
from dashboard.figures.context import composition_figure, divisions_figure
from dashboard.figures.distribution import distribution_figure
from dashboard.formatting import KIND_LABELS, decimal, programme_label, whole
from dashboard.grade_position import grade_positions
from dashboard.statements import RIDIT_EXPLANATION, ridit_sentence


def at_a_glance(data: Catalog, force: pd.Series) -> html.Div:
    """The first thing an authority member reads: 2007 and the latest PEEL year, in words."""
    grades = data.force_grades(force["force_code"])
    held = data.programme_year_list()
    shown = [py for py in held if py.programme == "hmic"] + [py for py in held if py.programme == "peel"][-1:]
    items = []
    for chosen in shown:
        label = programme_label(chosen.programme, chosen.year)
        these = grades[(grades["programme"] == chosen.programme) & (grades["year"] == chosen.year)]
        if these.empty:
            items.append(html.Li(f"{label}: not loaded for {force['force_name']}."))
            continue
        positions = grade_positions(
            these, data.national_distribution(chosen.programme, chosen.year), data.scale(chosen.programme)
        )
        items.append(
            html.Li(
                [
                    html.Strong(label),
                    html.Ul(
                        [
                            html.Li(
                                f"{r.framework}: {r.statement or r.grade + ' (national distribution not available)'}"
                            )
                            for r in positions.itertuples()
                        ]
                    ),
                ]
            )
        )
    return html.Div([html.H2("At a glance"), html.Ul(items, className="glance")], className="glance-box")


def grades_section(data: Catalog, force: pd.Series) -> html.Section:
    blocks = [
        html.P(
            "Each chart shows how all 43 forces were graded on each framework; the segment with the heavy outline "
            f"and the ▶ label is {force['force_name']}'s grade. Grades from different programmes use different "
            "scales and are never combined."
        ),
        html.P(RIDIT_EXPLANATION, className="note"),
    ]
    held = data.programme_year_list()
    for programme in dict.fromkeys(py.programme for py in held):
        blocks.append(_programme_block(data, force, [py for py in held if py.programme == programme]))
    return section("Grades against the national picture", blocks, "grades")


def _programme_block(data: Catalog, force: pd.Series, years: list[ProgrammeYear]) -> html.Div:
    """One programme: statements year by year, and one chart with a bar per year and framework."""
    programme = years[0].programme
    name = force["force_name"]
    scale = data.scale(programme)
    grades = data.force_grades(force["force_code"])
    labelled = len(years) > 1  # bars say "2016 Effectiveness" when a programme spans several years
    children: list = [html.H3(_programme_title(years), id=f"grades-{programme}")]
    distributions, positions = [], []
    for chosen in years:
        label = programme_label(chosen.programme, chosen.year)
        held = grades[(grades["programme"] == programme) & (grades["year"] == chosen.year)]
        distribution = data.national_distribution(programme, chosen.year)
        bar = (lambda framework, year=chosen.year: f"{year} {framework}") if labelled else str
        if labelled:
            children.append(html.H4(label))
        if held.empty:
            children.append(notice(_not_held(name, chosen), "warning"))
        else:
            rows = grade_positions(held, distribution, scale).assign(year=chosen.year)
            rows["bar"] = rows["framework"].map(bar)
            positions.append(rows)
            children.append(
                html.Ul([html.Li(_statement_item(row)) for row in rows.itertuples()], className="statements")
            )
        distributions.append(distribution.assign(framework=distribution["framework"].map(bar), year=chosen.year))
    combined = pd.concat(distributions, ignore_index=True)
    if combined.empty:
        return html.Div(children, className="programme-block")
    table = pd.concat(positions, ignore_index=True) if positions else combined
    marked = dict(zip(table["bar"], table["grade"], strict=True)) if positions else {}
    if marked:
        title = f"{name} against all forces, {_programme_title(years)}"
    else:
        title = f"How all forces were graded, {_programme_title(years)}"
    children.append(
        chart(
            distribution_figure(combined, programme, scale, title, marked, name),
            ids.force_distribution_graph(programme),
            f"Stacked bar chart: the share of forces given each grade, {_programme_title(years)}, "
            f"with {name}'s grade outlined and labelled on each bar.",
            data_table(table.drop(columns=["bar"], errors="ignore"), title),
            f"{', '.join(sorted(set(combined['source_file'])))} (national counts; basis "
            f"{', '.join(sorted(set(combined['basis'])))})",
        )
    )
    return html.Div(children, className="programme-block")


def _programme_title(years: list[ProgrammeYear]) -> str:
    first, last = years[0], years[-1]
    if first.year == last.year:
        return programme_label(first.programme, first.year)
    return f"{programme_label(first.programme, first.year)}–{last.year}"


def _not_held(name: str, chosen: ProgrammeYear) -> str:
    if chosen.programme == "hmic":
        return (
            f"{name}'s {chosen.year} inspection report is not loaded, so its {chosen.year} grades are not shown. "
            "The national distribution comes from the reports that are loaded."
        )
    return f"No {programme_label(chosen.programme, chosen.year)} grades were found for {name}."


def _statement_item(row) -> list:
    parts: list = [html.Strong(f"{row.framework}: "), row.statement or f"{row.grade} (no national distribution held)."]
    if pd.notna(row.ridit):
        parts += [html.Br(), html.Span(ridit_sentence(row.ridit), className="ridit")]
    if row.note:
        parts += [html.Br(), html.Span(f"Note: {row.note}", className="note")]
    return parts


def context_section(data: Catalog, force: pd.Series) -> html.Section:
    name = force["force_name"]
    force_context = data.force_context(force["force_code"])
    national = data.national_context()
    comparison = context_comparison(force_context, national)
    shown = comparison.assign(
        force_value=[_format(v, u) for v, u in zip(comparison["force_value"], comparison["unit"], strict=True)],
        england_wales_value=[
            _format(v, u) for v, u in zip(comparison["england_wales_value"], comparison["unit"], strict=True)
        ],
    )
    shares = ethnic_shares(force_context, national, name)
    children: list = [
        html.P(
            "Context figures come from the nearest real sources to 2007, each labelled with its year. "
            "A 2011 figure does not describe 2007."
        ),
        data_table(
            shown,
            f"{name} against England and Wales",
            {
                "measure": "Measure",
                "force_value": name,
                "england_wales_value": "England and Wales",
                "unit": "Unit",
                "year": "Year",
                "source": "Source",
                "method": "Method",
            },
        ),
        source_line(f"ONS mid-year estimates, 2011 Census, Home Office police workforce. {OGL}"),
        chart(
            composition_figure(shares, name),
            ids.FORCE_ETHNICITY_GRAPH,
            f"Grouped bar chart of the share of residents in each broad ethnic group, {name} and England and Wales, "
            "2011 Census.",
            data_table(
                shares.assign(**{c: (shares[c] * 100).round(1) for c in (name, "England and Wales")}),
                "Share of residents (%), 2011 Census",
            ),
            f"2011 Census table QS201EW (census2011_ethnic_group_by_pfa.csv). {OGL}",
        ),
    ]
    children += _report_context(data, force)
    return section("Demographic context", children, "context")


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "not available"
    if unit in ("people", "households", "km²"):
        return whole(value)
    return decimal(value, 1 if unit in ("%", "people per km²") else 2)


def _report_context(data: Catalog, force: pd.Series) -> list:
    info = data.report_info(force["force_code"])
    if info.empty:
        return [
            notice("The force's 2007 inspection report is not loaded, so its own demographic tables are not shown.")
        ]
    report = info.iloc[0]
    ethnicity = data.report_ethnicity(force["force_code"])
    unemployment = data.report_unemployment(force["force_code"])
    priorities = data.strategic_priorities(force["force_code"])
    cite = f"{report['title']} ({report['source_file']})"
    return [
        html.H3("As stated in the 2007 inspection report"),
        data_table(
            ethnicity[["ethnic_group", "population", "percentage"]],
            "Ethnicity, as the report gives it",
            {"ethnic_group": "Ethnic group", "population": "Population", "percentage": "Percentage of total"},
        ),
        data_table(
            unemployment[["area", "as_at", "male", "female", "total", "percent_working_age"]],
            f"Unemployment at {unemployment.iloc[0]['as_at'] if not unemployment.empty else 'the report date'}",
            {
                "area": "Area",
                "as_at": "Date",
                "male": "Male",
                "female": "Female",
                "total": "All",
                "percent_working_age": "% of working-age population",
            },
        ),
        source_line(cite),
        html.H3("Strategic priorities"),
        html.P(report["priorities_intro"]),
        html.Ol([html.Li(text) for text in priorities["text"]]),
        source_line(cite),
    ]


def divisions_section(data: Catalog, force: pd.Series) -> html.Section:
    areas = data.report_areas(force["force_code"])
    if areas.empty:
        return section(
            "Divisions and local partnership areas",
            [
                notice(
                    "Not loaded: divisions come from the force's 2007 inspection report, which is not in the database."
                )
            ],
            "divisions",
        )
    table = areas.assign(density=areas["population"] / areas["area_sq_miles"])
    divisions = areas[areas["area_type"] == "division"]
    info = data.report_info(force["force_code"]).iloc[0]
    return section(
        "Divisions and local partnership areas",
        [
            html.P(
                "Divisions are basic command units (BCUs); crime and disorder reduction partnerships (CDRPs) are the "
                "local partnership areas within them. Areas are as the report states them, in square miles."
            ),
            data_table(
                table[
                    [
                        "area_name",
                        "area_type",
                        "parent_name",
                        "population",
                        "households",
                        "area_sq_miles",
                        "area_km2",
                        "density",
                    ]
                ],
                "Population, households and area by division and CDRP",
                {
                    "area_name": "Area",
                    "area_type": "Type",
                    "parent_name": "Division",
                    "population": "Population",
                    "households": "Households",
                    "area_sq_miles": "Area (sq miles)",
                    "area_km2": "Area (km²)",
                    "density": "People per sq mile",
                },
            ),
            chart(
                divisions_figure(divisions, force["force_name"]),
                ids.FORCE_DIVISIONS_GRAPH,
                f"Grouped bar chart of each division's share of {force['force_name']}'s population and area.",
                data_table(divisions[["area_name", "population", "area_sq_miles"]], "Divisions"),
                f"{info['title']} ({info['source_file']}): demographic table and force overview",
            ),
        ],
        "divisions",
    )


def _report_not_loaded(title: str, section_id: str) -> html.Section:
    return section(title, [notice("Not loaded: the force's 2007 report is not in the database.")], section_id)


def findings_section(data: Catalog, force: pd.Series) -> html.Section:
    findings = data.findings(force["force_code"])
    if findings.empty:
        return _report_not_loaded("What the inspectors found", "findings")
    counts = findings.pivot_table(
        index="framework", columns="kind", values="position", aggfunc="count", fill_value=0, sort=False
    )
    counts = counts.reindex(columns=list(KIND_LABELS), fill_value=0).reset_index()
    details = []
    for framework, items in findings.groupby("framework", sort=False):
        lists = []
        for kind, label in KIND_LABELS.items():
            texts = items[items["kind"] == kind]
            if not texts.empty:
                lists += [html.H4(label), html.Ol([html.Li(text) for text in texts["text"]])]
        details.append(
            html.Details([html.Summary(f"{framework}: {len(items)} findings"), *lists], className="findings")
        )
    return section(
        "What the inspectors found",
        [
            data_table(
                counts,
                "Number of findings by framework",
                {"framework": "Framework", **{kind: label for kind, label in KIND_LABELS.items()}},
            ),
            *details,
            source_line(f"{findings.iloc[0]['source_file']}: strengths, work in progress and areas for improvement"),
        ],
        "findings",
    )


def case_studies_section(data: Catalog, force: pd.Series) -> html.Section:
    studies = data.case_studies(force["force_code"])
    if studies.empty:
        return _report_not_loaded("Developing practice", "case-studies")
    cards = [
        html.Details(
            [
                html.Summary(f"{row.framework}: {row.title}"),
                html.Dl(
                    [
                        html.Dt("Problem"),
                        html.Dd(row.problem),
                        html.Dt("Solution"),
                        html.Dd(row.solution),
                        html.Dt("Outcomes"),
                        html.Dd(row.outcomes),
                        html.Dt("Force contact"),
                        html.Dd(row.contact),
                    ]
                ),
            ],
            className="case-study",
        )
        for row in studies.itertuples()
    ]
    return section(
        "Developing practice",
        [
            html.P("Examples of good practice the force submitted; HMIC did not evaluate them independently."),
            *cards,
        ],
        "case-studies",
    )
