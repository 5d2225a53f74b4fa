"""LAD-to-force lookups (2016 and 2023): which local authorities make up each force area."""

from __future__ import annotations

from dataclasses import dataclass

from etl.errors import EtlError
from etl.force_names import BY_CODE, resolve_force_name
from etl.reference.records import ForceAlias
from etl.reference.tables import read_csv_rows
from etl.sources import SourceFile


@dataclass(frozen=True)
class LadLookup:
    """Local authority code -> force code, plus the force names the file uses."""

    source: SourceFile
    lad_to_force: dict[str, str]
    aliases: list[ForceAlias]


def read_lookup(source: SourceFile, year: str) -> LadLookup:
    """Read a LAD/CSP/PFA lookup; each LAD must map to one known force, by code and name."""
    lad, pfa_code, pfa_name = f"LAD{year}CD", f"PFA{year}CD", f"PFA{year}NM"
    rows = read_csv_rows(source.path, [lad, pfa_code, pfa_name])
    lad_to_force: dict[str, str] = {}
    names: dict[str, str] = {}
    for line, row in rows:
        code = row[pfa_code].strip()
        if code not in BY_CODE:
            raise EtlError(source.path, f"line {line}", "one of the 43 force area codes", repr(code))
        if resolve_force_name(row[pfa_name]) != code:
            raise EtlError(source.path, f"line {line}", f"a force name that resolves to {code}", repr(row[pfa_name]))
        previous = lad_to_force.setdefault(row[lad].strip(), code)
        if previous != code:
            raise EtlError(source.path, f"line {line}", f"{row[lad]} in one force area only", f"{previous} and {code}")
        names[code] = row[pfa_name]
    if set(names) != set(BY_CODE):
        missing = sorted(set(BY_CODE) - set(names))
        raise EtlError(source.path, "", "local authorities for all 43 force areas", f"none for {', '.join(missing)}")
    aliases = [ForceAlias(code, name, source) for code, name in sorted(names.items())]
    return LadLookup(source, lad_to_force, aliases)
