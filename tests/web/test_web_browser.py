"""The web app in Debian's headless Chromium (Playwright, no downloaded browser), served by uvicorn on a
free loopback port from a store holding the bundled example and a second story."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WIDTH = 390


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(sqlite_store: str) -> Iterator[str]:
    import uvicorn

    from parallax.web import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(sqlite_store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _no_sideways_scroll(page) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH, page.url


def test_search_open_a_story_and_follow_a_citation(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": WIDTH, "height": 844})
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("request", lambda req: requests.append(req.url))
        page.goto(base_url + "/")
        # The skip link is the first thing a keyboard reaches.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        assert page.locator("ol.stories li").count() == 2
        _no_sideways_scroll(page)
        # Search, then open the story found.
        page.fill("input[name=q]", "commuters cracks")
        page.press("input[name=q]", "Enter")
        page.wait_for_url(re.compile(r"q=commuters"))
        results = page.locator("ol.stories li a.title")
        assert results.count() == 1 and "bridge" in results.first.inner_text().casefold()
        _no_sideways_scroll(page)
        results.first.click()
        page.wait_for_url(re.compile(r"/stories/"))
        assert page.locator("h1").inner_text().startswith("Harbour bridge")
        assert page.locator("table.overview").first.is_visible()
        assert page.locator(".point.contradiction, .point.disagreement").count() >= 1
        _no_sideways_scroll(page)
        for cite in page.locator("a.cite").all()[:40]:
            label = cite.get_attribute("aria-label") or ""
            assert cite.get_attribute("title") == label and re.fullmatch(r"\[\d+\] \S.*", label), label
        # Follow a citation of a dispute to its sentence on the article page.
        link = page.locator(".point.contradiction a.cite, .point.disagreement a.cite").first
        href = link.get_attribute("href") or ""
        anchor = href.split("#")[1]
        link.click()
        page.wait_for_url(re.compile(r"/articles/"))
        assert page.evaluate("location.hash") == "#" + anchor
        target = page.locator("mark.claim:target")
        assert target.count() == 1 and target.get_attribute("id") == anchor
        assert target.inner_text().strip()
        assert target.is_visible()
        assert page.evaluate(
            "(() => { const r = document.querySelector(':target').getBoundingClientRect();"
            " return r.top >= 0 && r.top < window.innerHeight; })()"
        )
        assert target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
        _no_sideways_scroll(page)
        browser.close()
    assert errors == []
    assert requests and all(url.startswith(base_url + "/") for url in requests)


def test_hostile_article_text_is_shown_never_run(base_url: str) -> None:
    import httpx
    from playwright.sync_api import sync_playwright

    stories = httpx.get(base_url + "/api/stories").json()["stories"]
    story_id = next(s["id"] for s in stories if "vellmoor" in s["title"].casefold())
    articles = httpx.get(f"{base_url}/api/stories/{story_id}").json()["article_ids"]
    errors: list[str] = []
    shown = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": WIDTH, "height": 844})
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        entity = httpx.get(base_url + "/api/entities", params={"q": "Kovalenco"}).json()["entities"][0]
        pages = ["/", f"/stories/{story_id}", *(f"/articles/{a}" for a in articles)]
        for path in [*pages, "/entities", f"/entities/{entity['id']}"]:
            page.goto(base_url + path)
            assert page.evaluate("window.__pwned === undefined"), path
            _no_sideways_scroll(page)
            shown += page.get_by_text('<img src=x onerror="window.__pwned = 2">', exact=False).count()
            shown += page.get_by_text("<script>window.__pwned = 1</script>", exact=False).count()
        assert shown >= 2  # the markup is there, as text
        browser.close()
    assert errors == []
