"""Regenerate the README screenshots: `python scripts/screenshots.py` (needs Debian chromium)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from etl.config import resolve_settings  # noqa: E402
from tests.browser import CHROMIUM, LAUNCH_ARGS  # noqa: E402
from tests.server import running_app  # noqa: E402

SHOTS = {
    "national-peel-2016.png": ("/?programme=peel&year=2016", "#national-distribution-graph .main-svg"),
    "force-staffordshire.png": ("/force/staffordshire", "#force-distribution-hmic .main-svg"),
}
OUTPUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with running_app(resolve_settings().db) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for name, (path, ready) in SHOTS.items():
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + path)
            page.wait_for_selector(ready)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(OUTPUT / name))
            page.close()
            print(f"wrote {OUTPUT / name}")
        browser.close()


if __name__ == "__main__":
    main()
