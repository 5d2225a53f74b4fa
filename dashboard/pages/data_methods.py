"""`/data` Data and methods: sources, files loaded, grade scales, methods, glossary, downloads."""

from __future__ import annotations

from dash import dcc, html

from dashboard.components import data_table, section
from dashboard.routes import DOWNLOADABLE_VIEWS
from dashboard.state import catalog

METHODS = [
    (
        "Grades are ordinal",
        "A grade is a category, not a number. Every view shows the full national distribution: "
        "the force's grade set against how many forces got each grade.",
    ),
    (
        "Ridit score",
        "Where one summary number is useful we show the ridit: the share of forces graded lower plus "
        "half the share graded the same. 0.5 is the national middle. It does not assume equal gaps between grades.",
    ),
    (
        "Programmes are never pooled",
        "The 2007 HMIC grades (Excellent, Good, Fair, Poor) and the PEEL grades "
        "(Outstanding, Good, Requires improvement, Inadequate) belong to different programmes and scales. They are "
        "shown side by side, never combined.",
    ),
    (
        "National distributions",
        "For 2007 the counts are published in every report. For PEEL they are the totals "
        "HMIC published; where none was published they are computed from the per-force grades, but only when every "
        "force has a grade. 'Not graded' is a real outcome and is shown but not counted on the scale.",
    ),
    (
        "Context figures",
        "Population and area are summed from local authorities to force areas using ONS lookups; "
        "households from the 2011 Census through the 2016 lookup; workforce from the Home Office table. There is no "
        "2007 population estimate here, so per-head figures for 2007 use mid-2011, the nearest year, and say so. "
        "Minority ethnic share is residents not in a White group.",
    ),
    (
        "England and Wales figures",
        "England and Wales values are the ONS total where published, otherwise the sum of the 43 force areas.",
    ),
]


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
