"""Ridit score: where a grade sits in the national distribution (0.5 = the national middle)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def ridit(counts: Mapping[str, int], scale: Sequence[str], grade: str) -> float:
    """r(g) = share of forces graded below g + half the share graded g.

    `scale` is best first, so "below" means the grades after `grade` in it. Grades outside
    the scale (e.g. "Not graded") have no ridit and raise ValueError.
    """
    if grade not in scale:
        raise ValueError(f"{grade!r} is not on the scale {list(scale)}")
    total = sum(counts.get(g, 0) for g in scale)
    if total == 0:
        raise ValueError("an empty distribution has no ridit")
    position = list(scale).index(grade)
    below = sum(counts.get(g, 0) for g in scale[position + 1 :])
    return (below + 0.5 * counts.get(grade, 0)) / total
