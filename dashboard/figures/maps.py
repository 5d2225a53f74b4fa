"""An offline locator map of the 43 force areas, drawn as a small SVG image (no tiles, no CDN)."""

from __future__ import annotations

import base64
import json
import math
from functools import cache

import numpy as np
import pandas as pd

_X_SCALE = math.cos(math.radians(52.5))  # equirectangular at the mid-latitude of England and Wales
_WIDTH = 300
_HIGHLIGHT, _OTHERS = "#542788", "#c8c8c8"


@cache
def outline(geojson: str) -> tuple[np.ndarray, ...]:
    """A force's outer rings as (lon * cos(lat0), lat) arrays; holes are invisible at this scale."""
    geometry = json.loads(geojson)["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    rings = []
    for polygon in polygons:
        ring = np.asarray(polygon[0], dtype=float)[:, :2].copy()
        ring[:, 0] *= _X_SCALE
        rings.append(ring)
    return tuple(rings)


def locator_svg(boundaries: pd.DataFrame, force_code: str, force_name: str) -> str:
    """SVG markup: England and Wales in grey, one force filled, with a title for screen readers."""
    outlines = {
        code: outline(geojson) for code, geojson in zip(boundaries["force_code"], boundaries["geojson"], strict=True)
    }
    points = np.vstack([ring for rings in outlines.values() for ring in rings])
    (min_x, min_y), (max_x, max_y) = points.min(axis=0), points.max(axis=0)
    scale = _WIDTH / (max_x - min_x)
    height = round((max_y - min_y) * scale)

    def path(rings: tuple[np.ndarray, ...]) -> str:
        parts = []
        for ring in rings:
            xs = (ring[:, 0] - min_x) * scale
            ys = (max_y - ring[:, 1]) * scale
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True)) + "Z")
        return "".join(parts)

    shapes = [
        f'<path d="{path(rings)}" fill="{_HIGHLIGHT if code == force_code else _OTHERS}" stroke="#fff" '
        'stroke-width="0.5"/>'
        for code, rings in sorted(outlines.items(), key=lambda item: item[0] == force_code)
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}">'
        f"<title>Map of England and Wales with {force_name} filled in</title>{''.join(shapes)}</svg>"
    )


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
