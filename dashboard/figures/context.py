"""Context charts: a force's divisions, and its ethnic composition against England and Wales."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.layout import base_layout


def divisions_figure(divisions: pd.DataFrame, force_name: str) -> go.Figure:
    """Each division's share of the force's population and of its area, side by side."""
    population_share = divisions["population"] / divisions["population"].sum() * 100
    area_share = divisions["area_sq_miles"] / divisions["area_sq_miles"].sum() * 100
    figure = go.Figure()
    for name, values, colour in (("Population", population_share, "#01665e"), ("Area", area_share, "#d8b365")):
        figure.add_bar(
            name=f"Share of {name.lower()}",
            x=divisions["area_name"],
            y=values,
            marker_color=colour,
            text=[f"{value:.0f}%" for value in values],
            textposition="outside",
        )
    figure.update_layout(barmode="group")
    figure = base_layout(figure, f"{force_name}: divisions' share of population and area", height=380)
    figure.update_yaxes(ticksuffix="%", rangemode="tozero", showgrid=True, gridcolor="#e6e6e6")
    return figure.update_xaxes(showgrid=False)


def composition_figure(shares: pd.DataFrame, force_name: str) -> go.Figure:
    """Ethnic group shares (2011 Census) for the force and for England and Wales."""
    figure = go.Figure()
    for column, colour in ((force_name, "#542788"), ("England and Wales", "#f1a340")):
        figure.add_bar(
            name=column,
            y=shares["group"],
            x=shares[column] * 100,
            orientation="h",
            marker_color=colour,
            text=[f"{value * 100:.1f}%" for value in shares[column]],
            textposition="outside",
        )
    figure.update_layout(barmode="group")
    figure.update_xaxes(ticksuffix="%")
    figure.update_yaxes(autorange="reversed")
    return base_layout(figure, f"Ethnic composition: {force_name} and England and Wales (2011)", height=360)
