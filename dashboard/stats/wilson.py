"""Wilson score interval for a proportion, e.g. the share of forces graded Good or better."""

from __future__ import annotations

from scipy.stats import binomtest


def wilson_interval(successes: int, total: int, confidence: float = 0.95) -> tuple[float, float]:
    """(low, high) Wilson interval; well behaved at 0 and n, unlike the normal approximation."""
    if total <= 0:
        raise ValueError("a proportion needs at least one observation")
    if not 0 <= successes <= total:
        raise ValueError(f"successes must be between 0 and {total}")
    interval = binomtest(successes, total).proportion_ci(confidence_level=confidence, method="wilson")
    return float(interval.low), float(interval.high)
