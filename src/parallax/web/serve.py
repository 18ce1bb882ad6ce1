"""``parallax serve``: the web app over a store, run by uvicorn.

Registered in :mod:`parallax.cli` with ``app.command(name="serve")(serve)``.

A store that cannot be opened (a folder that does not exist, a file that is not a store, a database
server that does not answer) and an address that cannot be listened on (a port already in use) are each
one line on stderr, ``parallax: ...``, and exit code 2, before anything is served.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Annotated

import typer

from parallax.store_cli import DbOpt


def _fail(message: str) -> typer.Exit:
    typer.echo(f"parallax: {message}", err=True)
    return typer.Exit(2)


def _missing_folder(url: str) -> Path | None:
    """The folder of a SQLite store that does not exist (``serve`` never creates folders: a mistyped
    ``--db`` would otherwise serve a new empty store)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    folder = Path(parsed.database).parent
    return None if folder.is_dir() else folder


def _new_store(url: str) -> bool:
    """Whether ``url`` names a SQLite file that does not exist yet (serve makes it, and says so)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return False
    return not Path(parsed.database).exists()


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` (IPv4 or IPv6), or OSError (address in use, unknown host)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the store as a local web app: stories, story, entity and article pages and a JSON API.

    Adding articles through the API is off unless PARALLAX_TOKEN is set (then it needs that bearer token).
    """
    import uvicorn
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from parallax.store.db import resolve_url
    from parallax.web.app import create_app

    url = resolve_url(db)
    parsed = make_url(url)
    sqlite_file = parsed.get_backend_name() == "sqlite" and parsed.database not in {None, "", ":memory:"}
    shown = str(parsed.database) if sqlite_file else parsed.render_as_string(hide_password=True)
    folder = _missing_folder(url)
    if folder is not None:
        raise _fail(f"{shown}: the folder {folder} does not exist")
    new = _new_store(url)
    try:
        app = create_app(url, token=os.environ.get("PARALLAX_TOKEN") or None)
    except (SQLAlchemyError, OSError, ImportError) as exc:
        message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise _fail(f"{shown}: {message[0] if message else type(exc).__name__}") from exc
    try:
        sock = listen(host, port)
    except OSError as exc:
        raise _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    if new:
        typer.echo(
            f"parallax: {shown} did not exist: serving a new, empty store (fill it with parallax add)",
            err=True,
        )
    bound = sock.getsockname()
    where = f"[{bound[0]}]" if sock.family == socket.AF_INET6 else bound[0]
    typer.echo(f"parallax: serving {shown} at http://{where}:{bound[1]}/ (Ctrl-C to stop)", err=True)
    config = uvicorn.Config(app, log_level="warning", server_header=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
