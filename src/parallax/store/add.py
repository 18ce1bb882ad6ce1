"""Adding files to a store: clean, skip what is stored, annotate, commit article by article, settle."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from parallax.config import Settings
from parallax.model import Annotation, Article, Document, Rejected
from parallax.pipeline import PathLike, Progress
from parallax.store.incremental import content_key, store_id
from parallax.store.writer import SettleResult, StoreWriter

if TYPE_CHECKING:
    from parallax.workers import WorkerPool

SETTLE_EVERY = 200
log = logging.getLogger(__name__)


@dataclass
class AddResult:
    added: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # sources whose content was already stored
    rejected: list[Rejected] = field(default_factory=list)
    stories_created: set[str] = field(default_factory=set)
    stories_updated: set[str] = field(default_factory=set)
    stories_removed: set[str] = field(default_factory=set)

    def settle(self, writer: StoreWriter) -> None:
        """Place the pending articles; a failure is reported, and they wait (stored) for the next add."""
        try:
            settled = writer.settle()
        except Exception as exc:  # one story that cannot be built must not lose the articles added
            log.warning("could not settle the store", exc_info=True)
            reason = f"the new articles are stored but not yet in stories ({type(exc).__name__}: {exc}); the next add places them"
            self.rejected.append(Rejected(source="(stories)", stage="story", reason=reason.splitlines()[0]))
            return
        self.absorb(settled)

    def absorb(self, settled: SettleResult) -> None:
        self.stories_created.update(settled.created)
        self.stories_updated.update(s for s in settled.updated if s not in self.stories_created)
        self.stories_removed.update(settled.removed)
        self.stories_created.difference_update(settled.removed)
        self.stories_updated.difference_update(settled.removed)


def add_articles(
    articles: Sequence[Article],
    engine: Engine,
    settings: Settings | None = None,
    published: str | None = None,
    progress: Progress | None = None,
    settle_every: int = SETTLE_EVERY,
    pool: WorkerPool | None = None,
) -> AddResult:
    """Add clean articles: each one new to the store is annotated and committed on its own.

    With ``settings.processes`` > 1 the articles are annotated in worker processes (``pool``, else
    workers of its own), committed here in input order as they come back.
    """
    from parallax.engine import DEFAULT

    settings = settings or Settings()
    models = DEFAULT.get(settings)  # the loaded models, shared with parallax.clean/annotate/analyze
    build = (lambda jobs: models.iter_stories(jobs, pool=pool)) if pool is not None else None
    writer = StoreWriter(engine, settings, nlp=lambda: models.annotator().nlp, build=build)
    result = AddResult()
    # First place what a killed run left pending.
    result.settle(writer)
    keys = {a.id: content_key(a) for a in articles}
    known = writer.known_content(list(keys.values()))
    todo: list[Article] = []
    batch_keys: set[str] = set()
    for article in articles:
        key = content_key(article)
        if article.copy_of is not None:  # the cleaner's copy_of names an input id: name the stored article
            original = keys.get(article.copy_of)
            article = article.model_copy(update={"copy_of": store_id(original) if original else None})
        if key in known or key in batch_keys:
            result.duplicates.append(article.source)
            continue
        batch_keys.add(key)
        if published and not article.published:
            article = article.model_copy(update={"published": published})
        todo.append(article)
    if todo:
        by_id = {a.id: a for a in todo}
        if len(by_id) != len(todo):  # ingest ids are file names: make them unique for the annotator
            todo = [a.model_copy(update={"id": f"{n}:{a.id}"}) for n, a in enumerate(todo)]
            by_id = {a.id: a for a in todo}
        since_settle = 0

        def tick(stage: str, n: int, total: int) -> None:
            if progress is not None:
                progress("add", n, total)

        for item in models.iter_annotations(todo, tick, pool):
            if not isinstance(item, Annotation):
                result.rejected.append(item)
                continue
            outcome = writer.add_article(by_id[item.id], item)
            if outcome.status == "duplicate":  # another process stored it meanwhile
                result.duplicates.append(by_id[item.id].source)
                continue
            (result.copies if outcome.status == "copy" else result.added).append(outcome.article_id)
            since_settle += 1
            if since_settle >= settle_every:
                result.settle(writer)
                since_settle = 0
    result.settle(writer)
    return result


def add_paths(
    paths: Iterable[PathLike | Document],
    engine: Engine,
    settings: Settings | None = None,
    published: str | None = None,
    progress: Progress | None = None,
    settle_every: int = SETTLE_EVERY,
) -> AddResult:
    """Read and clean files (and documents already read, such as fetched pages), then :func:`add_articles`;
    with ``settings.processes`` > 1 both the cleaning and the annotation run in worker processes (one pool
    for both)."""
    from parallax.engine import DEFAULT

    settings = settings or Settings()
    models = DEFAULT.get(settings)
    items = list(paths)
    documents = [i for i in items if isinstance(i, Document)]
    files = [i for i in items if not isinstance(i, Document)]
    read, unread = models.read(files) if files else ([], [])
    inputs = [*documents, *read]
    del items, documents, read  # the raw pages are not needed once cleaned
    with models.workers() as pool:
        run = models.clean_documents(inputs, progress, pool)
        del inputs
        articles, rejected = run.articles, run.rejected
        del run
        result = add_articles(articles, engine, settings, published, progress, settle_every, pool)
    result.rejected[:0] = [*unread, *rejected]
    return result
