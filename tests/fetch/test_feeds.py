"""Feeds: RSS and Atom read with feedparser; the state kept in the store; the next run fetches only new items."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from fetch.site import Request, Site, atom, rss
from fetch.stories import bridge_page, ferry_page, library_page, orchard_page
from parallax.fetch.client import FetchOptions
from parallax.fetch.errors import FeedError
from parallax.fetch.feeds import parse_feed
from parallax.fetch.run import fetch_inputs
from parallax.fetch.state import load_feed_state
from parallax.store.db import open_engine

PAGES = {"/ferry": ferry_page, "/bridge": bridge_page, "/library": library_page, "/orchard": orchard_page}


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = open_engine(store_url)
    yield engine
    engine.dispose()


def _serve_pages(site: Site) -> None:
    for path, page in PAGES.items():
        site.page(path, page())


def _items(site: Site, paths: list[str]) -> list[tuple[str, str, str]]:
    return [(f"urn:invented:{p.strip('/')}", site.url(p), p.strip("/").title()) for p in paths]


def _conditional_feed(site: Site, path: str, body: str, etag: str) -> None:
    def serve(r: Request) -> None:
        if r.headers.get("If-None-Match") == etag:
            r.answer(304, "", b"", {"ETag": etag})
        else:
            r.answer(200, "application/rss+xml", body.encode("utf-8"), {"ETag": etag})

    site.routes[path] = serve


def test_rss_and_atom_items() -> None:
    items = [
        ("urn:a", "http://news.example/a", "A"),
        ("urn:b", "/b", "B"),
        ("urn:c", "mailto:desk@news.example", "C"),
    ]
    title, parsed = parse_feed(rss("Invented Wire", items).encode(), "http://news.example/feed.xml")
    assert title == "Invented Wire"
    assert [(i.key, i.link) for i in parsed] == [
        ("urn:a", "http://news.example/a"),
        ("urn:b", "http://news.example/b"),
    ]
    title, parsed = parse_feed(atom("Invented Atom", items[:2]).encode(), "http://news.example/atom.xml")
    assert title == "Invented Atom" and [i.key for i in parsed] == ["urn:a", "urn:b"]
    with pytest.raises(FeedError) as caught:
        parse_feed(b"<html><body><p>just a page</p></body></html>", "http://news.example/")
    assert caught.value.code == "E608"


def test_second_run_fetches_only_new_items_and_nothing_on_304(
    site: Site, local_options: FetchOptions, engine: Engine
) -> None:
    _serve_pages(site)
    feed = site.url("/feed.xml")
    site.page("/feed.xml", rss("Invented Wire", _items(site, ["/ferry", "/bridge"])), "application/rss+xml")
    first = fetch_inputs([], [feed], engine, local_options)
    assert sorted(d.url or "" for d in first.documents) == sorted([site.url("/ferry"), site.url("/bridge")])
    first.save(engine)
    assert load_feed_state(engine, feed).seen == {"urn:invented:ferry", "urn:invented:bridge"}

    site.hits.clear()
    site.page(
        "/feed.xml",
        rss("Invented Wire", _items(site, ["/library", "/ferry", "/bridge"])),
        "application/rss+xml",
    )
    second = fetch_inputs([], [feed], engine, local_options)
    assert [d.url for d in second.documents] == [site.url("/library")]
    assert set(site.paths()) == {"/robots.txt", "/feed.xml", "/library"}
    second.save(engine)

    # A feed that answers 304 to its ETag: nothing is fetched but the feed itself.
    body = rss("Invented Wire", _items(site, ["/orchard", "/library", "/ferry", "/bridge"]))
    _conditional_feed(site, "/feed.xml", body, '"v4"')
    third = fetch_inputs([], [feed], engine, local_options)
    assert [d.url for d in third.documents] == [site.url("/orchard")]
    third.save(engine)
    assert load_feed_state(engine, feed).etag == '"v4"'
    site.hits.clear()
    fourth = fetch_inputs([], [feed], engine, local_options)
    assert fourth.documents == [] and fourth.rejected == []
    assert fourth.feeds[0].check.not_modified
    assert site.paths() == ["/robots.txt", "/feed.xml"]
    assert site.hits[-1].headers.get("if-none-match") == '"v4"'


def test_atom_feed_with_last_modified(site: Site, local_options: FetchOptions, engine: Engine) -> None:
    _serve_pages(site)
    stamp = "Tue, 03 Mar 2026 09:00:00 GMT"
    body = atom("Invented Atom", _items(site, ["/bridge", "/orchard"])).encode()

    def serve(r: Request) -> None:
        if r.headers.get("If-Modified-Since") == stamp:
            r.answer(304, "", b"")
        else:
            r.answer(200, "application/atom+xml", body, {"Last-Modified": stamp})

    site.routes["/atom.xml"] = serve
    run = fetch_inputs([], [site.url("/atom.xml")], engine, local_options)
    assert len(run.documents) == 2
    run.save(engine)
    again = fetch_inputs([], [site.url("/atom.xml")], engine, local_options)
    assert again.documents == [] and again.feeds[0].check.not_modified
    assert site.hits[-1].headers.get("if-modified-since") == stamp


def test_an_item_that_failed_for_a_passing_reason_is_tried_again(
    site: Site, local_options: FetchOptions, engine: Engine
) -> None:
    _serve_pages(site)
    site.status("/library", 503)
    feed = site.url("/feed.xml")
    _conditional_feed(site, "/feed.xml", rss("Invented Wire", _items(site, ["/ferry", "/library"])), '"v1"')
    options = dataclasses.replace(local_options, retries=1)
    first = fetch_inputs([], [feed], engine, options)
    assert [d.url for d in first.documents] == [site.url("/ferry")]
    assert [(r.source, r.code) for r in first.rejected] == [(site.url("/library"), "E603")]
    first.save(engine)
    state = load_feed_state(engine, feed)
    assert state.seen == {"urn:invented:ferry"} and state.etag is None  # the validators wait for a full read
    site.page("/library", library_page())
    second = fetch_inputs([], [feed], engine, options)
    assert [d.url for d in second.documents] == [site.url("/library")]
    second.save(engine)
    assert load_feed_state(engine, feed).etag == '"v1"'


def test_a_feed_item_link_to_a_private_address_is_refused(engine: Engine) -> None:
    """A feed on a public host whose item points inside the network: that item is refused (E601), without
    a request, and counts as handled; the other is fetched."""
    import httpx

    from parallax.fetch.client import PoliteClient

    asked: list[str] = []
    feed_body = rss(
        "Invented Wire",
        [
            ("urn:x", "http://metadata.internal.example/latest", "X"),
            ("urn:y", "http://wire.example/bridge", "Y"),
        ],
    )

    def wire(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.path == "/feed.xml":
            return httpx.Response(200, headers={"Content-Type": "application/rss+xml"}, text=feed_body)
        if request.url.path == "/bridge":
            return httpx.Response(200, headers={"Content-Type": "text/html"}, text=bridge_page())
        return httpx.Response(404)

    addresses = {"wire.example": ["93.184.216.34"], "metadata.internal.example": ["169.254.169.254"]}
    client = PoliteClient(
        FetchOptions(delay=0, resolver=addresses.__getitem__), transport=httpx.MockTransport(wire)
    )
    with client:
        run = fetch_inputs([], ["http://wire.example/feed.xml"], engine, client=client)
    assert [(r.source, r.code) for r in run.rejected] == [("http://metadata.internal.example/latest", "E601")]
    assert [d.url for d in run.documents] == ["http://wire.example/bridge"]
    assert all(u.startswith("http://wire.example/") for u in asked)
    run.save(engine)
    assert load_feed_state(engine, "http://wire.example/feed.xml").seen == {"urn:x", "urn:y"}
