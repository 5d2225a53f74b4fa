"""Every component id in one place, so pages and tests agree on them."""

NATIONAL_DISTRIBUTION_GRAPH = "national-distribution-graph"
FORCE_LOCATOR_MAP = "force-locator-map"
FORCE_ETHNICITY_GRAPH = "force-ethnicity-graph"
FORCE_DIVISIONS_GRAPH = "force-divisions-graph"
PATTERNS_GRAPH = "patterns-graph"
MAP_GRAPH = "map-graph"
MAP_LOCATION = "map-location"
REGIONS_GRAPH = "regions-graph"
TRENDS_GRAPH = "trends-graph"


def force_distribution_graph(programme: str) -> str:
    """Graph id for a force's grades against a programme's national distributions."""
    return f"force-distribution-{programme}"
