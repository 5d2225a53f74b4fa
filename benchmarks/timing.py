"""Small timing helpers shared by the benchmarks: repeat, take percentiles, print a table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def time_runs(action: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds for each of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summarise(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s, max {max(values):.3f} s over {len(values)} runs"


def print_table(title: str, rows: list[tuple[str, str, str, str]]) -> None:
    """Rows of (measure, result, target, verdict) as a fixed-width table."""
    header = ("measure", "result", "target", "met")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(4)]
    line = "  ".join("-" * width for width in widths)
    print(title)
    print(line)
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(line)
