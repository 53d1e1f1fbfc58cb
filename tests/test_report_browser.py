"""The report in real headless Chromium (Playwright): filter, open a patient, select a verdict,
see its evidence marked; hostile note text never runs; nothing loads from outside the file.

Not skipped when the browser is missing: CI must install it (scripts/install-browser.sh).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_report import FOOTER, NOTES, RECORDS

from chartmatch.decide.spec import load_criteria
from chartmatch.report import write_report
from chartmatch.resources import PatternSet

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright's Python package: pip install -e '.[test]'", pytrace=False)
    if not CHROMIUM.exists():
        pytest.fail(f"the browser tests need Chromium at {CHROMIUM}: run `sudo bash scripts/install-browser.sh` "
                    "(Playwright's own browser download is not used)", pytrace=False)
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=ARGS, viewport={"width": 1440, "height": 900})
        yield context
        context.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(path, RECORDS, NOTES, **FOOTER, criteria=load_criteria(PatternSet.load()))  # items, descriptions
    return path


class Watch:
    """What the page did that it must not: console errors, page errors, dialogs, outside requests."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self.on_dialog)
        page.on("request", lambda r: self.requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)

    def on_dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self, page):
        assert page.evaluate("window.__pwned") is None, "a script from a note ran"
        assert not self.dialogs, f"a note's script opened a dialog: {self.dialogs}"
        assert not self.errors, f"console errors: {self.errors}"
        assert not self.requests, f"the report loaded from outside the file: {self.requests}"


@pytest.fixture
def page(browser, report):
    page = browser.new_page()
    watch = Watch(page)
    page.goto(report.as_uri())
    yield page, watch
    watch.check(page)
    page.close()


def visible_patients(page) -> list[str]:
    return page.locator("#patients tbody tr:visible th a").all_inner_texts()


def test_filter_open_patient_and_select_a_verdict(page):
    page, watch = page
    assert visible_patients(page) == ["P01", "P03", 'P02"><img src=x onerror=alert(3)>']
    page.get_by_label("Excluded").check()
    assert visible_patients(page) == ['P02"><img src=x onerror=alert(3)>']
    assert page.locator("#shown").inner_text() == "Showing 1 of 3 patients"
    page.get_by_label("Eligible").check()
    assert visible_patients(page) == ["P01"]

    # Open the patient from the keyboard: its id is a real link.
    page.locator("#patients a.open:visible").first.focus()
    page.keyboard.press("Enter")
    heading = page.locator("#patient-view h2")
    heading.wait_for()
    assert heading.inner_text() == "Patient P01"
    assert page.locator("#list-view").is_hidden()
    notes = page.locator(".note h4 .nid").all_inner_texts()
    assert notes == ["N2", "N1", "N0"]  # newest first

    # Click the HIV verdict: its span is marked, scrolled to and focused.
    page.locator(".crit-btn", has_text="hiv").click()
    assert page.locator(".crit-btn", has_text="hiv").get_attribute("aria-pressed") == "true"
    hits = page.locator("mark.hit")
    assert hits.count() == 1
    hit = hits.first
    assert hit.is_visible() and hit.evaluate("m => m === document.activeElement")
    assert "f-negated" in hit.get_attribute("class")
    assert hit.inner_text().startswith("HIV") and "negated" in hit.locator(".ev-tag").inner_text()
    box, viewport = hit.bounding_box(), page.viewport_size
    assert 0 <= box["y"] <= viewport["height"]
    assert "1 highlight" in page.locator(".status-line").inner_text()

    # A verdict with evidence in two notes marks both; another verdict replaces the marks.
    page.locator(".crit-btn", has_text="osteosarcoma_histology").click()
    assert page.locator("mark.hit").count() == 2
    assert page.locator(".crit-btn", has_text="hiv").get_attribute("aria-pressed") == "false"
    for flag in ("historical", "family", "hypothetical", "uncertain"):
        assert page.locator(f"mark.f-{flag}[data-ev]").count() == 1
    page.locator(".crit-btn", has_text="prior_checkpoint_inhibitor").click()
    page.screenshot(path=str(screenshot_path()))

    # One evidence item from the checklist.
    page.locator(".ev-btn", has_text="breast cancer").click()
    assert page.locator("mark.hit").count() == 1 and "f-family" in page.locator("mark.hit").get_attribute("class")

    # Back to the list (the filter is kept), then Escape from a patient goes back too.
    page.get_by_role("link", name="← All patients").click()
    page.locator("#list-view").wait_for()
    assert visible_patients(page) == ["P01"]
    page.get_by_label("All").check()
    page.locator("#patients tbody tr", has_text="P03").click()
    page.locator("#patient-view h2", has_text="P03").wait_for()
    page.keyboard.press("Escape")
    page.locator("#list-view").wait_for()
    watch.check(page)


