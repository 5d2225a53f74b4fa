"""The process's catalog: one Dash app per process, so one database door per process."""

from __future__ import annotations

from dashboard.catalog import Catalog

_catalog: Catalog | None = None


def set_catalog(catalog: Catalog) -> None:
    global _catalog
    _catalog = catalog


def catalog() -> Catalog:
    if _catalog is None:
        raise RuntimeError("the app factory has not opened a database yet")
    return _catalog
