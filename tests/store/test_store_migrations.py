"""A store made with the first schema is upgraded to the last with its data intact (and now searchable)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from parallax.config import Settings
from parallax.model import Annotation, Article
from parallax.store.db import current_revision, make_engine, upgrade
from parallax.store.incremental import body_key, content_key
from parallax.store.schema import ArticleRow, ClaimRow, StoryRow
from parallax.store.search import search
from parallax.store.writer import check_consistency

FIRST = "0001_articles_and_stories"


def test_upgrade_from_the_first_migration_keeps_the_data(
    store_url: str, written_annotated: tuple[list[Article], list[Annotation]]
) -> None:
    from parallax.story.build import build_stories

    articles, annotations = written_annotated
    ferry = [(a, n) for a, n in zip(articles, annotations, strict=True) if a.id.startswith("ferry")]
    (story,) = build_stories([a for a, _ in ferry], [n for _, n in ferry], Settings())
    story = story.model_copy(update={"id": "s1"})
    assert story.claims
    engine = make_engine(store_url)
    upgrade(engine, FIRST)
    assert current_revision(engine) == FIRST
    now = datetime(2026, 3, 3, tzinfo=UTC)
    # Rows as the first schema's code wrote them (plain SQL: the models describe the latest schema).
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO stories (id, title, report, version, created_at, updated_at) VALUES (:i, :t, :r, 1, :n, :n)"
            ),
            {"i": "s1", "t": story.title, "r": story.model_dump_json(), "n": now},
        )
        for article, annotation in ferry:
            connection.execute(
                text(
                    "INSERT INTO articles (id, content_key, body_key, source, outlet, title, published, url, text,"
                    " copy_of, record, annotation, features, story_id, added_at) VALUES (:id, :ck, :bk, :source,"
                    " :outlet, :title, :published, NULL, :text, NULL, :record, :annotation, '{}', 's1', :n)"
                ),
                {
                    "id": article.id,
                    "ck": content_key(article),
                    "bk": body_key(article.text),
                    "source": article.source,
                    "outlet": article.outlet,
                    "title": article.title,
                    "published": article.published,
                    "text": article.text,
                    "record": article.model_dump_json(),
                    "annotation": annotation.model_dump_json(),
                    "n": now,
                },
            )
    upgrade(engine)
    assert current_revision(engine) == "0003_feeds"  # the latest
    with Session(engine) as session:
        rows = {r.id: r for r in session.query(ArticleRow)}
        assert set(rows) == {a.id for a, _ in ferry}
        for article, annotation in ferry:
            assert Article.model_validate_json(rows[article.id].record) == article
            assert Annotation.model_validate_json(rows[article.id].annotation) == annotation
        stored = session.get(StoryRow, "s1")
        assert stored is not None and json.loads(stored.report) == json.loads(story.model_dump_json())
        claims = session.query(ClaimRow).all()
        assert sorted(c.id for c in claims) == sorted(c.id for c in story.claims)  # copied out of the report
    assert check_consistency(engine) == []
    # The rows written before the search tables existed are indexed.
    assert {h.article_id for h in search(engine, "Gullwing")} == {a.id for a, _ in ferry}
    assert search(engine, "coastguard rescue", kind="claim")
    engine.dispose()


def test_a_new_store_is_migrated_in_one_transaction(store_url: str) -> None:
    """Every migration of a new store commits at once: another process opening the same new store never
    sees a half-migrated schema (it would run the next migration again: "table ... already exists")."""
    from sqlalchemy import event

    engine = make_engine(store_url)
    commits: list[str | None] = []

    def on_commit(connection: object) -> None:
        commits.append("commit")

    event.listen(engine, "commit", on_commit)
    upgrade(engine)
    event.remove(engine, "commit", on_commit)
    assert current_revision(engine) is not None
    assert len(commits) == 1
    engine.dispose()
