"""`/data` Data and methods: sources, files loaded, grade scales, methods, glossary, downloads."""

from __future__ import annotations

from dash import dcc, html

from dashboard.components import data_table, section
from dashboard.methods import METHODS
from dashboard.routes import DOWNLOADABLE_VIEWS
from dashboard.state import catalog


def layout(**_: str) -> html.Div:
    data = catalog()
    files = data.source_files()
    return html.Div(
        [
            html.H1("Data and methods"),
            section("Sources and licences", _sources(), "sources"),
            section(
                "Files loaded",
                [
                    html.P("Every figure in the database names its file and the line, row or sheet it came from."),
                    data_table(
                        files[["name", "kind", "sha256", "loaded_at"]],
                        "Source files",
                        {"name": "File", "kind": "Kind", "sha256": "SHA-256", "loaded_at": "Loaded (UTC)"},
                    ),
                    *[
                        html.P(f"Warning from the last build: {m}", className="note")
                        for m in data.etl_warnings()["message"]
                    ],
                ],
                "files",
            ),
            section("Grade scales", _scales(), "scales"),
            section(
                "Methods",
                [html.Dl([part for title, text in METHODS for part in (html.Dt(title), html.Dd(text))])],
                "methods",
            ),
            section(
                "Glossary",
                [
                    data_table(
                        data.glossary(),
                        "Abbreviations used in the inspection reports",
                        {"term": "Abbreviation", "expansion": "Meaning"},
                    )
                ],
                "glossary",
            ),
            section("Downloads", _downloads(), "downloads"),
        ]
    )


def _sources() -> list:
    return [
        html.Ul(
            [
                html.Li("HMIC inspection reports, 2007 (Crown copyright). Report text in data/raw/reports."),
                html.Li(
                    "HMIC / HMICFRS PEEL assessments 2014–2017: each grade links to the public page that states it."
                ),
                html.Li(
                    "ONS and Home Office reference data (boundaries, lookups, mid-year estimates, 2011 Census, police "
                    "workforce). Contains public sector information licensed under the Open Government Licence v3.0."
                ),
                html.Li(
                    "Boundaries and lookups: Source: Office for National Statistics licensed under the Open Government "
                    "Licence v.3.0. Contains OS data © Crown copyright and database right 2023."
                ),
            ]
        )
    ]


def _scales() -> list:
    data = catalog()
    blocks = []
    for programme in data.programme_years()["programme"].unique():
        scale = data.grade_scale(programme)
        scale = scale.assign(definition=scale["definition"].fillna("Definition not held in our sources."))
        blocks.append(
            data_table(
                scale[["grade", "grade_rank", "definition"]],
                f"Grades of the {programme.upper()} programme, best first",
                {"grade": "Grade", "grade_rank": "Rank (1 = best)", "definition": "Definition"},
            )
        )
    return blocks


def _downloads() -> list:
    links = [html.Li(html.A("The whole database (SQLite)", href="/download/hmic.db"))]
    links += [html.Li(html.A(f"{view} (CSV)", href=f"/download/{view}.csv")) for view in DOWNLOADABLE_VIEWS]
    return [
        html.Ul(links),
        html.P(["Views are documented in the project README. ", dcc.Link("Back to the overview", href="/")]),
    ]
