"""The app serves everything itself: CSS and a plotly.js bundle that matches Plotly's major version."""

from __future__ import annotations

import re
from pathlib import Path

import plotly

from dashboard.factory import ASSETS

_VERSION = re.compile(r"plotly\.js(?: \([^)]*\))? v(\d+)\.(\d+)\.(\d+)")


def _version(path: Path) -> tuple[int, ...]:
    match = _VERSION.search(path.read_text(encoding="utf-8", errors="replace")[:300])
    assert match, f"no plotly.js version banner in {path}"
    return tuple(int(part) for part in match.groups())


def test_vendored_cartesian_bundle_matches_plotly_major_version() -> None:
    vendored = _version(ASSETS / "plotly-cartesian.min.js")
    shipped = _version(Path(plotly.__file__).parent / "package_data" / "plotly.min.js")
    assert vendored[0] == shipped[0], f"vendored plotly.js {vendored} vs Plotly's own {shipped}"


def test_no_cdn_references_in_assets() -> None:
    for path in ASSETS.iterdir():
        if path.suffix == ".css":
            assert "http://" not in path.read_text() and "https://" not in path.read_text()
