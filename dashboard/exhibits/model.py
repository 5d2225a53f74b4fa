"""The Exhibit record and its export address."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go


@dataclass(frozen=True)
class Exhibit:
    """A chart (or a table alone) with everything needed to show or export it."""

    exhibit_id: str  # registry key, e.g. "force-grades"
    params: tuple[tuple[str, str], ...]  # query parameters that rebuild it
    stem: str  # export file name without extension
    title: str
    subtitle: str  # what is shown: programme, year, framework, force
    source: str  # source line, with the OGL attribution where reference data is shown
    table: pd.DataFrame  # exactly the rows and columns the page shows
    description: str  # accessible name of the chart
    figure: go.Figure | None = None
    statements: tuple[str, ...] = field(default=())  # plain-language sentences, for speaker notes

    def export_path(self, kind: str, extension: str) -> str:
        """Stable address of this exhibit as a chart image or a table file."""
        query = f"?{urlencode(self.params)}" if self.params else ""
        return f"/export/{kind}/{self.exhibit_id}.{extension}{query}"
