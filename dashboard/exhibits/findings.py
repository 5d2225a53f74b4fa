"""Findings exhibits: search results, themes across findings, and the case-study library."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pandas as pd

from dashboard.catalog import Catalog
from dashboard.exhibits.model import Exhibit
from queries.search import search
from queries.search_syntax import ParsedQuery

KIND_NAMES = {
    "strength": "Strength",
    "work_in_progress": "Work in progress",
    "area_for_improvement": "Area for improvement",
    "case_study": "Case study",
    "context": "Context",
}
_STOPWORD_TEXT = """a an and are as at be been being by for from has have in into is it its of on or that the their
there these this to was were which with within will would should could can also force forces all any other such more
some not no but than through where when who whose while had our they them"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def results(
    data: Catalog, parsed: ParsedQuery, framework: str | None, kind: str | None, force: str | None
) -> pd.DataFrame:
    """Ranked matches for a parsed query (empty when there is nothing to search for)."""
    if parsed.match is None:
        return pd.DataFrame()
    return search(data.engine, parsed, framework, kind, force)


def search_exhibit(
    data: Catalog, query: str, parsed: ParsedQuery, framework: str | None, kind: str | None, force: pd.Series | None
) -> Exhibit:
    found = results(data, parsed, framework, kind, None if force is None else force["force_code"])
    table = pd.DataFrame(
        {
            "Force": found.get("force_name", pd.Series(dtype=str)),
            "Framework": found.get("framework", pd.Series(dtype=str)),
            "Kind": found.get("kind", pd.Series(dtype=str)).map(KIND_NAMES),
            "Title": found.get("title", pd.Series(dtype=str)),
            "Text": found.get("text", pd.Series(dtype=str)),
            "Source file": found.get("source_file", pd.Series(dtype=str)),
            "Line": found.get("source_location", pd.Series(dtype=str)),
        }
    )
    params = tuple(
        (key, value)
        for key, value in (
            ("q", query),
            ("framework", framework),
            ("kind", kind),
            ("force", None if force is None else force["slug"]),
        )
        if value
    )
    filters = ", ".join(value for key, value in params if key != "q")
    return Exhibit(
        exhibit_id="findings-search",
        params=params,
        stem="findings-search",
        title=f"Findings matching {query}",
        subtitle=f"{len(table)} items, best match first" + (f"; filtered to {filters}" if filters else ""),
        source="HMIC inspection reports, 2007: findings, case studies and contextual factors of every loaded report",
        table=table,
        description=f"Search results for {query}.",
    )


def themes(data: Catalog) -> pd.DataFrame:
    """How often each glossary term and frequent two-word phrase appears, by framework and kind."""
    documents = data.search_documents()
    rows = []
    terms = [term for term, _ in data.glossary_terms() if len(term) >= 2]
    for framework_kind, group in documents.groupby(["framework", "kind"]):
        text = " ".join(group["text"])
        for term in terms:
            count = len(re.findall(rf"(?<![\w]){re.escape(term)}(?![\w])", text))
            if count:
                rows.append((*framework_kind, "Abbreviation", term, count))
        for phrase, count in _phrases(group["text"]).most_common(5):
            if count >= 2:
                rows.append((*framework_kind, "Phrase", phrase, count))
    return pd.DataFrame(rows, columns=["framework", "kind", "type", "term", "count"])


def _phrases(texts: pd.Series) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        words = re.findall(r"[a-z][a-z'-]+", text.lower())
        counts.update(
            f"{first} {second}" for first, second in pairwise(words)
            if first not in STOPWORDS and second not in STOPWORDS
        )  # fmt: skip
    return counts
