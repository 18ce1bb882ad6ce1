"""A throwaway PostgreSQL server for the tests (Debian's PostgreSQL 15), on a unix socket in a temp dir."""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

PG_BINS = ("/usr/lib/postgresql/15/bin",)


def pg_bin() -> Path | None:
    for candidate in (os.environ.get("PARALLAX_PG_BIN"), *PG_BINS):
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


def _run(command: list[str], as_postgres: bool) -> None:
    if as_postgres:  # initdb refuses to run as root
        command = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(command)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def start_server(base: Path) -> tuple[str, Callable[[], None]]:
    """Start a cluster in ``base``; return its SQLAlchemy URL and a function that stops it."""
    binaries = pg_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL 15 binaries not found (set PARALLAX_PG_BIN)")
    as_postgres = os.geteuid() == 0
    base.mkdir(parents=True, exist_ok=True)
    if as_postgres:
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
    data = base / "data"
    _run(
        [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"], as_postgres
    )
    options = f"-k {base} -c listen_addresses='' -F"
    _run(
        [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start"],
        as_postgres,
    )

    def stop() -> None:
        try:
            _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], as_postgres)
        finally:
            shutil.rmtree(base, ignore_errors=True)

    return f"postgresql+psycopg://postgres@/postgres?host={base}", stop


def scratch_database(server: str, prefix: str = "parallax_test") -> Iterator[str]:
    """A new empty database on ``server`` (its URL), dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
