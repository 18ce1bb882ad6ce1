"""Alembic environment: runs the migrations on the engine that :func:`parallax.store.db.upgrade` passes in."""

from __future__ import annotations

from alembic import context

from parallax.store.db import writer_lock


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    # All pending migrations run in ONE transaction begun here, before Alembic sees the connection (it then
    # leaves transactions to us). Alembic's own handling would commit after each migration on SQLite (its
    # DDL counts as non-transactional there): a second process opening a new store at the same moment could
    # then take the write lock between two migrations, run the next one itself, and the first process would
    # run it again ("table ... already exists"). In one transaction the version read and every migration are
    # under the write lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL): one process migrates,
    # the others then find it done.
    with engine.connect() as connection, connection.begin():
        writer_lock(connection)
        context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Parallax runs its migrations online only (parallax.store.db.upgrade)")
run_migrations_online()
