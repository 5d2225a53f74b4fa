"""Benchmark the dashboard: `python benchmarks/app.py` prints callback, start-up, render and memory figures.

- Server time of every callback (Dash's page router, for every page kind), p50/p95 over 200 calls.
- Cold start of `python app.py` to the first 200 response.
- Time to first rendered chart in headless Chromium, against a static `fig.write_html` page of the
  same figure, measured in the same run.
- Resident memory of the server worker after exercising every page.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.processes import app_rss_mb
from benchmarks.timing import percentile, print_table
from etl.config import resolve_settings
from tests.browser import CHROMIUM, LAUNCH_ARGS
from tests.components import find_component
from tests.server import running_app

PAGES = {
    "national (PEEL 2016)": ("/", "?programme=peel&year=2016"),
    "national (HMIC 2007)": ("/", "?programme=hmic&year=2007"),
    "national sorted by grade": ("/", "?programme=peel&year=2016&sort=grade-1"),
    "force (Staffordshire)": ("/force/staffordshire", ""),
    "force (Kent, PEEL only)": ("/force/kent", ""),
    "compare (3 forces)": ("/compare", "?forces=staffordshire,kent,durham"),
    "data and methods": ("/data", ""),
    "peers (Staffordshire, 5)": ("/peers/staffordshire", ""),
    "peers (Kent, 8, 3 variables)": ("/peers/kent", "?n=8&vars=density,officers,minority"),
    "patterns (with cross-tab)": (
        "/patterns",
        "?programme=peel&year=2016&framework=Efficiency&variable=density&framework2=Legitimacy",
    ),
    "map (grades)": ("/map", "?programme=peel&year=2016&framework=Effectiveness"),
    "map (variable)": ("/map", "?variable=minority"),
    "regions": ("/regions", "?programme=peel&year=2016&framework=Legitimacy"),
    "change over time": ("/trends", "?from=2015&to=2017"),
    "findings search (ViSOR)": ("/findings", "?q=ViSOR"),
    "findings search (phrase, filtered)": ("/findings", '?q="risk assessment"&kind=strength'),
    "themes": ("/findings/themes", ""),
    "unknown force": ("/force/atlantis", ""),
}
CALLS = 200


def router_payload(pathname: str, search: str) -> bytes:
    """The request Dash's page router sends when the address changes."""
    return json.dumps(
        {
            "output": ".._pages_content.children..._pages_store.data..",
            "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
            "inputs": [
                {"id": "_pages_location", "property": "pathname", "value": pathname},
                {"id": "_pages_location", "property": "search", "value": search},
            ],
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        }
    ).encode()


def callback_times(base: str) -> list[tuple[str, str, str, str]]:
    rows = []
    for label, (pathname, search) in PAGES.items():
        times = []
        for _ in range(CALLS):
            request = urllib.request.Request(
                base + "/_dash-update-component",
                data=router_payload(pathname, search),
                headers={"Content-Type": "application/json"},
            )
            start = time.perf_counter()
            with urllib.request.urlopen(request) as response:
                response.read()
                assert response.status == 200
            times.append(time.perf_counter() - start)
        p95 = percentile(times, 0.95)
        rows.append(
            (
                f"router callback: {label}",
                f"p50 {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
                f"first {times[0] * 1000:.0f} ms",
                "p95 <= 50 ms",
                "yes" if p95 <= 0.05 else "NO",
            )
        )
    return rows


def cold_start(db: Path) -> tuple[str, str, str, str]:
    start = time.perf_counter()
    with running_app(db, timeout=120):
        elapsed = time.perf_counter() - start
    return ("cold start: python app.py to first 200", f"{elapsed:.2f} s", "(reported)", "-")


def render_times(base: str, scratch: Path) -> list[tuple[str, str, str, str]]:
    from playwright.sync_api import sync_playwright

    from dashboard.factory import create_app
    from dashboard.pages import force, national

    create_app(resolve_settings().db)
    baselines = {
        "national": (
            national.layout(programme="peel", year="2016"),
            "national-distribution-graph",
            "/?programme=peel&year=2016",
        ),
        "force": (force.layout(slug="staffordshire"), "force-distribution-hmic", "/force/staffordshire"),
    }
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for name, (layout, graph_id, path) in baselines.items():
            figure = find_component(layout, graph_id).figure
            static = scratch / f"{name}.html"
            figure.write_html(static, include_plotlyjs="directory", full_html=True)
            app_times = [_first_chart(browser, base + path, f"#{graph_id} .main-svg") for _ in range(5)]
            static_times = [_first_chart(browser, static.as_uri(), ".main-svg") for _ in range(5)]
            ratio = statistics.median(app_times) / statistics.median(static_times)
            rows.append(
                (
                    f"first chart in Chromium: {name} page",
                    f"app {statistics.median(app_times) * 1000:.0f} ms, "
                    f"static {statistics.median(static_times) * 1000:.0f} ms,"
                    f" ratio {ratio:.2f}",
                    "ratio <= 1.5",
                    "yes" if ratio <= 1.5 else "NO",
                )
            )
        browser.close()
    return rows


def _first_chart(browser, url: str, selector: str) -> float:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(selector, timeout=30_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def worker_memory(base: str) -> tuple[str, str, str, str]:
    for pathname, search in PAGES.values():
        for _ in range(3):
            urllib.request.urlopen(
                urllib.request.Request(
                    base + "/_dash-update-component",
                    data=router_payload(pathname, search),
                    headers={"Content-Type": "application/json"},
                )
            ).read()
    port = base.rsplit(":", 1)[1]
    rss = max(app_rss_mb(port), default=0.0)  # the largest process: the worker that served every page
    return (
        "server worker resident memory after every page",
        f"{rss:.0f} MB",
        "<= 300 MB",
        "yes" if rss <= 300 else "NO",
    )


def main() -> None:
    db = resolve_settings().db
    if not db.exists():
        raise SystemExit(f"{db} is missing: run python -m etl first")
    rows = [cold_start(db)]
    with running_app(db) as base, tempfile.TemporaryDirectory() as scratch:
        rows += callback_times(base)
        rows += render_times(base, Path(scratch))
        rows.append(worker_memory(base))
    print_table("Dashboard benchmark (2-core machine; gunicorn, 1 worker, 127.0.0.1)", rows)


if __name__ == "__main__":
    main()
