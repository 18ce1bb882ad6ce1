"""Opening a store: the database URL, the engine (SQLite or PostgreSQL) and its migrations.

One code path for both databases: SQLAlchemy 2 for the queries, Alembic for the schema. SQLite runs in
WAL mode with a busy timeout, and every writing transaction on it starts with ``BEGIN IMMEDIATE`` so
that a writer takes the database's write lock before it reads what it is going to change; on PostgreSQL the
same role is played by a transaction-scoped advisory lock (:func:`writer_lock`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

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


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own handling defers it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
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

    command.upgrade(alembic_config(engine), revision)


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
