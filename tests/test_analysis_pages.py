"""Analyst views as plain functions: peers, patterns, map, regions, change over time, exports."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from dashboard import ids
from dashboard.catalog import ProgrammeYear
from dashboard.context_variables import DEFAULT_PEER_VARIABLES
from dashboard.exhibits import analysis
from dashboard.factory import create_app
from dashboard.pages import map_page, patterns, peers, regions, trends
from dashboard.state import catalog
from tests.components import component_text, find_component

PEEL_2016 = ProgrammeYear("peel", 2016)


@pytest.fixture(scope="module")
def client(built_db: Path):
    return create_app(built_db).server.test_client()


def test_peers_are_ranked_by_distance_and_exclude_the_force(client) -> None:
    force = catalog().force_by_slug("staffordshire")
    exhibit, slugs = analysis.peers(catalog(), force, 5, DEFAULT_PEER_VARIABLES)
    assert len(slugs) == 5 and "staffordshire" not in slugs
    distances = list(exhibit.table["Distance"])
    assert distances[0] == 0.0 and distances[1:] == sorted(distances[1:])
    assert "Population density (people per km², mid-2011)" in exhibit.table.columns


def test_peer_averages_are_population_weighted(client) -> None:
    data = catalog()
    force = data.force_by_slug("kent")
    _, slugs = analysis.peers(data, force, 3, ("density",))
    averages = analysis.peer_averages(data, force, slugs, ("density",))
    values = data.context_variables().set_index("slug").loc[slugs]
    expected = (values["density"] * values["weight_population"]).sum() / values["weight_population"].sum()
    assert averages.table.iloc[0]["Peer group (population-weighted)"] == pytest.approx(expected, abs=0.01)


def test_peers_page_changes_with_the_url(client) -> None:
    text = component_text(peers.layout(slug="kent", n="8", vars="density,officers,bogus"))
    assert "Ignored unknown variables: bogus" in text
    assert "Forces most similar to Kent" in text
    assert "Peer-group averages are weighted by each force's population" in text
    assert "not found" in component_text(peers.layout(slug="atlantis")).lower()


def test_patterns_page_states_tau_and_caveat(client) -> None:
    page = patterns.layout(
        programme="peel", year="2016", framework="Effectiveness", variable="officers", framework2="Legitimacy"
    )
    text = component_text(page)
    assert "Kendall's tau-b =" in text and "n = 43 forces" in text
    assert "ecological association" in text and "not evidence that one causes the other" in text
    assert "Effectiveness and Legitimacy grades together" in text
    figure = find_component(page, ids.PATTERNS_GRAPH).figure
    labelled = sum(len(trace.text) for trace in figure.data)
    assert labelled == 43, "every graded force is a labelled point"


def test_patterns_cross_tab_counts_add_up(client) -> None:
    table, _ = analysis.crosstab(catalog(), PEEL_2016, "Effectiveness", "Legitimacy")
    assert int(table.table.drop(columns=table.table.columns[0]).to_numpy().sum()) == 43


def test_patterns_ignore_bad_values_visibly(client) -> None:
    text = component_text(patterns.layout(framework="Nonsense", variable="height"))
    assert "Ignored framework='Nonsense'" in text and "Ignored variable='height'" in text


def test_map_has_every_force_and_marks_missing_grades(client) -> None:
    page = map_page.layout(programme="hmic", year="2007", framework="Neighbourhood Policing")
    figure = find_component(page, ids.MAP_GRAPH).figure
    assert len(figure.data) == 43
    names = {trace.name for trace in figure.data}
    assert "Not loaded" in names and "Excellent" in names
    hatched = [trace for trace in figure.data if trace.name == "Not loaded"]
    assert all(trace.fillpattern.shape == "/" for trace in hatched)
    staffordshire = next(t for t in figure.data if t.text.startswith("Staffordshire"))
    assert staffordshire.customdata[0] == "staffordshire" and staffordshire.text == "Staffordshire: Excellent"
    assert "Open Government Licence" in figure.layout.annotations[0].text


def test_map_of_a_variable_uses_fifths(client) -> None:
    figure = find_component(map_page.layout(variable="minority"), ids.MAP_GRAPH).figure
    assert len({trace.name for trace in figure.data}) == 5


def test_regions_have_wilson_intervals_containing_the_share(client) -> None:
    exhibit = analysis.regions(catalog(), PEEL_2016, "Effectiveness")
    table = exhibit.table
    assert table["Forces graded"].sum() == 43
    assert (
        (table["95% interval low (%)"] <= table["Share (%)"]) & (table["Share (%)"] <= table["95% interval high (%)"])
    ).all()
    assert "Wilson" in component_text(regions.layout())


def test_changes_between_years(client) -> None:
    exhibit = analysis.changes(catalog(), "peel", 2015, 2016)
    grid15 = catalog().grade_grid("peel", 2015).set_index(["force_name", "framework"])["grade"]
    for row in exhibit.table.itertuples():
        assert grid15.loc[(row.Force, row.Framework)] == row._3
    text = component_text(trends.layout(**{"from": "2016", "to": "2015"}))
    assert "'from' must be before 'to'" in text and "carried over" in text


def test_force_page_has_peers_and_peel_over_time(client) -> None:
    from dashboard.pages import force

    text = component_text(force.layout(slug="staffordshire"))
    assert "Most similar forces" in text and "PEEL grades over time" in text
    trend = analysis.force_trend(catalog(), catalog().force_by_slug("derbyshire"))
    row = trend.table.set_index("Framework").loc["Effectiveness"]
    assert row["2017"] == "Not found"


def test_national_grid_download_has_ridits(client) -> None:
    response = client.get("/export/table/national-grid.csv?programme=hmic&year=2007&sort=name")
    table = pd.read_csv(io.BytesIO(response.data)).set_index("Force")
    assert table.loc["Staffordshire", "Ridit: Neighbourhood Policing"] == pytest.approx(40 / 43, abs=0.001)
    assert pd.isna(table.loc["Kent", "Ridit: Neighbourhood Policing"])


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/export/chart/patterns.png?programme=peel&year=2016&framework=Efficiency&variable=density", 200),
        (
            "/export/table/patterns-crosstab.csv?programme=peel&year=2016&framework=Efficiency&framework2=Legitimacy",
            200,
        ),
        ("/export/chart/map.svg?variable=officers", 200),
        ("/export/chart/regions.png?programme=hmic&year=2007&framework=Child%20abuse", 200),
        ("/export/chart/trends.png?programme=peel", 200),
        ("/export/table/trend-changes.xlsx?programme=peel&from=2015&to=2017", 200),
        ("/export/table/force-peers.csv?force=kent&n=4&vars=density,minority", 200),
        ("/export/table/force-peer-averages.csv?force=kent", 200),
        ("/export/table/force-trend.csv?force=kent&programme=peel", 200),
        ("/export/table/force-peers.csv?force=kent&n=40", 400),
        ("/export/chart/patterns.png?programme=peel&year=2016&framework=Efficiency&variable=height", 404),
        ("/export/table/trend-changes.csv?programme=peel&from=2017&to=2015", 400),
    ],
)
def test_analysis_exports(client, url: str, status: int) -> None:
    assert client.get(url).status_code == status


def test_peers_and_patterns_unknown_page_paths_are_404(client) -> None:
    assert client.get("/peers/kent").status_code == 200
    assert client.get("/peers/atlantis").status_code == 404
    assert client.get("/patterns").status_code == 200
