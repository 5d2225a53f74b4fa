"""Context figures for a force against England and Wales, each with its year and method."""

from __future__ import annotations

import pandas as pd

from dashboard.context_variables import POPULATION_YEAR, VARIABLES, WORKFORCE_YEAR, ratio, value_of

ETHNIC_GROUPS = {
    "ethnic_white": "White",
    "ethnic_mixed": "Mixed",
    "ethnic_asian": "Asian",
    "ethnic_black": "Black",
    "ethnic_other": "Other",
}
MID_YEAR = "ONS mid-year estimates"
CENSUS = "2011 Census"
WORKFORCE = "Home Office police workforce"


def _latest_year(frame: pd.DataFrame, measure: str) -> int | None:
    rows = frame[frame["measure"] == measure]
    return None if rows.empty else int(rows["year"].max())


def context_comparison(force: pd.DataFrame, national: pd.DataFrame) -> pd.DataFrame:
    """Rows of (measure, force value, England and Wales value, unit, year label, source, method)."""
    latest = _latest_year(national, "population_mid_year") or POPULATION_YEAR
    area_year = _latest_year(national, "area_km2")

    def both(function) -> tuple[float | None, float | None]:
        return function(force), function(national)

    rows = [
        (
            "Population",
            "people",
            f"mid-{POPULATION_YEAR}",
            MID_YEAR,
            "Sum of local authority estimates",
            both(lambda f: value_of(f, "population_mid_year", POPULATION_YEAR)),
        ),
        (
            "Population",
            "people",
            f"mid-{latest}",
            MID_YEAR,
            "Sum of local authority estimates",
            both(lambda f: value_of(f, "population_mid_year", latest)),
        ),
        (
            "Area",
            "km²",
            f"{area_year} boundaries",
            MID_YEAR,
            "Sum of local authority areas",
            both(lambda f: value_of(f, "area_km2")),
        ),
        (
            "Population density",
            "people per km²",
            f"mid-{POPULATION_YEAR}",
            MID_YEAR,
            "Population ÷ area",
            both(VARIABLES["density"].compute),
        ),
        (
            "Households",
            "households",
            "2011",
            CENSUS,
            "Sum of local authority households",
            both(lambda f: value_of(f, "households")),
        ),
        (
            "Households per 1,000 residents",
            "per 1,000",
            "2011",
            CENSUS,
            "Households ÷ usual residents × 1,000",
            both(VARIABLES["households"].compute),
        ),
        (
            "Minority ethnic share",
            "%",
            "2011",
            CENSUS,
            "Residents not in a White group ÷ all residents",
            both(VARIABLES["minority"].compute),
        ),
        (
            "Police officers per 1,000 population",
            "FTE per 1,000",
            f"31 March {WORKFORCE_YEAR}; population mid-{POPULATION_YEAR}",
            f"{WORKFORCE}; {MID_YEAR}",
            "Officer FTE ÷ population × 1,000 (population is the nearest year held)",
            both(VARIABLES["officers"].compute),
        ),
        (
            "PCSOs per 1,000 population",
            "FTE per 1,000",
            f"31 March {WORKFORCE_YEAR}; population mid-{POPULATION_YEAR}",
            f"{WORKFORCE}; {MID_YEAR}",
            "PCSO FTE ÷ population × 1,000 (population is the nearest year held)",
            both(VARIABLES["pcsos"].compute),
        ),
    ]
    return pd.DataFrame(
        [
            {
                "measure": name,
                "force_value": values[0],
                "england_wales_value": values[1],
                "unit": unit,
                "year": year,
                "source": source,
                "method": method,
            }
            for name, unit, year, source, method, values in rows
        ]
    )


def ethnic_shares(force: pd.DataFrame, national: pd.DataFrame, force_name: str) -> pd.DataFrame:
    """Each broad ethnic group's share of usual residents, force and England and Wales."""
    rows = []
    for measure, label in ETHNIC_GROUPS.items():
        rows.append(
            {
                "group": label,
                force_name: ratio(value_of(force, measure), value_of(force, "population_census")),
                "England and Wales": ratio(value_of(national, measure), value_of(national, "population_census")),
            }
        )
    return pd.DataFrame(rows)
