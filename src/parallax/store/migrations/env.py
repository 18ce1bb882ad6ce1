"""Alembic environment: runs the migrations on the engine that :func:`parallax.store.db.upgrade` passes in."""

from __future__ import annotations

from alembic import context

from parallax.store.db import writer_lock


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            # Several processes may open a new store at once: one migrates, the others then find it done.
            writer_lock(connection)
            context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Parallax runs its migrations online only (parallax.store.db.upgrade)")
run_migrations_online()
