"""The one explicit table from force names to ONS police force area codes.

Sources spell forces differently ("Avon & Somerset", "Metropolitan Police", "Dyfed Powys",
"London, City of"). Files that carry ONS codes are matched on the code; every other name
goes through :func:`resolve_force_name`, which must find exactly one code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ForceName:
    code: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        """URL slug: lowercase, hyphenated, without a trailing "Police"."""
        return re.sub(r"[^a-z0-9]+", "-", normalise_force_name(self.name)).strip("-")


FORCES: tuple[ForceName, ...] = (
    ForceName("E23000001", "Metropolitan Police", ("Metropolitan Police Service", "The Met")),
    ForceName("E23000002", "Cumbria"),
    ForceName("E23000003", "Lancashire"),
    ForceName("E23000004", "Merseyside"),
    ForceName("E23000005", "Greater Manchester"),
    ForceName("E23000006", "Cheshire"),
    ForceName("E23000007", "Northumbria"),
    ForceName("E23000008", "Durham"),
    ForceName("E23000009", "North Yorkshire"),
    ForceName("E23000010", "West Yorkshire"),
    ForceName("E23000011", "South Yorkshire"),
    ForceName("E23000012", "Humberside"),
    ForceName("E23000013", "Cleveland"),
    ForceName("E23000014", "West Midlands"),
    ForceName("E23000015", "Staffordshire"),
    ForceName("E23000016", "West Mercia"),
    ForceName("E23000017", "Warwickshire"),
    ForceName("E23000018", "Derbyshire"),
    ForceName("E23000019", "Nottinghamshire"),
    ForceName("E23000020", "Lincolnshire"),
    ForceName("E23000021", "Leicestershire"),
    ForceName("E23000022", "Northamptonshire"),
    ForceName("E23000023", "Cambridgeshire"),
    ForceName("E23000024", "Norfolk"),
    ForceName("E23000025", "Suffolk"),
    ForceName("E23000026", "Bedfordshire"),
    ForceName("E23000027", "Hertfordshire"),
    ForceName("E23000028", "Essex"),
    ForceName("E23000029", "Thames Valley"),
    ForceName("E23000030", "Hampshire"),
    ForceName("E23000031", "Surrey"),
    ForceName("E23000032", "Kent"),
    ForceName("E23000033", "Sussex"),
    ForceName("E23000034", "City of London", ("London, City of",)),
    ForceName("E23000035", "Devon and Cornwall"),
    ForceName("E23000036", "Avon and Somerset"),
    ForceName("E23000037", "Gloucestershire"),
    ForceName("E23000038", "Wiltshire"),
    ForceName("E23000039", "Dorset"),
    ForceName("W15000001", "North Wales"),
    ForceName("W15000002", "Gwent"),
    ForceName("W15000003", "South Wales"),
    ForceName("W15000004", "Dyfed-Powys"),
)

_SUFFIXES = re.compile(r"\s+(police|constabulary|police force|police service)$")


def normalise_force_name(name: str) -> str:
    """Fold the spelling differences between sources: case, '&', hyphens, 'Police'."""
    folded = name.strip().lower().replace("&", " and ")
    folded = re.sub(r"[^a-z0-9,]+", " ", folded).strip()
    return _SUFFIXES.sub("", folded)


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for force in FORCES:
        for spelling in (force.name, *force.aliases):
            key = normalise_force_name(spelling)
            if index.setdefault(key, force.code) != force.code:
                raise AssertionError(f"force name {spelling!r} is ambiguous")
    return index


_INDEX = _build_index()
BY_CODE: dict[str, ForceName] = {force.code: force for force in FORCES}


def resolve_force_name(name: str) -> str | None:
    """The ONS code for a force name as any source writes it, or None if unknown."""
    return _INDEX.get(normalise_force_name(name))
