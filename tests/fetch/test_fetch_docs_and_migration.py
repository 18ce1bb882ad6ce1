"""The fetch error codes are documented; the feed tables come with migration 0003 on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from parallax.fetch.errors import FETCH_ERRORS
from parallax.fetch.feeds import FeedCheck, FeedItem
from parallax.fetch.state import load_feed_state, save_feed_state
from parallax.store.db import current_revision, make_engine, upgrade

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_fetch_error_codes_are_documented() -> None:
    usage = (DOCS / "usage.md").read_text(encoding="utf-8")
    fetch = (DOCS / "fetch.md").read_text(encoding="utf-8")
    codes = {cls.code for cls in FETCH_ERRORS}
    assert len(codes) == len(FETCH_ERRORS)
    for code in codes:
        assert f"| {code} |" in usage, code
        assert f"`{code}`" in fetch, code


def test_feed_tables_added_to_a_store_with_data(store_url: str) -> None:
    engine = make_engine(store_url)
    upgrade(engine, "0002_claims_and_search")
    now = datetime(2026, 3, 3, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO stories (id, title, report, version, created_at, updated_at)"
                " VALUES ('s1', 'Invented', '{}', 1, :n, :n)"
            ),
            {"n": now},
        )
    upgrade(engine)
    assert current_revision(engine) == "0003_feeds"
    tables = set(inspect(engine).get_table_names())
    assert {"feeds", "feed_items", "stories", "articles"} <= tables
    with engine.connect() as connection:
        assert connection.execute(text("SELECT title FROM stories")).scalar_one() == "Invented"
    check = FeedCheck("http://wire.example/rss", title="Wire", etag='"e1"', last_modified=None)
    save_feed_state(engine, check, [FeedItem("urn:1", "http://wire.example/1")], complete=True)
    save_feed_state(
        engine,
        check,
        [FeedItem("urn:1", "http://wire.example/1"), FeedItem("urn:2", "http://wire.example/2")],
        complete=True,
    )
    state = load_feed_state(engine, "http://wire.example/rss")
    assert state.seen == {"urn:1", "urn:2"} and state.etag == '"e1"' and state.last_fetched is not None
    engine.dispose()
