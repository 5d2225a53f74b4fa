"""Reference data: one name-to-code table, LAD coverage, and national cross-checks."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from etl.build import build
from etl.config import Settings
from etl.errors import EtlError
from etl.force_names import BY_CODE, FORCES, resolve_force_name
from etl.reference.loader import load_reference
from tests.fixtures import REFERENCE_DIR


def test_forty_three_forces_with_unique_codes_and_slugs() -> None:
    assert len(FORCES) == 43
    assert len({f.code for f in FORCES}) == 43
    assert len({f.slug for f in FORCES}) == 43


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Staffordshire", "staffordshire"),
        ("Avon and Somerset", "avon-and-somerset"),
        ("Metropolitan Police", "metropolitan"),
        ("City of London", "city-of-london"),
        ("Dyfed-Powys", "dyfed-powys"),
    ],
)
def test_slugs(name: str, slug: str) -> None:
    (force,) = [f for f in FORCES if f.name == name]
    assert force.slug == slug


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("Avon & Somerset", "E23000036"),
        ("Avon and Somerset", "E23000036"),
        ("Metropolitan", "E23000001"),
        ("Metropolitan Police", "E23000001"),
        ("London, City of", "E23000034"),
        ("City of London", "E23000034"),
        ("Dyfed Powys", "W15000004"),
        ("Devon & Cornwall", "E23000035"),
        ("Staffordshire Police", "E23000015"),
    ],
)
def test_every_spelling_in_the_sources_resolves(spelling: str, code: str) -> None:
    assert resolve_force_name(spelling) == code


def test_unknown_and_ambiguous_names_do_not_resolve() -> None:
    assert resolve_force_name("Atlantis") is None
    assert resolve_force_name("Yorkshire") is None  # North, South and West Yorkshire are all forces


def test_reference_totals_add_up() -> None:
    reference = load_reference(REFERENCE_DIR)
    values = {(v.area_code, v.measure, v.year): v.value for v in reference.context}
    for measure, year in [("population_mid_year", 2011), ("population_mid_year", 2023), ("officers_headcount", 2007)]:
        forces = sum(values[(code, measure, year)] for code in BY_CODE)
        assert forces == pytest.approx(values[("K04000001", measure, year)])
    # the Census ethnic groups partition each force's usual residents
    for code in BY_CODE:
        groups = sum(values[(code, f"ethnic_{g}", 2011)] for g in ("white", "mixed", "asian", "black", "other"))
        assert groups == values[(code, "population_census", 2011)]
    assert reference.regions["E23000015"] == "West Midlands"
    assert reference.regions["W15000001"] == "Wales"
    assert set(reference.boundaries) == set(BY_CODE)


def _drop_lookup_row(path: Path, lad_code: str) -> None:
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    kept = [row for row in rows if row[0] != lad_code]
    assert len(kept) < len(rows)
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(kept)


def test_a_local_authority_missing_from_the_lookup_stops_the_build(inputs: Settings) -> None:
    _drop_lookup_row(inputs.reference_dir / "ons_lad23_csp23_pfa23_lookup.csv", "E06000021")  # Stoke-on-Trent
    with pytest.raises(EtlError) as raised:
        build(inputs)
    assert raised.value.path.endswith("ons_mid_year_estimates_lad23_2011_2023.xlsx")
    assert "E06000021" in raised.value.expected + raised.value.location + raised.value.found


def test_a_force_name_that_disagrees_with_its_code_stops_the_build(inputs: Settings) -> None:
    path = inputs.reference_dir / "census2011_ethnic_group_by_pfa.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Staffordshire,", "Staffs Constabulary,", 1), encoding="utf-8"
    )
    with pytest.raises(EtlError) as raised:
        build(inputs)
    assert "census2011_ethnic_group_by_pfa.csv" in raised.value.path
    assert "Staffs Constabulary" in raised.value.found
