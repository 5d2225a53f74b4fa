"""Bad input: a clear one-line error, a non-zero exit, and the previous database intact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from etl.__main__ import main
from etl.config import Settings
from tests.fixtures import REPORT_FILE, database_snapshot, replace_once, report_text


def _run(settings: Settings) -> int:
    return main(
        [
            "--db",
            str(settings.db),
            "--reports-dir",
            str(settings.reports_dir),
            "--reference-dir",
            str(settings.reference_dir),
            "--grades-dir",
            str(settings.grades_dir),
        ]
    )


def _write_report(settings: Settings, text: str | bytes, name: str = REPORT_FILE.name) -> Path:
    path = settings.reports_dir / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


CASES: dict[str, tuple[Callable[[Settings], object], list[str]]] = {
    "empty file": (lambda s: _write_report(s, ""), [REPORT_FILE.name, "expected a non-empty"]),
    "non-UTF-8 file": (
        lambda s: _write_report(s, report_text().encode("utf-8").replace("’".encode(), b"\x92", 1)),
        [REPORT_FILE.name, "expected UTF-8 text", "byte 0x92"],
    ),
    "truncated report": (
        lambda s: _write_report(s, report_text()[: report_text().index("Force summary of judgements")]),
        [REPORT_FILE.name, "expected the heading 'Force summary of judgements'"],
    ),
    "summary grade contradicts its section": (
        lambda s: _write_report(s, replace_once(report_text(), "Missing persons Fair", "Missing persons Good")),
        [REPORT_FILE.name, "expected GRADE GOOD for Missing persons", "found: GRADE FAIR"],
    ),
    "national counts that don't sum to 43": (
        lambda s: _write_report(
            s, replace_once(report_text(), "Missing persons 1 21 21 0", "Missing persons 1 21 22 0")
        ),
        [REPORT_FILE.name, "expected national counts for Missing persons summing to 43", "found: 44"],
    ),
    "garbled number": (
        lambda s: _write_report(s, replace_once(report_text(), "Cannock 93,202 38,066", "Cannock 93,2O2 38,066")),
        [REPORT_FILE.name, "line 324", "expected a table row"],
    ),
    "missing reference directory": (
        lambda s: __import__("shutil").rmtree(s.reference_dir),
        ["reference", "expected the reference data directory", "HMIC_REFERENCE_DIR"],
    ),
    "missing reference file": (
        lambda s: (s.reference_dir / "census2011_households_by_lad.csv").unlink(),
        ["census2011_households_by_lad.csv", "expected a readable households file", "no such file"],
    ),
    "unknown force name": (
        lambda s: _write_report(
            s,
            report_text().replace(
                "Staffordshire Police – HMIC Inspection Report", "Atlantis Police – HMIC Inspection Report"
            ),
        ),
        [REPORT_FILE.name, "expected a force of England and Wales", "Atlantis Police"],
    ),
    "a PDF that isn't one": (
        lambda s: _write_report(s, "this is plain text, not a PDF", "staffordshire.pdf"),
        ["staffordshire.pdf", "expected a PDF file starting with '%PDF-'"],
    ),
    "the same force's report twice": (
        lambda s: _write_report(s, report_text(), "staffordshire-copy.txt"),
        ["staffordshire-copy.txt", "one report per force; Staffordshire already has"],
    ),
    "unknown force in the PEEL grades": (
        lambda s: (s.grades_dir / "peel_pillar_grades.csv").write_text(
            (s.grades_dir / "peel_pillar_grades.csv").read_text().replace("2015,Kent,", "2015,Kentish Town,", 1)
        ),
        ["peel_pillar_grades.csv", "expected a force name of England and Wales", "Kentish Town"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_fails_cleanly_and_keeps_the_database(
    case: str, inputs_any: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = inputs_any
    assert _run(inputs) == 0
    before = database_snapshot(inputs)
    capsys.readouterr()

    break_input, expected_fragments = CASES[case]
    break_input(inputs)
    assert _run(inputs) == 1

    error = capsys.readouterr().err
    headlines = [line for line in error.splitlines() if line.startswith("error: ")]
    assert len(headlines) == 1, error
    assert expected_fragments[0] in headlines[0], "the one-line error names the file"
    for fragment in expected_fragments:
        assert fragment in error, f"{fragment!r} not in {error!r}"
    assert "Traceback" not in error
    assert database_snapshot(inputs) == before, "the previous database is intact"
    if not inputs.database_url:
        assert list(inputs.db.parent.iterdir()) == [inputs.db], "no temporary file may be left behind"
