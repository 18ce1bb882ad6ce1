"""The engine: the loaded resources of every stage and each stage's options, made once.

::

    import parallax

    engine = parallax.load(parallax.Settings(batch_size=16))
    run = engine.clean_paths(["pages/"])            # CleanRun
    ann = engine.annotate_articles(run.articles)    # AnnotateRun
    report = engine.analyze_paths(["pages/"])       # Report

An :class:`Engine` holds the cleaner model, the spaCy pipeline and the annotators'
gazetteers and tables, each loaded the first time a call needs it (the cleaner
only when text dumps are given), then kept: the second call costs no loading.
:func:`stage_options` is the one place where :class:`~parallax.config.Settings`
become each stage's typed options.

``parallax.clean/annotate/analyze`` use a default engine made on their first call:
the :data:`DEFAULT` slot below is the one module-level object of the package
(see :class:`DefaultEngine`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parallax.config import Settings
from parallax.model import Annotation, Article, Document, Rejected, Report, Story
from parallax.stage_options import (
    AnnotateOptions,
    CleanOptions,
    IngestOptions,
    StageOptions,
    StoryOptions,
    stage_options,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from parallax.annotation.entities import EntityResources
    from parallax.annotation.nlp import LanguageIdentifier
    from parallax.annotation.pipeline import Annotator
    from parallax.annotation.quantities import QuantityResources
    from parallax.cleaning.text import CleanerModel
    from parallax.story.build import StoryJob
    from parallax.story.spill import StreamedReport
    from parallax.workers import WorkerPool

__all__ = [
    "DEFAULT",
    "AnnotateOptions",
    "AnnotateRun",
    "CleanOptions",
    "CleanRun",
    "DefaultEngine",
    "Engine",
    "IngestOptions",
    "PathLike",
    "Progress",
    "StageOptions",
    "StoryOptions",
    "load",
    "stage_options",
]

#: ``progress(stage, advance, total)``
Progress = Callable[[str, int, int], None]
PathLike = str | os.PathLike[str]


@dataclass
class CleanRun:
    """Clean articles and the inputs that could not be cleaned, in input order."""

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


@dataclass
class AnnotateRun:
    """Annotation records and the articles (or inputs) that could not be annotated."""

    annotations: list[Annotation] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


class _Resources:
    """The loaded models, shared by engines that differ only in options; each loaded once, on first use."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._cleaner: CleanerModel | None = None
        self._nlp: dict[str, Language] = {}
        self._annotators: dict[str, tuple[EntityResources, QuantityResources, LanguageIdentifier]] = {}

    def cleaner(self) -> CleanerModel:
        with self._lock:
            if self._cleaner is None:
                from parallax.cleaning.text import load_cleaner_model

                self._cleaner = load_cleaner_model()
            return self._cleaner

    def nlp(self, model_name: str) -> Language:
        with self._lock:
            if model_name not in self._nlp:
                from parallax.annotation.nlp import load_nlp

                self._nlp[model_name] = load_nlp(model_name)
            return self._nlp[model_name]

    def annotator_resources(self) -> tuple[EntityResources, QuantityResources, LanguageIdentifier]:
        with self._lock:
            if "default" not in self._annotators:
                from parallax.annotation.entities import load_entity_resources
                from parallax.annotation.nlp import LanguageIdentifier, preload_inflect
                from parallax.annotation.quantities import load_quantity_resources

                preload_inflect()
                self._annotators["default"] = (
                    load_entity_resources(),
                    load_quantity_resources(),
                    LanguageIdentifier(),
                )
            return self._annotators["default"]

    @property
    def nlp_loaded(self) -> tuple[str, ...]:
        return tuple(self._nlp)


