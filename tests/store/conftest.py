"""Store fixtures: a fresh database per test on SQLite and on a real PostgreSQL server, and the written set."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from parallax.config import Settings
from parallax.model import Annotation, Article
from store.store_corpus import article_files
from store.store_pgserver import scratch_database, start_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The PostgreSQL server's URL: PARALLAX_TEST_PG_URL (set by .ci/run), else one started here.

    In CI (CI=true) a server that cannot be had is a failure, never a skip.
    """
    given = os.environ.get("PARALLAX_TEST_PG_URL")
    if given:
        yield given
        return
    try:
        url, stop = start_server(Path(tempfile.mkdtemp(prefix="parallax-pg-")))
    except Exception as exc:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"no PostgreSQL server for the store tests: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        yield url
    finally:
        stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        yield from scratch_database(request.getfixturevalue("pg_server"))


@pytest.fixture(scope="session")
def written_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return article_files(tmp_path_factory.mktemp("written"))


@pytest.fixture(scope="session")
def written_annotated(written_files: dict[str, Path]) -> tuple[list[Article], list[Annotation]]:
    """The written set cleaned and annotated once (through parallax.pipeline)."""
    from parallax.pipeline import annotate, clean

    run = clean(list(written_files.values()), Settings())
    annotated = annotate(run.articles, Settings())
    assert len(run.articles) == len(annotated.annotations) == len(written_files)
    return run.articles, annotated.annotations
