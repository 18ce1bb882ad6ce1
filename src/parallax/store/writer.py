"""Every write to the store goes through :class:`StoreWriter`.

Two kinds of write, each one transaction under the store's write lock (``BEGIN IMMEDIATE`` on SQLite,
an advisory lock on PostgreSQL), retried with backoff when the database is busy:

* :meth:`StoreWriter.add_article` commits one article whole (its record, annotation and grouping
  features) or not at all. It arrives *pending*: in no story yet.
* :meth:`StoreWriter.settle` puts every pending article into a story: it groups the whole store again
  (the grouping step of ``build_stories``), analyses again only the stories whose articles changed
  (``build_story``), and writes them, their claims and their history in one transaction.

A run killed between the two leaves committed pending articles; the next run's first settle places
them. So after any crash every article is stored once and every story is consistent
(:func:`check_consistency`).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, defer

from parallax.config import Settings
from parallax.model import Annotation, Article, Story
from parallax.store.db import for_writing, is_busy, writer_lock
from parallax.store.incremental import body_key, content_key, continue_stories, store_id
from parallax.store.schema import ArticleRow, ClaimRow, StoryEventRow, StoryRow

if TYPE_CHECKING:
    from spacy.language import Language

    from parallax.story.build import StoryJob

log = logging.getLogger(__name__)
T = TypeVar("T")
RETRIES = 8
# PostgreSQL: serialization failure, deadlock, lock not available.
_PG_RETRY_CODES = frozenset({"40001", "40P01", "55P03"})


def _now() -> datetime:
    return datetime.now(UTC)


def _retryable(exc: DBAPIError) -> bool:
    if isinstance(exc, OperationalError) and is_busy(exc):
        return True
    return getattr(exc.orig, "sqlstate", None) in _PG_RETRY_CODES


@dataclass
class AddOutcome:
    article_id: str
    status: str  # "added", "copy" (same body, another outlet: stored with copy_of) or "duplicate"
    copy_of: str | None = None


@dataclass
class SettleResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # merged into another story (or split up)
    placed: int = 0


class StoreWriter:
    """The one writer of a store."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings | None = None,
        nlp: Callable[[], Language] | None = None,
        build: Callable[[Sequence[StoryJob]], Iterable[Story]] | None = None,
    ) -> None:
        """``nlp`` gives the loaded spaCy pipeline (called only when a story is analysed), so stories are
        analysed as ``parallax analyze`` does (measures read from the parse); without it, as
        :func:`parallax.story.build.build_story` does without a model. ``build``, when given, analyses
        the changed stories instead (in worker processes: :meth:`parallax.engine.Engine.build_stories`)."""
        self.engine = for_writing(engine)
        self.settings = settings or Settings()
        self._nlp = nlp
        self._build = build

    def _build_stories(self, jobs: Sequence[StoryJob]) -> Iterator[Story]:
        """The stories of ``jobs``, in order, one at a time (each job is read only when analysed)."""
        from parallax.common.memory import release_memory
        from parallax.story.build import build_job

        if not jobs:
            return
        if self._build is not None:
            yield from self._build(jobs)
            return
        nlp = self._nlp() if self._nlp is not None else None
        for index in range(len(jobs)):
            yield build_job(jobs[index], self.settings, nlp)
            release_memory()

    def _transaction(self, work: Callable[[Session], T]) -> T:
        for attempt in range(RETRIES):
            try:
                with Session(self.engine) as session, session.begin():
                    writer_lock(session.connection())
                    return work(session)
            except DBAPIError as exc:
                if attempt == RETRIES - 1 or not _retryable(exc):
                    raise
                delay = min(5.0, 0.1 * 2**attempt)
                log.info("store busy (%s); retrying in %.1f s", exc.orig, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def known_content(self, keys: Sequence[str]) -> set[str]:
        """Which of these content keys the store already holds."""
        found: set[str] = set()
        with Session(self.engine.execution_options(parallax_write=False)) as session:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                found.update(
                    session.scalars(select(ArticleRow.content_key).where(ArticleRow.content_key.in_(chunk)))
                )
        return found

    def add_article(self, article: Article, annotation: Annotation) -> AddOutcome:
        """Store one annotated article (pending), unless the same content is already stored."""
        from parallax.story.grouping import article_vector

        key = content_key(article)
        body = body_key(article.text)
        article_id = store_id(key)
        features = json.dumps(dict(article_vector(article, annotation)), sort_keys=True)

        def work(session: Session) -> AddOutcome:
            if session.scalar(select(ArticleRow.id).where(ArticleRow.content_key == key)) is not None:
                return AddOutcome(article_id, "duplicate")
            original = session.scalar(
                select(ArticleRow.id).where(ArticleRow.body_key == body).order_by(ArticleRow.pk).limit(1)
            )
            record = article.model_copy(update={"id": article_id, "copy_of": original or article.copy_of})
            session.add(
                ArticleRow(
                    id=article_id,
                    content_key=key,
                    body_key=body,
                    source=record.source,
                    outlet=record.outlet,
                    title=record.title,
                    published=record.published,
                    url=record.url,
                    text=record.text,
                    copy_of=record.copy_of,
                    record=record.model_dump_json(),
                    annotation=annotation.model_copy(update={"id": article_id}).model_dump_json(),
                    features=features,
                    story_id=None,
                    added_at=_now(),
                )
            )
            return AddOutcome(article_id, "copy" if original else "added", original)

        return self._transaction(work)

    def settle(self) -> SettleResult:
        """Put every pending article into a story, re-analysing only the stories whose articles changed."""
        return self._transaction(self._settle)

    def _settle(self, session: Session) -> SettleResult:
        from parallax.common.memory import release_memory
        from parallax.store.reading import StoredJobs, group_store, read_grouping_input
        from parallax.story.spill import StoryPlan

        result = SettleResult()
        index = session.execute(select(ArticleRow.id, ArticleRow.story_id).order_by(ArticleRow.pk)).all()
        if all(row.story_id is not None for row in index):
            return result
        story_of = {row.id: row.story_id for row in index}
        del index
        release_memory()  # what the annotation of the new articles freed, before the store is read
        # The articles and their grouping features only; each annotation is read back with its story.
        source = read_grouping_input(session)
        release_memory()  # the parsed annotation records, each dropped after its features were taken
        groups = group_store(source, self.settings.story_threshold)
        by_id = {a.id: a for a in source.articles}
        del source
        release_memory()
        continued = continue_stories([g.article_ids for g in groups], story_of)
        members: dict[str, list[str]] = {}
        for article_id, story_id in story_of.items():
            if story_id is not None:
                members.setdefault(story_id, []).append(article_id)
        plans: list[StoryPlan] = []
        changed: list[str | None] = []
        for group, old_id in zip(groups, continued, strict=True):
            if old_id is not None and members.get(old_id) == group.article_ids:
                continue  # the same articles as before: not touched, not re-analysed
            story_articles = [by_id[i] for i in group.article_ids]
            plans.append(StoryPlan(old_id or "new", story_articles, [list(g) for g in group.duplicates]))
            changed.append(old_id)
        del groups, by_id
        kept = {sid for sid in continued if sid}  # old stories that go on (changed or not)
        gone = sorted(set(members) - kept)  # merged into another story, or split up
        touched = {s for s in changed if s} | set(gone)
        now = _now()
        # Not their old reports: each is replaced (and one story's report is all that is held at a time).
        old_rows = {
            s.id: s
            for s in session.scalars(
                select(StoryRow).where(StoryRow.id.in_(touched)).options(defer(StoryRow.report))
            )
        }
        # Each story is written as it is analysed, and let go.
        stories = self._build_stories(StoredJobs(plans, session))
        for story, old_id in zip(stories, changed, strict=True):
            self._write_story(session, story, old_id, old_rows, story_of, kept, now, result)
        if gone:
            session.flush()
            session.execute(delete(ClaimRow).where(ClaimRow.story_id.in_(gone)))
            session.execute(delete(StoryRow).where(StoryRow.id.in_(gone)))
            result.removed.extend(gone)
        return result

    def _write_story(
        self,
        session: Session,
        story: Story,
        old_id: str | None,
        old_rows: dict[str, StoryRow],
        story_of: dict[str, str | None],
        kept: set[str],
        now: datetime,
        result: SettleResult,
    ) -> None:
        """Write one analysed story (a new one, or the next version of ``old_id``), its claims and history."""
        story_id = old_id or f"s{uuid.uuid4().hex[:12]}"
        story = story.model_copy(update={"id": story_id})
        row = old_rows.pop(story_id, None)
        if row is None:
            row = StoryRow(
                id=story_id, title=story.title, report="", version=0, created_at=now, updated_at=now
            )
            session.add(row)
            result.created.append(story_id)
            self._event(session, story_id, 1, "created", None, None, now)
        else:
            result.updated.append(story_id)
        row.version += 1
        row.title = story.title
        row.report = story.model_dump_json()
        row.updated_at = now
        session.flush()
        self._write_members(session, story, story_of, kept, row.version, now)
        session.execute(delete(ClaimRow).where(ClaimRow.story_id == story_id))
        session.add_all(
            ClaimRow(id=c.id, story_id=story_id, article_id=c.article_id, text=c.text, speaker=c.speaker)
            for c in story.claims
        )
        session.flush()
        session.expire(row, ["report"])  # the report is written: the session need not keep its text
        result.placed += sum(1 for a in story.article_ids if story_of.get(a) is None)

    def _write_members(
        self,
        session: Session,
        story: Story,
        story_of: dict[str, str | None],
        kept: set[str],
        version: int,
        now: datetime,
    ) -> None:
        """Point the story's articles at it and record how each one came in."""
        merged: Counter[str] = Counter()
        for article_id in story.article_ids:
            before = story_of.get(article_id)
            if before == story.id:
                continue
            if before is None:
                self._event(session, story.id, version, "added", article_id, None, now)
            elif before in kept:
                self._event(session, story.id, version, "moved", article_id, before, now)
            else:
                merged[before] += 1
        for old in merged:
            # The absorbed story's history becomes part of this one's.
            session.execute(
                update(StoryEventRow).where(StoryEventRow.story_id == old).values(story_id=story.id)
            )
            self._event(session, story.id, version, "merged", None, old, now)
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(story.article_ids)).values(story_id=story.id)
        )

    @staticmethod
    def _event(
        session: Session,
        story_id: str,
        version: int,
        kind: str,
        article_id: str | None,
        detail: str | None,
        at: datetime,
    ) -> None:
        session.add(
            StoryEventRow(
                story_id=story_id, version=version, kind=kind, article_id=article_id, detail=detail, at=at
            )
        )


