"""The process's data source: one database door per process, reopened when the data changes.

Every request first checks a cheap version token (the SQLite file's identity, or PostgreSQL's
latest load time at most every few seconds). A new token means the ETL swapped in new data:
the old engine is closed, caches are dropped and new requests see the new data, while requests
already running finish on the connection they hold.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from dashboard.catalog import Catalog
from queries.db import DatabaseUnavailable, open_database

POSTGRES_CHECK_SECONDS = 2.0


class DataSource:
    def __init__(self, target: Path | str) -> None:
        self.target = target
        self._lock = threading.Lock()
        self._catalog: Catalog | None = None
        self._token: object = None
        self._checked_at = 0.0
        self._listeners: list = []

    @property
    def backend(self) -> str:
        return "sqlite" if isinstance(self.target, Path) else "postgresql"

    def on_change(self, listener) -> None:
        """Call `listener()` whenever new data is swapped in (to clear caches)."""
        self._listeners.append(listener)

    def _file_token(self) -> object:
        try:
            stat = self.target.stat()
        except FileNotFoundError as error:
            raise DatabaseUnavailable(f"{self.target}: the database file is missing") from error
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _postgres_token(self, catalog: Catalog) -> object:
        with catalog.engine.connect() as connection:
            return tuple(connection.execute(text("SELECT MAX(loaded_at), COUNT(*) FROM source_file")).one())

    def refresh(self, force_check: bool = False) -> Catalog:
        """The current catalog, reopened if the data changed; DatabaseUnavailable if it cannot be read."""
        with self._lock:
            try:
                if self.backend == "sqlite":
                    token = self._file_token()
                    if token != self._token or self._catalog is None:
                        self._reopen(token)
                else:
                    if self._catalog is None:
                        self._reopen(None)
                    if force_check or time.monotonic() - self._checked_at >= POSTGRES_CHECK_SECONDS:
                        token = self._postgres_token(self._catalog)
                        self._checked_at = time.monotonic()
                        if self._token is not None and token != self._token:
                            self._reopen(token)
                        self._token = token
            except SQLAlchemyError as error:
                raise DatabaseUnavailable(
                    f"the database cannot be read: {type(error.orig or error).__name__}"
                ) from error
            return self._catalog

    def _reopen(self, token: object) -> None:
        engine = open_database(self.target)
        if self._catalog is not None:
            self._catalog.engine.dispose()
        self._catalog, self._token = Catalog(engine), token
        for listener in self._listeners:
            listener()

    def current(self) -> Catalog:
        if self._catalog is None:
            return self.refresh()
        return self._catalog


_source: DataSource | None = None


def set_source(source: DataSource) -> None:
    global _source
    _source = source


def source() -> DataSource:
    if _source is None:
        raise RuntimeError("the app factory has not opened a database yet")
    return _source


def catalog() -> Catalog:
    """The catalog for this request (the factory refreshes it before each request)."""
    return source().current()
