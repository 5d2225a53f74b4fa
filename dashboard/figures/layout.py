"""Shared figure styling so every chart reads the same way."""

from __future__ import annotations

import plotly.graph_objects as go

FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"


def base_layout(figure: go.Figure, title: str, height: int) -> go.Figure:
    """Title, font, margins and a static legend; no information lives only in hover."""
    figure.update_layout(
        template="none",  # styled here; the default template adds ~10 KB per figure to every page
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        font={"family": FONT, "size": 13, "color": "#1a1a1a"},
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 70},
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0, "traceorder": "normal"},
    )
    figure.update_xaxes(automargin=True, showgrid=True, gridcolor="#e6e6e6", zeroline=False)
    figure.update_yaxes(automargin=True)
    return figure