def test_criterion_filter_and_search(page):
    page, _ = page
    hiv = page.locator("#f-crit option").filter(has_text=re.compile(r"(^|· )hiv$")).get_attribute("value")
    page.get_by_label("Criterion").select_option(value=hiv)
    page.get_by_label("Verdict").select_option(label="Excludes the patient")
    assert visible_patients(page) == ['P02"><img src=x onerror=alert(3)>']
    page.get_by_label("Verdict").select_option(label="not met")
    assert visible_patients(page) == ["P01"]
    page.get_by_role("button", name="Clear filters").click()
    page.get_by_label("Patient id").fill("p02")
    assert visible_patients(page) == ['P02"><img src=x onerror=alert(3)>']
    page.get_by_label("Patient id").fill("nobody")
    assert visible_patients(page) == [] and page.locator("#none").is_visible()


def test_hostile_note_shows_as_text_and_runs_nothing(page):
    page, watch = page
    page.locator("#patients tbody tr", has_text="P02").locator("a.open").click()
    page.locator("#patient-view h2").wait_for()
    text = page.locator(".note-text").inner_text()
    for shown in ("<script>window.__pwned = 1; alert(1)</script>", '<img src=x onerror="window.__pwned = 2; alert(2)">',
                  "</textarea> </script> <!-- <style>body{display:none}</style>", '<iframe src="https://evil.example/x"></iframe>'):
        assert shown in text
    assert page.locator("#patient-view script, #patient-view img, #patient-view iframe, #patient-view style").count() == 0
    assert page.locator("#patient-view h2").inner_text() == 'Patient P02"><img src=x onerror=alert(3)>'
    page.locator(".crit-btn", has_text="investigational_agent_4w").click()
    assert page.locator("mark.hit").inner_text().startswith("<script>window.__pwned = 1;")
    page.wait_for_timeout(200)  # give any injected handler the chance to fire
    watch.check(page)


def test_unlocated_evidence_is_shown_without_highlight(page):
    page, _ = page
    page.locator("#patients a.open", has_text="P03").click()
    page.locator("#patient-view h2").wait_for()
    unlocated = page.locator(".unlocated")
    assert unlocated.count() == 3
    assert "not highlighted: note N404 is not among the notes given" in unlocated.first.inner_text()
    page.locator(".crit-btn", has_text="prior_checkpoint_inhibitor").click()
    assert page.locator("mark.hit").count() == 1
    assert "2 evidence not found in the notes given" in page.locator(".status-line").inner_text()
    page.locator(".crit-btn", has_text="pulmonary_metastases").click()
    assert page.locator("mark.hit").count() == 0
    assert "no evidence could be highlighted" in page.locator(".status-line").inner_text()


def test_print_layout_hides_controls(page):
    page, _ = page
    page.emulate_media(media="print")
    assert page.locator("#filters").is_hidden()
    page.locator("#patients a.open", has_text="P01").click()
    page.locator("#patient-view h2").wait_for()
    assert page.locator(".pnav").is_hidden()
    assert page.locator(".checklist").evaluate("e => getComputedStyle(e).position") == "static"
    page.emulate_media(media="screen")


def test_opening_a_patient_by_url(browser, report):
    page = browser.new_page()
    watch = Watch(page)
    page.goto(report.as_uri() + "#p2")
    assert page.locator("#patient-view h2").inner_text() == "Patient P03"
    next_link = page.locator("[data-nav=next]")
    assert next_link.get_attribute("href") == "#p3"
    next_link.click()
    page.locator("#patient-view h2", has_text="P02").wait_for()
    assert page.locator("[data-nav=next]").get_attribute("aria-disabled") == "true"
    watch.check(page)
    page.close()


def screenshot_path() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / "report.png"

