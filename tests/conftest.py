"""Fixtures: one real database built from the shared data, and per-test input copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.build import build
from etl.config import Settings
from queries.db import open_database
from tests.fixtures import GRADES_DIR, REFERENCE_DIR, REPORTS_DIR, copy_tree


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real database, built once per test session from the real inputs."""
    db = tmp_path_factory.mktemp("db") / "hmic.db"
    build(Settings(db=db, reports_dir=REPORTS_DIR, reference_dir=REFERENCE_DIR, grades_dir=GRADES_DIR))
    return db


@pytest.fixture(scope="session")
def engine(built_db: Path):
    engine = open_database(built_db)
    yield engine
    engine.dispose()


@pytest.fixture()
def inputs(tmp_path: Path) -> Settings:
    """Writable copies of every input directory, for tests that break one of them."""
    return Settings(
        db=tmp_path / "out" / "hmic.db",
        reports_dir=copy_tree(REPORTS_DIR, tmp_path / "reports"),
        reference_dir=copy_tree(REFERENCE_DIR, tmp_path / "reference"),
        grades_dir=copy_tree(GRADES_DIR, tmp_path / "grades"),
    )
