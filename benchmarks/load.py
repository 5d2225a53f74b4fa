"""Load test: `python benchmarks/load.py [--seconds 60] [--users 50]` against gunicorn (4 workers).

Runs once on SQLite and once on a throwaway PostgreSQL cluster (scripts/postgres.sh), with simulated
users mixing page loads, page callbacks, searches and CSV exports, all on 127.0.0.1. Prints requests,
errors, p50/p95/p99 and the workers' memory at the start and end.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.app import router_payload
from benchmarks.processes import app_rss_mb
from benchmarks.timing import percentile, print_table
from etl.build import build
from etl.config import PROJECT_ROOT, resolve_settings
from tests.server import free_port, running_app

PAGES = ["/", "/force/staffordshire", "/force/kent", "/compare?forces=kent,durham", "/findings?q=ViSOR"]
CALLBACKS = [
    ("/", "?programme=hmic&year=2007"),
    ("/force/staffordshire", ""),
    ("/force/durham", ""),
    ("/patterns", "?programme=peel&year=2016&framework=Efficiency&variable=density"),
    ("/map", "?programme=peel&year=2016&framework=Effectiveness"),
    ("/findings", "?q=supervis*"),
    ("/findings", '?q="risk assessment"'),
]
EXPORTS = [
    "/export/table/national-grid.csv?programme=peel&year=2016&sort=name",
    "/export/table/force-findings.csv?force=staffordshire",
]


def one_request(base: str, rng: random.Random) -> tuple[float, bool]:
    kind = rng.random()
    if kind < 0.3:
        request = urllib.request.Request(base + rng.choice(PAGES))
    elif kind < 0.85:
        pathname, search = rng.choice(CALLBACKS)
        request = urllib.request.Request(
            base + "/_dash-update-component",
            data=router_payload(pathname, search),
            headers={"Content-Type": "application/json"},
        )
    else:
        request = urllib.request.Request(base + rng.choice(EXPORTS))
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            ok = response.status == 200
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        ok = False
    return time.perf_counter() - start, ok


def run(target: Path | str, label: str, users: int, seconds: int, warmup: int) -> tuple[str, str, str, str]:
    with running_app(target, workers=4) as base:
        port = int(base.rsplit(":", 1)[1])
        _drive(base, users, warmup, [], [0])  # fill the workers' caches first: growth is then measured at steady state
        start_rss = sum(app_rss_mb(port))
        times: list[float] = []
        errors = [0]
        _drive(base, users, seconds, times, errors)
        end_rss = sum(app_rss_mb(port))
    growth = (end_rss - start_rss) / start_rss * 100 if start_rss else 0.0
    p95 = percentile(times, 0.95)
    met = "yes" if errors[0] == 0 and p95 <= 0.25 and growth <= 10 else "NO"
    result = (
        f"{len(times):,} requests, {errors[0]} errors; p50 {percentile(times, 0.5) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, p99 {percentile(times, 0.99) * 1000:.0f} ms; "
        f"memory {start_rss:.0f} -> {end_rss:.0f} MB ({growth:+.1f}%)"
    )
    return (f"{users} users for {seconds} s, {label}", result, "0 errors, p95 <= 250 ms, memory +10% at most", met)


def _drive(base: str, users: int, seconds: int, times: list[float], errors: list[int]) -> None:
    """`users` threads sending the request mix for `seconds`, recording each latency and failure."""
    deadline = time.monotonic() + seconds
    lock = threading.Lock()

    def user(seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < deadline:
            elapsed, ok = one_request(base, rng)
            with lock:
                times.append(elapsed)
                errors[0] += 0 if ok else 1

    threads = [threading.Thread(target=user, args=(seed,)) for seed in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=20, help="seconds of load before memory is first read")
    arguments = parser.parse_args()
    settings = resolve_settings()
    rows = [run(settings.db, "SQLite", arguments.users, arguments.seconds, arguments.warmup)]
    cluster = Path(tempfile.mkdtemp(prefix="hmic-load-pg-"))
    cluster.rmdir()
    script = PROJECT_ROOT / "scripts" / "postgres.sh"
    url = subprocess.run(
        ["bash", str(script), "start", str(cluster), str(free_port())], capture_output=True, text=True, check=True
    ).stdout.strip()
    try:
        build(replace(settings, database_url=url))
        rows.append(run(url, "PostgreSQL", arguments.users, arguments.seconds, arguments.warmup))
    finally:
        subprocess.run(["bash", str(script), "stop", str(cluster)], check=False)
    print_table("Load test (gunicorn, 4 workers, 127.0.0.1; client threads on the same 2-core machine)", rows)
    print(json.dumps({"note": "client and server share 2 cores, so latencies include client scheduling"}))


if __name__ == "__main__":
    main()
