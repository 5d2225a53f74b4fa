"""Most similar forces: Euclidean distance over standardised (z-score) context variables."""

from __future__ import annotations

import numpy as np
import pandas as pd


def standardise(values: pd.DataFrame) -> pd.DataFrame:
    """Each column as z-scores: (value - mean) / standard deviation (sample, ddof=1)."""
    spread = values.std(ddof=1).replace(0, np.nan)
    return (values - values.mean()) / spread


def nearest(values: pd.DataFrame, target: str, count: int) -> pd.DataFrame:
    """The `count` rows nearest `target` (an index label), with their distance, nearest first.

    Rows with a missing value in any chosen column are left out, never imputed.
    """
    complete = values.dropna()
    if target not in complete.index:
        raise KeyError(f"{target!r} has a missing value in the chosen variables")
    z = standardise(complete).dropna(axis=1)
    distances = np.sqrt(((z - z.loc[target]) ** 2).sum(axis=1)).drop(target)
    return distances.sort_values(kind="stable").head(count).rename("distance").to_frame()
