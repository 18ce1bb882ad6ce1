"""Runs the stages over many inputs: reading, cleaning, annotating, comparing.

Each function takes paths or records of the previous stage, keeps every
failure as a :class:`~parallax.model.Rejected` record, and reports progress
through an optional callback ``progress(stage, advance, total)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from parallax.config import Settings
from parallax.model import Annotation, Article, Document, Rejected, Report

Progress = Callable[[str, int, int], None]
PathLike = str | os.PathLike[str]


@dataclass
class CleanRun:
    """Clean articles and the inputs that could not be cleaned, in input order."""

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def read_documents(paths: Iterable[PathLike], settings: Settings | None = None) -> tuple[list[Document], list[Rejected]]:
    """Read files and directories into documents; unreadable inputs are rejected."""
    from parallax.ingest.files import read_inputs

    settings = settings or Settings()
    documents: list[Document] = []
    rejected: list[Rejected] = []
    for item in read_inputs(paths, settings.max_input_bytes):
        (documents if isinstance(item, Document) else rejected).append(item)  # type: ignore[arg-type]
    return documents, rejected


def clean(
    inputs: Iterable[PathLike] | Sequence[Document],
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> CleanRun:
    """Read (if given paths) and clean articles. Library form of ``parallax clean``."""
    from parallax.cleaning.stage import clean_documents
    from parallax.cleaning.text import load_cleaner_model

    settings = settings or Settings()
    items = list(inputs)
    if items and all(isinstance(i, Document) for i in items):
        documents: list[Document] = items  # type: ignore[assignment]
        rejected: list[Rejected] = []
    else:
        documents, rejected = read_documents(items, settings)  # type: ignore[arg-type]
    run = CleanRun(rejected=list(rejected))
    model = load_cleaner_model()
    total = len(documents)

    def tick(n: int) -> None:
        if progress is not None:
            progress("clean", n, total)

    for result in clean_documents(documents, model, progress=tick):
        if isinstance(result, Article):
            run.articles.append(result)
        else:
            run.rejected.append(result)
    return run


@dataclass
class AnnotateRun:
    annotations: list[Annotation] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def annotate(
    inputs: Iterable[PathLike] | Sequence[Article],
    settings: Settings | None = None,
    published: str | None = None,
    raw: bool = False,
    progress: Progress | None = None,
) -> AnnotateRun:
    """Annotate articles (cleaning them first unless ``raw``). Library form of ``parallax annotate``.

    ``published`` (YYYY-MM-DD) is used for articles that do not give their own date.
    """
    from parallax.annotation.pipeline import annotate_articles, load_annotator

    settings = settings or Settings()
    items = list(inputs)
    rejected: list[Rejected] = []
    if items and all(isinstance(i, Article) for i in items):
        articles: list[Article] = items  # type: ignore[assignment]
    elif raw:
        documents, rejected = read_documents(items, settings)  # type: ignore[arg-type]
        articles = [_raw_article(d) for d in documents]
    else:
        run = clean(items, settings, progress)  # type: ignore[arg-type]
        articles, rejected = run.articles, run.rejected
    if published:
        articles = [a if a.published else a.model_copy(update={"published": published}) for a in articles]
    result = AnnotateRun(rejected=list(rejected))
    total = len(articles)

    def tick(n: int) -> None:
        if progress is not None:
            progress("annotate", n, total)

    annotator = load_annotator(settings)
    for item in annotate_articles(articles, annotator, settings, progress=tick):
        if isinstance(item, Annotation):
            result.annotations.append(item)
        else:
            result.rejected.append(item)
    return result


def _raw_article(doc: Document) -> Article:
    from parallax.cleaning.stage import normalize_published

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


def analyze(
    inputs: Iterable[PathLike] | Sequence[Article],
    settings: Settings | None = None,
    published: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """The main job: clean, annotate, group into stories and compare. Returns the report."""
    from parallax.story.build import build_stories

    settings = settings or Settings()
    items = list(inputs)
    if items and all(isinstance(i, Article) for i in items):
        articles: list[Article] = items  # type: ignore[assignment]
        rejected: list[Rejected] = []
    else:
        run = clean(items, settings, progress)  # type: ignore[arg-type]
        articles, rejected = run.articles, run.rejected
    annotated = annotate(articles, settings, published=published, progress=progress)
    rejected += annotated.rejected
    if published:
        articles = [a if a.published else a.model_copy(update={"published": published}) for a in articles]
    total_stories: list[int] = [0]

    def tick(n: int) -> None:
        total_stories[0] += n
        if progress is not None:
            progress("compare", n, max(total_stories[0], 1))

    stories = build_stories(articles, annotated.annotations, settings, progress=tick)
    return Report(articles=articles, rejected=rejected, stories=stories)
