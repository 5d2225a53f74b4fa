"""Cache whole page layouts per query: the database is read-only for the life of the process."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps

from dash import html

Layout = Callable[..., html.Div]
_CACHES: list = []


def clear_page_caches() -> None:
    """Drop every cached page (new data was swapped in)."""
    for cache in _CACHES:
        cache.cache_clear()


def cached_layout(layout: Layout) -> Layout:
    """Reuse a page built for the same query values; at most 256 variants are kept per page."""

    @lru_cache(maxsize=256)
    def build(items: tuple[tuple[str, str], ...]) -> html.Div:
        return layout(**dict(items))

    _CACHES.append(build)

    @wraps(layout)
    def cached(**query: str) -> html.Div:
        return build(tuple(sorted((key, value) for key, value in query.items() if isinstance(value, str))))

    return cached
