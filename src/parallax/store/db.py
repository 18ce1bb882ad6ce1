"""Opening a store: the database URL, the engine (SQLite or PostgreSQL) and its migrations.

One code path for both databases: SQLAlchemy 2 for the queries, Alembic for the schema. SQLite runs in
WAL mode with a busy timeout, and every writing transaction on it starts with ``BEGIN IMMEDIATE`` so
that a writer takes the database's write lock before it reads what it is going to change; on PostgreSQL the
same role is played by a transaction-scoped advisory lock (:func:`writer_lock`).
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_FILE = "parallax.db"
SQLITE_BUSY_MS = 60_000
# Any constant works: every Parallax writer takes the same advisory lock.
PG_LOCK_KEY = 0x5041524C  # "PARL"
WRITE_OPTION = "parallax_write"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The database URL: ``db`` if given, else ``PARALLAX_DB``, else ``parallax.db`` in the current folder.

    A plain path is a SQLite file; ``postgresql://`` is read with the psycopg (3) driver.
    """
    env = os.environ if environ is None else environ
    value = db or env.get("PARALLAX_DB") or DEFAULT_FILE
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix) :]
    return value


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def is_busy(exc: BaseException) -> bool:
    """Whether a database error says the database is locked or busy (worth trying again)."""
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    return "locked" in text_ or "busy" in text_


def retry_busy(work: Callable[[], T], what: str, seconds: float = SQLITE_BUSY_MS / 1000) -> T:
    """``work()``, tried again with growing, jittered delays while the database answers "locked" or
    "busy", for up to ``seconds``.

    SQLite's busy handler waits for a lock only when a transaction *starts*; a transaction that holds a
    read lock and then needs the write lock (a lock upgrade) is refused at once with SQLITE_BUSY, since
    waiting could deadlock with the writer it waits for. The one such upgrade left is SQLite's own
    ``PRAGMA journal_mode = WAL`` on a new file (it reads the header, then writes it): two processes
    opening a new store at once can meet there. The whole step is tried again.
    """
    deadline = time.monotonic() + seconds
    delay = 0.005
    while True:
        try:
            return work()
        except Exception as exc:
            if not is_busy(exc) or time.monotonic() + delay > deadline:
                raise
            log.debug("%s: database busy (%s); trying again in %.3f s", what, exc, delay)
            time.sleep(delay * (0.5 + random.random()))
            delay = min(0.5, delay * 2)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own handling defers it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        # A lock upgrade on a new file (see retry_busy): the busy handler does not cover it.
        retry_busy(lambda: cursor.execute("PRAGMA journal_mode = WAL"), "setting WAL mode")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # Writers take the write lock before reading; readers never wait for one (WAL).
    immediate = connection.get_execution_options().get(WRITE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get WAL, a busy timeout and write-locking transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def for_writing(engine: Engine) -> Engine:
    """The same engine, whose transactions take the store's write lock at their start."""
    return engine.execution_options(**{WRITE_OPTION: True})


def writer_lock(connection: Connection) -> None:
    """Take the store's write lock for the current transaction (SQLite holds it since BEGIN IMMEDIATE)."""
    if not is_sqlite(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = for_writing(engine)
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the latest by default); safe to run from several processes."""
    from alembic import command

    # The migration is one write transaction (BEGIN IMMEDIATE: it waits for another writer); tried again
    # whole should the database still refuse a lock (see retry_busy). A retry finds the work done.
    retry_busy(lambda: command.upgrade(alembic_config(engine), revision), "migrating the store")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_engine(db: str | None = None, migrate: bool = True) -> Engine:
    """Open (and unless ``migrate`` is False, create or upgrade) the store at ``db``."""
    engine = make_engine(resolve_url(db))
    if migrate:
        upgrade(engine)
    return engine
