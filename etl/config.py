"""Where the ETL and the app find their inputs: flags, then environment, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = {
    "db": PROJECT_ROOT / "data" / "hmic.db",
    "reports_dir": PROJECT_ROOT / "data" / "raw" / "reports",
    "reference_dir": PROJECT_ROOT.parent / "shared" / "data" / "reference",
    "grades_dir": PROJECT_ROOT.parent / "shared" / "data" / "grades",
}
ENVIRONMENT = {
    "db": "HMIC_DB",
    "reports_dir": "HMIC_REPORTS_DIR",
    "reference_dir": "HMIC_REFERENCE_DIR",
    "grades_dir": "HMIC_GRADES_DIR",
}


@dataclass(frozen=True)
class Settings:
    db: Path
    reports_dir: Path
    reference_dir: Path
    grades_dir: Path
    database_url: str | None = None  # PostgreSQL instead of the SQLite file, e.g. postgresql+psycopg://...

    @property
    def target(self) -> Path | str:
        """Where the data lives: the PostgreSQL URL if one is set, else the SQLite file."""
        return self.database_url or self.db


def resolve_settings(**flags: str | Path | None) -> Settings:
    """A flag wins over its environment variable, which wins over the default."""
    values: dict = {}
    for name, default in DEFAULTS.items():
        chosen = flags.get(name) or os.environ.get(ENVIRONMENT[name]) or default
        values[name] = Path(chosen)
    values["database_url"] = flags.get("database_url") or os.environ.get("DATABASE_URL") or None
    return Settings(**values)
