"""Weighted averages: peer-group and regional averages are weighted by population."""

from __future__ import annotations

from collections.abc import Sequence


def weighted_mean(values: Sequence[float], weights: Sequence[float]) -> float:
    """sum(w * v) / sum(w); raises on mismatched lengths or zero total weight."""
    if len(values) != len(weights):
        raise ValueError("values and weights must have the same length")
    total = float(sum(weights))
    if total <= 0:
        raise ValueError("weights must sum to more than zero")
    return float(sum(w * v for v, w in zip(values, weights, strict=True)) / total)
