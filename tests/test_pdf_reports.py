"""A report dropped in as a PDF loads the same grades and detail as its text extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.build import build
from etl.config import Settings
from etl.report.inputs import pdf_text
from etl.report.parser import parse_report
from queries.db import open_database
from queries.grades import force_grades
from tests.fixtures import REPORT_FILE, report_text
from tests.pdf_maker import write_pdf


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pdf(report_text(), tmp_path_factory.mktemp("pdf") / "staffordshire-police-2007-10.pdf")


def test_pdf_parses_like_the_text(report_pdf: Path) -> None:
    from_pdf = parse_report(pdf_text(report_pdf), report_pdf)
    from_text = parse_report(report_text(), REPORT_FILE)
    assert from_pdf.identity.force_name == "Staffordshire Police"
    assert [(g.framework, g.grade) for g in from_pdf.force_grades] == [
        (g.framework, g.grade) for g in from_text.force_grades
    ]
    assert [(c.framework, c.grade, c.forces) for c in from_pdf.national_counts] == [
        (c.framework, c.grade, c.forces) for c in from_text.national_counts
    ]
    assert [(f.framework, f.kind, f.text) for f in from_pdf.findings] == [
        (f.framework, f.kind, f.text) for f in from_text.findings
    ]
    assert [(r.name, r.population, r.households, r.parent) for r in from_pdf.population] == [
        (r.name, r.population, r.households, r.parent) for r in from_text.population
    ]
    assert [c.title for c in from_pdf.case_studies] == [c.title for c in from_text.case_studies]


def test_pdf_in_the_reports_directory_is_loaded(report_pdf: Path, inputs: Settings) -> None:
    for path in inputs.reports_dir.iterdir():
        path.unlink()
    (inputs.reports_dir / report_pdf.name).write_bytes(report_pdf.read_bytes())
    summary = build(inputs)
    assert summary.reports == [report_pdf.name]
    engine = open_database(inputs.db)
    grades = force_grades(engine, "E23000015")
    engine.dispose()
    hmic = grades[grades["programme"] == "hmic"]
    assert dict(zip(hmic["framework"], hmic["grade"], strict=True))["Neighbourhood Policing"] == "Excellent"
    assert set(hmic["source_file"]) == {report_pdf.name}