def check_consistency(engine: Engine) -> list[str]:
    """Problems found in the store (none when it is consistent): every article is in at most one story,
    each story's report lists exactly the articles that point at it, and its claims rows match the report."""
    problems: list[str] = []
    with Session(engine) as session:
        members: dict[str, set[str]] = {}
        for article_id, story_id in session.execute(select(ArticleRow.id, ArticleRow.story_id)):
            if story_id is not None:
                members.setdefault(story_id, set()).add(article_id)
        claims: dict[str, Counter[str]] = {}
        for story_id, claim_id in session.execute(select(ClaimRow.story_id, ClaimRow.id)):
            claims.setdefault(story_id, Counter())[claim_id] += 1
        seen: set[str] = set()
        for row in session.scalars(select(StoryRow)):
            story = Story.model_validate_json(row.report)
            seen.add(row.id)
            if story.id != row.id:
                problems.append(f"story {row.id}: report has id {story.id}")
            if set(story.article_ids) != members.get(row.id, set()) or len(story.article_ids) != len(
                set(story.article_ids)
            ):
                problems.append(f"story {row.id}: report lists other articles than the store")
            if claims.get(row.id, Counter()) != Counter(c.id for c in story.claims):
                problems.append(f"story {row.id}: claims rows differ from the report")
        for story_id in set(members) - seen:
            problems.append(f"articles point at a missing story {story_id}")
    return problems
