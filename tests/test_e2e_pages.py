"""End to end in real headless Chromium: every page loads, says what matters, logs no errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import CHROMIUM, LAUNCH_ARGS
from tests.server import running_app

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def base_url(built_db: Path) -> Iterator[str]:
    with running_app(built_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is not installed: run scripts/setup.sh")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield browser
        browser.close()


class Visit:
    """A page opened in a fresh context, recording console errors and failed requests."""

    def __init__(self, browser, url: str, width: int = 1280, height: int = 800) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.response = self.page.goto(url)
        self.page.wait_for_selector("#main h1", timeout=20_000)
        self.page.wait_for_load_state("networkidle")

    def text(self) -> str:
        return self.page.inner_text("#main")

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser, base_url: str):
    opened: list[Visit] = []

    def open_page(path: str, **viewport: int) -> Visit:
        page = Visit(browser, base_url + path, **viewport)
        opened.append(page)
        return page

    yield open_page
    for page in opened:
        page.close()


def test_staffordshire_profile(visit) -> None:
    page = visit("/force/staffordshire")
    page.page.wait_for_selector("#force-distribution-hmic .main-svg")
    text = page.text()
    assert "Staffordshire" in page.page.inner_text("h1")
    page.page.wait_for_function("document.title.startsWith('Staffordshire')")
    assert page.page.title() == "Staffordshire: force profile"
    for framework, grade in [
        ("Neighbourhood Policing", "Excellent"),
        ("Performance management", "Excellent"),
        ("Child abuse", "Good"),
        ("Domestic violence", "Good"),
        ("Public protection", "Fair"),
        ("Missing persons", "Fair"),
    ]:
        assert f"{framework}: {grade}" in text
    assert "one of 6 of 43" in text
    assert "Chase division" in text
    page.screenshot("force-staffordshire")
    assert page.errors == []


def test_force_with_peel_grades_only(visit) -> None:
    page = visit("/force/kent")
    text = page.text()
    assert "Kent's 2007 inspection report is not loaded" in text
    assert "PEEL 2016" in text
    page.screenshot("force-kent")
    assert page.errors == []


@pytest.mark.parametrize(
    ("query", "heading"),
    [("?programme=hmic&year=2007", "HMIC inspections 2007"), ("?programme=peel&year=2016", "PEEL 2016")],
)
def test_national_page_in_each_programme(visit, query: str, heading: str) -> None:
    page = visit("/" + query)
    page.page.wait_for_selector("#national-distribution-graph .main-svg")
    text = page.text()
    assert f"Grade distribution, {heading}" in text
    assert "Grades loaded for" in text
    page.screenshot(f"national-{heading.replace(' ', '-').lower()}")
    assert page.errors == []


def test_national_choices_update_the_url(visit) -> None:
    page = visit("/?programme=peel&year=2016")
    page.page.get_by_role("link", name="HMIC inspections 2007").click()
    page.page.wait_for_function("window.location.search.includes('programme=hmic')")
    page.page.wait_for_selector("text=Grade distribution, HMIC inspections 2007")
    assert "Not loaded" in page.text()
    page.page.get_by_role("link", name="Grade: Neighbourhood Policing").click()
    page.page.wait_for_function("window.location.search.includes('sort=grade-1')")
    page.page.wait_for_selector("[aria-current] >> text=Grade: Neighbourhood Policing")
    first_force = page.page.locator(".grade-grid tbody tr th").first.inner_text()
    assert first_force == "Staffordshire", "the only graded force sorts first"
    assert page.errors == []


def test_compare_add_and_remove_keep_the_url(visit) -> None:
    page = visit("/compare?forces=staffordshire")
    assert "Choose at least 2 forces" in page.text()
    page.page.get_by_role("link", name="Kent", exact=True).click()
    page.page.wait_for_function("window.location.search.includes('forces=staffordshire,kent')")
    page.page.wait_for_selector("text=Grades, PEEL 2016")
    page.page.get_by_role("link", name="Remove Staffordshire").click()
    page.page.wait_for_function("window.location.search === '?forces=kent'")
    assert page.errors == []


def test_compare(visit) -> None:
    page = visit("/compare?forces=staffordshire,kent")
    text = page.text()
    assert "Staffordshire" in text and "Kent" in text
    assert "Excellent" in text
    page.screenshot("compare")
    assert page.errors == []


def test_unknown_slug_gets_a_helpful_404(visit) -> None:
    page = visit("/force/atlantis")
    assert page.response.status == 404
    text = page.text()
    assert "There is no force with the address 'atlantis'" in text
    assert "Avon and Somerset" in text
    # The browser reports the document's own 404 status; nothing else may fail.
    assert [error for error in page.errors if "status of 404" not in error] == []


def test_data_and_methods(visit) -> None:
    page = visit("/data")
    text = page.text()
    assert "Open Government Licence" in text
    assert "staffordshire-police-2007-10.txt" in text
    assert "ViSOR" in text
    assert page.errors == []


@pytest.mark.parametrize("size", [(1280, 800), (390, 844)], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", ["/", "/force/staffordshire", "/compare?forces=staffordshire,kent", "/data"])
def test_no_horizontal_page_scroll(visit, path: str, size: tuple[int, int]) -> None:
    page = visit(path, width=size[0], height=size[1])
    overflow = page.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?programme=hmic&year=2007",
        "/force/staffordshire",
        "/force/kent",
        "/compare?forces=staffordshire,kent",
        "/data",
        "/force/atlantis",
        "/patterns?framework=Efficiency&variable=officers&framework2=Legitimacy",
        "/map",
        "/regions",
        "/trends",
        "/peers/staffordshire",
        "/findings?q=ViSOR",
        "/findings/themes",
        "/findings/case-studies",
    ],
)
def test_no_serious_accessibility_violations(visit, path: str) -> None:
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    page = visit(path)
    results = axe.Axe().run(page.page)
    serious = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — {len(violation['nodes'])} nodes"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_force_page_briefing_pack_download(visit) -> None:
    page = visit("/force/staffordshire")
    with page.page.expect_download(timeout=60_000) as download_info:
        page.page.get_by_role("link", name="Briefing pack (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == "staffordshire-briefing.pdf"
    content = Path(download.path()).read_bytes()
    assert content.startswith(b"%PDF") and len(content) > 10_000
    page.page.wait_for_selector("#pack-status:has-text('ready')")
    assert page.errors == []


def test_chart_export_links_download_files(visit) -> None:
    page = visit("/force/kent")
    link = page.page.locator("#context a", has_text="PNG").first
    with page.page.expect_download(timeout=60_000) as download_info:
        link.click()
    assert download_info.value.suggested_filename == "kent-ethnic-composition-2011.png"
    assert Path(download_info.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_patterns_page(visit) -> None:
    page = visit("/patterns?programme=peel&year=2016&framework=Efficiency&variable=density")
    page.page.wait_for_selector("#patterns-graph .main-svg")
    text = page.text()
    assert "Kendall's tau-b =" in text and "ecological association" in text
    assert page.page.locator("#patterns-graph .textpoint").count() == 43
    page.screenshot("patterns")
    assert page.errors == []


def test_map_click_opens_the_force(visit) -> None:
    page = visit("/map?programme=peel&year=2016&framework=Effectiveness")
    page.page.wait_for_selector("#map-graph .main-svg")
    page.screenshot("map")
    # Durham is the one Outstanding force in 2016: find its fill and click inside it.
    box = page.page.evaluate(
        """() => {
            const graph = document.getElementById('map-graph').querySelector('.js-plotly-plot');
            const index = graph.data.findIndex((trace) => trace.customdata && trace.customdata[0] === 'durham');
            const path = graph.querySelectorAll('.scatterlayer .trace')[index].querySelector('path.js-fill');
            path.scrollIntoView({block: 'center'});
            const r = path.getBoundingClientRect();
            return {x: r.x + r.width / 2, y: r.y + r.height / 2};
        }"""
    )
    page.page.mouse.click(box["x"], box["y"])
    page.page.wait_for_url("**/force/durham", timeout=15_000)
    page.page.wait_for_selector("h1:has-text('Durham')")
    assert page.errors == []


def test_peers_view(visit) -> None:
    page = visit("/peers/staffordshire?n=4")
    text = page.text()
    assert "Forces most similar to Staffordshire" in text
    assert page.page.locator("#peers tbody tr").count() == 5  # the force and its 4 peers
    page.page.get_by_role("link", name="6", exact=True).click()
    page.page.wait_for_function("window.location.search.includes('n=6')")
    page.page.wait_for_selector("[aria-current] >> text=6")
    assert page.page.locator("#peers tbody tr").count() == 7
    assert page.errors == []


def test_search_visor_and_follow_a_finding_to_the_force_page(visit) -> None:
    page = visit("/findings")
    page.page.fill("#findings-query", "ViSOR")
    page.page.keyboard.press("Enter")
    page.page.wait_for_url("**/findings?q=ViSOR*")
    page.page.wait_for_selector(".search-results")
    text = page.text()
    assert "Public protection · Area for improvement" in text
    assert page.page.locator(".search-results mark", has_text="ViSOR").count() >= 3
    assert page.page.locator("abbr[title='Violent and Sex Offenders Register']").count() >= 1
    page.screenshot("findings-visor")
    first = page.page.locator(".search-results li", has_text="Area for improvement").first
    first.get_by_role("link", name="Staffordshire").click()
    page.page.wait_for_url("**/force/staffordshire#area-for-improvement-public-protection-*")
    target = page.page.locator(".targeted")
    target.wait_for(state="visible", timeout=15_000)
    assert "ViSOR" in target.inner_text()
    assert page.errors == []
