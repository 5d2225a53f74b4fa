"""100% stacked bars of the national grade distribution, optionally marking a force's grade."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.layout import base_layout
from dashboard.palettes import grade_colour, text_colour


def distribution_figure(
    distribution: pd.DataFrame,
    programme: str,
    scale: Sequence[str],
    title: str,
    marked: Mapping[str, str] | None = None,
    force_name: str = "",
) -> go.Figure:
    """One horizontal bar per framework; each segment shows its count and share as text.

    `marked` maps framework -> the force's grade; that segment gets a heavy outline and a
    text label, so the mark does not depend on colour or hover.
    """
    frameworks = list(dict.fromkeys(distribution["framework"]))
    figure = go.Figure()
    for grade in scale:
        rows = distribution[distribution["grade"] == grade].set_index("framework").reindex(frameworks)
        shares = rows["share"].fillna(0).tolist()
        counts = rows["forces"].fillna(0).astype(int).tolist()
        is_marked = [bool(marked) and marked.get(f) == grade for f in frameworks]
        colour = grade_colour(programme, grade)
        figure.add_bar(
            name=grade,
            y=frameworks,
            x=[share * 100 for share in shares],
            orientation="h",
            marker={
                "color": colour,
                "line": {
                    "color": ["#000000" if m else "#ffffff" for m in is_marked],
                    "width": [4 if m else 1 for m in is_marked],
                },
            },
            text=[
                _segment_label(count, share, m, force_name)
                for count, share, m in zip(counts, shares, is_marked, strict=True)
            ],
            textposition="inside",
            insidetextanchor="middle",
            textfont={"color": text_colour(colour)},
            hovertemplate=f"{grade}: %{{text}}<extra>%{{y}}</extra>",
        )
    figure.update_layout(barmode="stack")
    figure.update_xaxes(range=[0, 100], ticksuffix="%")
    figure.update_yaxes(autorange="reversed")
    return base_layout(figure, f"{title} (share of graded forces)", height=140 + 48 * len(frameworks))


def _segment_label(count: int, share: float, marked: bool, force_name: str) -> str:
    if count == 0:
        return ""
    label = f"{count} ({share * 100:.0f}%)"
    return f"▶ {force_name}: {label}" if marked and force_name else label
