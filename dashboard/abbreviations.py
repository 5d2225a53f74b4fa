"""Explain abbreviations where they appear: each glossary term becomes <abbr title="expansion">."""

from __future__ import annotations

import re
from functools import lru_cache

from dash import html

from queries.search import MARK_END, MARK_START

Glossary = tuple[tuple[str, str], ...]


@lru_cache(maxsize=8)
def _pattern(glossary: Glossary) -> re.Pattern[str] | None:
    terms = sorted((term for term, _ in glossary if len(term) >= 2), key=len, reverse=True)
    if not terms:
        return None
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(term) for term in terms) + r")(?![\w])")


def abbreviate(text: str, glossary: Glossary) -> list:
    """Text as a list of strings and html.Abbr, one Abbr per glossary term found."""
    pattern = _pattern(glossary)
    if pattern is None:
        return [text]
    expansions = dict(glossary)
    parts: list = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            parts.append(text[position : match.start()])
        parts.append(html.Abbr(match.group(0), title=expansions[match.group(0)]))
        position = match.end()
    if position < len(text):
        parts.append(text[position:])
    return parts


def marked(text: str, glossary: Glossary) -> list:
    """Text whose matched words carry search markers: those become <mark>, all with abbreviations."""
    parts: list = []
    for index, chunk in enumerate(re.split(f"[{MARK_START}{MARK_END}]", text)):
        if not chunk:
            continue
        pieces = abbreviate(chunk, glossary)
        parts.extend([html.Mark(pieces)] if index % 2 else pieces)
    return parts
