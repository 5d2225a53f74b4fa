"""Benchmark exports: `python benchmarks/exports.py` prints chart, pack and concurrent-pack times."""

from __future__ import annotations

import statistics
import sys
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import print_table, time_runs
from dashboard.exhibits.registry import build_exhibit
from dashboard.exports.images import ENGINE
from dashboard.factory import create_app
from dashboard.state import catalog
from etl.config import resolve_settings
from tests.server import running_app

CHART = ("force-grades", {"force": "staffordshire", "programme": "hmic"})
PACKS = ("/export/force/staffordshire/briefing.pdf", "/export/force/staffordshire/briefing.pptx")
CONCURRENT = ["kent", "durham", "staffordshire", "gwent"]


def chart_rows() -> list[tuple[str, str, str, str]]:
    exhibit = build_exhibit(catalog(), *CHART)
    rows = []
    for fmt in ("png", "svg", "pdf"):
        start = time.perf_counter()
        ENGINE.chart(exhibit, fmt, date.today())  # the first call of a format may start the browser
        cold = time.perf_counter() - start
        warm = statistics.median(time_runs(lambda fmt=fmt: ENGINE.chart(exhibit, fmt, date.today()), 10))
        target, met = ("warm <= 0.3 s", "yes" if warm <= 0.3 else "NO") if fmt == "png" else ("(reported)", "-")
        rows.append(
            (
                f"chart export {fmt.upper()} (Staffordshire 2007 grades)",
                f"cold {cold:.2f} s, warm {warm:.3f} s",
                target,
                met,
            )
        )
    return rows


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as response:
        assert response.status == 200
        return response.read()


def pack_rows(base: str) -> list[tuple[str, str, str, str]]:
    rows = []
    for path in PACKS:
        _get(base + path)  # warm the worker's browser
        times = time_runs(lambda path=path: _get(base + path), 5)
        median = statistics.median(times)
        rows.append(
            (
                f"force pack {path.rsplit('.', 1)[1].upper()} (all programmes)",
                f"median {median:.2f} s, max {max(times):.2f} s",
                "<= 5 s",
                "yes" if median <= 5 else "NO",
            )
        )
    durations: list[float] = []
    start = time.perf_counter()

    def one(slug: str) -> None:
        began = time.perf_counter()
        _get(f"{base}/export/force/{slug}/briefing.pdf")
        durations.append(time.perf_counter() - began)

    threads = [threading.Thread(target=one, args=(slug,)) for slug in CONCURRENT]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    rows.append(
        (
            "4 concurrent force PDF packs (2 workers)",
            f"all done in {wall:.2f} s; slowest {max(durations):.2f} s",
            "(reported)",
            "-",
        )
    )
    return rows


def main() -> None:
    db = resolve_settings().db
    create_app(db)
    rows = chart_rows()
    with running_app(db, workers=2) as base:
        rows += pack_rows(base)
    print_table("Export benchmark (2-core machine; Kaleido with Debian chromium)", rows)


if __name__ == "__main__":
    main()