class Engine:
    """Runs the stages with resources loaded once. Make one with :func:`load`."""

    def __init__(self, settings: Settings | None = None, *, _resources: _Resources | None = None) -> None:
        self.settings = settings or Settings()
        self.options = stage_options(self.settings)
        self._resources = _resources or _Resources()
        self._annotator: Annotator | None = None

    def with_settings(self, settings: Settings) -> Engine:
        """An engine with other settings that shares this one's loaded models."""
        return Engine(settings, _resources=self._resources)

    # -- resources -------------------------------------------------------------------------------

    def cleaner_model(self) -> CleanerModel:
        return self._resources.cleaner()

    def annotator(self) -> Annotator:
        """The annotate stage's resources and options (spaCy loaded on the first call)."""
        if self._annotator is None:
            from parallax.annotation.pipeline import Annotator

            options = self.options.annotate
            entities, quantities, language = self._resources.annotator_resources()
            self._annotator = Annotator(
                nlp=self._resources.nlp(options.spacy_model),
                entities=entities,
                quantities=quantities,
                batch_size=options.batch_size,
                max_chars=options.max_chars,
                processes=1,  # the engine runs several processes itself (workers())
                language=language,
            )
        return self._annotator

    # -- ingest ----------------------------------------------------------------------------------

    def read(self, paths: Iterable[PathLike]) -> tuple[list[Document], list[Rejected]]:
        """Read files and directories into documents; unreadable inputs are rejected."""
        from parallax.ingest.files import read_inputs

        documents: list[Document] = []
        rejected: list[Rejected] = []
        for item in read_inputs(paths, self.options.ingest.max_input_bytes):
            if isinstance(item, Document):
                documents.append(item)
            else:
                rejected.append(item)
        return documents, rejected

    # -- workers ---------------------------------------------------------------------------------

    @contextmanager
    def workers(self, clean: bool = True, annotate: bool = True) -> Iterator[WorkerPool | None]:
        """Worker processes for the per-article stages (``settings.processes``), or None for one process.

        The models the workers need (the cleaner's when ``clean``, spaCy and the annotators' when
        ``annotate``) are loaded here first: forked workers inherit them. The workers stop on exit.
        """
        processes = self.options.annotate.processes
        if processes <= 1:
            yield None
            return
        from parallax.workers import WorkerPool

        if clean:
            self.cleaner_model()
        if annotate:
            self.annotator()
        with WorkerPool(self, processes) as pool:
            yield pool

    def _pooled(self, count: int, pool: WorkerPool | None) -> bool:
        """Whether a call with ``count`` items and no pool given opens its own."""
        return pool is None and count > 1 and self.options.annotate.processes > 1

    # -- clean -----------------------------------------------------------------------------------

    def clean_documents(
        self, documents: Sequence[Document], progress: Progress | None = None, pool: WorkerPool | None = None
    ) -> CleanRun:
        """Clean documents (in ``pool``'s workers when given, or in workers of its own when
        ``settings.processes`` > 1), in input order."""
        from parallax.cleaning.stage import CopyLinker, clean_documents, site_furniture

        run = CleanRun()
        if not documents:
            return run
        if self._pooled(len(documents), pool):
            with self.workers(annotate=False) as own:
                return self.clean_documents(documents, progress, own)
        total = len(documents)

        def tick(n: int) -> None:
            if progress is not None:
                progress("clean", n, total)

        results: Iterable[Article | Rejected]
        if pool is None or total < 2:
            # The cleaner model reads text dumps; HTML goes through trafilatura, which never looks at it.
            results = clean_documents(documents, self.cleaner_model(), progress=tick)
        else:
            from parallax.workers import clean_chunk

            linker = CopyLinker()
            pairs = list(zip(documents, site_furniture(documents), strict=True))
            cleaned = pool.map(clean_chunk, pairs, [_size(d) for d in documents], _clean_failed, tick)
            results = (linker.link(r) if isinstance(r, Article) else r for r in cleaned)
        for result in results:
            if isinstance(result, Article):
                run.articles.append(result)
            else:
                run.rejected.append(result)
        return run

    def clean_paths(
        self, paths: Iterable[PathLike], progress: Progress | None = None, pool: WorkerPool | None = None
    ) -> CleanRun:
        """Read and clean files and directories. What ``parallax clean`` does."""
        documents, rejected = self.read(paths)
        run = self.clean_documents(documents, progress, pool)
        return CleanRun(articles=run.articles, rejected=rejected + run.rejected)

    # -- annotate --------------------------------------------------------------------------------

    def iter_annotations(
        self, articles: Sequence[Article], progress: Progress | None = None, pool: WorkerPool | None = None
    ) -> Iterator[Annotation | Rejected]:
        """Annotate clean articles one result per article, in input order, as they are done (in ``pool``'s
        workers when given, or in workers of its own when ``settings.processes`` > 1)."""
        from parallax.annotation.pipeline import annotate_articles

        if not articles:
            return
        if self._pooled(len(articles), pool):
            with self.workers(clean=False) as own:
                yield from self.iter_annotations(articles, progress, own)
            return
        total = len(articles)

        def tick(n: int) -> None:
            if progress is not None:
                progress("annotate", n, total)

        if pool is None or total < 2:
            yield from annotate_articles(articles, self.annotator(), progress=tick)
        else:
            from parallax.workers import annotate_chunk

            yield from pool.map(
                annotate_chunk, articles, [len(a.text) for a in articles], _annotate_failed, tick
            )

    def annotate_articles(
        self,
        articles: Sequence[Article],
        published: str | None = None,
        progress: Progress | None = None,
        pool: WorkerPool | None = None,
    ) -> AnnotateRun:
        """Annotate clean articles; ``published`` (YYYY-MM-DD) dates those that give none."""
        run = AnnotateRun()
        for item in self.iter_annotations(_with_published(articles, published), progress, pool):
            if isinstance(item, Annotation):
                run.annotations.append(item)
            else:
                run.rejected.append(item)
        return run

    def iter_annotate_paths(
        self,
        paths: Iterable[PathLike],
        published: str | None = None,
        raw: bool = False,
        progress: Progress | None = None,
    ) -> Generator[Annotation | Rejected, None, None]:
        """Read, clean (unless ``raw``) and annotate, one result at a time: first the inputs that could
        not be read or cleaned, then one result per article in input order, as each is done (nothing is
        kept here, so a caller that writes each record and drops it holds no run's worth of records).
        What ``parallax annotate`` does. Close the iterator (or exhaust it) to stop the workers."""
        with self.workers(clean=not raw) as pool:
            if raw:
                documents, rejected = self.read(paths)
                articles = [raw_article(d) for d in documents]
                del documents
            else:
                cleaned = self.clean_paths(paths, progress, pool)
                articles, rejected = cleaned.articles, cleaned.rejected
                del cleaned
            yield from rejected
            yield from self.iter_annotations(_with_published(articles, published), progress, pool)

    def annotate_paths(
        self,
        paths: Iterable[PathLike],
        published: str | None = None,
        raw: bool = False,
        progress: Progress | None = None,
    ) -> AnnotateRun:
        """Read, clean (unless ``raw``) and annotate, every record kept (see :meth:`iter_annotate_paths`)."""
        run = AnnotateRun()
        for item in self.iter_annotate_paths(paths, published, raw, progress):
            if isinstance(item, Annotation):
                run.annotations.append(item)
            else:
                run.rejected.append(item)
        return run

    # -- analyze ---------------------------------------------------------------------------------

    def analyze_articles(
        self,
        articles: Sequence[Article],
        published: str | None = None,
        progress: Progress | None = None,
        rejected: Sequence[Rejected] = (),
        pool: WorkerPool | None = None,
    ) -> Report:
        """Annotate clean articles, group them into stories and compare. ``rejected`` are carried into the report."""
        articles = _with_published(articles, published)
        if self._pooled(len(articles), pool):
            with self.workers(clean=False) as own:
                return self.analyze_articles(articles, None, progress, rejected, own)
        return self._analyze(articles, progress, rejected, pool)

    def _analyze(
        self,
        articles: Sequence[Article],
        progress: Progress | None,
        rejected: Sequence[Rejected],
        pool: WorkerPool | None = None,
    ) -> Report:
        """Annotate the articles, group them into stories and analyse each story (see :meth:`_analyzed`)."""
        with self._analyzed(articles, progress, rejected, pool) as (kept, failed, stories):
            return Report(articles=kept, rejected=failed, stories=list(stories))

    @contextmanager
    def _analyzed(
        self,
        articles: Sequence[Article],
        progress: Progress | None,
        rejected: Sequence[Rejected],
        pool: WorkerPool | None = None,
    ) -> Iterator[tuple[list[Article], list[Rejected], Iterator[Story]]]:
        """Annotate the articles and group them into stories; gives the articles annotated, every input
        rejected (``rejected`` first) and the stories, each analysed as it is asked for (in ``pool``'s
        workers when given) while the context is open.

        Each annotation record is written to a temporary file as it comes (:mod:`parallax.story.spill`)
        and only its grouping features are kept; each story's records are read back when that story is
        analysed. Memory follows the largest story, not the number of articles; the stories are the same.
        """
        from parallax.common.memory import release_memory
        from parallax.story.spill import RecordSpill, plan_spilled_stories, spill_annotations

        with RecordSpill[Annotation]() as spill:
            annotated = spill_annotations(articles, self.iter_annotations(articles, progress, pool), spill)
            release_memory()
            jobs = plan_spilled_stories(annotated, self.settings.story_threshold)
            total = len(jobs)

            def tick(n: int) -> None:
                if progress is not None:
                    progress("compare", n, total)

            yield (
                annotated.articles,
                [*rejected, *annotated.rejected],
                self.iter_stories(jobs, tick, pool, keep_failed=True),
            )

    def build_stories(
        self,
        jobs: Sequence[StoryJob],
        progress: Callable[[int], None] | None = None,
        pool: WorkerPool | None = None,
    ) -> list[Story]:
        """Analyse grouped stories (:func:`parallax.story.build.plan_stories`), in ``pool``'s workers when
        given; a story whose analysis fails in a worker is analysed again here (and raises as it would)."""
        return list(self.iter_stories(jobs, progress, pool))

    def iter_stories(
        self,
        jobs: Sequence[StoryJob],
        progress: Callable[[int], None] | None = None,
        pool: WorkerPool | None = None,
        keep_failed: bool = False,
    ) -> Iterator[Story]:
        """:meth:`build_stories` one story at a time, in order (each job is read from ``jobs`` only when
        it is analysed, so a :class:`~parallax.story.spill.SpilledJobs` holds one story's records).
        ``keep_failed``: a story whose analysis fails is kept with ``failed`` set (E800) instead of raising."""
        from parallax.common.memory import release_memory
        from parallax.story.build import build_job
        from parallax.story.spill import LazyJobs

        nlp = self.annotator().nlp if jobs else None
        if pool is None or len(jobs) < 2:
            for index in range(len(jobs)):
                story = build_job(jobs[index], self.settings, nlp, keep_failed)
                release_memory()  # what the story's records, parses and comparisons freed
                if progress is not None:
                    progress(1)
                yield story
            return
        from parallax.workers import story_chunk

        def again(job: StoryJob, exc: BaseException) -> Story:
            return build_job(job, self.settings, nlp, keep_failed)

        if isinstance(jobs, LazyJobs):  # sizes without reading any record
            sizes = jobs.sizes()
        else:
            sizes = [sum(len(a.text) for a in job.articles) for job in jobs]
        yield from pool.map(story_chunk, jobs, sizes, again, progress)

    def analyze_documents(
        self, documents: Sequence[Document], published: str | None = None, progress: Progress | None = None
    ) -> Report:
        with self.workers() as pool:
            cleaned = self.clean_documents(documents, progress, pool)
            articles = _with_published(cleaned.articles, published)
            return self._analyze(articles, progress, cleaned.rejected, pool)

    def analyze_paths(
        self, paths: Iterable[PathLike], published: str | None = None, progress: Progress | None = None
    ) -> Report:
        """Read, clean, annotate, group and compare. What ``parallax analyze`` does.

        With ``settings.processes`` > 1 cleaning, annotation and the analysis of each story run in
        worker processes (grouping the articles into stories runs here).
        """
        with self.workers() as pool:
            cleaned = self.clean_paths(paths, progress, pool)
            articles = _with_published(cleaned.articles, published)
            return self._analyze(articles, progress, cleaned.rejected, pool)

    @contextmanager
    def analyze_paths_streamed(
        self, paths: Iterable[PathLike], published: str | None = None, progress: Progress | None = None
    ) -> Iterator[StreamedReport]:
        """:meth:`analyze_paths` with the stories kept in a temporary file while the context is open:
        the report's stories are read back one at a time (:meth:`StreamedReport.json_pieces` writes the
        JSON report story by story), so a run holds the articles and one story, not every story. What
        ``parallax analyze`` does; the file is removed when the context ends, however it ends."""
        from parallax.story.spill import RecordSpill, SpilledSequence, StreamedReport

        with RecordSpill[Story]() as spill:
            keys: list[str] = []
            with self.workers() as pool:
                cleaned = self.clean_paths(paths, progress, pool)
                articles = _with_published(cleaned.articles, published)
                with self._analyzed(articles, progress, cleaned.rejected, pool) as (kept, failed, stories):
                    for story in stories:
                        keys.append(str(len(keys)))
                        spill.put(keys[-1], story)
                        del story
            yield StreamedReport(kept, failed, SpilledSequence(keys, spill))


