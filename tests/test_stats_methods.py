"""Golden tests for the analyst statistics, against hand-worked and published values."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import kendalltau

from dashboard.stats.kendall import kendall_tau_b, tau_b_test
from dashboard.stats.peers import nearest, standardise
from dashboard.stats.weighted import weighted_mean
from dashboard.stats.wilson import wilson_interval


def test_wilson_against_newcombe_1998() -> None:
    # Newcombe, Statistics in Medicine 17:857-872 (1998), example: 81/263 -> 0.2553 to 0.3662.
    low, high = wilson_interval(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)


def test_wilson_worked_by_hand_for_six_of_forty_three() -> None:
    # p = 6/43, z = 1.959964: centre = (p + z²/2n) / (1 + z²/n); half = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n)
    n, p, z = 43, 6 / 43, 1.959964
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    low, high = wilson_interval(6, 43)
    assert low == pytest.approx(centre - half, abs=1e-6) and high == pytest.approx(centre + half, abs=1e-6)
    assert wilson_interval(0, 43)[0] == 0.0 and wilson_interval(43, 43)[1] == pytest.approx(1.0)


def test_tau_b_worked_by_hand() -> None:
    # x = 1 2 3 4, y = 1 3 2 4: of 6 pairs, 5 concordant and 1 discordant (2,3) -> (5 - 1) / 6.
    assert kendall_tau_b(np.array([1, 2, 3, 4]), np.array([1, 3, 2, 4])) == pytest.approx(4 / 6)


def test_tau_b_with_ties_worked_by_hand() -> None:
    # x = 1 1 2 2 (grades), y = 1 2 3 4: pairs 6; ties in x: 2 (so 4 untied); ties in y: 0.
    # Untied-x pairs (1,3) (1,4) (2,3) (2,4) are all concordant: tau-b = 4 / sqrt(4 · 6).
    assert kendall_tau_b(np.array([1, 1, 2, 2]), np.array([1, 2, 3, 4])) == pytest.approx(4 / math.sqrt(24))


def test_tau_b_agrees_with_scipy_on_tied_ordinal_data() -> None:
    rng = np.random.default_rng(1)
    grades = rng.integers(1, 5, size=43)
    values = rng.normal(size=43) + grades * 0.3
    assert kendall_tau_b(grades, values) == pytest.approx(kendalltau(grades, values, variant="b").statistic)


def test_permutation_p_value_is_small_for_a_perfect_order_and_large_for_noise() -> None:
    x = np.arange(20)
    assert tau_b_test(x, x * 2.0).p_value < 0.01
    noise = tau_b_test(x, np.random.default_rng(3).permutation(20).astype(float))
    assert noise.p_value > 0.05
    assert tau_b_test(x, x * 2.0).p_value >= 1 / 2001  # never exactly zero


def test_standardised_euclidean_peers_worked_by_hand() -> None:
    # Two variables; z-scores by hand: a: mean 2, sd 1 -> [-1, 0, 1]; b: mean 20, sd 10 -> [-1, 0, 1] ...
    values = pd.DataFrame({"a": [1.0, 2.0, 3.0, 2.0], "b": [10.0, 20.0, 30.0, 20.0]}, index=["p", "q", "r", "s"])
    z = standardise(values)
    sd_a = math.sqrt(((1 - 2) ** 2 + 0 + (3 - 2) ** 2 + 0) / 3)
    assert z.loc["p", "a"] == pytest.approx(-1 / sd_a)
    result = nearest(values, "q", 2)
    # s is identical to q (distance 0); p and r are equally far: the stable order keeps p first.
    assert list(result.index) == ["s", "p"]
    assert result.loc["s", "distance"] == 0.0
    assert result.loc["p", "distance"] == pytest.approx(math.sqrt(2) / sd_a)


def test_peers_leave_out_incomplete_rows() -> None:
    values = pd.DataFrame({"a": [1.0, None, 3.0]}, index=["p", "q", "r"])
    assert list(nearest(values, "p", 5).index) == ["r"]


def test_weighted_mean_worked_by_hand() -> None:
    # (10·1 + 20·3) / 4 = 17.5
    assert weighted_mean([10, 20], [1, 3]) == 17.5
    with pytest.raises(ValueError):
        weighted_mean([1], [0])
