"""The polite client against the local site: robots.txt, redirects, timeouts, size limit, retries, delay."""

from __future__ import annotations

import dataclasses
import time

import pytest

from fetch.site import Request, Site
from parallax import __version__
from parallax.fetch.client import FetchOptions, PoliteClient, retry_after
from parallax.fetch.errors import (
    ContentTypeError,
    FetchError,
    HttpStatusError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    TooManyRedirectsError,
)


def _with(options: FetchOptions, **changes: object) -> FetchOptions:
    return dataclasses.replace(options, **changes)  # type: ignore[arg-type]


def test_user_agent_names_parallax_and_its_version(site: Site, local_options: FetchOptions) -> None:
    site.page("/a", "<p>a</p>")
    with PoliteClient(local_options) as client:
        client.get(site.url("/a"))
    agents = {h.headers["user-agent"] for h in site.hits}
    assert len(agents) == 1 and agents.pop().startswith(f"Parallax/{__version__} ")


def test_robots_disallow_is_honoured_and_robots_read_once(site: Site, local_options: FetchOptions) -> None:
    site.page("/robots.txt", "User-agent: *\nDisallow: /members/\n", content_type="text/plain")
    site.page("/members/list", "<p>secret</p>")
    site.page("/open/a", "<p>a</p>")
    site.page("/open/b", "<p>b</p>")
    with PoliteClient(local_options) as client:
        assert client.get(site.url("/open/a")).status == 200
        with pytest.raises(RobotsDisallowedError) as caught:
            client.get(site.url("/members/list"))
        assert client.get(site.url("/open/b")).status == 200
    assert caught.value.code == "E602" and "robots.txt" in caught.value.message
    assert site.paths().count("/robots.txt") == 1
    assert "/members/list" not in site.paths()


def test_robots_for_parallax_only(site: Site, local_options: FetchOptions) -> None:
    site.page(
        "/robots.txt",
        "User-agent: Parallax\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
        content_type="text/plain",
    )
    site.page("/a", "<p>a</p>")
    with PoliteClient(local_options) as client, pytest.raises(RobotsDisallowedError):
        client.get(site.url("/a"))
    assert "/a" not in site.paths()


def test_robots_answering_5xx_means_nothing_is_fetched(site: Site, local_options: FetchOptions) -> None:
    site.status("/robots.txt", 500)
    site.page("/a", "<p>a</p>")
    with (
        PoliteClient(_with(local_options, retries=0)) as client,
        pytest.raises(RobotsDisallowedError, match="500"),
    ):
        client.get(site.url("/a"))
    assert "/a" not in site.paths()


def test_redirects_are_followed_hop_by_hop(site: Site, local_options: FetchOptions) -> None:
    site.redirect("/old", "/middle", 301)
    site.redirect("/middle", site.url("/new"), 302)
    site.page("/new", "<p>moved</p>")
    site.redirect("/loop", "/loop")
    with PoliteClient(local_options) as client:
        answer = client.get(site.url("/old"))
        assert answer.url == site.url("/new") and answer.content == b"<p>moved</p>"
        with pytest.raises(TooManyRedirectsError) as caught:
            client.get(site.url("/loop"))
    assert caught.value.code == "E607"
    assert site.paths().count("/loop") == local_options.max_redirects + 1


def test_a_slow_server_times_out(site: Site, local_options: FetchOptions) -> None:
    site.slow("/slow", 3.0, "<p>late</p>")
    started = time.monotonic()
    with PoliteClient(_with(local_options, read_timeout=0.3)) as client, pytest.raises(FetchError) as caught:
        client.get(site.url("/slow"))
    assert caught.value.code == "E600" and "timed out" in caught.value.message
    assert time.monotonic() - started < 2.0


def test_an_oversize_body_is_not_read_whole(site: Site, local_options: FetchOptions) -> None:
    site.endless("/huge")
    site.endless("/declared", declare=500_000_000)
    limit = 200_000
    with PoliteClient(_with(local_options, max_bytes=limit)) as client:
        with pytest.raises(ResponseTooLargeError) as caught:
            client.get(site.url("/huge"))
        assert caught.value.code == "E604" and "limit" in caught.value.message
        with pytest.raises(ResponseTooLargeError, match=r"500\.0 MB"):
            client.get(site.url("/declared"))
    time.sleep(0.3)
    # The client stopped reading: the server could send only what the socket buffers hold, not 200 MB.
    assert site.sent["/huge"] < 20_000_000


