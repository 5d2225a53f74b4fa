"""Full-text search over findings, case studies and contextual factors (SQLite FTS5, bm25)."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from queries.db import read

MARK_START, MARK_END = "\x01", "\x02"  # highlight markers that never occur in report text
ENGINE_NAME = "SQLite FTS5 full-text search, ranked by bm25 (best match first)"
_FILTERS = """
    AND (:framework IS NULL OR d.framework = :framework)
    AND (:kind IS NULL OR d.kind = :kind)
    AND (:force_code IS NULL OR d.force_code = :force_code)
"""


def search_available(engine: Engine) -> bool:
    return "search_index" in inspect(engine).get_table_names()


def search(
    engine: Engine,
    match: str,
    framework: str | None = None,
    kind: str | None = None,
    force_code: str | None = None,
    limit: int = 500,
    phrase: str | None = None,
) -> pd.DataFrame:
    """Matching items, best first, with matched words wrapped in MARK_START/MARK_END.

    With `phrase`, items where the words stand together as that exact phrase come first.
    """
    return read(
        engine,
        f"""
        SELECT d.id, d.force_code, f.name AS force_name, f.slug, d.framework, d.kind, d.position, d.title,
               highlight(search_index, 1, char(1), char(2)) AS highlighted,
               highlight(search_index, 0, char(1), char(2)) AS highlighted_title,
               d.text, d.anchor, s.name AS source_file, d.source_location, bm25(search_index) AS rank
        FROM search_index
        JOIN search_document d ON d.id = search_index.rowid
        JOIN force f ON f.code = d.force_code
        JOIN source_file s ON s.id = d.source_file_id
        WHERE search_index MATCH :match {_FILTERS}
        ORDER BY CASE WHEN :phrase IS NOT NULL AND d.id IN
                      (SELECT rowid FROM search_index WHERE search_index MATCH :phrase) THEN 0 ELSE 1 END,
                 rank, d.id
        LIMIT :limit
        """,
        match=match,
        framework=framework,
        kind=kind,
        force_code=force_code,
        limit=limit,
        phrase=phrase,
    )


def facets(engine: Engine, match: str, force_code: str | None = None) -> pd.DataFrame:
    """How many items match, by framework and kind (before those two filters are applied)."""
    return read(
        engine,
        f"""
        SELECT d.framework, d.kind, COUNT(*) AS items
        FROM search_index JOIN search_document d ON d.id = search_index.rowid
        WHERE search_index MATCH :match {_FILTERS}
        GROUP BY d.framework, d.kind ORDER BY d.framework, d.kind
        """,
        match=match,
        framework=None,
        kind=None,
        force_code=force_code,
    )


def indexed_documents(engine: Engine) -> pd.DataFrame:
    """Per kind: searchable rows, and how many of them the FTS5 index holds (its docsize table)."""
    return read(
        engine,
        """
        SELECT d.kind, COUNT(*) AS documents, COUNT(z.id) AS indexed
        FROM search_document d LEFT JOIN search_index_docsize z ON z.id = d.id
        GROUP BY d.kind ORDER BY d.kind
        """,
    )


def all_documents(engine: Engine) -> pd.DataFrame:
    """Every searchable item with its framework and kind, for counting themes."""
    return read(engine, "SELECT id, force_code, framework, kind, title, text FROM search_document ORDER BY id")
