"""Errors of fetching from the web, each with a stable code (the E6xx family, see docs/usage.md).

::

    FetchError (E600)                   the page could not be fetched (network error, timeout, retries spent)
     +-- RefusedAddressError (E601)     the host is, or resolves to, a private/loopback/link-local/... address
     +-- RobotsDisallowedError (E602)   the site's robots.txt disallows the address
     +-- HttpStatusError (E603)         the server answered with an error status (4xx, 5xx)
     +-- ResponseTooLargeError (E604)   the body is over the size limit
     +-- ContentTypeError (E605)        not HTML, XHTML, text or a feed
     +-- BadUrlError (E606)             not an http(s) address, or no host
     +-- TooManyRedirectsError (E607)   more redirects than the hop limit
     +-- FeedError (E608)               the feed cannot be read as RSS or Atom
"""

from __future__ import annotations

from parallax.errors import ParallaxError


class FetchError(ParallaxError):
    code = "E600"
    stage = "fetch"
    transient = True  # worth trying again on the next run


class RefusedAddressError(FetchError):
    code = "E601"
    transient = False


class RobotsDisallowedError(FetchError):
    code = "E602"
    transient = False


class HttpStatusError(FetchError):
    code = "E603"

    def __init__(self, status: int, source: str | None = None, detail: str = "") -> None:
        super().__init__(f"HTTP {status}{detail}", source)
        self.status = status
        # A client error (other than 408/429) will not change by asking again.
        self.transient = status >= 500 or status in (408, 429)


class ResponseTooLargeError(FetchError):
    code = "E604"
    transient = False


class ContentTypeError(FetchError):
    code = "E605"
    transient = False


class BadUrlError(FetchError):
    code = "E606"
    transient = False


class TooManyRedirectsError(FetchError):
    code = "E607"
    transient = False


class FeedError(FetchError):
    code = "E608"


FETCH_ERRORS: tuple[type[FetchError], ...] = (
    FetchError,
    RefusedAddressError,
    RobotsDisallowedError,
    HttpStatusError,
    ResponseTooLargeError,
    ContentTypeError,
    BadUrlError,
    TooManyRedirectsError,
    FeedError,
)
