"""``parallax serve``: the web app over a store, run by uvicorn.

Registered in :mod:`parallax.cli` with ``app.command(name="serve")(serve)``.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from parallax.store_cli import DbOpt


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

    from parallax.web.app import create_app

    app = create_app(db, token=os.environ.get("PARALLAX_TOKEN") or None)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
