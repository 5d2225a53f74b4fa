"""Context variables for cross-force analysis, one value per force, each with its year in the label.

The force page's comparison with England and Wales (context_measures) uses these same formulas.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

POPULATION_YEAR = 2011  # the earliest ONS mid-year estimate held; nearest to 2007
WORKFORCE_YEAR = 2007  # Home Office workforce at 31 March 2007


def value_of(frame: pd.DataFrame, measure: str, year: int | None = None) -> float | None:
    rows = frame[frame["measure"] == measure]
    if year is not None:
        rows = rows[rows["year"] == year]
    return None if rows.empty else float(rows.iloc[-1]["value"])


def ratio(numerator: float | None, denominator: float | None, scale: float = 1.0) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator * scale


def minority(frame: pd.DataFrame) -> float | None:
    total, white = value_of(frame, "population_census"), value_of(frame, "ethnic_white")
    return None if total is None or white is None else total - white


MEASURES = (
    "population_mid_year", "area_km2", "households", "population_census", "ethnic_white", "officers_fte", "pcsos_fte",
)  # fmt: skip


@dataclass(frozen=True)
class Variable:
    key: str
    label: str
    unit: str
    compute: Callable[[pd.DataFrame], float | None]
    log_axis: bool = False  # heavily skewed across forces: plot on a log scale


def _population(frame: pd.DataFrame) -> float | None:
    return value_of(frame, "population_mid_year", POPULATION_YEAR)


def _log10(value: float | None) -> float | None:
    return math.log10(value) if value else None


VARIABLES = {
    variable.key: variable
    for variable in (
        Variable(
            "density", f"Population density (people per km², mid-{POPULATION_YEAR})", "people per km²",
            lambda f: ratio(_population(f), value_of(f, "area_km2")), log_axis=True,
        ),
        Variable(
            "minority", "Minority ethnic share (% of residents, 2011 Census)", "%",
            lambda f: ratio(minority(f), value_of(f, "population_census"), 100),
        ),
        Variable(
            "households", "Households per 1,000 residents (2011 Census)", "per 1,000",
            lambda f: ratio(value_of(f, "households"), value_of(f, "population_census"), 1000),
        ),
        Variable(
            "officers", f"Police officers (FTE) per 1,000 residents ({WORKFORCE_YEAR}; pop. mid-{POPULATION_YEAR})",
            "per 1,000", lambda f: ratio(value_of(f, "officers_fte", WORKFORCE_YEAR), _population(f), 1000),
        ),
        Variable(
            "pcsos", f"PCSOs (FTE) per 1,000 residents ({WORKFORCE_YEAR}; population mid-{POPULATION_YEAR})",
            "per 1,000", lambda f: ratio(value_of(f, "pcsos_fte", WORKFORCE_YEAR), _population(f), 1000),
        ),
        Variable(
            "population", f"Total population, log10 (mid-{POPULATION_YEAR})", "log10 people",
            lambda f: _log10(_population(f)),
        ),
    )
}  # fmt: skip
DEFAULT_PEER_VARIABLES = ("density", "minority", "households", "officers", "population")


def force_variables(context: pd.DataFrame, forces: pd.DataFrame) -> pd.DataFrame:
    """One row per force (index: force code) with every variable, plus name, slug, region, population."""
    rows = []
    for code, frame in context.groupby("force_code", sort=False):
        row = {key: variable.compute(frame) for key, variable in VARIABLES.items()}
        row["force_code"], row["weight_population"] = code, _population(frame)
        rows.append(row)
    values = pd.DataFrame(rows).set_index("force_code")
    identity = forces.set_index("force_code")[["force_name", "slug", "region"]]
    return identity.join(values)
