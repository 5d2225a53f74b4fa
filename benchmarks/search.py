"""Benchmark findings search: `python benchmarks/search.py` prints p50/p95 search latency.

Runs over the real findings, then over a database of 43 SYNTHETIC copies of the report (generated
here, labelled synthetic, never written to data/). Each measurement is one search plus its facets.
"""

from __future__ import annotations

import itertools
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic_reports import write_synthetic_reports
from benchmarks.timing import percentile, print_table, time_runs
from etl.build import build
from etl.config import resolve_settings
from queries.db import open_database
from queries.search import facets, search
from queries.search_syntax import parse_query

QUERIES = ["ViSOR", '"risk assessment"', "supervis*", "training", "lone visits", "MAPPA", "domestic abuse", "partner*"]
RUNS = 200


def latency_rows(db: Path, label: str) -> list[tuple[str, str, str, str]]:
    engine = open_database(db)
    queries = itertools.cycle([parse_query(query) for query in QUERIES])

    def one_round() -> None:
        query = next(queries)
        search(engine, query)
        facets(engine, query)

    times = time_runs(one_round, RUNS)
    engine.dispose()
    p95 = percentile(times, 0.95)
    return [
        (
            f"search + facets, {label}",
            f"p50 {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms over {RUNS} searches",
            "p95 <= 30 ms",
            "yes" if p95 <= 0.03 else "NO",
        )
    ]


def main() -> None:
    settings = resolve_settings()
    rows = latency_rows(settings.db, "real findings (1 report)")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        write_synthetic_reports(settings.reports_dir / "staffordshire-police-2007-10.txt", work / "reports")
        synthetic = replace(settings, db=work / "synthetic.db", reports_dir=work / "reports")
        build(synthetic)
        rows += latency_rows(synthetic.db, "43 SYNTHETIC reports")
    print_table("Search benchmark (SQLite FTS5, 2-core machine)", rows)


if __name__ == "__main__":
    main()
