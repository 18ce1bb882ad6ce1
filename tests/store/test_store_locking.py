"""SQLite lock upgrades: the busy handler does not wait for them, so the store tries them again."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from parallax.store.db import make_engine, retry_busy


def _hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another connection takes the write lock of the (rollback-journal) file ``path`` now, for ``seconds``."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE IF NOT EXISTS t (x)")

    def release() -> None:
        time.sleep(seconds)
        holder.execute("COMMIT")
        holder.close()

    thread = threading.Thread(target=release)
    thread.start()
    return thread


def test_wal_mode_on_a_new_file_waits_for_another_writer(tmp_path: Path) -> None:
    """PRAGMA journal_mode = WAL reads the header, then must write it: a lock upgrade that SQLite refuses
    at once (busy handler or not) while another connection holds the write lock. Two processes opening
    a new store at once met there ("database is locked"); the store now tries it again."""
    path = tmp_path / "new.db"
    # Without trying again: refused at once, although the busy timeout is long.
    thread = _hold_write_lock(path, 0.5)
    plain = sqlite3.connect(path, timeout=30, isolation_level=None)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        plain.execute("PRAGMA journal_mode = WAL")
    assert time.monotonic() - started < 0.4  # not waited for
    plain.close()
    thread.join()
    # The store's connections wait until the lock is free, then are in WAL mode.
    path.unlink()
    thread = _hold_write_lock(path, 0.5)
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()
    thread.join()


def test_retry_busy_tries_again_only_while_the_database_is_busy() -> None:
    calls: list[int] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        return "done"

    assert retry_busy(flaky, "test") == "done" and len(calls) == 3

    def broken() -> None:
        calls.append(1)
        raise sqlite3.OperationalError("no such table: x")

    calls.clear()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        retry_busy(broken, "test")
    assert len(calls) == 1

    def always_locked() -> None:
        raise sqlite3.OperationalError("database is locked")

    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        retry_busy(always_locked, "test", seconds=0.3)
    assert time.monotonic() - started < 1.5
