"""The app factory: :func:`create_app` wires the store, the pages, the API and the security middleware."""

from __future__ import annotations

import threading
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from parallax.fetch.client import FetchOptions
from parallax.web import api, pages
from parallax.web.cache import PAGES, PageCache
from parallax.web.reader import StoreReader
from parallax.web.security import SecurityHeaders

#: Largest request body accepted (bytes); larger ones get 413 before they are read.
MAX_BODY = 2_000_000


class _App(FastAPI):
    """FastAPI with the security headers outermost: on every answer, also the 413s and 500s that
    FastAPI's own outer middleware give."""

    def build_middleware_stack(self) -> Any:
        return SecurityHeaders(super().build_middleware_stack())


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    max_body: int = MAX_BODY,
    migrate: bool = True,
    page_cache: int = PAGES,
    fetch_options: FetchOptions | None = None,
) -> FastAPI:
    """The web app over the store at ``db_url`` (a SQLite file or URL, a PostgreSQL URL; default as
    ``parallax add``: ``$PARALLAX_DB`` or ``./parallax.db``).

    ``token`` turns on adding articles through the API (bearer token); without it adding answers 403.
    The store is created or upgraded to the latest schema unless ``migrate`` is False. ``page_cache``
    rendered pages are kept until the store changes (0: render every request). ``fetch_options`` say how
    URLs added through the API are fetched (default: as ``parallax add``, private addresses refused).
    """
    from parallax.annotation.entities import country_names
    from parallax.store.db import open_engine

    engine = open_engine(db_url, migrate=migrate)
    app = _App(
        title="Parallax",
        summary="A library of news stories compared across outlets.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the interactive pages load their scripts from the network
        redoc_url=None,
        max_body_size=max_body,  # 413 before the body is read (Content-Length) or as it passes the limit
    )
    app.state.engine = engine
    app.state.reader = StoreReader(engine, places=country_names())
    app.state.templates = pages.environment()
    app.state.token = token or None
    app.state.page_cache = PageCache(page_cache)
    app.state.add_lock = threading.Lock()
    app.state.fetch_options = fetch_options or FetchOptions()
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("parallax") / "web" / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


def _for_a_reader(request: Request) -> bool:
    """Errors of the API and of static files stay JSON; a person's mistyped page address gets a page."""
    path = request.url.path
    return not (path == "/api" or path.startswith(("/api/", "/static/")))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if not _for_a_reader(request) or exc.status_code not in {404, 405}:
        return await http_exception_handler(request, exc)
    if exc.status_code == 405:
        answer = pages.error_page(request, 405, "Not allowed", "This page can only be read.")
        answer.headers.update(exc.headers or {})  # Allow: GET
        return answer
    return pages.error_page(request, 404, "Not found", "There is no page at this address.")


async def _invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if not _for_a_reader(request):
        return await request_validation_exception_handler(request, exc)
    problems = "; ".join(
        f"{error['loc'][-1]}: {error['msg'][:1].lower()}{error['msg'][1:]}" for error in exc.errors()
    )
    return pages.error_page(
        request, 422, "Not a valid address", f"This address cannot be shown ({problems})."
    )
