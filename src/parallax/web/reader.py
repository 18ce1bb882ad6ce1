"""What the pages and the API read from the store, with small caches keyed by each story's version.

A story's row carries a version that the store's writer raises whenever the story changes (an article
joined, another story merged in), so what is computed from a story (its line on the stories page, its
entities) is kept per ``(story id, version)`` and computed again only when that changes. The caches live
on the :class:`StoreReader` (one per app), never at module level.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from parallax.common.outlets import reader_outlet
from parallax.model import Annotation, Article, Entity, Report, Story
from parallax.store.entities import StoreEntities, resolve_store_entities
from parallax.store.schema import ArticleRow, StoryEventRow, StoryRow
from parallax.store.search import search

Fingerprint = tuple[int, int, int]
SortKey = Literal["recent", "size", "disputes"]
DISPUTE_KINDS = frozenset({"contradiction", "disagreement", "evolving"})
#: Hits read from each search (articles, claims) before they are folded into stories.
SEARCH_HITS = 200


@dataclass(frozen=True)
class StoryLine:
    """One story as the stories page lists it."""

    id: str
    title: str
    outlets: list[str]
    articles: int
    disputes: int
    updated: datetime
    version: int


@dataclass(frozen=True)
class _Computed:
    version: int
    line: StoryLine
    entities: list[Entity]


@dataclass
class StoredArticle:
    article: Article
    annotation: Annotation
    story_id: str | None


@dataclass(frozen=True)
class HistoryEvent:
    kind: str
    version: int
    article_id: str | None
    detail: str | None
    at: datetime


def _utc(moment: datetime) -> datetime:
    """The store writes UTC; SQLite gives the time back without its zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class StoreReader:
    """Read access to one store for the web app."""

    def __init__(self, engine: Engine, places: frozenset[str] = frozenset()) -> None:
        self.engine = engine
        self.places = places
        self._lock = threading.Lock()
        self._computed: dict[str, _Computed] = {}
        self._seen: Fingerprint | None = None  # the store's fingerprint when _computed was made
        self._entities: tuple[tuple[tuple[str, int], ...], StoreEntities] | None = None

    # ------------------------------------------------------------------ stories
    def fingerprint(self) -> Fingerprint:
        """Changes whenever the stories change, in three index look-ups: the writer records a history event
        for every change of a story's articles (the only time it rewrites a story), a merged-away story
        lowers the count, and every added article raises the largest article key."""
        with Session(self.engine) as session:
            events = session.scalar(select(func.max(StoryEventRow.pk)))
            stories = session.scalar(select(func.count(StoryRow.id)))
            articles = session.scalar(select(func.max(ArticleRow.pk)))
        return (int(events or 0), int(stories or 0), int(articles or 0))

    def _versions(self, session: Session) -> list[tuple[str, int, datetime]]:
        rows = session.execute(select(StoryRow.id, StoryRow.version, StoryRow.updated_at)).all()
        return [(r[0], r[1], _utc(r[2])) for r in rows]

    def _refresh(self) -> dict[str, _Computed]:
        """The computed line and entities of every story, computing only what changed."""
        fingerprint = self.fingerprint()
        with self._lock:
            if fingerprint == self._seen:
                return self._computed
        with Session(self.engine) as session:
            versions = self._versions(session)
            with self._lock:
                known = dict(self._computed)
            stale = [sid for sid, version, _ in versions if sid not in known or known[sid].version != version]
            for start in range(0, len(stale), 200):
                chunk = stale[start : start + 200]
                reports = {
                    row[0]: row[1]
                    for row in session.execute(
                        select(StoryRow.id, StoryRow.report).where(StoryRow.id.in_(chunk))
                    ).all()
                }
                outlets: dict[str, list[str]] = {}
                for story_id, outlet, source in session.execute(
                    select(ArticleRow.story_id, ArticleRow.outlet, ArticleRow.source)
                    .where(ArticleRow.story_id.in_(chunk))
                    .order_by(ArticleRow.pk)
                ):
                    name = reader_outlet(outlet, source)
                    if story_id is None:
                        continue
                    names = outlets.setdefault(story_id, [])
                    if name and name not in names:
                        names.append(name)
                updated = {sid: (version, at) for sid, version, at in versions}
                for story_id, report in reports.items():
                    story = Story.model_validate_json(report)
                    version, at = updated[story_id]
                    line = StoryLine(
                        id=story_id,
                        title=story.title,
                        outlets=outlets.get(story_id, []),
                        articles=len(story.article_ids),
                        disputes=sum(1 for c in story.comparisons if c.kind in DISPUTE_KINDS),
                        updated=at,
                        version=version,
                    )
                    known[story_id] = _Computed(version, line, story.entities)
        live = {sid for sid, _, _ in versions}
        current = {sid: c for sid, c in known.items() if sid in live}
        with self._lock:
            self._computed = current
            self._seen = fingerprint
        return current

    def stories(
        self, sort: SortKey = "recent", query: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[list[StoryLine], int]:
        """A page of stories (sorted, or in search order for a query) and how many there are in all."""
        lines = [c.line for c in self._refresh().values()]
        if query and query.strip():
            order = self.search_story_ids(query)
            by_id = {line.id: line for line in lines}
            lines = [by_id[sid] for sid in order if sid in by_id]
        elif sort == "size":
            lines.sort(key=lambda s: (-s.articles, -s.updated.timestamp(), s.id))
        elif sort == "disputes":
            lines.sort(key=lambda s: (-s.disputes, -s.updated.timestamp(), s.id))
        else:
            lines.sort(key=lambda s: (-s.updated.timestamp(), s.id))
        return lines[offset : offset + limit], len(lines)

    def search_story_ids(self, query: str) -> list[str]:
        """Stories whose articles (title, body) or claims contain every word of the query, best first."""
        found: list[str] = []
        kinds: tuple[Literal["article", "claim"], ...] = ("article", "claim")
        for kind in kinds:
            for hit in search(self.engine, query, kind=kind, limit=SEARCH_HITS):
                if hit.story_id and hit.story_id not in found:
                    found.append(hit.story_id)
        return found

    def story(self, story_id: str) -> Story | None:
        with Session(self.engine) as session:
            report = session.scalar(select(StoryRow.report).where(StoryRow.id == story_id))
        return Story.model_validate_json(report) if report is not None else None

    def story_line(self, story_id: str) -> StoryLine | None:
        computed = self._refresh().get(story_id)
        return computed.line if computed else None

    def story_report(self, story_id: str) -> Report | None:
        """The story with its articles, as the report view takes it: the articles' metadata from the
        store's columns, without their text (the story page links to each article's own page)."""
        story = self.story(story_id)
        if story is None:
            return None
        with Session(self.engine) as session:
            rows = session.execute(
                select(
                    ArticleRow.id,
                    ArticleRow.source,
                    ArticleRow.outlet,
                    ArticleRow.title,
                    ArticleRow.published,
                    ArticleRow.url,
                    ArticleRow.copy_of,
                ).where(ArticleRow.story_id == story_id)
            ).all()
        articles = {
            r.id: Article(
                id=r.id,
                source=r.source,
                outlet=r.outlet,
                title=r.title,
                published=r.published,
                url=r.url,
                copy_of=r.copy_of,
                text="",
            )
            for r in rows
        }
        ordered = [articles[i] for i in story.article_ids if i in articles]
        return Report(articles=ordered, stories=[story])

    def history(self, story_id: str) -> list[HistoryEvent]:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(StoryEventRow)
                .where(StoryEventRow.story_id == story_id)
                .order_by(StoryEventRow.at, StoryEventRow.pk)
            ).all()
            return [HistoryEvent(r.kind, r.version, r.article_id, r.detail, _utc(r.at)) for r in rows]

    # ------------------------------------------------------------------ articles
    def article(self, article_id: str) -> StoredArticle | None:
        with Session(self.engine) as session:
            row = session.execute(
                select(ArticleRow.record, ArticleRow.annotation, ArticleRow.story_id).where(
                    ArticleRow.id == article_id
                )
            ).first()
        if row is None:
            return None
        return StoredArticle(
            Article.model_validate_json(row[0]), Annotation.model_validate_json(row[1]), row[2]
        )

    def article_titles(self, article_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """Each article's title and outlet as shown (for lists of articles)."""
        if not article_ids:
            return {}
        with Session(self.engine) as session:
            rows = session.execute(
                select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.source).where(
                    ArticleRow.id.in_(list(article_ids))
                )
            ).all()
        return {r[0]: (r[1], reader_outlet(r[2], r[3])) for r in rows}

    # ------------------------------------------------------------------ entities
    def entities(self) -> StoreEntities:
        """The store's entities, resolved again only when a story changed."""
        computed = self._refresh()
        fingerprint = tuple(sorted((sid, c.version) for sid, c in computed.items()))
        with self._lock:
            cached = self._entities
        if cached is not None and cached[0] == fingerprint:
            return cached[1]
        resolved = resolve_store_entities(
            ((sid, computed[sid].entities) for sid, _ in fingerprint), places=self.places
        )
        with self._lock:
            self._entities = (fingerprint, resolved)
        return resolved

    def story_lines(self, story_ids: Sequence[str]) -> list[StoryLine]:
        computed = self._refresh()
        return [computed[s].line for s in story_ids if s in computed]
