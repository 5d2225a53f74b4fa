"""Fixtures: one real database built from the shared data, and per-test input copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.build import build
from etl.config import Settings
from queries.db import open_database
from tests.fixtures import GRADES_DIR, REFERENCE_DIR, REPORTS_DIR, copy_tree
from tests.postgres import fresh_database, postgres_cluster

BACKENDS = ["sqlite", "postgresql"]


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


@pytest.fixture(scope="session")
def postgres_server():
    """URL of the session's PostgreSQL server (skipped locally, required in CI)."""
    with postgres_cluster() as url:
        yield url


@pytest.fixture(scope="session")
def built_postgres(postgres_server: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The real data loaded into PostgreSQL once per session."""
    url = fresh_database(postgres_server, "hmic_session")
    settings = Settings(
        db=tmp_path_factory.mktemp("unused") / "x.db",
        reports_dir=REPORTS_DIR,
        reference_dir=REFERENCE_DIR,
        grades_dir=GRADES_DIR,
        database_url=url,
    )
    build(settings)
    return url


@pytest.fixture(scope="session", params=BACKENDS)
def any_engine(request: pytest.FixtureRequest):
    """The same read-only engine interface on SQLite and on PostgreSQL: same tests, same assertions."""
    target = request.getfixturevalue("built_db" if request.param == "sqlite" else "built_postgres")
    engine = open_database(target)
    yield engine
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def inputs_any(request: pytest.FixtureRequest, inputs: Settings) -> Settings:
    """Writable input copies, writing to SQLite or to a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return inputs
    url = fresh_database(request.getfixturevalue("postgres_server"), f"hmic_{abs(hash(request.node.nodeid)) % 10**8}")
    return Settings(inputs.db, inputs.reports_dir, inputs.reference_dir, inputs.grades_dir, database_url=url)
