"""ONS police force area boundaries (GeoJSON), one feature per force."""

from __future__ import annotations

import json

from etl.errors import EtlError
from etl.force_names import BY_CODE, resolve_force_name
from etl.reference.records import ForceAlias
from etl.sources import SourceFile, read_utf8


def read_boundaries(source: SourceFile) -> tuple[dict[str, str], list[ForceAlias]]:
    """Each force's boundary feature as GeoJSON text, keyed by ONS code."""
    try:
        collection = json.loads(read_utf8(source.path))
        features = collection["features"]
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise EtlError(source.path, "", "a GeoJSON FeatureCollection", str(error)) from error
    boundaries: dict[str, str] = {}
    aliases = []
    for position, feature in enumerate(features, start=1):
        properties = feature.get("properties") or {}
        code, name = properties.get("PFA23CD"), str(properties.get("PFA23NM"))
        if code not in BY_CODE or resolve_force_name(name) != code:
            raise EtlError(
                source.path, f"feature {position}", "a PFA23CD and PFA23NM of one of the 43 forces", f"{code} {name!r}"
            )
        boundaries[code] = json.dumps(feature, separators=(",", ":"))
        aliases.append(ForceAlias(code, name, source))
    missing = sorted(set(BY_CODE) - set(boundaries))
    if missing:
        raise EtlError(source.path, "", "a boundary for all 43 forces", f"none for {', '.join(missing)}")
    return boundaries, aliases
