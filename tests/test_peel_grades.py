"""PEEL grades: checked against published totals; distributions computed only when complete."""

from __future__ import annotations

from collections import Counter

import pytest

from etl.config import Settings
from etl.errors import EtlError
from etl.grades import load_peel
from tests.fixtures import GRADES_DIR


def test_coverage_matches_what_was_published() -> None:
    peel = load_peel(GRADES_DIR)
    rows = Counter((g.year, g.pillar) for g in peel.grades)
    assert rows[(2014, "Efficiency")] == 30
    assert rows[(2016, "Legitimacy")] == 43
    assert rows[(2017, "Effectiveness")] == 42  # Derbyshire not found
    not_graded = [g for g in peel.grades if g.grade == "Not graded"]
    assert {(g.year, g.force_code, g.pillar) for g in not_graded} == {
        (2017, "E23000005", "Efficiency"),
        (2017, "E23000005", "Legitimacy"),
    }


def test_distribution_basis() -> None:
    counts = load_peel(GRADES_DIR).counts
    basis = {(c.year, c.pillar): c.basis for c in counts}
    assert basis[(2014, "Efficiency")] == "published"
    assert basis[(2016, "Efficiency")] == "computed"
    assert (2017, "Effectiveness") not in basis, "incomplete and unpublished: no distribution"
    computed = [c for c in counts if (c.year, c.pillar) == (2016, "Efficiency")]
    assert sum(c.forces for c in computed) == 43


def _rewrite(settings: Settings, old: str, new: str) -> None:
    path = settings.grades_dir / "peel_pillar_grades.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_count_above_the_published_total_is_rejected(inputs: Settings) -> None:
    # 2014 efficiency published 0 Inadequate; making one force Inadequate exceeds it.
    _rewrite(inputs, "2014,Bedfordshire,Efficiency,Requires improvement", "2014,Bedfordshire,Efficiency,Inadequate")
    with pytest.raises(EtlError) as raised:
        load_peel(inputs.grades_dir)
    assert "2014 Efficiency Inadequate" in raised.value.location
    assert "at most 0" in raised.value.expected


def test_a_complete_pillar_must_match_its_total_exactly(inputs: Settings) -> None:
    # 2016 effectiveness is complete (43 forces): moving one grade breaks the exact match.
    peel = load_peel(inputs.grades_dir)
    good = next(g for g in peel.grades if (g.year, g.pillar, g.grade) == (2016, "Effectiveness", "Good"))
    lines = (inputs.grades_dir / "peel_pillar_grades.csv").read_text(encoding="utf-8").splitlines()
    line = lines[good.line - 1]
    _rewrite(inputs, line, line.replace(",Good,", ",Requires improvement,"))
    with pytest.raises(EtlError) as raised:
        load_peel(inputs.grades_dir)
    assert "exactly" in raised.value.expected


def test_duplicate_rows_are_rejected(inputs: Settings) -> None:
    path = inputs.grades_dir / "peel_pillar_grades.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(EtlError) as raised:
        load_peel(inputs.grades_dir)
    assert "one grade per force, year and pillar" in raised.value.expected
