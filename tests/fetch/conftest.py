"""Fetch fixtures: the local site (a fresh one per test), options that are polite to it without waiting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fetch.site import Site, start_site
from parallax.fetch.client import FetchOptions
from store.conftest import pg_server, store_url  # noqa: F401  (SQLite and PostgreSQL stores)


@pytest.fixture
def site() -> Iterator[Site]:
    site, stop = start_site()
    try:
        yield site
    finally:
        stop()


@pytest.fixture
def local_options() -> FetchOptions:
    """Options for the local site: private addresses allowed, no delay, quick retries and timeouts."""
    return FetchOptions(
        delay=0.0, allow_private=True, backoff=0.01, connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0
    )
