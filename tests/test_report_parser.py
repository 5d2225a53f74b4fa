"""The parser extracts everything the Staffordshire 2007 report states."""

from __future__ import annotations

import re

import pytest

from etl.errors import ReportParseError
from etl.report.model import Report
from etl.report.parser import parse_report
from tests.fixtures import REPORT_FILE, report_text

# The report's own published tables, read from the source text by hand.
NATIONAL = {
    "Neighbourhood Policing": [6, 14, 21, 2],
    "Performance management": [6, 29, 8, 0],
    "Child abuse": [3, 17, 21, 2],
    "Domestic violence": [1, 13, 27, 2],
    "Public protection": [2, 16, 23, 2],
    "Missing persons": [1, 21, 21, 0],
}
FORCE_GRADES = {
    "Neighbourhood Policing": "Excellent",
    "Performance management": "Excellent",
    "Child abuse": "Good",
    "Domestic violence": "Good",
    "Public protection": "Fair",
    "Missing persons": "Fair",
}


@pytest.fixture(scope="module")
def report() -> Report:
    return parse_report(report_text(), REPORT_FILE)


def test_identity_comes_from_the_running_header(report: Report) -> None:
    assert report.identity.force_name == "Staffordshire Police"
    assert (report.identity.month, report.identity.year) == ("October", 2007)
    assert report.identity.isbn is None  # the text extraction does not carry the ISBN


def test_isbn_is_read_where_the_text_states_it() -> None:
    text = report_text() + "\nISBN 978-1-84726-477-0\n"
    assert parse_report(text, REPORT_FILE).identity.isbn == "978-1-84726-477-0"


def test_grade_scale_in_order_with_definitions(report: Report) -> None:
    assert [(g.grade, g.rank) for g in report.grade_scale] == [("Excellent", 1), ("Good", 2), ("Fair", 3), ("Poor", 4)]
    assert report.grade_scale[1].definition.startswith("Good is defined in the Collins English Dictionary")
    assert "unacceptably low level of service" in report.grade_scale[3].definition
    assert all("Developing practice" not in g.definition for g in report.grade_scale)


def test_six_frameworks_with_their_areas(report: Report) -> None:
    assert [(f.name, f.area) for f in report.frameworks] == [
        ("Neighbourhood Policing", "Neighbourhood Policing"),
        ("Performance management", "Performance management"),
        ("Child abuse", "Protecting vulnerable people"),
        ("Domestic violence", "Protecting vulnerable people"),
        ("Public protection", "Protecting vulnerable people"),
        ("Missing persons", "Protecting vulnerable people"),
    ]


def test_national_summary_has_24_counts(report: Report) -> None:
    assert len(report.national_counts) == 24
    by_framework: dict[str, list[int]] = {}
    for count in report.national_counts:
        by_framework.setdefault(count.framework, []).append(count.forces)
    assert by_framework == NATIONAL


def test_force_summary_and_section_grade_lines(report: Report) -> None:
    assert {g.framework: g.grade for g in report.force_grades} == FORCE_GRADES
    assert {s.framework: s.grade for s in report.sections} == FORCE_GRADES
    assert {s.framework: list(s.distribution.values()) for s in report.sections} == NATIONAL


def test_every_findings_bullet_is_captured(report: Report) -> None:
    """All bullets in the file, less priorities, case-study and national-context bullets."""
    all_bullets = report_text().count("•")
    other_bullets = 6 + 5 + 4 + 3  # priorities; two case studies; NP national context
    assert len(report.findings) == all_bullets - other_bullets


def test_findings_are_ordered_with_full_text(report: Report) -> None:
    np = [f for f in report.findings if f.framework == "Neighbourhood Policing"]
    improvements = [f for f in np if f.kind == "area_for_improvement"]
    assert [f.position for f in improvements] == [1, 2, 3]
    assert improvements[0].text.startswith("A lack of understanding of the role of Neighbourhood Policing teams")
    assert improvements[0].text.endswith("to foster greater understanding.")
    # The GRADE line and a page break fall inside the first strength; the sentence survives.
    assert "managing the cultural change from Neighbourhood Policing to neighbourhood management" in np[0].text
    assert "GRADE" not in " ".join(f.text for f in report.findings)
    assert "HMIC Inspection Report" not in " ".join(f.text for f in report.findings)


