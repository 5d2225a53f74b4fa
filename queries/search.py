"""Full-text search over findings, case studies and contextual factors.

SQLite uses its FTS5 index ranked by bm25; PostgreSQL uses its own full-text search (English
stemming, ranked by ts_rank_cd). Both take the same parsed query, so the user's syntax is the same.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from queries.db import read
from queries.search_syntax import ParsedQuery

MARK_START, MARK_END = "\x01", "\x02"  # highlight markers that never occur in report text
ENGINE_NAMES = {
    "sqlite": "SQLite FTS5 full-text search, ranked by bm25 (best match first)",
    "postgresql": "PostgreSQL full-text search (English stemming), ranked by ts_rank_cd (best match first)",
}
_FILTERS = """
    AND (CAST(:framework AS TEXT) IS NULL OR d.framework = :framework)
    AND (CAST(:kind AS TEXT) IS NULL OR d.kind = :kind)
    AND (CAST(:force_code AS TEXT) IS NULL OR d.force_code = :force_code)
"""
_PG_MARKS = "StartSel=<<<mark>>>, StopSel=<<</mark>>>, HighlightAll=true"


def engine_name(engine: Engine) -> str:
    return ENGINE_NAMES[engine.dialect.name]


def search_available(engine: Engine) -> bool:
    tables = inspect(engine).get_table_names()
    if engine.dialect.name == "sqlite":
        return "search_index" in tables
    return "search_document" in tables


def _pg_query(parsed: ParsedQuery) -> tuple[str, dict[str, str]]:
    """A tsquery expression built from fixed SQL fragments; every term is a bound parameter."""
    fragments, params = [], {}
    for index, token in enumerate(parsed.tokens):
        name = f"t{index}"
        if token.phrase:
            fragments.append(f"phraseto_tsquery('english', :{name})")
            params[name] = token.text
        elif token.prefix:
            fragments.append(f"to_tsquery('english', :{name})")
            stem = "".join(character for character in token.text if character.isalnum())
            params[name] = f"{stem}:*"
        else:
            fragments.append(f"plainto_tsquery('english', :{name})")
            params[name] = token.text
    return " && ".join(fragments), params  # sql-safe: placeholders only


def search(
    engine: Engine,
    parsed: ParsedQuery,
    framework: str | None = None,
    kind: str | None = None,
    force_code: str | None = None,
    limit: int = 500,
) -> pd.DataFrame:
    """Matching items, best first, with matched words wrapped in MARK_START/MARK_END.

    Where the typed words also occur together as an exact phrase, those items come first.
    """
    filters = {"framework": framework, "kind": kind, "force_code": force_code, "limit": limit}
    if engine.dialect.name == "sqlite":
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
            """,  # sql-safe: fixed filter clause, values bound
            match=parsed.match,
            phrase=parsed.phrase,
            **filters,
        )
    query, terms = _pg_query(parsed)
    phrase_order = "CASE WHEN d.tsv @@ phraseto_tsquery('english', :phrase) THEN 0 ELSE 1 END," if parsed.phrase else ""
    found = read(
        engine,
        f"""
        SELECT d.id, d.force_code, f.name AS force_name, f.slug, d.framework, d.kind, d.position, d.title,
               ts_headline('english', d.text, q, '{_PG_MARKS}') AS highlighted,
               ts_headline('english', d.title, q, '{_PG_MARKS}') AS highlighted_title,
               d.text, d.anchor, s.name AS source_file, d.source_location, -ts_rank_cd(d.tsv, q) AS rank
        FROM search_document d
        CROSS JOIN (SELECT {query} AS q) AS query_text
        JOIN force f ON f.code = d.force_code
        JOIN source_file s ON s.id = d.source_file_id
        WHERE d.tsv @@ q {_FILTERS}
        ORDER BY {phrase_order} rank, d.id
        LIMIT :limit
        """,  # sql-safe: fixed fragments and placeholders, values bound
        **terms,
        **({"phrase": parsed.phrase.strip('"')} if parsed.phrase else {}),
        **filters,
    )
    for column in ("highlighted", "highlighted_title"):
        found[column] = found[column].str.replace("<<<mark>>>", MARK_START).str.replace("<<</mark>>>", MARK_END)
    return found


def facets(engine: Engine, parsed: ParsedQuery, force_code: str | None = None) -> pd.DataFrame:
    """How many items match, by framework and kind (before those two filters are applied)."""
    filters = {"framework": None, "kind": None, "force_code": force_code}
    if engine.dialect.name == "sqlite":
        return read(
            engine,
            f"""
            SELECT d.framework, d.kind, COUNT(*) AS items
            FROM search_index JOIN search_document d ON d.id = search_index.rowid
            WHERE search_index MATCH :match {_FILTERS}
            GROUP BY d.framework, d.kind ORDER BY d.framework, d.kind
            """,  # sql-safe: fixed filter clause, values bound
            match=parsed.match,
            **filters,
        )
    query, terms = _pg_query(parsed)
    return read(
        engine,
        f"""
        SELECT d.framework, d.kind, COUNT(*) AS items
        FROM search_document d CROSS JOIN (SELECT {query} AS q) AS query_text
        WHERE d.tsv @@ q {_FILTERS}
        GROUP BY d.framework, d.kind ORDER BY d.framework, d.kind
        """,  # sql-safe: fixed fragments and placeholders, values bound
        **terms,
        **filters,
    )


def indexed_documents(engine: Engine) -> pd.DataFrame:
    """Per kind: searchable rows, and how many of them the full-text index holds."""
    if engine.dialect.name == "sqlite":
        sql = """
            SELECT d.kind, COUNT(*) AS documents, COUNT(z.id) AS indexed
            FROM search_document d LEFT JOIN search_index_docsize z ON z.id = d.id
            GROUP BY d.kind ORDER BY d.kind
        """
    else:
        sql = """
            SELECT d.kind, COUNT(*) AS documents, COUNT(d.tsv) AS indexed
            FROM search_document d GROUP BY d.kind ORDER BY d.kind
        """
    return read(engine, sql)


def all_documents(engine: Engine) -> pd.DataFrame:
    """Every searchable item with its framework and kind, for counting themes."""
    return read(engine, "SELECT id, force_code, framework, kind, title, text FROM search_document ORDER BY id")
