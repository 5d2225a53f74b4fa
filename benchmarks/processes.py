"""Resident memory of the app processes a benchmark started (gunicorn master and workers)."""

from __future__ import annotations

from pathlib import Path


def app_rss_mb(port: int | str) -> list[float]:
    """VmRSS in MB of every `app.py` process serving this port, read from /proc."""
    sizes = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if "app.py" in command and f"--port {port}" in command:
                sizes += [
                    int(line.split()[1]) / 1024
                    for line in (proc / "status").read_text().splitlines()
                    if line.startswith("VmRSS:")
                ]
        except OSError:
            continue
    return sizes
