"""Analyst exhibits: most similar forces, grades against context, the map, regions, change over time."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.components import BOUNDARY_ATTRIBUTION, OGL
from dashboard.context_variables import VARIABLES
from dashboard.exhibits.force import REFERENCE_SOURCES
from dashboard.exhibits.model import Exhibit
from dashboard.figures.analysis import BIN_COLOURS, choropleth, regions_figure, strip_figure
from dashboard.figures.distribution import distribution_figure
from dashboard.formatting import programme_label
from dashboard.grid import missing_label
from dashboard.palettes import PALETTES
from dashboard.stats.kendall import TauResult, tau_b_test
from dashboard.stats.peers import nearest
from dashboard.stats.weighted import weighted_mean
from dashboard.stats.wilson import wilson_interval

CAVEAT = (
    "43 forces is a small number of units; this is an ecological association between force-level figures, not "
    "evidence that one causes the other; and the years differ (grades from the programme year, context from "
    "2007 workforce and 2011 population and Census)."
)
GOOD_OR_BETTER = {"hmic": ("Excellent", "Good"), "peel": ("Outstanding", "Good")}


def _variable_sources() -> str:
    return f"{REFERENCE_SOURCES}. {OGL}"


def peers(data: Catalog, force: pd.Series, count: int, keys: tuple[str, ...]) -> tuple[Exhibit, list[str]]:
    """The `count` most similar forces and the chosen variables; returns the exhibit and peer slugs."""
    values = data.context_variables()
    found = nearest(values[list(keys)], force["force_code"], count)
    rows = values.loc[[force["force_code"], *found.index]]
    table = pd.DataFrame(
        {
            "Rank": ["(chosen force)", *range(1, len(found) + 1)],
            "Force": rows["force_name"],
            "Region": rows["region"],
            "Distance": [0.0, *found["distance"].round(2)],
            **{VARIABLES[key].label: rows[key].round(2) for key in keys},
        }
    )
    names = ", ".join(VARIABLES[key].label for key in keys)
    exhibit = Exhibit(
        exhibit_id="force-peers",
        params=(("force", force["slug"]), ("n", str(count)), ("vars", ",".join(keys))),
        stem=f"{force['slug']}-most-similar-forces",
        title=f"Forces most similar to {force['force_name']}",
        subtitle=f"{count} nearest of 43 by Euclidean distance over standardised (z-score) variables: {names}",
        source=_variable_sources(),
        table=table.reset_index(drop=True),
        description=f"Table of the forces most similar to {force['force_name']}.",
    )
    return exhibit, list(rows["slug"].iloc[1:])


def peer_averages(data: Catalog, force: pd.Series, peer_slugs: list[str], keys: tuple[str, ...]) -> Exhibit:
    """The force, its peer group's population-weighted average and England and Wales, per variable."""
    values = data.context_variables()
    group = values[values["slug"].isin(peer_slugs)]
    national = data.national_context()
    rows = []
    for key in keys:
        variable = VARIABLES[key]
        rows.append(
            {
                "Variable": variable.label,
                force["force_name"]: round(float(values.loc[force["force_code"], key]), 2),
                "Peer group (population-weighted)": round(weighted_mean(group[key], group["weight_population"]), 2),
                "England and Wales": _round(variable.compute(national)),
            }
        )
    return Exhibit(
        exhibit_id="force-peer-averages",
        params=(("force", force["slug"]), ("n", str(len(peer_slugs))), ("vars", ",".join(keys))),
        stem=f"{force['slug']}-peer-group-averages",
        title=f"{force['force_name']} against its most similar forces",
        subtitle="Peer-group averages are weighted by each force's mid-2011 population",
        source=_variable_sources(),
        table=pd.DataFrame(rows),
        description=f"Table of {force['force_name']}'s context against its peer group and England and Wales.",
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def graded_points(data: Catalog, chosen: ProgrammeYear, framework: str, variable: str) -> pd.DataFrame:
    """Forces with a grade on the scale and a value: force, region, grade, rank, value."""
    grid = data.grade_grid(chosen.programme, chosen.year)
    graded = grid[(grid["framework"] == framework) & grid["grade_rank"].notna()]
    values = data.context_variables()[["force_name", variable]].rename(columns={variable: "value"})
    points = graded.merge(values, left_on="force_code", right_index=True, suffixes=("", "_v")).dropna(subset=["value"])
    return points[["force_code", "force_name", "slug", "region", "grade", "grade_rank", "value"]]


def tau_sentence(result: TauResult | None, what: str) -> str:
    if result is None:
        return f"Kendall's tau-b is not computed for {what}: fewer than 3 forces, or no variation."
    return (
        f"Kendall's tau-b = {result.tau_b:.2f} (permutation p = {result.p_value:.3f}, {result.permutations:,} "
        f"shuffles; n = {result.n} forces) for {what}. Positive means better grades go with higher values."
    )


def _tau(ranks: pd.Series, values: pd.Series) -> TauResult | None:
    """tau-b with grade rank reversed so that 'better grade' is 'higher'."""
    if len(ranks) < 3 or ranks.nunique() < 2 or values.nunique() < 2:
        return None
    return tau_b_test(-ranks.to_numpy(float), values.to_numpy(float))


def pattern(data: Catalog, chosen: ProgrammeYear, framework: str, variable: str) -> tuple[Exhibit, str]:
    label = programme_label(chosen.programme, chosen.year)
    points = graded_points(data, chosen, framework, variable)
    statistic = tau_sentence(_tau(points["grade_rank"], points["value"]), f"{framework} grade against the variable")
    variable_label = VARIABLES[variable].label
    title = f"{framework} grade against {variable_label.split(' (')[0].lower()}, {label}"
    exhibit = Exhibit(
        exhibit_id="patterns",
        params=(
            ("programme", chosen.programme),
            ("year", str(chosen.year)),
            ("framework", framework),
            ("variable", variable),
        ),
        stem=f"patterns-{chosen.programme}-{chosen.year}-{framework.lower().replace(' ', '-')}-{variable}",
        title=title,
        subtitle=f"{label}, {framework}: each force at its value of {variable_label}",
        source=f"Grades: {label}. Context: {_variable_sources()}",
        table=pd.DataFrame(
            {
                "Force": points["force_name"],
                "Region": points["region"],
                "Grade": points["grade"],
                variable_label: points["value"].round(3),
            }
        ).sort_values(["Grade", "Force"]),
        description=f"Strip chart of {variable_label} by {framework} grade, every force labelled, {label}.",
        figure=strip_figure(
            points, chosen.programme, data.scale(chosen.programme), variable_label, title, VARIABLES[variable].log_axis
        ),
        statements=(statistic, CAVEAT),
    )
    return exhibit, statistic


def crosstab(data: Catalog, chosen: ProgrammeYear, first: str, second: str) -> tuple[Exhibit, str]:
    """How two frameworks' grades co-occur, with tau-b between their ranks."""
    label = programme_label(chosen.programme, chosen.year)
    grid = data.grade_grid(chosen.programme, chosen.year)
    graded = grid[grid["grade_rank"].notna()].pivot(index="force_code", columns="framework", values="grade_rank")
    both = graded[[first, second]].dropna()
    scale = data.scale(chosen.programme)
    counts = pd.crosstab(both[first].map(lambda r: scale[int(r) - 1]), both[second].map(lambda r: scale[int(r) - 1]))
    counts = counts.reindex(index=scale, columns=scale, fill_value=0)
    table = counts.rename_axis(index=f"{first} \\ {second}", columns=None).reset_index()
    statistic = tau_sentence(_tau(both[first], -both[second]) if len(both) else None, f"{first} against {second}")
    exhibit = Exhibit(
        exhibit_id="patterns-crosstab",
        params=(
            ("programme", chosen.programme),
            ("year", str(chosen.year)),
            ("framework", first),
            ("framework2", second),
        ),
        stem=f"patterns-{chosen.programme}-{chosen.year}-crosstab",
        title=f"{first} and {second} grades together, {label}",
        subtitle=f"{label}: forces by their grade on each framework ({len(both)} forces graded on both)",
        source=f"Grades: {label}",
        table=table,
        description=f"Cross-tabulation of forces by {first} and {second} grade.",
        statements=(statistic,),
    )
    return exhibit, statistic


def map_exhibit(data: Catalog, chosen: ProgrammeYear, framework: str | None, variable: str | None) -> Exhibit:
    """A choropleth of one framework's grades, or of a context variable in quintiles."""
    label = programme_label(chosen.programme, chosen.year)
    forces = data.forces()[["force_code", "force_name", "slug"]]
    if variable:
        values = data.context_variables()[variable]
        bins = pd.qcut(values, 5, labels=False, duplicates="drop")
        edges = values.groupby(bins).agg(["min", "max"])
        names = {b: f"{edges.loc[b, 'min']:,.2f} to {edges.loc[b, 'max']:,.2f}" for b in edges.index}
        categories = forces.assign(
            category=forces["force_code"].map(lambda c: names[bins[c]]),
            label=forces["force_code"].map(lambda c: f"{values[c]:,.2f}"),
        )
        colours = {names[b]: BIN_COLOURS[i] for i, b in enumerate(edges.index)}
        what, table_value = VARIABLES[variable].label, "Value"
        stem, params = f"map-{variable}", (("variable", variable),)
        source = f"{_variable_sources()} {BOUNDARY_ATTRIBUTION}"
    else:
        grid = data.grade_grid(chosen.programme, chosen.year)
        cells = grid[grid["framework"] == framework].set_index("force_code")

        def category(code: str) -> str:
            grade = cells.loc[code, "grade"]
            return (
                grade
                if isinstance(grade, str)
                else missing_label(chosen.programme, bool(cells.loc[code, "report_loaded"]))
            )

        categories = forces.assign(category=forces["force_code"].map(category))
        categories["label"] = categories["category"]
        colours = {g: c for g, c in PALETTES[chosen.programme].items() if g != "Not graded"}
        what, table_value = f"{framework} grade, {label}", "Grade"
        stem = f"map-{chosen.programme}-{chosen.year}-{framework.lower().replace(' ', '-')}"
        params = (("programme", chosen.programme), ("year", str(chosen.year)), ("framework", framework))
        source = f"Grades: {label}. {BOUNDARY_ATTRIBUTION}"
    title = f"Map: {what}"
    figure = choropleth(data.boundaries(), categories, colours, title, "Boundaries: " + BOUNDARY_ATTRIBUTION)
    return Exhibit(
        exhibit_id="map",
        params=params,
        stem=stem,
        title=title,
        subtitle=f"England and Wales, 43 police force areas: {what}",
        source=source,
        table=pd.DataFrame({"Force": categories["force_name"], table_value: categories["label"]}).sort_values("Force"),
        description=f"Map of the 43 force areas shaded by {what}; select a force to open its profile.",
        figure=figure,
    )


def regions(data: Catalog, chosen: ProgrammeYear, framework: str) -> Exhibit:
    """Per region: the share of graded forces Good or better, with Wilson 95% intervals."""
    label = programme_label(chosen.programme, chosen.year)
    good = GOOD_OR_BETTER[chosen.programme]
    grid = data.grade_grid(chosen.programme, chosen.year)
    graded = grid[(grid["framework"] == framework) & grid["grade_rank"].notna()]
    rows = []
    for region, group in graded.groupby("region"):
        successes, total = int(group["grade"].isin(good).sum()), len(group)
        low, high = wilson_interval(successes, total)
        rows.append(
            {
                "region": region,
                "successes": successes,
                "graded": total,
                "share": successes / total,
                "low": low,
                "high": high,
            }
        )
    frame = pd.DataFrame(rows, columns=["region", "successes", "graded", "share", "low", "high"])
    description = f"{' or '.join(good)}" if chosen.programme == "hmic" else "Good or better"
    title = f"Share of forces graded {description}, {framework}, {label}"
    table = pd.DataFrame(
        {
            "Region": frame["region"],
            f"Forces graded {description}": frame["successes"],
            "Forces graded": frame["graded"],
            "Share (%)": (frame["share"] * 100).round(1),
            "95% interval low (%)": (frame["low"] * 100).round(1),
            "95% interval high (%)": (frame["high"] * 100).round(1),
        }
    )
    return Exhibit(
        exhibit_id="regions",
        params=(("programme", chosen.programme), ("year", str(chosen.year)), ("framework", framework)),
        stem=f"regions-{chosen.programme}-{chosen.year}-{framework.lower().replace(' ', '-')}",
        title=title,
        subtitle=f"{label}, {framework}: Home Office regions, with Wilson 95% intervals (few forces per region: wide)",
        source=f"Grades: {label}. Regions: Home Office police workforce table.",
        table=table,
        description=f"Point and interval chart of the share of forces graded {description} by region.",
        figure=regions_figure(frame, title) if not frame.empty else None,
    )


def trend(data: Catalog, programme: str) -> Exhibit:
    """The national distribution of each framework in each year of a programme."""
    years = [py for py in data.programme_year_list() if py.programme == programme]
    frames = []
    for chosen in years:
        distribution = data.national_distribution(programme, chosen.year)
        frames.append(distribution.assign(year=chosen.year, framework=distribution["framework"] + f" {chosen.year}"))
    combined = pd.concat(frames, ignore_index=True)
    combined["pillar"] = combined["framework"].str.rsplit(" ", n=1).str[0]
    combined = combined.sort_values(["pillar", "year", "grade_rank"], kind="stable")
    span = f"{years[0].year}–{years[-1].year}"
    title = f"National distribution by year, {programme.upper()} {span}"
    return Exhibit(
        exhibit_id="trends",
        params=(("programme", programme),),
        stem=f"trends-{programme}-{years[0].year}-{years[-1].year}",
        title=title,
        subtitle=f"{programme.upper()} {span}: share of graded forces given each grade, each framework and year",
        source="PEEL grade files (published national totals where given, else computed from all 43 forces)",
        table=pd.DataFrame(
            {
                "Framework": combined["pillar"],
                "Year": combined["year"],
                "Grade": combined["grade"],
                "Forces": combined["forces"],
                "Basis": combined["basis"],
            }
        ),
        description=f"Stacked bar chart of each framework's national distribution in each year, {span}.",
        figure=distribution_figure(combined, programme, data.scale(programme), title),
    )


def changes(data: Catalog, programme: str, first: int, second: int) -> Exhibit:
    """Forces whose grade moved between two years, framework by framework."""
    grids = {year: data.grade_grid(programme, year) for year in (first, second)}
    before = grids[first][grids[first]["grade_rank"].notna()][
        ["force_name", "slug", "framework", "grade", "grade_rank"]
    ]
    after = grids[second][grids[second]["grade_rank"].notna()][
        ["force_code", "force_name", "framework", "grade", "grade_rank"]
    ]
    moved = before.merge(after, on=["force_name", "framework"], suffixes=(f" {first}", f" {second}"))
    moved = moved[moved[f"grade_rank {first}"] != moved[f"grade_rank {second}"]]
    direction = np.where(moved[f"grade_rank {second}"] < moved[f"grade_rank {first}"], "Up", "Down")
    table = pd.DataFrame(
        {
            "Force": moved["force_name"],
            "Framework": moved["framework"],
            f"Grade {first}": moved[f"grade {first}"],
            f"Grade {second}": moved[f"grade {second}"],
            "Change": direction,
        }
    ).sort_values(["Framework", "Change", "Force"])
    return Exhibit(
        exhibit_id="trend-changes",
        params=(("programme", programme), ("from", str(first)), ("to", str(second))),
        stem=f"changes-{programme}-{first}-{second}",
        title=f"Forces whose grade changed, {programme.upper()} {first} to {second}",
        subtitle=f"{len(table)} changes: up means a better grade in {second} than in {first}",
        source="PEEL grade files (each grade with the public page that states it)",
        table=table,
        description=f"Table of forces whose grade changed between {first} and {second}.",
    )


def force_trend(data: Catalog, force: pd.Series, programme: str = "peel") -> Exhibit:
    """The force's grade on each framework in each year of a programme (blank: not found)."""
    grades = data.force_grades(force["force_code"])
    held = grades[grades["programme"] == programme]
    years = [py.year for py in data.programme_year_list() if py.programme == programme]
    frameworks = list(dict.fromkeys(held.sort_values("position")["framework"]))
    table = held.pivot(index="framework", columns="year", values="grade").reindex(index=frameworks, columns=years)
    table = table.astype(object)
    table = table.fillna("Not found").rename_axis(index="Framework", columns=None).reset_index()
    table.columns = ["Framework", *[str(year) for year in years]]
    span = f"{years[0]}–{years[-1]}"
    return Exhibit(
        exhibit_id="force-trend",
        params=(("force", force["slug"]), ("programme", programme)),
        stem=f"{force['slug']}-{programme}-{years[0]}-{years[-1]}-grades-by-year",
        title=f"{force['force_name']}: {programme.upper()} grades by year, {span}",
        subtitle=f"{force['force_name']}: grade on each pillar in each year (2017 effectiveness partly carried over)",
        source="PEEL grade files (each grade with the public page that states it)",
        table=table,
        description=f"Table of {force['force_name']}'s grade on each pillar in each year.",
    )
