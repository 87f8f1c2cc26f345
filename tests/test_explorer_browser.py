"""The explorer in headless Chromium: what a student sees and can do, by mouse and keyboard.

Uses Debian's ``chromium`` (``apt-get install chromium``; ``make test`` and ``.ci/run`` install
it). Without it these tests skip, except under CI (``CI`` set), where they fail. Screenshots
of the main pages land in ``tests/artifacts/``. Set ``IMKG_EXPLORER_URL`` to drive a server
that is already running instead of starting ``imkg serve``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOW_TO_GET_CHROMIUM = (
    "Chromium is not installed: install Debian's package with `apt-get install chromium` "
    "(or run `make browser`) to run the explorer's browser tests"
)
STARTUP_SECONDS = 180


def chromium_path() -> str:
    """Return the Chromium executable, or skip (fail under CI) when there is none."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(HOW_TO_GET_CHROMIUM)
    pytest.skip(HOW_TO_GET_CHROMIUM)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"imkg serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/concept/empowerment", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"imkg serve did not answer within {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def explorer_url(tmp_path_factory):
    """The base URL of an imkg server with the bundled corpus ingested."""
    if os.environ.get("IMKG_EXPLORER_URL"):
        yield os.environ["IMKG_EXPLORER_URL"].rstrip("/")
        return
    data_dir = tmp_path_factory.mktemp("explorer-serve")
    port = _free_port()
    log = data_dir / "serve.log"
    command = [
        str(Path(sys.executable).with_name("imkg")),  # the installed command, as users run it
        "serve",
        "--data-dir",
        str(data_dir / "data"),
        "--port",
        str(port),
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session, with a fresh profile."""
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, explorer_url):
    """A desktop-sized page whose relative URLs resolve against the server."""
    context = browser.new_context(base_url=explorer_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    refused: list[str] = []  # what the pages' own content security policy blocked
    opened.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else 0)
    yield opened
    context.close()
    assert not refused, f"the explorer broke its own content security policy: {refused}"


def shot(page, name: str) -> None:
    """Save a full-page screenshot as a test artifact."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_explorer_student_journey(page):
    from playwright.sync_api import expect

    page.goto("/")
    expect(page.locator("h1")).to_contain_text("Internal marketing")
    shot(page, "home")
    page.locator("#search-input").fill("empow")
    option = page.locator("#search-suggestions [role=option]").first
    expect(option).to_contain_text("empowerment")
    option.click()
    page.wait_for_url("**/concept/empowerment")
    expect(page.locator("#concept-label")).to_have_text("empowerment")
    expect(page.locator("#concept-definition")).not_to_be_empty()
    expect(page.locator("#mentions mark").first).to_be_visible()
    shot(page, "concept-empowerment")

    effect = page.locator("#influences-out ul.direct > li > a").first
    effect_label = effect.inner_text()
    effect.click()
    expect(page.locator("#concept-label")).to_have_text(effect_label)
    expect(page.locator("#influenced-by")).to_contain_text("empowerment")

    page.goto("/ask")
    page.locator("#ask-input").fill("What influences customer satisfaction?")
    page.locator("#ask-input").press("Enter")
    expect(page.locator("#ask-answer")).to_contain_text("service quality")
    expect(page.locator("#ask-sparql")).to_contain_text("SELECT")
    shot(page, "ask")

    page.goto("/console")
    page.locator("#example-cycle").click()
    expect(page.locator("#sparql-input")).to_have_value(
        page.locator("#example-cycle").get_attribute("data-query")
    )
    table = page.locator("#sparql-results table")
    expect(table.locator("tbody tr")).to_have_count(4)
    expect(table.locator("tbody tr").first).to_contain_text("energising")
    shot(page, "console")


def test_explorer_syllabus_check(page):
    """A curriculum designer pastes an outline, sees what it covers and misses, and follows a
    missed concept to its page."""
    from playwright.sync_api import expect

    page.goto("/coverage")
    page.locator("#coverage-text").fill(
        "Week 1: what internal marketing is.\nWeek 2: empowerment and motivated staff.\n"
        "We do not cover the four internal customer groups."
    )
    page.get_by_role("button", name="Check").click()
    result = page.locator("#coverage-result")
    expect(result.locator("h2")).to_contain_text("Covers")
    covered = page.locator("#group-Component ul.covered > li > a")
    for label in ("empowerment", "employee motivation"):
        expect(covered.filter(has_text=label)).to_have_count(1)
    expect(page.locator("#coverage-text")).to_have_value(re.compile("Week 2: empowerment"))
    shot(page, "coverage")
    page.locator("#group-Component .missed a", has_text="service quality").click()
    page.wait_for_url("**/concept/service-quality")
    expect(page.locator("#concept-label")).to_have_text("service quality")


def test_explorer_search_by_keyboard(page):
    from playwright.sync_api import expect

    page.goto("/")
    for _ in range(4):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-input":
            break
    assert page.evaluate("document.activeElement.id") == "search-input"
    page.keyboard.type("job sat")
    listbox = page.locator("#search-suggestions")
    expect(listbox).to_be_visible()
    expect(page.locator("#search-input")).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    active = page.locator("#search-input").get_attribute("aria-activedescendant")
    expect(page.locator(f"#{active}")).to_have_attribute("aria-selected", "true")
    expect(page.locator(f"#{active}")).to_contain_text("job satisfaction")
    page.keyboard.press("Enter")
    page.wait_for_url("**/concept/job-satisfaction")
    expect(page.locator("#concept-label")).to_have_text("job satisfaction")


def test_explorer_search_keeps_the_chosen_suggestion_when_late_suggestions_arrive(page):
    # A slow answer to an earlier keystroke re-renders the list after the reader has moved to
    # an option: the option stays chosen (it was lost before, and Enter ran a plain search).
    from playwright.sync_api import expect

    page.goto("/")
    page.locator("#search-input").type("job sat")
    expect(page.locator("#search-suggestions")).to_be_visible()
    page.locator("#search-input").press("ArrowDown")
    page.locator("#search-input").press("ArrowDown")
    chosen = page.locator("#search-input").get_attribute("aria-activedescendant")
    slug = page.locator(f"#{chosen}").get_attribute("data-slug")
    with page.expect_response(lambda r: "/explorer/suggest" in r.url):
        page.dispatch_event("#search-input", "input")  # the late answer: the list is rebuilt
    expect(page.locator("#search-input")).to_have_attribute("aria-activedescendant", chosen)
    expect(page.locator(f"#{chosen}")).to_have_attribute("aria-selected", "true")
    expect(page.locator(f"#{chosen}")).to_have_attribute("data-slug", slug)
    page.locator("#search-input").press("Enter")
    page.wait_for_url(f"**/concept/{slug}")


def test_explorer_diagrams_open_concepts(page):
    from playwright.sync_api import expect

    page.goto("/model")
    expect(page.locator("#causal-model")).to_be_visible()
    shot(page, "model")
    page.locator("#node-job-satisfaction").click()
    page.wait_for_url("**/concept/job-satisfaction")
    page.goto("/cycle")
    expect(page.locator("#cycle-diagram")).to_be_visible()
    shot(page, "cycle")
    page.goto("/groups")
    expect(page.locator("#groups-table thead th")).to_have_count(5)
    shot(page, "groups")


def test_explorer_runs_no_script_injected_into_a_page(browser, explorer_url):
    """A script that reached a page (through text that escaped escaping) is not run."""
    context = browser.new_context(base_url=explorer_url)
    opened = context.new_page()
    violations: list[str] = []
    opened.on("console", lambda m: violations.append(m.text) if "Content Security" in m.text else 0)
    opened.goto("/ask?q=what+is+empowerment")
    opened.evaluate(
        """() => { const s = document.createElement("script");
                   s.textContent = "window.injected = true"; document.body.append(s); }"""
    )
    opened.wait_for_timeout(200)
    injected = opened.evaluate("window.injected === true")
    context.close()
    assert not injected
    assert violations  # and the browser says why


def test_explorer_document_page_highlights_mentions(page):
    from playwright.sync_api import expect

    page.goto("/documents")
    page.locator("#documents a").first.click()
    expect(page.locator("#document-text mark").first).to_be_visible()
    shot(page, "document")


def test_explorer_on_a_phone(browser, explorer_url):
    from playwright.sync_api import expect

    context = browser.new_context(
        base_url=explorer_url,
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    phone = context.new_page()
    phone.goto("/groups")
    expect(phone.locator("#group-cards .group-card")).to_have_count(4)
    expect(phone.locator("#group-cards")).to_be_visible()
    expect(phone.locator("#groups-table")).to_be_hidden()
    with_a_table = "/document/04-components-and-model-of-internal-marketing"
    pages = (("/", "phone-home"), ("/concept/job-satisfaction", "phone-concept"),
             ("/groups", "phone-groups"), (with_a_table, "phone-document"))  # fmt: skip
    for url, name in pages:
        phone.goto(url)
        expect(phone.locator("#search-input")).to_be_visible()
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{url} scrolls sideways on a phone ({width}px wide)"
        shot(phone, name)
    context.close()


def test_explorer_model_picks_out_the_arrows_of_a_box(page):
    page.goto("/model")
    page.locator("#node-customer-orientation").focus()
    picked = page.eval_on_selector_all("#causal-model path.edge.picked", "es => es.map(e => e.id)")
    assert picked and all("customer-orientation" in edge for edge in picked)
    assert "edge-job-satisfaction--customer-orientation" in picked
    total = page.locator("#causal-model path.edge").count()
    assert len(picked) < total
    page.locator("#search-input").focus()  # leaving the box puts every arrow back
    assert page.locator("#causal-model path.edge.picked").count() == 0


def test_explorer_model_is_readable_on_a_phone(browser, explorer_url):
    context = browser.new_context(base_url=explorer_url, viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.goto("/model")
    scale = phone.evaluate(
        """() => { const svg = document.querySelector("#causal-model");
                   return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width; }"""
    )
    assert scale >= 0.99, f"the diagram is shrunk to {scale:.2f}: its labels are too small"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # only the box scrolls
    line = phone.locator("#causes-customer-satisfaction")
    assert line.bounding_box()["width"] <= 390 - 16
    shot(phone, "phone-model")
    context.close()


def test_explorer_passage_opens_in_its_document_and_leads_back(page):
    page.goto("/concept/empowerment")
    link = page.locator("#mentions ul.passages a.in-context").nth(2)
    target = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url("**/document/**")
    top = page.locator(f"#{target}").bounding_box()["y"]
    height = page.viewport_size["height"]
    assert 0.2 * height < top < 0.6 * height, "the lines before the mention are in view"
    page.locator("#back-to-concept").click()
    page.wait_for_url("**/concept/empowerment")


def test_explorer_pages_load_every_resource_they_ask_for(page):
    failed: list[str] = []
    page.on("console", lambda m: failed.append(m.text) if "Failed to load" in m.text else 0)
    for url in ("/", "/model", "/concept/empowerment", "/kind/Barrier"):
        page.goto(url)
        page.wait_for_load_state("networkidle")
    assert not failed, failed  # the browser's own /favicon.ico request among them


def test_explorer_reads_without_javascript(browser, explorer_url):
    from playwright.sync_api import expect

    context = browser.new_context(base_url=explorer_url, java_script_enabled=False)
    plain = context.new_page()
    plain.goto("/concept/job-satisfaction")
    expect(plain.locator("#influenced-by")).to_contain_text("empowerment")
    plain.goto("/console")
    plain.locator("#example-components").click()
    expect(plain.locator("#sparql-results table")).to_contain_text("empowerment")
    plain.goto("/ask?q=What+are+the+stages+of+the+internal+marketing+cycle%3F")
    expect(plain.locator("#ask-answer")).to_contain_text("energising")
    context.close()


# Every page a student can reach, and the states its script opens.
ACCESSIBILITY_PAGES = [
    "/",
    "/search?q=empowerment",
    "/kind/barriers",
    "/concept/empowerment",
    "/model",
    "/cycle",
    "/groups",
    "/ask?q=what+influences+job+satisfaction",
    "/console",
    "/documents",
    "/coverage",
]


def _axe_violations(page) -> list[str]:
    """The accessibility rules of axe-core (WCAG 2 A and AA, best practice) the page breaks."""
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    found = axe.run(page).response["violations"]
    return [f"{v['impact']} {v['id']}: {v['help']} ({v['nodes'][0]['html'][:120]})" for v in found]


def test_explorer_pages_break_no_accessibility_rule(page):
    """axe-core finds nothing on any page, nor with the suggestions open or a syllabus checked;
    the same check on a page with an unlabelled field and an image without text finds both."""
    from playwright.sync_api import expect

    broken = {}
    page.goto("/documents")
    paths = [*ACCESSIBILITY_PAGES, page.locator("#documents a").first.get_attribute("href")]
    for path in paths:
        page.goto(path)
        broken[path] = _axe_violations(page)
    page.goto("/")
    page.locator("#search-input").fill("job sat")
    expect(page.locator("#search-suggestions")).to_be_visible()
    broken["/ with suggestions"] = _axe_violations(page)
    page.goto("/coverage")
    page.locator("#coverage-text").fill("Week 1: empowerment and motivated staff.")
    page.get_by_role("button", name="Check").click()
    expect(page.locator("#coverage-result h2")).to_contain_text("Covers")
    broken["/coverage with a result"] = _axe_violations(page)
    assert {path: found for path, found in broken.items() if found} == {}
    page.set_content("<html><body><main><h1>x</h1><input><img src='x.png'></main></body></html>")
    assert {v.split()[1].rstrip(":") for v in _axe_violations(page)} >= {"label", "image-alt"}
