"""The bundled example's report on a phone-sized screen in Debian's Chromium: the overview is read without any
sideways scrolling (one card per measure, each value named by its outlet), and every point shows its figure."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from parallax.pipeline import analyze
from parallax.render import render_html

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def test_overview_reads_on_a_phone_without_scrolling(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    example = Path(str(resources.files("parallax") / "examples" / "harbour-bridge"))
    report = analyze(sorted(p for p in example.iterdir() if p.suffix != ".md"))
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(report), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(page_file.as_uri())
        wrap = page.locator(".table-wrap").first
        assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth")  # nothing hidden to the side
        cell = page.locator("table.overview td:not(.empty)").first
        label = cell.evaluate("e => getComputedStyle(e, '::before').content")
        assert "[" in label and "]" in label  # each value is named by its outlet
        box = cell.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 390
        assert page.locator("table.overview td.empty").first.is_hidden()
        # The timeline's events keep the width of the screen (the date goes above the event).
        event = page.locator("table.timeline td:nth-child(2)").first
        event_box = event.bounding_box()
        assert event_box is not None and event_box["width"] >= 300
        # Every figure point marks its figure in the sentences it quotes.
        assert page.locator(".point.disagreement strong.figure").count() >= 2
        wide = browser.new_page(viewport={"width": 1280, "height": 900})
        wide.goto(page_file.as_uri())
        assert wide.locator("table.overview thead").first.is_visible()
        browser.close()