def test_pvp_overview_bullets_belong_to_the_area(report: Report) -> None:
    overview = [(f.kind, f.position) for f in report.findings if f.framework == "Protecting vulnerable people"]
    assert overview == [("strength", 1), ("work_in_progress", 1), ("area_for_improvement", 1)]


def test_contextual_factors_text(report: Report) -> None:
    texts = {(t.framework, t.kind): t.text for t in report.section_texts}
    assert texts[("Missing persons", "national_context")].startswith("Each year, thousands of people")
    assert texts[("Child abuse", "force_context")].startswith("Child abuse investigation is a strategic priority")
    # A GRADE line fell mid-sentence in this paragraph.
    assert "lessons learnt are incorporated into ongoing practice" in texts[("Domestic violence", "force_context")]


def test_divisions_from_the_overview(report: Report) -> None:
    divisions = {d.name: d for d in report.divisions}
    assert set(divisions) == {
        "Chase division",
        "North Staffordshire division",
        "Stoke-on-Trent division",
        "Trent Valley division",
    }
    chase = divisions["Chase division"]
    assert (chase.population_stated, chase.area_sq_miles, chase.cdrp_count) == (322_000, 419.0, 3)
    assert chase.main_towns == "Stafford, Stone, Cannock, Rugeley, Penkridge, Wombourne"
    assert divisions["Trent Valley division"].npu_count == 5
    assert divisions["Stoke-on-Trent division"].area_sq_miles == 36.0
    assert report.force_npu_count == 23


def test_demographic_table_attaches_cdrps_to_divisions(report: Report) -> None:
    rows = {r.name: r for r in report.population}
    assert rows["Grand total – force"].area_type == "force"
    assert (rows["Grand total – force"].population, rows["Grand total – force"].households) == (1_054_979, 439_916)
    assert rows["Cannock"].parent == "Chase division"
    assert rows["Tamworth"].parent == "Trent Valley division"
    assert rows["Stoke-on-Trent division"].area_type == "division"
    assert sum(r.area_type == "cdrp" for r in report.population) == 8


def test_ethnicity_and_unemployment(report: Report) -> None:
    assert (report.ethnicity[0].group, report.ethnicity[0].population) == ("White", 787_620)
    assert report.ethnicity[-1].group == "All" and report.ethnicity[-1].percentage == 100.0
    (unemployment,) = report.unemployment
    assert (unemployment.male, unemployment.female, unemployment.total) == (5_815, 2_336, 8_151)
    assert (unemployment.percent_working_age, unemployment.as_at) == (1.6, "10/05/07")


def test_strategic_priorities(report: Report) -> None:
    assert len(report.priorities) == 6
    assert report.priorities[0].text == "making communities stronger and more effective;"
    assert "A Safer Staffordshire" in report.priorities_intro


def test_case_studies(report: Report) -> None:
    assert [c.framework for c in report.case_studies] == [
        "Neighbourhood Policing",
        "Performance management",
        "Child abuse",
        "Domestic violence",
        "Public protection",
    ]
    web_player = report.case_studies[3]
    assert web_player.title == "999 web player"
    assert web_player.contact.endswith("Acting Inspector Emma Griffiths – 01785 234790")
    assert web_player.problem.startswith("To tackle proportionately low levels")
    assert "40% of occasions" in web_player.outcomes


def test_glossary(report: Report) -> None:
    glossary = {g.term: g.expansion for g in report.glossary}
    assert glossary["ViSOR"] == "Violent and Sex Offenders Register"
    assert glossary["Centrex"] == "the national police training organisation"
    assert not any(re.fullmatch(r"[A-Z]", term) and not expansion for term, expansion in glossary.items())
    assert len(glossary) == 29


def test_text_ending_in_a_running_header_is_a_parse_error() -> None:
    text = report_text()
    cut = text[: text.index("Staffordshire Police – HMIC Inspection Report") + 50]
    with pytest.raises(ReportParseError) as raised:
        parse_report(cut, REPORT_FILE)
    assert raised.value.path == str(REPORT_FILE)
