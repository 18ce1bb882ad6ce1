"""robots.txt: read once per site and kept for the run (RFC 9309's reading of the answer).

* 200: the rules are parsed with :mod:`urllib.robotparser`;
* 4xx (none there, forbidden...): everything is allowed;
* 5xx, a network failure, or an answer that cannot be had: nothing on the site is fetched this run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

import httpx

from parallax.fetch.errors import FetchError, HttpStatusError, RobotsDisallowedError

# robots.txt is read up to this size (RFC 9309 asks crawlers to read at least 500 KiB).
MAX_ROBOTS_BYTES = 512_000


@dataclass
class SiteRules:
    parser: RobotFileParser
    note: str = ""  # why everything is disallowed, when it is


def rules_from_answer(status: int, content: bytes) -> SiteRules:
    """The rules for an answer to ``GET /robots.txt``."""
    if status >= 500:
        return _nothing_allowed(f"robots.txt answered HTTP {status}")
    parser = RobotFileParser()
    parser.parse([] if status >= 400 else content.decode("utf-8", errors="replace").splitlines())
    return SiteRules(parser)


def _nothing_allowed(note: str) -> SiteRules:
    parser = RobotFileParser()
    parser.parse(["User-agent: *", "Disallow: /"])
    return SiteRules(parser, note)


def robots_url(url: httpx.URL) -> str:
    return str(url.copy_with(path="/robots.txt", query=None, fragment=None))


class RobotsCache:
    """Each site's rules, fetched on first use through ``fetch`` (which returns the status and body)."""

    def __init__(self, fetch: Callable[[str], tuple[int, bytes]], user_agent: str) -> None:
        self._fetch = fetch
        self._agent = user_agent
        self._sites: dict[str, SiteRules] = {}

    def rules(self, url: httpx.URL) -> SiteRules:
        key = robots_url(url)
        if key not in self._sites:
            try:
                status, content = self._fetch(key)
                self._sites[key] = rules_from_answer(status, content)
            except HttpStatusError as exc:
                self._sites[key] = rules_from_answer(exc.status, b"")
            except FetchError as exc:
                self._sites[key] = _nothing_allowed(
                    f"robots.txt could not be read ({exc.message} [{exc.code}])"
                )
        return self._sites[key]

    def check(self, url: httpx.URL, source: str) -> None:
        """Raise RobotsDisallowedError when the site's robots.txt does not let Parallax fetch ``url``."""
        site = self.rules(url)
        if not site.parser.can_fetch(self._agent, str(url)):
            why = site.note or f"disallowed by {robots_url(url)}"
            raise RobotsDisallowedError(f"robots.txt: {why}; not fetched", source)

    def crawl_delay(self, url: httpx.URL) -> float:
        """The site's Crawl-delay for Parallax, in seconds (0 when none is set or robots.txt is not read yet)."""
        site = self._sites.get(robots_url(url))
        if site is None:
            return 0.0
        delay = site.parser.crawl_delay(self._agent)
        try:
            return max(0.0, float(delay)) if delay is not None else 0.0
        except (TypeError, ValueError):
            return 0.0
