"""Query functions return the DataFrames the app needs, from the real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from queries import context, forces, grades, provenance, reports
from queries.db import DatabaseUnavailable, open_database

STAFFS = "E23000015"
KENT = "E23000032"


def test_forces(any_engine) -> None:
    frame = forces.forces(any_engine)
    assert len(frame) == 43
    staffs = frame.set_index("slug").loc["staffordshire"]
    assert staffs["force_code"] == STAFFS and bool(staffs["report_loaded"])
    assert int(frame["report_loaded"].sum()) == 1


def test_programme_years(any_engine) -> None:
    frame = grades.programme_years(any_engine)
    assert list(zip(frame["programme"], frame["year"], strict=True)) == [
        ("hmic", 2007),
        ("peel", 2014),
        ("peel", 2015),
        ("peel", 2016),
        ("peel", 2017),
    ]
    hmic = frame.iloc[0]
    assert (hmic["frameworks"], hmic["forces_graded"]) == (6, 1)


def test_grades_of_a_force(any_engine) -> None:
    frame = grades.force_grades(any_engine, STAFFS)
    hmic = frame[frame["programme"] == "hmic"]
    assert list(hmic["framework"])[:2] == ["Neighbourhood Policing", "Performance management"]
    assert list(hmic["grade_rank"]) == [1, 1, 2, 2, 3, 3]
    assert set(frame["programme"]) == {"hmic", "peel"}
    assert grades.force_grades(any_engine, "E99999999").empty


def test_national_distribution(any_engine) -> None:
    frame = grades.national_distribution(any_engine, "hmic", 2007)
    np = frame[frame["framework"] == "Neighbourhood Policing"]
    assert list(np["forces"]) == [6, 14, 21, 2]
    assert np["share"].sum() == pytest.approx(1.0)
    assert set(frame["basis"]) == {"published"}
    assert grades.national_distribution(any_engine, "peel", 2017)["framework"].tolist().count("Effectiveness") == 0


def test_grade_grid_marks_missing_cells(any_engine) -> None:
    grid = grades.grade_grid(any_engine, "hmic", 2007)
    assert len(grid) == 43 * 6
    assert grid["grade"].notna().sum() == 6
    peel = grades.grade_grid(any_engine, "peel", 2017)
    derbyshire = peel[(peel["force_name"] == "Derbyshire") & (peel["framework"] == "Effectiveness")]
    assert derbyshire["grade"].isna().all()


def test_grade_scale(any_engine) -> None:
    scale = grades.grade_scale(any_engine, "peel")
    assert list(scale["grade"]) == ["Outstanding", "Good", "Requires improvement", "Inadequate", "Not graded"]
    assert not bool(scale.iloc[-1]["in_scale"])
    assert grades.grade_scale(any_engine, "hmic")["definition"].str.len().min() > 100


def test_context(any_engine) -> None:
    frame = context.force_context(any_engine, KENT)
    measures = set(frame["measure"])
    assert {"population_mid_year", "households", "area_km2", "officers_headcount", "ethnic_asian"} <= measures
    national = context.national_context(any_engine)
    assert national[national["measure"] == "population_mid_year"]["year"].min() == 2011
    wide = context.all_force_context(any_engine, ["area_km2"])
    assert len(wide) == 43


def test_report_queries(any_engine) -> None:
    assert reports.report_info(any_engine, KENT).empty
    info = reports.report_info(any_engine, STAFFS).iloc[0]
    assert info["source_file"] == "staffordshire-police-2007-10.txt" and len(info["sha256"]) == 64
    areas = reports.report_areas(any_engine, STAFFS)
    assert areas.iloc[-1]["area_type"] == "force"
    assert areas[areas["area_type"] == "division"]["population"].sum() == areas.iloc[-1]["population"]
    found = reports.findings(any_engine, STAFFS)
    assert found.iloc[0]["framework"] == "Neighbourhood Policing" and found.iloc[0]["kind"] == "strength"
    assert set(found["kind"]) == {"strength", "work_in_progress", "area_for_improvement"}
    assert len(reports.case_studies(any_engine, STAFFS)) == 5
    assert len(reports.strategic_priorities(any_engine, STAFFS)) == 6
    assert reports.report_ethnicity(any_engine, STAFFS).iloc[-1]["ethnic_group"] == "All"
    assert reports.report_unemployment(any_engine, STAFFS).iloc[0]["as_at"] == "10/05/07"
    assert "ViSOR" in set(reports.glossary(any_engine)["term"])
    texts = reports.section_texts(any_engine, STAFFS)
    assert {"national_context", "force_context"} <= set(texts["kind"])


def test_provenance(any_engine) -> None:
    files = provenance.source_files(any_engine)
    assert "ho_police_workforce_2007_2023.ods" in set(files["name"])
    assert provenance.etl_warnings(any_engine)["message"].str.contains("ISBN").any()


def test_missing_and_corrupt_databases_are_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="no database file"):
        open_database(tmp_path / "absent.db")
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseUnavailable, match="not a readable database"):
        open_database(corrupt)


def test_the_app_cannot_write(any_engine) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError, match=r"(?i)read-?only"), any_engine.begin() as connection:
        connection.execute(text("DELETE FROM force"))