def test_429_then_200_waits_as_asked(site: Site, local_options: FetchOptions) -> None:
    def busy(r: Request) -> None:
        r.answer(429, "text/plain", b"slow down", {"Retry-After": "2"})

    def fine(r: Request) -> None:
        r.answer(200, "text/html", b"<p>ok</p>")

    site.sequence("/busy", [busy, fine])
    waits: list[float] = []
    with PoliteClient(local_options, sleep=waits.append) as client:
        answer = client.get(site.url("/busy"))
    assert answer.status == 200 and site.paths().count("/busy") == 2
    assert 2.0 in waits  # Retry-After honoured


def test_retry_after_is_capped_and_5xx_retried_with_backoff(site: Site, local_options: FetchOptions) -> None:
    site.status("/limited", 429, **{"Retry-After": "86400"})
    site.status("/down", 503)
    waits: list[float] = []
    options = _with(local_options, retries=3, backoff=0.5, max_wait=7.0)
    with PoliteClient(options, sleep=waits.append) as client:
        with pytest.raises(HttpStatusError) as caught:
            client.get(site.url("/limited"))
        assert caught.value.code == "E603" and caught.value.status == 429
        assert waits == [7.0, 7.0, 7.0]
        waits.clear()
        with pytest.raises(HttpStatusError, match="503"):
            client.get(site.url("/down"))
    assert waits == [0.5, 1.0, 2.0]  # exponential backoff
    assert site.paths().count("/down") == 4


def test_404_is_not_retried(site: Site, local_options: FetchOptions) -> None:
    with PoliteClient(local_options) as client, pytest.raises(HttpStatusError, match="404") as caught:
        client.get(site.url("/missing"))
    assert not caught.value.transient
    assert site.paths().count("/missing") == 1


def test_connection_errors_are_retried(local_options: FetchOptions) -> None:
    import socket

    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    options = _with(local_options, retries=2, respect_robots=False)
    with (
        PoliteClient(options, sleep=waits.append) as client,
        pytest.raises(FetchError, match="after 3 tries") as caught,
    ):
        client.get(f"http://127.0.0.1:{port}/a")
    assert caught.value.code == "E600" and len(waits) == 2


def test_only_pages_and_feeds(site: Site, local_options: FetchOptions) -> None:
    site.page("/photo.png", "\x89PNG", content_type="image/png")
    with PoliteClient(local_options) as client, pytest.raises(ContentTypeError) as caught:
        client.get(site.url("/photo.png"))
    assert caught.value.code == "E605" and "image/png" in caught.value.message


def test_one_host_is_asked_with_a_delay_between_requests(site: Site, local_options: FetchOptions) -> None:
    site.page("/a", "<p>a</p>")
    site.page("/b", "<p>b</p>")
    waits: list[float] = []
    with PoliteClient(_with(local_options, delay=5.0), sleep=waits.append) as client:
        client.get(site.url("/a"))
        client.get(site.url("/b"))
    # robots.txt, /a and /b: two waits of (nearly) the whole delay, the local answers being instant.
    assert len(waits) == 2 and all(4.0 < w <= 5.0 for w in waits)


def test_robots_crawl_delay_is_followed_up_to_a_cap(site: Site, local_options: FetchOptions) -> None:
    site.page("/robots.txt", "User-agent: *\nCrawl-delay: 12\n", content_type="text/plain")
    site.page("/a", "<p>a</p>")
    waits: list[float] = []
    with PoliteClient(_with(local_options, max_crawl_delay=9.0), sleep=waits.append) as client:
        client.get(site.url("/a"))
    assert len(waits) == 1 and 8.0 < waits[0] <= 9.0


def test_retry_after_dates() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 3, 3, 8, 0, 0, tzinfo=UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Tue, 03 Mar 2026 08:00:30 GMT", now) == 30.0
    assert retry_after("soon") is None and retry_after(None) is None
