"""Read every reference file from the reference directory into one validated bundle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.errors import EtlError
from etl.reference.boundaries import read_boundaries
from etl.reference.census import read_ethnicity, read_households
from etl.reference.lookups import read_lookup
from etl.reference.population import read_mid_year_estimates
from etl.reference.records import ContextValue, ForceAlias
from etl.reference.workforce import read_workforce
from etl.sources import SourceFile, fingerprint

FILES = {
    "boundaries": "ons_pfa_dec2023_boundaries_buc.geojson",
    "lookup_2023": "ons_lad23_csp23_pfa23_lookup.csv",
    "lookup_2016": "ons_lad16_csp16_pfa16_lookup.csv",
    "mid_year_estimates": "ons_mid_year_estimates_lad23_2011_2023.xlsx",
    "workforce": "ho_police_workforce_2007_2023.ods",
    "ethnicity": "census2011_ethnic_group_by_pfa.csv",
    "households": "census2011_households_by_lad.csv",
    "attribution": "SOURCES.md",
}


@dataclass(frozen=True)
class ReferenceData:
    sources: list[SourceFile]
    context: list[ContextValue]
    aliases: list[ForceAlias]
    regions: dict[str, str]
    boundaries: dict[str, str]
    boundary_source: SourceFile
    attribution: str


def load_reference(directory: Path) -> ReferenceData:
    """Fingerprint and read every reference file; any missing file stops the build."""
    if not directory.is_dir():
        raise EtlError(
            directory,
            "",
            "the reference data directory (set --reference-dir or HMIC_REFERENCE_DIR)",
            "no such directory",
        )
    sources = {key: fingerprint(directory / name, key.replace("_", " ")) for key, name in FILES.items()}
    lookup_2023 = read_lookup(sources["lookup_2023"], "23")
    lookup_2016 = read_lookup(sources["lookup_2016"], "16")
    boundaries, boundary_aliases = read_boundaries(sources["boundaries"])
    ethnicity, ethnicity_aliases = read_ethnicity(sources["ethnicity"])
    workforce, workforce_aliases, regions = read_workforce(sources["workforce"])
    context = [
        *read_mid_year_estimates(sources["mid_year_estimates"], lookup_2023),
        *read_households(sources["households"], lookup_2016),
        *ethnicity,
        *workforce,
    ]
    aliases = [*lookup_2023.aliases, *lookup_2016.aliases, *boundary_aliases, *ethnicity_aliases, *workforce_aliases]
    return ReferenceData(
        sources=list(sources.values()),
        context=context,
        aliases=aliases,
        regions=regions,
        boundaries=boundaries,
        boundary_source=sources["boundaries"],
        attribution=sources["attribution"].path.read_text(encoding="utf-8"),
    )
