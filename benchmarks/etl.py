"""Benchmark the ETL: `python benchmarks/etl.py` prints parse, build and 43-report times."""

from __future__ import annotations

import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic_reports import write_synthetic_reports
from benchmarks.timing import print_table, summarise, time_runs
from etl.build import build
from etl.config import resolve_settings
from etl.report.parser import parse_report


def main() -> None:
    settings = resolve_settings()
    report = settings.reports_dir / "staffordshire-police-2007-10.txt"
    text = report.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        parse = time_runs(lambda: parse_report(text, report), 20)
        full = time_runs(lambda: build(replace(settings, db=work / "full.db")), 5)
        synthetic_dir = work / "synthetic-reports"
        write_synthetic_reports(report, synthetic_dir)
        many = time_runs(lambda: build(replace(settings, db=work / "many.db", reports_dir=synthetic_dir)), 3)
    rows = [
        ("parse the Staffordshire report", summarise(parse), "<= 0.2 s", _met(parse, 0.2)),
        ("full ETL build (real inputs)", summarise(full), "<= 5 s", _met(full, 5)),
        ("parse + load 43 reports (SYNTHETIC copies)", summarise(many), "<= 10 s", _met(many, 10)),
    ]
    print_table("ETL benchmark (2-core machine; medians compared with targets)", rows)


def _met(values: list[float], target: float) -> str:
    return "yes" if statistics.median(values) <= target else "NO"


if __name__ == "__main__":
    main()
