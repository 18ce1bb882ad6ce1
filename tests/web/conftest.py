"""Web app fixtures: a store filled with the bundled example and a second story, on SQLite and (when a
server can be had, as in tests/store) on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.conftest import pg_server  # noqa: F401  (pg_server is a fixture)
from store.store_pgserver import scratch_database
from web.web_corpus import fill_store


@pytest.fixture(scope="session")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A filled SQLite store (built once per session; the read tests do not change it)."""
    folder = tmp_path_factory.mktemp("web-sqlite")
    url = f"sqlite:///{folder / 'store.db'}"
    fill_store(url, folder)
    return url


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A filled store, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_store")
        return
    databases = scratch_database(request.getfixturevalue("pg_server"))
    url = next(databases)
    try:
        fill_store(url, tmp_path_factory.mktemp("web-pg"))
        yield url
    finally:
        databases.close()


@pytest.fixture(scope="session")
def client(sqlite_store: str):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from parallax.web import create_app

    with TestClient(create_app(sqlite_store)) as test_client:
        yield test_client


def story_id_titled(client, words: str) -> str:  # type: ignore[no-untyped-def]
    for story in client.get("/api/stories", params={"limit": 500}).json()["stories"]:
        if words.casefold() in story["title"].casefold():
            return str(story["id"])
    raise AssertionError(f"no story titled with {words!r}")


@pytest.fixture
def fresh_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'fresh.db'}"
