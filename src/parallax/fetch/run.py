"""What ``parallax add`` fetches: web addresses given on the command line and the new items of feeds.

:func:`fetch_inputs` fetches every page (each failure one :class:`~parallax.model.Rejected` record with
its E6xx code; the run goes on) and returns the documents, which ``add`` cleans with the files. Only after
they are stored does :meth:`FetchRun.save` record the feeds' state, so a run that is killed fetches the
same items again next time (and the store, keyed by content, keeps each article once). An item whose page
could not be had for a passing reason (network, 5xx, 429) is not marked as seen, and its feed's validators
are not kept, so the next run tries it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Engine

from parallax.errors import ParallaxError
from parallax.fetch.client import FetchOptions, PoliteClient
from parallax.fetch.errors import FetchError
from parallax.fetch.feeds import FeedCheck, FeedItem, read_feed
from parallax.fetch.page import fetch_page
from parallax.fetch.state import load_feed_state, save_feed_state
from parallax.model import Document, Rejected
from parallax.pipeline import Progress


def is_url(value: str) -> bool:
    """Whether a command-line input is a web address (``scheme://``) rather than a path."""
    head, sep, _ = value.partition("://")
    return bool(sep) and head.isalpha()


def split_inputs(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """(web addresses, paths), each in the order given; a repeated address is kept once."""
    urls: dict[str, None] = {}
    paths: list[str] = []
    for value in inputs:
        if is_url(value):
            urls.setdefault(value, None)
        else:
            paths.append(value)
    return list(urls), paths


@dataclass
class FeedOutcome:
    check: FeedCheck
    handled: list[FeedItem] = field(default_factory=list)
    pending: int = 0  # new items to try again next run


@dataclass
class FetchRun:
    documents: list[Document] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    feeds: list[FeedOutcome] = field(default_factory=list)
    requests: int = 0

    def save(self, engine: Engine) -> None:
        """Record each feed's state (call after the documents are stored)."""
        for outcome in self.feeds:
            save_feed_state(engine, outcome.check, outcome.handled, complete=outcome.pending == 0)

    def summary(self) -> str:
        items = sum(len(o.check.items) for o in self.feeds)
        unchanged = sum(1 for o in self.feeds if o.check.not_modified)
        from parallax.render.view import plural

        line = f"fetched {plural(len(self.documents), 'page')}"
        if self.feeds:
            line += f"; {plural(len(self.feeds), 'feed')}: {plural(items, 'new item')}, {unchanged} unchanged"
        return line


def shown_url(url: str) -> str:
    """``url`` as messages show it: a user name and password written into the address are replaced by '***'."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


def _rejected(exc: ParallaxError, source: str) -> Rejected:
    return Rejected(source=shown_url(source), stage=exc.stage, reason=exc.message, code=exc.code)


def fetch_inputs(
    urls: Sequence[str],
    feeds: Sequence[str],
    engine: Engine | None,
    options: FetchOptions | None = None,
    progress: Progress | None = None,
    client: PoliteClient | None = None,
) -> FetchRun:
    """Fetch the pages at ``urls`` and the new items of ``feeds`` (their state read from ``engine``)."""
    run = FetchRun()
    feeds = list(dict.fromkeys(feeds))
    own = client is None
    client = client or PoliteClient(options)
    total = len(urls) + len(feeds)
    fetched: set[str] = set()

    def tick() -> None:
        if progress is not None:
            progress("fetch", 1, total)

    def page(url: str) -> bool:
        """Fetch one page; False when it failed for a passing reason (worth trying again)."""
        if url in fetched:
            return True
        fetched.add(url)
        try:
            run.documents.append(fetch_page(client, url))
        except FetchError as exc:
            run.rejected.append(_rejected(exc, url))
            return not exc.transient
        except ParallaxError as exc:  # an empty or binary body
            run.rejected.append(_rejected(exc, url))
        except Exception as exc:  # one bad page never kills a run
            reason = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
            run.rejected.append(Rejected(source=shown_url(url), stage="fetch", reason=reason, code="E600"))
        return True

    try:
        for url in urls:
            page(url)
            tick()
        for feed_url in feeds:
            state = load_feed_state(engine, feed_url) if engine is not None else None
            try:
                check = read_feed(
                    client,
                    feed_url,
                    state.seen if state else (),
                    state.etag if state else None,
                    state.last_modified if state else None,
                )
            except ParallaxError as exc:
                run.rejected.append(_rejected(exc, feed_url))
                tick()
                continue
            except Exception as exc:  # a feed that breaks the parser must not stop the other inputs
                reason = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
                run.rejected.append(
                    Rejected(source=shown_url(feed_url), stage="fetch", reason=reason, code="E608")
                )
                tick()
                continue
            outcome = FeedOutcome(check)
            total += len(check.items)
            tick()
            for item in check.items:
                if page(item.link):
                    outcome.handled.append(item)
                else:
                    outcome.pending += 1
                tick()
            run.feeds.append(outcome)
    finally:
        run.requests = client.requests
        if own:
            client.close()
    return run
