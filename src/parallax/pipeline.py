"""The library functions ``parallax.clean``, ``parallax.annotate`` and ``parallax.analyze``.

Thin wrappers over the default :class:`~parallax.engine.Engine` (made on the first
call, then reused, so the models load once per process). Each takes paths (files
and directories), records of the previous stage, or both, keeps every failure as
a :class:`~parallax.model.Rejected` record, and reports progress through an
optional callback ``progress(stage, advance, total)``. To choose when the models
load, or to hold several configurations, use :func:`parallax.load` instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from parallax.config import Settings
from parallax.engine import DEFAULT, AnnotateRun, CleanRun, PathLike, Progress, raw_article
from parallax.model import Article, Document, Rejected, Report


def _items(inputs: Iterable[Any]) -> list[Any]:
    """The inputs as a list; one path or one record given alone (not in a list) is one input: a string
    iterated would give its characters, "/" first, and reading "/" walks the whole file system."""
    if isinstance(inputs, str | os.PathLike | Document | Article):
        return [inputs]
    return list(inputs)


__all__ = [
    "AnnotateRun",
    "CleanRun",
    "PathLike",
    "Progress",
    "analyze",
    "annotate",
    "clean",
    "read_documents",
]


def read_documents(
    paths: Iterable[PathLike], settings: Settings | None = None
) -> tuple[list[Document], list[Rejected]]:
    """Read files and directories into documents; unreadable inputs are rejected."""
    return DEFAULT.get(settings).read(_items(paths))


def clean(
    inputs: Iterable[PathLike | Document],
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> CleanRun:
    """Read (if given paths) and clean articles. Library form of ``parallax clean``."""
    engine = DEFAULT.get(settings)
    items = _items(inputs)
    documents = [i for i in items if isinstance(i, Document)]
    paths = [i for i in items if not isinstance(i, Document)]
    read, rejected = engine.read(paths) if paths else ([], [])
    run = engine.clean_documents([*documents, *read], progress)
    return CleanRun(articles=run.articles, rejected=[*rejected, *run.rejected])


def annotate(
    inputs: Iterable[PathLike | Article],
    settings: Settings | None = None,
    published: str | None = None,
    raw: bool = False,
    progress: Progress | None = None,
) -> AnnotateRun:
    """Annotate articles (paths are read and cleaned first unless ``raw``). Library form of ``parallax annotate``.

    ``published`` (YYYY-MM-DD) is used for articles that do not give their own date.
    """
    engine = DEFAULT.get(settings)
    items = _items(inputs)
    articles = [i for i in items if isinstance(i, Article)]
    paths = [i for i in items if not isinstance(i, Article)]
    rejected: list[Rejected] = []
    if paths and raw:
        documents, rejected = engine.read(paths)
        articles += [raw_article(d) for d in documents]
    elif paths:
        cleaned = engine.clean_paths(paths, progress)
        articles += cleaned.articles
        rejected = cleaned.rejected
    run = engine.annotate_articles(articles, published, progress)
    return AnnotateRun(annotations=run.annotations, rejected=[*rejected, *run.rejected])


def analyze(
    inputs: Iterable[PathLike | Article],
    settings: Settings | None = None,
    published: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """The main job: clean, annotate, group into stories and compare. Returns the report."""
    engine = DEFAULT.get(settings)
    items = _items(inputs)
    articles = [i for i in items if isinstance(i, Article)]
    paths = [i for i in items if not isinstance(i, Article)]
    rejected: list[Rejected] = []
    if paths:
        cleaned = engine.clean_paths(paths, progress)
        articles += cleaned.articles
        rejected = cleaned.rejected
    return engine.analyze_articles(articles, published, progress, rejected)
