"""Dress a chart for a briefing: title, subtitle, and a footer band with source and export date."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from dashboard.exhibits.model import Exhibit

WIDTH = 1200
TOP, BOTTOM, SIDE = 110, 120, 30
FOOTER_BAND = 56  # pixels at the foot of the image, shaded, holding the source line
FOOTER_FILL = "#eeeeee"


def briefing_figure(exhibit: Exhibit, exported_on: date) -> go.Figure:
    """A copy of the exhibit's figure sized for export, with everything a briefing needs drawn in."""
    if exhibit.figure is None:
        raise ValueError(f"{exhibit.exhibit_id} is a table, not a chart")
    figure = go.Figure(exhibit.figure)
    height = max(int(figure.layout.height or 450), 420) + TOP + BOTTOM - 90
    left = SIDE + _label_width(figure)
    plot_height = height - TOP - BOTTOM
    plot_width = WIDTH - left - SIDE
    figure.update_layout(
        width=WIDTH,
        height=height,
        margin={"l": left, "r": SIDE, "t": TOP, "b": BOTTOM, "autoexpand": False},
        title={
            "text": f"<b>{exhibit.title}</b><br><span style='font-size:14px;color:#444'>{exhibit.subtitle}</span>",
            "x": SIDE / WIDTH,
            "xanchor": "left",
            "xref": "container",
            "y": 1 - 24 / height,
            "yanchor": "top",
            "yref": "container",
            "font": {"size": 20},
        },
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
    )
    # Fixed margins, so paper coordinates can place the footer band across the whole image.
    figure.update_xaxes(automargin=False)
    figure.update_yaxes(automargin=False)
    band_bottom = -BOTTOM / plot_height
    band_top = -(BOTTOM - FOOTER_BAND) / plot_height
    figure.add_shape(
        type="rect",
        xref="paper",
        yref="paper",
        x0=-left / plot_width,
        x1=1 + SIDE / plot_width,
        y0=band_bottom,
        y1=band_top,
        fillcolor=FOOTER_FILL,
        line={"width": 0},
        layer="below",
    )
    figure.add_annotation(
        xref="paper",
        yref="paper",
        x=-(left - SIDE) / plot_width,
        y=(band_bottom + band_top) / 2,
        xanchor="left",
        yanchor="middle",
        align="left",
        showarrow=False,
        font={"size": 11, "color": "#1a1a1a"},
        text=f"Source: {_wrap(exhibit.source)}<br>Exported {exported_on.strftime('%d %B %Y').lstrip('0')}",
    )
    return figure


def _label_width(figure: go.Figure) -> int:
    """Pixels for the y-axis labels: category names on horizontal bars, numbers otherwise."""
    labels = [str(label) for trace in figure.data if getattr(trace, "orientation", None) == "h" for label in trace.y]
    longest = max((len(label) for label in labels), default=5)
    return int(longest * 7.5) + 16


def _wrap(text: str, width: int = 170) -> str:
    """Break a long source line for the footer (Plotly does not wrap annotation text)."""
    words, lines, current = text.split(), [], ""
    for word in words:
        if current and len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    return "<br>".join(lines[:2]) + ("…" if len(lines) > 2 else "")
