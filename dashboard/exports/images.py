"""Server-side chart images through one reused Kaleido browser (Debian chromium)."""

from __future__ import annotations

import logging
import shutil
import threading
import warnings
from datetime import date

import kaleido
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.exhibits.model import Exhibit
from dashboard.exports.decorate import briefing_figure

FORMATS = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
PNG_SCALE = 2
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
INSTALL_HINT = (
    "Image and PDF export needs a Chromium browser on the server: install Debian's package "
    "('apt-get install chromium'). CSV and XLSX downloads, and each chart's own camera button, still work."
)
log = logging.getLogger(__name__)
pio.defaults.mathjax = None


class ExportUnavailable(Exception):
    """No browser for Kaleido: image and PDF exports cannot be made on this server."""


class ImageEngine:
    """One Kaleido browser for the process; calls are serialised and a dead browser is restarted.

    Kaleido's sync server answers calls through shared queues, so two threads must never call it
    at once; the lock also keeps each request's bytes its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()

    @staticmethod
    def browser() -> str | None:
        return next((path for name in BROWSERS if (path := shutil.which(name))), None)

    def render(self, figure: go.Figure, fmt: str) -> bytes:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}")
        if self.browser() is None:
            raise ExportUnavailable(INSTALL_HINT)
        scale = PNG_SCALE if fmt == "png" else 1
        with self._lock:
            try:
                return self._render(figure, fmt, scale)
            except Exception:  # a crashed or stale browser: restart once, then let it fail
                log.warning("Kaleido render failed; restarting its browser", exc_info=True)
                self._restart()
                return self._render(figure, fmt, scale)

    def _render(self, figure: go.Figure, fmt: str, scale: int) -> bytes:
        kaleido.start_sync_server(silence_warnings=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "kopts ignored when using a server"
            return pio.to_image(figure, format=fmt, scale=scale)

    def _restart(self) -> None:
        kaleido.stop_sync_server(silence_warnings=True)
        kaleido.start_sync_server(silence_warnings=True)

    def chart(self, exhibit: Exhibit, fmt: str, exported_on: date) -> bytes:
        """The exhibit as a briefing-ready image: title, subtitle and source footer drawn in."""
        return self.render(briefing_figure(exhibit, exported_on), fmt)


ENGINE = ImageEngine()
