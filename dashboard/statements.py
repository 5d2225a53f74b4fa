"""Plain-language sentences about a force's position, for authority members."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dashboard.formatting import percent


def position_statement(grade: str, counts: Mapping[str, int], scale: Sequence[str]) -> str:
    """E.g. 'Excellent: one of 6 of 43 forces; 14%'."""
    total = sum(counts.get(g, 0) for g in scale)
    same = counts.get(grade, 0)
    if grade not in scale:
        return f"{grade}: this force was not graded on this framework."
    if same == 1:
        return f"{grade}: the only one of {total} forces graded {grade}; {percent(1 / total)}"
    return f"{grade}: one of {same} of {total} forces; {percent(same / total)}"


def ridit_sentence(score: float) -> str:
    """The score and where it sits, in words; the method is explained once per page."""
    if abs(score - 0.5) < 0.05:
        where = "close to the national middle"
    elif score > 0.5:
        where = "above the national middle"
    else:
        where = "below the national middle"
    return f"Ridit {score:.2f}: {where}."


RIDIT_EXPLANATION = (
    "Ridit: the share of forces graded lower plus half the share graded the same. 0.50 is the national "
    "middle; 1.00 would mean graded above every other force. It uses only the order of the grades."
)
