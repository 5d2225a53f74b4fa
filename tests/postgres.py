"""A throwaway PostgreSQL cluster for the test session (scripts/postgres.sh), or a given URL.

Locally the PostgreSQL tests are skipped, with the reason shown, when no server can be had.
In CI (CI=true) they must run: a missing server fails the session instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from etl.config import PROJECT_ROOT
from tests.server import free_port

SCRIPT = PROJECT_ROOT / "scripts" / "postgres.sh"


def unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required in CI but unavailable: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason} (set HMIC_TEST_DATABASE_URL or install Debian postgresql)")


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Yield a URL for an empty database; reuse HMIC_TEST_DATABASE_URL when it is set."""
    given = os.environ.get("HMIC_TEST_DATABASE_URL")
    if given:
        yield given
        return
    if not shutil.which("runuser") or not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        unavailable("no PostgreSQL server binaries")
    directory = Path(tempfile.mkdtemp(prefix="hmic-pg-"))
    directory.rmdir()
    started = subprocess.run(
        ["bash", str(SCRIPT), "start", str(directory), str(free_port())], capture_output=True, text=True, check=False
    )
    if started.returncode != 0:
        unavailable(f"could not start a cluster: {started.stderr.strip()[-300:]}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(directory)], check=False)


def fresh_database(url: str, name: str) -> str:
    """A new empty database on the same server, so tests do not share state."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))  # sql-safe: test-chosen names
        connection.execute(text(f'CREATE DATABASE "{name}"'))  # sql-safe: as above
    admin.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"
