"""The HTML report in Debian's headless Chromium, driven by Playwright (no downloaded browser)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from parallax.pipeline import analyze
from parallax.render import render_html

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def test_report_in_chromium(tmp_path: Path, seed_paths: list[Path]) -> None:
    from playwright.sync_api import sync_playwright

    evil = tmp_path / "evil.txt"
    evil.write_text(
        "Harbour bridge reopens after repairs\n\n"
        "The harbour bridge reopened on Monday after repairs that took 14 weeks, the council said. "
        '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n\n'
        '"It was worth the wait," said council chair Tomas Varga, adding that 30,000 cars cross it every day.\n',
        encoding="utf-8",
    )
    report = analyze([*seed_paths, evil])
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(report), encoding="utf-8")
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("request", lambda req: requests.append(req.url))
        page.goto(page_file.as_uri())
        # The skip link is the first thing a keyboard reaches.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        # The comparison comes first and shows the dispute.
        assert page.locator(".point.contradiction").count() >= 1
        first_heading = page.locator("h3").first.inner_text()
        assert first_heading == "Comparison"
        # Follow a citation link to its highlighted sentence.
        link = page.locator(".point.contradiction a.cite").first
        target = link.get_attribute("href")
        assert target and target.startswith("#")
        link.click()
        assert page.evaluate("location.hash") == target
        highlighted = page.locator("mark.claim:target")
        assert highlighted.count() == 1 and highlighted.inner_text().strip()
        assert highlighted.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
        # The overview table of measures shows, and every citation link names its outlet.
        overview = page.locator("table.overview")
        assert overview.count() >= 1 and overview.first.is_visible()
        assert overview.first.locator("tbody tr").count() >= 1
        for cite in page.locator("a.cite").all()[:40]:
            label = cite.get_attribute("aria-label") or ""
            assert cite.get_attribute("title") and re.search(r"\[\d+\] \S", label), label
        # Nothing scrolls sideways on a 390 px screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        # Article text with HTML is shown as text, never run.
        assert page.evaluate("window.__pwned === undefined")
        assert page.get_by_text("<script>window.__pwned = 1</script>", exact=False).count() >= 1
        browser.close()
    assert errors == []
    assert all(url.startswith("file://") for url in requests)
