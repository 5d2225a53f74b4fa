"""The force profile's sections, each a pure function of the catalog and one force."""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from dashboard import ids
from dashboard.abbreviations import abbreviate
from dashboard.analysis_choices import DEFAULT_PEERS
from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.components import chart, data_table, export_links, notice, section, source_line, table_block
from dashboard.context_variables import DEFAULT_PEER_VARIABLES
from dashboard.exhibits import analysis
from dashboard.exhibits import force as exhibits
from dashboard.formatting import KIND_LABELS, programme_label
from dashboard.grade_position import grade_positions
from dashboard.grid import grades_table
from dashboard.methods import CARRIED_OVER
from dashboard.statements import RIDIT_EXPLANATION, ridit_sentence
from etl.search_documents import case_study_anchor, finding_anchor

NOT_LOADED = "Not loaded: the force's 2007 report is not in the database."


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
        lines = [
            f"{r.framework}: {r.statement or r.grade + ' (national distribution not available)'}"
            for r in positions.itertuples()
        ]
        items.append(html.Li([html.Strong(label), html.Ul([html.Li(line) for line in lines])]))
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
    exhibit, positions = exhibits.force_grades(data, force, programme)
    children: list = [html.H3(exhibits.programme_title(years), id=f"grades-{programme}")]
    for chosen in years:
        if len(years) > 1:
            children.append(html.H4(programme_label(programme, chosen.year)))
        rows = positions[positions["year"] == chosen.year] if not positions.empty else positions
        if rows.empty:
            children.append(notice(_not_held(force["force_name"], chosen), "warning"))
        else:
            children.append(
                html.Ul([html.Li(_statement_item(row)) for row in rows.itertuples()], className="statements")
            )
    if exhibit.figure is not None:
        children.append(chart(exhibit, ids.force_distribution_graph(programme)))
    return html.Div(children, className="programme-block")


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


def over_time_section(data: Catalog, force: pd.Series) -> html.Section:
    exhibit = analysis.force_trend(data, force)
    years = list(exhibit.table.columns[1:])
    return section(
        "PEEL grades over time",
        [
            html.P(CARRIED_OVER, className="note"),
            table_block(exhibit, grades_table(exhibit.table, "peel", exhibit.title, years)),
        ],
        "over-time",
    )


def peers_section(data: Catalog, force: pd.Series) -> html.Section:
    exhibit, _ = analysis.peers(data, force, DEFAULT_PEERS, DEFAULT_PEER_VARIABLES)
    return section(
        "Most similar forces",
        [
            html.P(
                "Ranked by distance over standardised context variables (named in the table). "
                "Change the variables or the number, and see the peers' grades, on the "
            ),
            dcc.Link(f"most similar forces page for {force['force_name']}", href=f"/peers/{force['slug']}"),
            table_block(exhibit),
        ],
        "peers",
    )


def context_section(data: Catalog, force: pd.Series) -> html.Section:
    children: list = [
        html.P(
            "Context figures come from the nearest real sources to 2007, each labelled with its year. "
            "A 2011 figure does not describe 2007."
        ),
        table_block(exhibits.force_context(data, force)),
        chart(exhibits.force_ethnicity(data, force), ids.FORCE_ETHNICITY_GRAPH),
    ]
    report_tables = exhibits.force_report_tables(data, force)
    if not report_tables:
        children.append(
            notice("The force's 2007 inspection report is not loaded, so its own demographic tables are not shown.")
        )
        return section("Demographic context", children, "context")
    info = data.report_info(force["force_code"]).iloc[0]
    priorities = data.strategic_priorities(force["force_code"])
    children += [
        html.H3("As stated in the 2007 inspection report"),
        *[table_block(exhibit) for exhibit in report_tables],
        html.H3("Strategic priorities"),
        html.P(info["priorities_intro"]),
        html.Ol([html.Li(text) for text in priorities["text"]]),
        source_line(f"{info['title']} ({info['source_file']})"),
    ]
    return section("Demographic context", children, "context")


def divisions_section(data: Catalog, force: pd.Series) -> html.Section:
    title = "Divisions and local partnership areas"
    areas, divisions = exhibits.force_areas(data, force), exhibits.force_divisions(data, force)
    if areas is None or divisions is None:
        return section(
            title,
            [
                notice(
                    "Not loaded: divisions come from the force's 2007 inspection report, which is not in the database."
                )
            ],
            "divisions",
        )
    return section(
        title,
        [
            html.P(
                "Divisions are basic command units (BCUs); crime and disorder reduction partnerships (CDRPs) are the "
                "local partnership areas within them. Areas are as the report states them, in square miles."
            ),
            table_block(areas),
            chart(divisions, ids.FORCE_DIVISIONS_GRAPH),
        ],
        "divisions",
    )


def findings_section(data: Catalog, force: pd.Series) -> html.Section:
    title = "What the inspectors found"
    exhibit = exhibits.force_findings(data, force)
    if exhibit is None:
        return section(title, [notice(NOT_LOADED)], "findings")
    findings = exhibit.table
    glossary = data.glossary_terms()
    details = []
    for framework, items in findings.groupby("Framework", sort=False):
        lists = []
        for kind, label in KIND_LABELS.items():
            texts = items[items["Kind"] == label]
            if not texts.empty:
                entries = [
                    html.Li(abbreviate(row.Finding, glossary), id=finding_anchor(kind, framework, row.Number))
                    for row in texts.itertuples()
                ]
                lists += [html.H4(label), html.Ol(entries)]
        details.append(
            html.Details([html.Summary(f"{framework}: {len(items)} findings"), *lists], className="findings")
        )
    return section(
        title,
        [
            data_table(exhibits.findings_counts(findings), "Number of findings by framework"),
            *details,
            source_line(exhibit.source),
            export_links(exhibit),
        ],
        "findings",
    )


def case_studies_section(data: Catalog, force: pd.Series) -> html.Section:
    studies = data.case_studies(force["force_code"])
    if studies.empty:
        return section("Developing practice", [notice(NOT_LOADED)], "case-studies")
    glossary = data.glossary_terms()
    cards = [
        html.Details(
            [
                html.Summary(f"{row.framework}: {row.title}"),
                html.Dl(
                    [
                        part
                        for term, text in (
                            ("Problem", row.problem),
                            ("Solution", row.solution),
                            ("Outcomes", row.outcomes),
                            ("Force contact", row.contact),
                        )
                        for part in (html.Dt(term), html.Dd(abbreviate(text, glossary)))
                    ]
                ),
            ],
            id=case_study_anchor(row.position),
            className="case-study",
        )
        for row in studies.itertuples()
    ]
    return section(
        "Developing practice",
        [html.P("Examples of good practice the force submitted; HMIC did not evaluate them independently."), *cards],
        "case-studies",
    )
