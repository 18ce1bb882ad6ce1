"""Shared fixtures. The seed articles and benchmarks live in ../shared beside the repository."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_path() -> Path:
    return Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    assert path.is_dir(), f"shared data not found at {path} (set PARALLAX_SHARED)"
    return path


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> list[Path]:
    paths = sorted(seeds_dir.glob("*.txt"))
    assert len(paths) == 5
    return paths


def load_benchmark(name: str) -> ModuleType:
    """Import benchmarks/NAME.py (the scripts are not a package) so a test can rerun it against its floors."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from parallax.annotation.nlp import load_nlp
    from parallax.config import Settings

    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="session")
def annotator():  # type: ignore[no-untyped-def]
    """The annotate stage's resources (spaCy and the annotators' tables), loaded once for the whole run."""
    from parallax.annotation.pipeline import load_annotator

    return load_annotator()


# --------------------------------------------------------------------------- one annotation per article a run

_ANNOTATION_MEMO: dict[tuple[object, ...], object] = {}


@pytest.fixture(scope="module")
def annotation_memo() -> Iterator[dict[tuple[object, ...], object]]:
    """While the requesting module runs, ``parallax.annotation.pipeline.annotate_articles`` gives an
    article it has already annotated in this run (same id, text, title, date and every other field but the
    input's path, with the same annotator options) the record it made then, with this article's path as its
    ``source``, instead of annotating it again.

    For the floor tests that analyse overlapping events (each fresh part, then the contradiction events
    taken from those parts, written to another temporary file): annotation reads no field of the article
    but ``source`` the same way (it only copies it into the record, or into a rejection, which is never
    kept here). Held in memory only, so nothing carries over to another run or another code version. Each
    record is handed out as a deep copy, so a caller that changes it cannot change what the next one gets.
    """
    from parallax.annotation import pipeline
    from parallax.model import Annotation

    original = pipeline.annotate_articles

    def memoised(
        articles: Sequence[Any],
        annotator: Any,
        settings: Any = None,
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[Any]:
        options = (
            annotator.nlp.meta.get("name"),
            annotator.nlp.meta.get("version"),
            annotator.chunk_chars,
            annotator.max_chars,
        )
        keys = [(options, article.model_dump_json(exclude={"source"})) for article in articles]
        made: dict[int, Any] = {}
        missing = [n for n, key in enumerate(keys) if key not in _ANNOTATION_MEMO]
        if missing:
            records = list(original([articles[n] for n in missing], annotator, settings))
            assert len(records) == len(missing)  # one result per article, in input order
            for n, record in zip(missing, records, strict=True):
                made[n] = record
                if isinstance(record, Annotation):
                    _ANNOTATION_MEMO[keys[n]] = record.model_copy(deep=True)
        if progress is not None and articles:
            progress(len(articles))
        for n, (article, key) in enumerate(zip(articles, keys, strict=True)):
            if n in made:
                yield made[n]
            else:
                kept: Any = _ANNOTATION_MEMO[key]
                yield kept.model_copy(deep=True, update={"source": article.source})

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "annotate_articles", memoised)
        yield _ANNOTATION_MEMO

