"""A story whose analysis failed (``Story.failed``, E800) on the web app's story page: the reason, and the
articles still listed, as the terminal, Markdown and HTML reports show it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, delete, select
from sqlalchemy.orm import Session

from parallax.model import Story
from parallax.store.schema import ArticleRow, ClaimRow, StoryRow
from web.conftest import story_id_titled

REASON = "analysis failed: ValueError: a figure the comparison could not read [E800]"


def _copy(url: str, folder: Path) -> str:
    """A copy of the session's SQLite store (the read tests share the original)."""
    target = folder / "failed.db"
    with sqlite3.connect(url.removeprefix("sqlite:///")) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return f"sqlite:///{target}"


def _fail_story(url: str, story_id: str) -> list[str]:
    """Replace the stored report of ``story_id`` with the one a failed analysis leaves (its articles and
    the reason, nothing analysed); gives its article ids."""
    engine = create_engine(url)
    try:
        with Session(engine) as session, session.begin():
            row = session.get(StoryRow, story_id)
            assert row is not None
            old = Story.model_validate_json(row.report)
            assert old.claims, "the story had an analysis to lose"
            failed = Story(id=story_id, title=old.title, article_ids=old.article_ids, failed=REASON)
            row.report = failed.model_dump_json()
            session.execute(delete(ClaimRow).where(ClaimRow.story_id == story_id))
            stored = set(session.scalars(select(ArticleRow.id).where(ArticleRow.story_id == story_id)))
            assert stored == set(old.article_ids)
            return list(old.article_ids)
    finally:
        engine.dispose()


def test_story_page_shows_a_failed_story_with_its_reason_and_its_articles(
    sqlite_store: str, tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from parallax.web import create_app

    url = _copy(sqlite_store, tmp_path)
    with TestClient(create_app(url)) as client:
        story_id = story_id_titled(client, "bridge")
        before = client.get(f"/stories/{story_id}").text
        assert "Not analysed" not in before and 'id="compare"' in before
        article_ids = _fail_story(url, story_id)
    with TestClient(create_app(url)) as client:  # a new app: nothing cached from before
        page = client.get(f"/stories/{story_id}")
        assert page.status_code == 200
        html = page.text
        assert "Not analysed:" in html and REASON in html
        assert len(article_ids) == 5
        for article_id in article_ids:
            assert f'href="/articles/{article_id}"' in html, article_id
        # Nothing claims an analysis that did not happen; the history is still there.
        assert "No comparable claims found" not in html and 'id="compare"' not in html
        assert 'id="history"' in html and "story started" in html
        # The API gives the same story, reason included.
        story = client.get(f"/api/stories/{story_id}").json()
        assert story["failed"] == REASON and story["article_ids"] == article_ids and story["claims"] == []
