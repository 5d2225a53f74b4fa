"""Findings search: safe query syntax, ranking, facets, index coverage, pages and exports."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from dashboard.abbreviations import abbreviate, marked
from dashboard.factory import create_app
from dashboard.pages import findings, findings_extra
from queries import search
from queries.search_syntax import UNMATCHED_QUOTE, parse_query
from tests.components import component_text


@pytest.fixture(scope="module")
def client(built_db: Path):
    return create_app(built_db).server.test_client()


def test_query_syntax() -> None:
    assert parse_query('"risk assessment" supervis*').match == '"risk assessment" "supervis"*'
    assert parse_query("lone visits").phrase == '"lone visits"'
    assert parse_query('say "x').message == UNMATCHED_QUOTE
    assert parse_query("AND OR").match is None
    assert parse_query("ViSOR AND MAPPA").match == '"ViSOR" "MAPPA"'
    assert "Ignored 'AND'" in parse_query("ViSOR AND MAPPA").message


@pytest.mark.parametrize(
    "typed", ['" OR 1=1 --', "NEAR(", "*", "'; DROP TABLE finding; --", "title:visor", "a*", "(((", "-"]
)
def test_hostile_input_gives_results_or_a_message(any_engine, typed: str) -> None:
    parsed = parse_query(typed)
    assert parsed.match is not None or parsed.message
    if parsed.match:
        found = search.search(any_engine, parsed)
        assert isinstance(found, pd.DataFrame)
    assert search.indexed_documents(any_engine)["documents"].sum() > 0, "nothing was dropped"


def test_the_index_covers_every_finding(any_engine) -> None:
    counts = search.indexed_documents(any_engine).set_index("kind")
    assert (counts["documents"] == counts["indexed"]).all()
    findings_rows = any_engine.connect().exec_driver_sql("SELECT COUNT(*) FROM finding").scalar()
    kinds = ["strength", "work_in_progress", "area_for_improvement"]
    assert int(counts.loc[kinds, "indexed"].sum()) == findings_rows
    case_studies = any_engine.connect().exec_driver_sql("SELECT COUNT(*) FROM case_study").scalar()
    assert int(counts.loc["case_study", "indexed"]) == case_studies


def test_exact_phrase_matches_rank_first(any_engine) -> None:
    parsed = parse_query("risk assessment")
    found = search.search(any_engine, parsed)
    # The index stems words (porter), so "risks assessed" is the same phrase as "risk assessment".
    has_phrase = [bool(re.search(r"\brisk\w*[\s-]+assess\w*", text, re.IGNORECASE)) for text in found["text"]]
    assert any(has_phrase) and not all(has_phrase)
    first_without = has_phrase.index(False)
    assert not any(has_phrase[first_without:]), "every exact-phrase match precedes every other match"


def test_facets_sum_to_the_total(any_engine) -> None:
    parsed = parse_query("training")
    counts = search.facets(any_engine, parsed)
    total = len(search.search(any_engine, parsed))
    assert int(counts["items"].sum()) == total
    by_kind = counts.groupby("kind")["items"].sum()
    assert int(by_kind.sum()) == total


def test_filters_narrow_the_results(any_engine) -> None:
    parsed = parse_query("ViSOR")
    improvements = search.search(any_engine, parsed, framework="Public protection", kind="area_for_improvement")
    assert len(improvements) >= 2
    assert set(improvements["kind"]) == {"area_for_improvement"}
    assert all(search.MARK_START + "ViSOR" + search.MARK_END in text for text in improvements["highlighted"]), (
        "matched words are marked"
    )


def test_abbreviations_are_explained() -> None:
    glossary = (("ViSOR", "Violent and Sex Offenders Register"), ("PPU", "public protection unit"), ("O", "x"))
    parts = abbreviate("Use ViSOR in the PPU. O dear.", glossary)
    abbrs = [part for part in parts if not isinstance(part, str)]
    assert [(a.children, a.title) for a in abbrs] == [
        ("ViSOR", "Violent and Sex Offenders Register"),
        ("PPU", "public protection unit"),
    ]
    assert "PPUs" not in [a.children for a in abbreviate("two PPUs", glossary) if not isinstance(a, str)]
    highlighted = marked(f"use {search.MARK_START}ViSOR{search.MARK_END} now", glossary)
    assert highlighted[1].children[0].children == "ViSOR"


def test_findings_page(client) -> None:
    text = component_text(findings.layout(q="ViSOR"))
    assert "items match ViSOR" in text and "SQLite FTS5" in text
    assert "Public protection" in text and "Area for improvement" in text
    assert "Nothing matches" in component_text(findings.layout(q="zzzqqx"))
    assert "unmatched quote" in component_text(findings.layout(q='"visor'))
    assert "Ignored kind='gossip'" in component_text(findings.layout(q="visor", kind="gossip"))


def test_themes_and_case_studies_pages(client) -> None:
    themes = component_text(findings_extra.themes_layout())
    assert "ViSOR" in themes and "Public protection" in themes
    library = component_text(findings_extra.case_studies_layout(framework="Domestic violence"))
    assert "999 web player" in library and "Neighbourhood management structures" not in library


def test_result_exports(client, engine) -> None:
    csv = pd.read_csv(io.BytesIO(client.get("/export/table/findings-search.csv?q=ViSOR").data))
    parsed = parse_query("ViSOR")
    assert list(csv["Text"]) == list(search.search(engine, parsed)["text"])
    assert set(csv.columns) >= {"Force", "Framework", "Kind", "Text", "Source file", "Line"}
    workbook = pd.read_excel(
        io.BytesIO(client.get("/export/table/findings-search.xlsx?q=ViSOR").data), sheet_name=None, engine="openpyxl"
    )
    assert len(workbook["Data"]) == len(csv)
    pdf = client.get("/export/findings/findings-search.pdf?q=ViSOR&kind=area_for_improvement")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "Findings matching ViSOR" in text and "staffordshire-police-2007-10.txt" in text
    assert client.get("/export/table/findings-search.csv?q=%22").status_code == 400
