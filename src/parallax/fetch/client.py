"""A polite HTTP client: guarded addresses, robots.txt, one request at a time per host, limits, retries.

:class:`PoliteClient` is synchronous, so it makes one request at a time; between two requests to the
same host it waits ``delay`` seconds (or the site's robots.txt ``Crawl-delay``, up to a cap). Redirects
are followed here, hop by hop, each hop checked like the first request (scheme, address, robots.txt).
Bodies are streamed and the reading stops as soon as they pass ``max_bytes``.
"""

from __future__ import annotations

import email.utils
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType

import httpx

from parallax.fetch.errors import (
    ContentTypeError,
    FetchError,
    HttpStatusError,
    ResponseTooLargeError,
    TooManyRedirectsError,
)
from parallax.fetch.guard import Resolver, check_url, checked_address, system_resolver
from parallax.fetch.robots import MAX_ROBOTS_BYTES, RobotsCache
from parallax.fetch.transport import PinnedTransport

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
    }
)
FETCHED_TYPES = PAGE_TYPES | FEED_TYPES
REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Network failures worth another try (a read timeout is not retried: the server is slow, not gone).
RETRY_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadError, httpx.RemoteProtocolError)


def default_user_agent() -> str:
    from parallax import __version__

    return f"Parallax/{__version__} (news coverage comparison; polite fetcher, honours robots.txt)"


@dataclass(frozen=True)
class FetchOptions:
    """How politely and how far Parallax fetches. The defaults are the command line's."""

    delay: float = 1.0  # seconds between two requests to one host
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two pieces of the answer
    total_timeout: float = 60.0  # for a whole answer
    max_bytes: int = 10_000_000
    retries: int = 3  # further tries after a network failure, 429 or 5xx
    backoff: float = 1.0  # the first retry waits this long, each next one twice as long
    max_wait: float = 60.0  # cap on a backoff and on a server's Retry-After
    max_crawl_delay: float = 30.0  # cap on a robots.txt Crawl-delay
    max_redirects: int = 5
    allow_private: bool = False
    respect_robots: bool = True
    user_agent: str = field(default_factory=default_user_agent)
    resolver: Resolver = system_resolver
    ca_file: str | None = None  # trust these certificate authorities instead of the usual ones


@dataclass
class Fetched:
    """An answer: the address it came from (after redirects), its status, headers and body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes = b""

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PoliteClient:
    """Fetches pages and feeds; use as a context manager (``with PoliteClient(options) as client``)."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """``transport`` replaces the pinned transport (tests: ``httpx.MockTransport``); the guard still
        checks every address before a request is handed to it."""
        self.options = options or FetchOptions()
        self._sleep = sleep
        self._clock = clock
        self._pins: dict[str, str] = {}
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self.requests = 0  # requests sent, robots.txt included
        o = self.options
        self._http = httpx.Client(
            transport=transport or PinnedTransport(self._pins, ca_file=o.ca_file),
            timeout=httpx.Timeout(
                connect=o.connect_timeout, read=o.read_timeout, write=o.read_timeout, pool=o.connect_timeout
            ),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": o.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self.robots = RobotsCache(self._fetch_robots, o.user_agent)

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def get(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        types: frozenset[str] | None = FETCHED_TYPES,
        max_bytes: int | None = None,
        robots: bool = True,
    ) -> Fetched:
        """GET ``url``, following redirects; a 304 is returned as it is. Raises FetchError subclasses.

        ``types``: the media types accepted (None: any); an answer without a Content-Type is accepted.
        """
        source = url
        current = check_url(url)
        for _hop in range(self.options.max_redirects + 1):
            answer = self._request(current, headers or {}, source, robots, types, max_bytes)
            location = answer.headers.get("location")
            if answer.status in REDIRECTS and location:
                current = check_url(current.join(location))
                continue
            if answer.status in REDIRECTS:
                raise HttpStatusError(answer.status, source, " (a redirect with no Location)")
            return answer
        raise TooManyRedirectsError(f"more than {self.options.max_redirects} redirects", source)

    def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        answer = self.get(url, types=None, max_bytes=MAX_ROBOTS_BYTES, robots=False)
        return answer.status, answer.content

    def _wait_turn(self, url: httpx.URL) -> None:
        host = _host(url)
        delay = self.options.delay
        if self.options.respect_robots:
            delay = max(delay, min(self.robots.crawl_delay(url), self.options.max_crawl_delay))
        last = self._last.get(host)
        if last is not None:
            wait = last + delay - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _request(
        self,
        url: httpx.URL,
        headers: Mapping[str, str],
        source: str,
        robots: bool,
        types: frozenset[str] | None,
        max_bytes: int | None,
    ) -> Fetched:
        o = self.options
        for attempt in range(o.retries + 1):
            # Checked on every try: the answer of the resolver may change, the pin follows the check.
            host = _host(url)
            self._pins[host] = checked_address(host, o.resolver, o.allow_private, source)
            if robots and o.respect_robots:
                self.robots.check(url, source)
            self._wait_turn(url)
            wait: float | None = None
            try:
                self.requests += 1
                with self._http.stream("GET", url, headers=dict(headers)) as response:
                    status = response.status_code
                    if status in RETRY_STATUSES and attempt < o.retries:
                        given = retry_after(response.headers.get("retry-after"))
                        wait = min(o.max_wait, given if given is not None else o.backoff * 2**attempt)
                    elif status in REDIRECTS or status == 304:
                        return Fetched(str(url), status, response.headers)
                    elif status >= 400:
                        raise HttpStatusError(status, source, _reason(response, str(url), source))
                    else:
                        _check_type(response, types, source)
                        content = self._read(response, max_bytes or o.max_bytes, source)
                        return Fetched(str(url), status, response.headers, content)
            except RETRY_ERRORS as exc:
                if _tls_failure(exc):  # a certificate that does not fit will not fit on the next try
                    failure = FetchError(f"TLS failed ({_describe(exc)})", source)
                    failure.transient = False
                    raise failure from exc
                if attempt == o.retries:
                    raise FetchError(f"{_describe(exc)} (after {attempt + 1} tries)", source) from exc
                wait = min(o.max_wait, o.backoff * 2**attempt)
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out ({_describe(exc)})", source) from exc
            except httpx.HTTPError as exc:
                raise FetchError(_describe(exc), source) from exc
            finally:
                self._last[host] = self._clock()
            if wait:
                self._sleep(wait)
        raise AssertionError("unreachable")

    def _read(self, response: httpx.Response, limit: int, source: str) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ResponseTooLargeError(
                f"response is {int(declared) / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit", source
            )
        started = self._clock()
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise ResponseTooLargeError(
                    f"response over the {limit / 1e6:g} MB limit; stopped reading", source
                )
            if self._clock() - started > self.options.total_timeout:
                raise FetchError(f"timed out (the answer took over {self.options.total_timeout:g} s)", source)
            chunks.append(chunk)
        return b"".join(chunks)


def _tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _host(url: httpx.URL) -> str:
    """The host as the connection sees it (an international name in its ASCII ``xn--`` form)."""
    return url.raw_host.decode("ascii").lower()


def _check_type(response: httpx.Response, types: frozenset[str] | None, source: str) -> None:
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if types is not None and media and media not in types:
        raise ContentTypeError(f"content type {media} is not a page or a feed; not fetched", source)


def _reason(response: httpx.Response, url: str, source: str) -> str:
    parts = [f" {response.reason_phrase}" if response.reason_phrase else ""]
    if url != source:
        parts.append(f" at {url}")
    return "".join(parts)


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
