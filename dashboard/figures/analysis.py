"""Analyst figures: grades against a context variable, regional shares with intervals, and the map."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.layout import base_layout
from dashboard.figures.maps import outline
from dashboard.palettes import MISSING, grade_colour

BIN_COLOURS = ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f")  # ColorBrewer Purples, 5 classes


def strip_figure(
    points: pd.DataFrame, programme: str, scale: list[str], variable_label: str, title: str, log_axis: bool = False
) -> go.Figure:
    """One band per grade; every force a labelled point at its value, spread across the band to stay legible."""
    figure = go.Figure()
    levels = np.array([0.0, -0.16, 0.16, -0.32, 0.32])  # a lone force sits on its grade's line
    for position, grade in enumerate(scale):
        rows = points[points["grade"] == grade].sort_values("value")
        centre = len(scale) - 1 - position  # best grade at the top
        figure.add_scatter(
            x=rows["value"],
            y=centre + np.resize(levels, len(rows)),
            mode="markers+text",
            name=grade,
            text=rows["force_name"],
            textposition="middle right",
            textfont={"size": 9},
            cliponaxis=False,
            marker={"size": 10, "color": grade_colour(programme, grade), "line": {"color": "#1a1a1a", "width": 1}},
            hovertemplate="%{text}: %{x:,.2f}<extra>" + grade + "</extra>",
        )
    figure.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(scale))),
        ticktext=list(reversed(scale)),
        range=[-0.6, len(scale) - 0.4],
        showgrid=False,
        zeroline=False,
    )
    figure.update_xaxes(
        title_text=variable_label + (" (log scale)" if log_axis else ""), type="log" if log_axis else "linear"
    )
    figure = base_layout(figure, title, height=140 + 130 * len(scale))
    return figure.update_layout(margin={"r": 110})


def regions_figure(regions: pd.DataFrame, title: str) -> go.Figure:
    """Point and 95% interval per region, with the count written beside each point."""
    figure = go.Figure(
        go.Scatter(
            x=regions["share"] * 100,
            y=regions["region"],
            mode="markers+text",
            marker={"size": 10, "color": "#542788"},
            error_x={
                "type": "data",
                "symmetric": False,
                "array": (regions["high"] - regions["share"]) * 100,
                "arrayminus": (regions["share"] - regions["low"]) * 100,
                "color": "#542788",
                "thickness": 2,
            },
            text=[f"  {s} of {n}" for s, n in zip(regions["successes"], regions["graded"], strict=True)],
            textposition="middle right",
            showlegend=False,
        )
    )
    figure.update_xaxes(range=[0, 105], ticksuffix="%")
    figure.update_yaxes(autorange="reversed")
    return base_layout(figure, title, height=140 + 36 * len(regions))


def choropleth(
    boundaries: pd.DataFrame, categories: pd.DataFrame, colours: dict[str, str], title: str, attribution: str
) -> go.Figure:
    """Force areas filled by category; one trace per force so a click knows which force it was.

    `categories` has force_code, force_name, slug, category and label. Empty categories are grey,
    hatched, and named in the legend, so the map never relies on colour alone.
    """
    figure = go.Figure()
    seen: set[str] = set()
    shapes = dict(zip(boundaries["force_code"], boundaries["geojson"], strict=True))
    for row in categories.itertuples():
        points = np.vstack([np.vstack([ring, [np.nan, np.nan]]) for ring in outline(shapes[row.force_code])])
        colour = colours.get(row.category, MISSING)
        hatch = None if row.category in colours else {"shape": "/", "fgcolor": "#9a9a9a", "bgcolor": MISSING}
        figure.add_scatter(
            x=points[:, 0], y=points[:, 1], fill="toself", mode="lines", hoveron="fills",
            fillcolor=colour, line={"color": "#ffffff", "width": 0.6}, fillpattern=hatch,
            name=row.category, legendgroup=row.category, showlegend=row.category not in seen,
            legendrank=list(colours).index(row.category) if row.category in colours else len(colours) + 1,
            text=f"{row.force_name}: {row.label}", hoverinfo="text", customdata=[row.slug] * len(points),
        )  # fmt: skip
        seen.add(row.category)
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False, scaleanchor="x")
    figure.add_annotation(
        text=attribution, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", yshift=-6,
        showarrow=False, font={"size": 9, "color": "#4a4a4a"}, align="left",
    )  # fmt: skip
    figure = base_layout(figure, title, height=720)
    figure.update_layout(legend={"orientation": "v", "y": 1, "yanchor": "top", "x": 1.0, "xanchor": "right"})
    return figure
