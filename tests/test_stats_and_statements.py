"""Golden tests for the ridit and the plain-language sentences, worked by hand."""

from __future__ import annotations

import pytest

from dashboard.statements import position_statement, ridit_sentence
from dashboard.stats.ridit import ridit

SCALE_2007 = ["Excellent", "Good", "Fair", "Poor"]
NEIGHBOURHOOD_POLICING = {"Excellent": 6, "Good": 14, "Fair": 21, "Poor": 2}


def test_ridit_of_staffordshire_neighbourhood_policing() -> None:
    # Excellent against 6/14/21/2: below = (14 + 21 + 2) / 43 = 37/43; half at = 3/43; total 40/43.
    assert ridit(NEIGHBOURHOOD_POLICING, SCALE_2007, "Excellent") == pytest.approx(40 / 43)
    assert round(ridit(NEIGHBOURHOOD_POLICING, SCALE_2007, "Excellent"), 3) == 0.930


def test_ridit_of_a_middle_and_a_bottom_grade() -> None:
    # Fair: below = 2/43, half at = 10.5/43 -> 12.5/43. Poor: below 0, half at 1/43.
    assert ridit(NEIGHBOURHOOD_POLICING, SCALE_2007, "Fair") == pytest.approx(12.5 / 43)
    assert ridit(NEIGHBOURHOOD_POLICING, SCALE_2007, "Poor") == pytest.approx(1 / 43)


def test_ridits_average_one_half_over_all_forces() -> None:
    # A defining property: the force-weighted mean ridit of a distribution is exactly 0.5.
    mean = sum(n * ridit(NEIGHBOURHOOD_POLICING, SCALE_2007, g) for g, n in NEIGHBOURHOOD_POLICING.items()) / 43
    assert mean == pytest.approx(0.5)


def test_ridit_rejects_grades_off_the_scale_and_empty_distributions() -> None:
    with pytest.raises(ValueError):
        ridit(NEIGHBOURHOOD_POLICING, SCALE_2007, "Not graded")
    with pytest.raises(ValueError):
        ridit({}, SCALE_2007, "Good")


def test_position_statement() -> None:
    assert (
        position_statement("Excellent", NEIGHBOURHOOD_POLICING, SCALE_2007) == "Excellent: one of 6 of 43 forces; 14%"
    )
    only = {"Outstanding": 1, "Good": 28, "Requires improvement": 13, "Inadequate": 1}
    peel = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    assert (
        position_statement("Outstanding", only, peel) == "Outstanding: the only one of 43 forces graded Outstanding; 2%"
    )


def test_ridit_sentence() -> None:
    assert ridit_sentence(0.93) == "Ridit 0.93: above the national middle."
    assert ridit_sentence(0.52) == "Ridit 0.52: close to the national middle."
    assert ridit_sentence(0.24) == "Ridit 0.24: below the national middle."
