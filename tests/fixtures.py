"""Shared test inputs: paths to the real data, and helpers that copy and mutate it."""

from __future__ import annotations

import shutil
from pathlib import Path

from etl.config import PROJECT_ROOT

SHARED = PROJECT_ROOT.parent / "shared" / "data"
REFERENCE_DIR = SHARED / "reference"
GRADES_DIR = SHARED / "grades"
REPORTS_DIR = PROJECT_ROOT / "data" / "raw" / "reports"
REPORT_FILE = REPORTS_DIR / "staffordshire-police-2007-10.txt"


def report_text() -> str:
    return REPORT_FILE.read_text(encoding="utf-8")


def copy_tree(source: Path, target: Path) -> Path:
    """A writable copy of a read-only input directory."""
    shutil.copytree(source, target)
    for path in target.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    return target


def replace_once(text: str, old: str, new: str) -> str:
    """Replace exactly one occurrence, so a test cannot silently mutate nothing."""
    assert text.count(old) >= 1, f"{old!r} not in text"
    return text.replace(old, new, 1)


def database_snapshot(settings, ignore_load_time: bool = False) -> str:
    """A digest of every table the database holds (and, on PostgreSQL, which hmic schemas exist).

    With ignore_load_time, the source files' load times are left out, so two builds of the same
    inputs compare equal however far apart they ran.
    """
    import hashlib

    from sqlalchemy import create_engine, inspect, text

    if not settings.database_url and not settings.db.exists():
        return "absent"
    url = settings.database_url or f"sqlite:///{settings.db}"
    schema = "hmic" if settings.database_url else None
    engine = create_engine(url)
    digest = hashlib.sha256()
    with engine.connect() as connection:
        inspector = inspect(connection)
        if schema:
            schemas = sorted(name for name in inspector.get_schema_names() if name.startswith("hmic"))
            digest.update(repr(schemas).encode())
            if schema not in schemas:
                return digest.hexdigest()
        prefix = f"{schema}." if schema else ""
        for table in sorted(inspector.get_table_names(schema=schema)):
            if table.startswith("search_index"):
                continue  # SQLite's FTS5 shadow tables mirror search_document
            columns = [
                column["name"]
                for column in inspector.get_columns(table, schema=schema)
                if not (ignore_load_time and column["name"] == "loaded_at") and column["name"] != "tsv"
            ]
            rows = connection.execute(
                text(f'SELECT {", ".join(columns)} FROM {prefix}"{table}"')  # sql-safe: names from the catalogue
            ).fetchall()
            digest.update(f"{table}:{sorted(map(repr, rows))}".encode())
    engine.dispose()
    return digest.hexdigest()
