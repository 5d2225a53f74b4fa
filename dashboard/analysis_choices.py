"""Validating analyst-page query values: frameworks, variables, counts; notices for anything ignored."""

from __future__ import annotations

from dashboard.catalog import Catalog, ProgrammeYear
from dashboard.context_variables import DEFAULT_PEER_VARIABLES, VARIABLES

PEER_COUNTS = range(3, 11)
DEFAULT_PEERS = 5


def choose_framework(data: Catalog, chosen: ProgrammeYear, requested: str | None, notices: list[str]) -> str:
    frameworks = list(data.frameworks(chosen.programme, chosen.year)["framework"])
    if requested in frameworks:
        return requested
    if requested is not None:
        notices.append(f"Ignored framework={requested!r}: not in this programme-year. Valid: {', '.join(frameworks)}.")
    return frameworks[0]


def choose_variable(requested: str | None, notices: list[str], default: str = "density") -> str:
    if requested in VARIABLES:
        return requested
    if requested is not None:
        notices.append(f"Ignored variable={requested!r}. Valid: {', '.join(VARIABLES)}.")
    return default


def choose_peer_variables(requested: str | None, notices: list[str]) -> tuple[str, ...]:
    if requested is None:
        return DEFAULT_PEER_VARIABLES
    keys = [key for key in requested.split(",") if key]
    unknown = [key for key in keys if key not in VARIABLES]
    if unknown:
        notices.append(f"Ignored unknown variables: {', '.join(unknown)}. Valid: {', '.join(VARIABLES)}.")
    chosen = tuple(dict.fromkeys(key for key in keys if key in VARIABLES))
    if not chosen:
        notices.append("No valid variables chosen: using the default set.")
        return DEFAULT_PEER_VARIABLES
    return chosen


def choose_count(requested: str | None, notices: list[str]) -> int:
    if requested is None:
        return DEFAULT_PEERS
    if requested.isdigit() and int(requested) in PEER_COUNTS:
        return int(requested)
    notices.append(f"Ignored n={requested!r}: choose 3 to 10 forces.")
    return DEFAULT_PEERS
