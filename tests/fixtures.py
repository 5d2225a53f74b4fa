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


def database_snapshot(settings) -> str:
    """A digest of everything the database holds (file bytes, or every PostgreSQL table), plus stray schemas."""
    import hashlib

    from sqlalchemy import create_engine, inspect, text

    if not settings.database_url:
        return hashlib.sha256(settings.db.read_bytes()).hexdigest() if settings.db.exists() else "absent"
    engine = create_engine(settings.database_url)
    digest = hashlib.sha256()
    with engine.connect() as connection:
        schemas = sorted(inspect(connection).get_schema_names())
        digest.update(repr([s for s in schemas if s.startswith("hmic")]).encode())
        if "hmic" in schemas:
            for table in sorted(inspect(connection).get_table_names(schema="hmic")):
                columns = [
                    c["name"] for c in inspect(connection).get_columns(table, schema="hmic") if c["name"] != "loaded_at"
                ]
                rows = connection.execute(
                    text(f'SELECT {", ".join(columns)} FROM hmic."{table}"')  # sql-safe: names from the catalogue
                ).fetchall()
                digest.update(f"{table}:{sorted(map(repr, rows))}".encode())
    engine.dispose()
    return digest.hexdigest()
