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
from parallax.model import Article, Document, Rejected

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
    from parallax.clean.stage import clean_documents
    from parallax.clean.text import load_cleaner_model

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
