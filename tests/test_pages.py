"""Page-building functions tested as plain functions against the real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import ids
from dashboard.catalog import ProgrammeYear
from dashboard.choices import choose_programme_year
from dashboard.context_measures import context_comparison
from dashboard.factory import create_app
from dashboard.grid import sorted_forces
from dashboard.pages import compare, data_methods, force, national, not_found
from dashboard.routes import known_page
from dashboard.state import catalog
from tests.components import component_text, find_component


@pytest.fixture(scope="module")
def app(built_db: Path):
    return create_app(built_db)


def test_default_programme_year_is_the_latest_complete_one(app) -> None:
    chosen, notices = choose_programme_year(catalog(), None, None)
    assert chosen == ProgrammeYear("peel", 2016) and notices == []


def test_unknown_programme_falls_back_with_a_notice(app) -> None:
    chosen, notices = choose_programme_year(catalog(), "nonsense", "1999")
    assert chosen == ProgrammeYear("peel", 2016)
    assert "Ignored programme='nonsense'" in notices[0] and "programme=hmic&year=2007" in notices[0]


def test_national_layout_for_2007(app) -> None:
    page = national.layout(programme="hmic", year="2007")
    text = component_text(page)
    assert "Grades loaded for 1 of 43 forces" in text
    assert "Not loaded" in text
    figure = find_component(page, ids.NATIONAL_DISTRIBUTION_GRAPH).figure
    counts = {trace.name: list(trace.text) for trace in figure.data}
    assert counts["Excellent"][0] == "6 (14%)"


def test_national_layout_ignores_a_bad_sort_visibly(app) -> None:
    text = component_text(national.layout(programme="peel", year="2017", sort="sideways"))
    assert "Ignored sort='sideways'" in text
    assert "No national distribution for Effectiveness" in text


def test_grade_sort_puts_best_first_and_ungraded_last(app) -> None:
    grid = catalog().grade_grid("peel", 2016)
    order = sorted_forces(grid, "grade-1")
    ranks = grid[grid["position"] == 1].set_index("force_code").loc[order, "grade_rank"].tolist()
    assert ranks == sorted(ranks)
    hmic = catalog().grade_grid("hmic", 2007)
    assert sorted_forces(hmic, "grade-1")[0] == "E23000015"


def test_force_profile_for_staffordshire(app) -> None:
    page = force.layout(slug="staffordshire")
    text = component_text(page)
    assert "Neighbourhood Policing: Excellent: one of 6 of 43 forces; 14%" in text
    assert "Ridit 0.93: above the national middle." in text
    assert "Chase division" in text and "999 web player" in text
    assert "How the sources name this force" in text and "Staffordshire Police staffordshire-police-2007-10.txt" in text
    assert "nan" not in text.split() and "Ridit nan" not in text, "a missing value must never print as nan"
    assert "Effectiveness: Good (no national distribution held)." in text  # PEEL 2017: not published, incomplete
    figure = find_component(page, ids.force_distribution_graph("hmic")).figure
    marked = [label for trace in figure.data for label in trace.text if label.startswith("▶")]
    assert len(marked) == 6 and "▶ Staffordshire: 6 (14%)" in marked
    peel = find_component(page, ids.force_distribution_graph("peel")).figure
    assert "2016 Effectiveness" in peel.data[0].y and "2017 Effectiveness" not in peel.data[0].y


def test_force_profile_without_a_report(app) -> None:
    text = component_text(force.layout(slug="kent"))
    assert "Kent's 2007 inspection report is not loaded" in text
    assert "Not loaded: divisions come from the force's 2007 inspection report" in text


def test_unknown_force_lists_valid_choices(app) -> None:
    text = component_text(force.layout(slug="atlantis"))
    assert "There is no force with the address 'atlantis'" in text
    assert "West Yorkshire" in text


def test_compare_choices(app) -> None:
    chosen, notices = compare.choose_forces(catalog(), ["kent", "atlantis", "kent", "staffordshire"])
    assert chosen == ["kent", "staffordshire"]
    assert "atlantis" in notices[0]
    many = list(catalog().forces()["slug"])[:8]
    chosen, notices = compare.choose_forces(catalog(), many)
    assert len(chosen) == compare.MAX_FORCES and "first 6" in notices[0]
    assert compare.compare_url(["kent", "staffordshire"]) == "/compare?forces=kent,staffordshire"


def test_compare_layout(app) -> None:
    text = component_text(compare.layout(forces="staffordshire,kent"))
    assert "Remove Staffordshire" in text and "Remove Kent" in text
    assert "Excellent" in text and "Police officers per 1,000 population" in text
    assert "Choose at least 2 forces" in component_text(compare.layout(forces="kent"))


def test_data_and_not_found_pages(app) -> None:
    text = component_text(data_methods.layout())
    assert "ho_police_workforce_2007_2023.ods" in text and "Open Government Licence" in text
    assert "Excellent" in text and "ViSOR" in text
    assert "Page not found" in component_text(not_found.layout())


def test_context_comparison_uses_stated_years(app) -> None:
    data = catalog()
    table = context_comparison(data.force_context("E23000015"), data.national_context()).set_index("measure")
    officers = table.loc["Police officers per 1,000 population"]
    assert officers["year"] == "31 March 2007; population mid-2011"
    context = data.force_context("E23000015")
    fte = context[(context["measure"] == "officers_fte") & (context["year"] == 2007)]["value"].iloc[0]
    population = context[(context["measure"] == "population_mid_year") & (context["year"] == 2011)]["value"].iloc[0]
    assert officers["force_value"] == pytest.approx(fte / population * 1000)


def test_known_pages_for_http_status() -> None:
    slugs = {"kent"}
    assert known_page("/", slugs) and known_page("/force/kent", slugs) and known_page("/data", slugs)
    assert not known_page("/force/atlantis", slugs) and not known_page("/elsewhere", slugs)


def test_server_status_codes_and_downloads(app) -> None:
    client = app.server.test_client()
    assert client.get("/force/kent").status_code == 200
    assert client.get("/force/atlantis").status_code == 404
    assert client.get("/no-such-page").status_code == 404
    response = client.get("/download/force_grades.csv")
    assert response.status_code == 200 and response.data.startswith(b"programme,year,force_code")
    assert client.get("/download/secret_table.csv").status_code == 404
    database = client.get("/download/hmic.db")
    assert database.status_code == 200 and database.data[:15] == b"SQLite format 3"
