"""An offline map of the 43 force areas, drawn as filled polygons (no tiles, no CDN)."""

from __future__ import annotations

import json
import math
from functools import cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.layout import base_layout

_X_SCALE = math.cos(math.radians(52.5))  # equirectangular at the mid-latitude of England and Wales


@cache
def outline(geojson: str) -> np.ndarray:
    """A force's outer rings as x/y rows, rings separated by NaN (Plotly's gap marker)."""
    geometry = json.loads(geojson)["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    rings = [np.vstack([np.asarray(polygon[0], dtype=float)[:, :2], [np.nan, np.nan]]) for polygon in polygons]
    points = np.vstack(rings)  # outer rings only: holes are invisible at this scale
    points[:, 0] *= _X_SCALE
    return np.round(points, 4)


def _trace(geojsons: list[str], colour: str) -> go.Scatter:
    points = np.vstack([outline(geojson) for geojson in geojsons])
    return go.Scatter(
        x=points[:, 0],
        y=points[:, 1],
        fill="toself",
        mode="lines",
        line={"color": "#ffffff", "width": 0.5},
        fillcolor=colour,
        hoverinfo="skip",
        showlegend=False,
    )


def locator_map(boundaries: pd.DataFrame, force_code: str, force_name: str) -> go.Figure:
    """England and Wales in grey with one force filled, to show where it is."""
    chosen = boundaries["force_code"] == force_code
    figure = go.Figure(
        [
            _trace(list(boundaries[~chosen]["geojson"]), "#c8c8c8"),
            _trace(list(boundaries[chosen]["geojson"]), "#542788"),
        ]
    )
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False, scaleanchor="x")
    figure = base_layout(figure, f"Where {force_name} is", height=300)
    figure.update_layout(margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return figure
