"""``parallax add``: put articles, their annotations and their stories into a store.

Registered in :mod:`parallax.cli` with ``app.command(name="add")(add)``. Self-contained (it uses no private
helper of ``cli.py``); the exit codes are the CLI's: 0 when every input went in (or was already there),
1 when some failed, 2 when none could be added or the store could not be opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from parallax.errors import one_line
from parallax.pipeline import Progress

PROGRESS_MIN_ITEMS = 10

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file or URL, or postgresql+psycopg://... (default: $PARALLAX_DB or ./parallax.db).",
    ),
]


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str) -> typer.Exit:
    _err().print(f"parallax: {one_line(message)}", markup=False)
    return typer.Exit(2)


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress | None]:
    """A progress bar on standard error with one task per stage (clean, add)."""
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    if not enabled:
        yield None
        return
    bar = Bar(
        TextColumn("{task.description:<9}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_err(),
        transient=True,
    )
    tasks: dict[str, int] = {}

    def update(stage: str, advance: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = int(bar.add_task(stage, total=total))
        bar.update(tasks[stage], advance=advance, total=total)  # type: ignore[arg-type]

    with bar:
        yield update


def add(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH|URL...", help="Files (.txt, .html, .jsonl), directories and web pages (http/https)."
        ),
    ] = None,
    db: DbOpt = None,
    feed: Annotated[
        list[str] | None,
        typer.Option("--feed", help="An RSS or Atom feed: its new items are fetched (repeatable)."),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Fetch private, loopback and link-local addresses too."),
    ] = False,
    delay: Annotated[
        float, typer.Option("--delay", min=0.0, help="Seconds between two requests to one web site.")
    ] = 1.0,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for articles without one.")
    ] = None,
    settle_every: Annotated[
        int, typer.Option("--settle-every", min=1, help="Put the new articles into stories every N articles.")
    ] = 200,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
    ] = False,
    config: Annotated[Path | None, typer.Option("--config", help="TOML settings file.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package name.")] = None,
    processes: Annotated[
        int | None, typer.Option("--processes", "-p", min=1, help="Worker processes (at least 1).")
    ] = None,
) -> None:
    """Add articles to a store: each new one is annotated, committed and put into a story."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from parallax.common.published import normalize_published
    from parallax.config import load_settings
    from parallax.errors import ParallaxError
    from parallax.fetch.client import FetchOptions
    from parallax.fetch.run import FetchRun, fetch_inputs, split_inputs
    from parallax.ingest.files import expand_paths
    from parallax.render.view import plural
    from parallax.store.add import add_paths
    from parallax.store.db import open_engine, resolve_url

    try:
        settings = load_settings(config, overrides={"spacy_model": model, "processes": processes})
    except ParallaxError as exc:
        raise _fail(str(exc)) from exc
    if published is not None and normalize_published(published) is None:
        raise _fail(f"--published {published!r} is not a date (YYYY-MM-DD)")
    urls, paths = split_inputs(inputs or [])
    feeds = feed or []
    if not (urls or paths or feeds):
        raise _fail("nothing to add: give files, directories, web addresses or --feed URL")
    many = sum(1 for _ in expand_paths(paths)) + len(urls) + len(feeds) >= PROGRESS_MIN_ITEMS
    fetched = FetchRun()
    try:
        engine = open_engine(db)
        with _progress(many and not quiet) as progress:
            if urls or feeds:  # parallax.fetch: polite, guarded fetching (docs/fetch.md)
                options = FetchOptions(delay=delay, allow_private=allow_private)
                fetched = fetch_inputs(urls, feeds, engine, options, progress)
            result = add_paths(
                [*paths, *fetched.documents],
                engine,
                settings,
                normalize_published(published),
                progress,
                settle_every,
            )
            fetched.save(engine)
        result.rejected[:0] = fetched.rejected
    except (ParallaxError, SQLAlchemyError, OSError) as exc:
        message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise _fail(f"{make_url(resolve_url(db)).render_as_string(hide_password=True)}: {message}") from exc
    engine.dispose()
    # What failed first, one line each, then the summary (the last thing a user reads).
    for item in result.rejected:
        _err().print(
            one_line(f"parallax: {item.source}: {item.reason} [{item.code}, {item.stage}]"), markup=False
        )
    if not quiet:
        if urls or feeds:
            _err().print(fetched.summary(), markup=False)
        _err().print(
            f"added {plural(len(result.added), 'article')} and {plural(len(result.copies), 'copy', 'copies')}"
            f" from other outlets; {len(result.duplicates)} already stored; stories:"
            f" {len(result.stories_created)} new, {len(result.stories_updated)} updated,"
            f" {len(result.stories_removed)} merged",
            markup=False,
        )
    stored = len(result.added) + len(result.copies) + len(result.duplicates)
    # A feed with nothing new is not a failure.
    stored += sum(1 for outcome in fetched.feeds if not outcome.check.items)
    raise typer.Exit(0 if stored and not result.rejected else 1 if stored else 2)
