"""The build: documented views, provenance on every row, identical reruns, atomic swap."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from etl.build import build
from etl.config import Settings, resolve_settings
from etl.errors import EtlError
from tests.fixtures import GRADES_DIR, REFERENCE_DIR, REPORTS_DIR, database_snapshot

VIEW_COLUMNS = {
    "force_grades": "programme, year, force_code, force_name, framework, grade, grade_rank, source_file, "
    "source_location",
    "national_distribution": "programme, year, framework, grade, grade_rank, forces, basis, source_file, "
    "source_location",
    "force_context": "force_code, force_name, measure, year, value, unit, source_file",
    "report_areas": "force_code, area_name, area_type, population, households, area_sq_miles, source_file, "
    "source_location",
    "report_findings": "force_code, programme, framework, kind, position, text, source_file, source_location",
}


def _table_contents(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        contents = {}
        for table in sorted(tables):
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})") if row[1] != "loaded_at"]
            contents[table] = sorted(connection.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
    return contents


@pytest.mark.parametrize("view", list(VIEW_COLUMNS))
def test_documented_views_have_their_columns(built_db: Path, view: str) -> None:
    with sqlite3.connect(built_db) as connection:
        columns = [d[0] for d in connection.execute(f"SELECT * FROM {view} LIMIT 1").description]
    for column in VIEW_COLUMNS[view].split(", "):
        assert column in columns


def test_views_answer_the_documented_examples(built_db: Path) -> None:
    with sqlite3.connect(built_db) as connection:
        staffs = connection.execute(
            "SELECT grade, source_file, source_location FROM force_grades "
            "WHERE programme = 'hmic' AND force_name = 'Staffordshire' AND framework = 'Neighbourhood Policing'"
        ).fetchone()
        excellent = connection.execute(
            "SELECT forces, basis FROM national_distribution "
            "WHERE programme = 'hmic' AND framework = 'Neighbourhood Policing' AND grade = 'Excellent'"
        ).fetchone()
        officers = connection.execute(
            "SELECT value, unit FROM force_context WHERE force_code = 'E23000015' "
            "AND measure = 'officers_headcount' AND year = 2007"
        ).fetchone()
    assert staffs == ("Excellent", "staffordshire-police-2007-10.txt", "line 398")
    assert excellent == (6, "published")
    assert officers[1] == "headcount" and officers[0] > 0


def test_every_fact_row_names_its_source(built_db: Path) -> None:
    with sqlite3.connect(built_db) as connection:
        for table in ("force_grade", "national_count", "context_value", "boundary", "report"):
            missing = connection.execute(
                f"SELECT COUNT(*) FROM {table} t LEFT JOIN source_file s ON s.id = t.source_file_id "
                "WHERE s.id IS NULL OR t.source_location = ''"
            ).fetchone()[0]
            assert missing == 0, table
        checksums = connection.execute("SELECT sha256, loaded_at FROM source_file").fetchall()
    assert all(len(sha) == 64 and loaded for sha, loaded in checksums)


def test_rebuilding_gives_identical_contents(built_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    build(Settings(db=again, reports_dir=REPORTS_DIR, reference_dir=REFERENCE_DIR, grades_dir=GRADES_DIR))
    assert _table_contents(again) == _table_contents(built_db)


def test_rebuilding_gives_identical_contents_on_either_backend(inputs_any: Settings) -> None:
    build(inputs_any)
    first = database_snapshot(inputs_any, ignore_load_time=True)
    build(inputs_any)
    assert database_snapshot(inputs_any, ignore_load_time=True) == first


def test_a_failed_build_leaves_the_previous_database(inputs_any: Settings) -> None:
    build(inputs_any)
    before = database_snapshot(inputs_any)
    (inputs_any.grades_dir / "peel_national_totals.csv").write_text("year,pillar\n", encoding="utf-8")
    with pytest.raises(EtlError):
        build(inputs_any)
    assert database_snapshot(inputs_any) == before


def test_settings_come_from_flags_then_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HMIC_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("HMIC_GRADES_DIR", str(tmp_path / "grades"))
    settings = resolve_settings(db=str(tmp_path / "flag.db"))
    assert settings.db == tmp_path / "flag.db"
    assert settings.grades_dir == tmp_path / "grades"
    assert settings.reference_dir.parts[-3:] == ("shared", "data", "reference")


def test_no_reports_means_2007_not_loaded(inputs: Settings) -> None:
    for path in inputs.reports_dir.iterdir():
        path.unlink()
    summary = build(inputs)
    assert summary.reports == []
    assert any("not loaded" in warning for warning in summary.warnings)
    with sqlite3.connect(inputs.db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM force_grade WHERE programme = 'hmic'").fetchone() == (0,)
        peel_rows = len((GRADES_DIR / "peel_pillar_grades.csv").read_text(encoding="utf-8").splitlines()) - 1
        assert connection.execute("SELECT COUNT(*) FROM force_grade WHERE programme = 'peel'").fetchone() == (
            peel_rows,
        )