def _size(doc: Document) -> int:
    return len(doc.text if doc.text is not None else doc.html or "")


def _clean_failed(pair: tuple[Document, frozenset[str]], exc: BaseException) -> Rejected:
    return Rejected(
        source=pair[0].source,
        stage="clean",
        reason=f"internal error: {type(exc).__name__}: {exc}",
        code="E200",
    )


def _annotate_failed(article: Article, exc: BaseException) -> Rejected:
    return Rejected(
        source=article.source,
        stage="annotate",
        reason=f"internal error: {type(exc).__name__}: {exc}",
        code="E300",
    )


def _with_published(articles: Sequence[Article], published: str | None) -> list[Article]:
    if not published:
        return list(articles)
    return [a if a.published else a.model_copy(update={"published": published}) for a in articles]


def raw_article(doc: Document) -> Article:
    """A document taken as it is, as an article (``parallax annotate --raw``)."""
    from parallax.common.published import normalize_published

    return Article(
        id=doc.id,
        source=doc.source,
        title=doc.title,
        outlet=doc.outlet,
        byline=doc.byline,
        published=normalize_published(doc.published),
        url=doc.url,
        text=doc.text if doc.text is not None else (doc.html or ""),
    )


def load(settings: Settings | None = None) -> Engine:
    """An engine for these settings (defaults when None). Models load on first use, once."""
    return Engine(settings)


class DefaultEngine:
    """The slot behind ``parallax.clean/annotate/analyze``: one engine, made on the first call.

    A call with other settings gets an engine for them that shares the loaded models.
    This is the package's one module-level object (:data:`DEFAULT`); :meth:`reset` empties it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engine: Engine | None = None

    def get(self, settings: Settings | None = None) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = Engine(settings)
            elif settings is not None and settings != self._engine.settings:
                self._engine = self._engine.with_settings(settings)
            return self._engine

    def reset(self) -> None:
        with self._lock:
            self._engine = None

    def install(self, engine: Engine) -> None:
        """Make ``engine`` the default (a worker process installs the engine it was started with)."""
        with self._lock:
            self._engine = engine


#: The default engine's slot (the one module-level object; see :class:`DefaultEngine`).
DEFAULT = DefaultEngine()
