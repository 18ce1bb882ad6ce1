"""RSS and Atom feeds: read with feedparser, asked for conditionally, and only their new items kept.

The feed is fetched by :class:`~parallax.fetch.client.PoliteClient` (feedparser never opens a network
connection here: it is given the bytes), with ``If-None-Match`` / ``If-Modified-Since`` from the last
run; a 304 answer means nothing is new. An item is known by its id (``guid``/``id``), else its link.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from dataclasses import dataclass, field
from urllib.parse import urljoin

from parallax.fetch.client import FEED_TYPES, PAGE_TYPES, PoliteClient
from parallax.fetch.errors import BadUrlError, FeedError
from parallax.fetch.guard import check_url

# Feeds are sometimes served as HTML or plain text; feedparser decides.
FEED_ANSWER_TYPES = FEED_TYPES | PAGE_TYPES | {"application/json"}


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's id, else its link
    link: str


@dataclass
class FeedCheck:
    """One reading of a feed: its new items (not seen on an earlier run), and the validators to send next time."""

    url: str
    not_modified: bool = False
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    items: list[FeedItem] = field(default_factory=list)


def parse_feed(content: bytes, url: str) -> tuple[str | None, list[FeedItem]]:
    """The feed's title and items (in feed order, each once); FeedError when it is no RSS/Atom/JSON feed."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(content), response_headers={"content-location": url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        why = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(why).splitlines()[0]})" if why else ""
        raise FeedError(f"not an RSS or Atom feed{detail}", url)
    items: dict[str, FeedItem] = {}
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not link:
            continue
        try:
            link = str(check_url(urljoin(url, link)))
        except BadUrlError:  # a mailto: or javascript: link is no page
            continue
        key = str(entry.get("id") or link).strip()
        items.setdefault(key, FeedItem(key, link))
    title = parsed.feed.get("title") if hasattr(parsed, "feed") else None
    return (str(title) if title else None), list(items.values())


def read_feed(
    client: PoliteClient,
    url: str,
    seen: Collection[str] = (),
    etag: str | None = None,
    last_modified: str | None = None,
) -> FeedCheck:
    """Fetch the feed (conditionally when validators are given) and return its items not in ``seen``."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    answer = client.get(url, headers=headers, types=FEED_ANSWER_TYPES)
    if answer.status == 304:
        return FeedCheck(url, not_modified=True, etag=etag, last_modified=last_modified)
    title, items = parse_feed(answer.content, answer.url)
    return FeedCheck(
        url,
        title=title,
        etag=answer.headers.get("etag"),
        last_modified=answer.headers.get("last-modified"),
        items=[i for i in items if i.key not in seen],
    )
