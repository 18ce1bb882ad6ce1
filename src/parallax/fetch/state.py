"""Each feed's state in the store (tables ``feeds`` and ``feed_items``, migration ``0003_feeds``)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from parallax.fetch.feeds import FeedCheck, FeedItem
from parallax.store.db import for_writing, writer_lock
from parallax.store.schema import FeedItemRow, FeedRow


@dataclass
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_fetched: datetime | None = None
    seen: set[str] = field(default_factory=set)  # item ids already handled


def item_hash(item_id: str) -> str:
    return hashlib.sha256(item_id.encode("utf-8")).hexdigest()


def load_feed_state(engine: Engine, url: str) -> FeedState:
    """What the store knows of the feed at ``url`` (an empty state for a new feed)."""
    with Session(engine) as session:
        row = session.get(FeedRow, url)
        if row is None:
            return FeedState(url)
        seen = set(session.scalars(select(FeedItemRow.item_id).where(FeedItemRow.feed_url == url)))
        return FeedState(url, row.etag, row.last_modified, row.last_fetched, seen)


def save_feed_state(engine: Engine, check: FeedCheck, handled: Iterable[FeedItem], complete: bool) -> None:
    """Record a reading of a feed: the items handled, when it was read, and (when every new item was
    handled: ``complete``) its validators, so that the next run asks only for what changed since."""
    now = datetime.now(UTC)
    with Session(for_writing(engine)) as session, session.begin():
        writer_lock(session.connection())
        row = session.get(FeedRow, check.url)
        if row is None:
            row = FeedRow(url=check.url)
            session.add(row)
        row.last_fetched = now
        if check.title:
            row.title = check.title
        if complete and not check.not_modified:
            row.etag, row.last_modified = check.etag, check.last_modified
        session.flush()
        known = set(session.scalars(select(FeedItemRow.item_hash).where(FeedItemRow.feed_url == check.url)))
        for item in handled:
            digest = item_hash(item.key)
            if digest in known:
                continue
            known.add(digest)
            session.add(
                FeedItemRow(
                    feed_url=check.url, item_hash=digest, item_id=item.key, link=item.link, seen_at=now
                )
            )
