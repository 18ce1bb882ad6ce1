"""``parallax add``: put articles, their annotations and their stories into a store.

Registered in :mod:`parallax.cli` as ``app.command(name="add")(add)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file or URL, or postgresql+psycopg://... (default: $PARALLAX_DB or ./parallax.db).",
    ),
]


def add(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .jsonl) and directories.")],
    db: DbOpt = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for articles without one.")
    ] = None,
    settle_every: Annotated[
        int, typer.Option("--settle-every", min=1, help="Put the new articles into stories every N articles.")
    ] = 200,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="TOML settings file.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package name.")] = None,
) -> None:
    """Add articles to a store: each new one is annotated, committed and put into a story."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from parallax.cleaning.stage import normalize_published
    from parallax.cli import (
        PROGRESS_MIN_ITEMS,
        _count_inputs,
        _err_console,
        _progress,
        _settings,
        exit_code,
        report_rejected,
    )
    from parallax.errors import ParallaxError
    from parallax.store.add import add_paths
    from parallax.store.db import open_engine, resolve_url

    settings = _settings(config, spacy_model=model)
    if published is not None and normalize_published(published) is None:
        _err_console().print(f"parallax: --published {published!r} is not a date (YYYY-MM-DD)", markup=False)
        raise typer.Exit(2)
    try:
        engine = open_engine(db)
        with _progress(_count_inputs(paths) >= PROGRESS_MIN_ITEMS and not quiet) as progress:
            result = add_paths(
                paths, engine, settings, normalize_published(published), progress, settle_every
            )  # type: ignore[arg-type]
    except (ParallaxError, SQLAlchemyError, OSError) as exc:
        message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        where = make_url(resolve_url(db)).render_as_string(hide_password=True)
        _err_console().print(f"parallax: {where}: {message}", markup=False)
        raise typer.Exit(2) from exc
    engine.dispose()
    if not quiet:
        Console(highlight=False, stderr=True, soft_wrap=True).print(
            f"added {len(result.added)} articles and {len(result.copies)} copies from other outlets;"
            f" {len(result.duplicates)} already stored; stories: {len(result.stories_created)} new,"
            f" {len(result.stories_updated)} updated, {len(result.stories_removed)} merged",
            markup=False,
        )
    report_rejected(result.rejected)
    stored = len(result.added) + len(result.copies) + len(result.duplicates)
    raise typer.Exit(exit_code(stored, len(result.rejected)))
