"""The ``parallax`` command: thin wrappers over the library functions.

Exit codes: 0 when every input went through, 1 when some failed, 2 when none
could be processed (or the command itself could not run). Every failure is one
line on standard error naming the input and the reason; never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from parallax.config import Settings, load_settings
from parallax.errors import ParallaxError
from parallax.model import Rejected

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Parallax: show every side of a news story.",
    pretty_exceptions_enable=False,
)

PROGRESS_MIN_ITEMS = 10

ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML settings file.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model package name.")]
ProcOpt = Annotated[int | None, typer.Option("--processes", "-p", help="Worker processes.")]


def _err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        return load_settings(config, overrides=overrides)
    except ParallaxError as exc:
        _err_console().print(f"parallax: {exc}", markup=False)
        raise typer.Exit(2) from exc


@contextmanager
def _progress(enabled: bool) -> Iterator[object]:
    """A rich progress bar on standard error, with one task per stage."""
    if not enabled:
        yield None
        return
    bar = Progress(
        TextColumn("{task.description:<9}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_err_console(),
        transient=True,
    )
    tasks: dict[str, int] = {}

    def update(stage: str, advance: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = int(bar.add_task(stage, total=total))
        bar.update(tasks[stage], advance=advance, total=total)  # type: ignore[arg-type]

    with bar:
        yield update


def report_rejected(rejected: Sequence[Rejected]) -> None:
    console = _err_console()
    for item in rejected:
        console.print(f"parallax: {item.source}: {item.reason} [{item.code}, {item.stage}]", markup=False)


def exit_code(ok: int, failed: int) -> int:
    if failed == 0 and ok > 0:
        return 0
    return 1 if ok > 0 else 2


def _count_inputs(paths: Sequence[Path]) -> int:
    from parallax.ingest.files import expand_paths

    return sum(1 for _ in expand_paths(paths))


def _write_text(path: Path, text: str) -> None:
    if str(path) == "-":
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@app.command()
def clean(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .jsonl) and directories.")],
    out_dir: Annotated[Path | None, typer.Option("-o", "--out", help="Write DIR/NAME.txt bodies here.")] = None,
    json_file: Annotated[Path | None, typer.Option("--json", help="Write the article records as JSON.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Clean articles: remove page furniture, keep the body and its metadata."""
    from parallax.pipeline import clean as clean_articles

    settings = _settings(config)
    with _progress(_count_inputs(paths) >= PROGRESS_MIN_ITEMS) as progress:
        run = clean_articles(paths, settings, progress=progress)  # type: ignore[arg-type]
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        for article in run.articles:
            (out_dir / f"{_safe_name(article.id)}.txt").write_text(article.text + "\n", encoding="utf-8")
    if json_file is not None:
        from pydantic import TypeAdapter

        from parallax.model import Article

        # pydantic writes the JSON bytes in one pass (json.dumps with indent holds millions of small pieces).
        data = TypeAdapter(list[Article]).dump_json(run.articles, indent=2) + b"\n"
        if str(json_file) == "-":
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        else:
            json_file.parent.mkdir(parents=True, exist_ok=True)
            json_file.write_bytes(data)
    if out_dir is None and json_file is None:
        console = Console(highlight=False)
        for article in run.articles:
            console.print(f"[bold]{article.id}[/bold]: {article.title or '(no title)'}", markup=True)
            console.print(f"  {len(article.text.split())} words kept, {len(article.removed)} blocks removed")
    report_rejected(run.rejected)
    raise typer.Exit(exit_code(len(run.articles), len(run.rejected)))


@app.command()
def annotate(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .jsonl) and directories.")],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for articles without one.")
    ] = None,
    raw: Annotated[bool, typer.Option("--raw", help="Annotate the input text exactly as given, no cleaning.")] = False,
    json_file: Annotated[Path | None, typer.Option("--json", help="Write JSON (JSON Lines if several); - for stdout.")] = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    processes: ProcOpt = None,
) -> None:
    """Annotate articles: sentences, entities, quantities, dates and attributions."""
    from parallax.cleaning.stage import normalize_published
    from parallax.pipeline import annotate as annotate_articles

    settings = _settings(config, spacy_model=model, processes=processes)
    if published is not None and normalize_published(published) is None:
        _err_console().print(f"parallax: --published {published!r} is not a date (YYYY-MM-DD)", markup=False)
        raise typer.Exit(2)
    try:
        with _progress(_count_inputs(paths) >= PROGRESS_MIN_ITEMS) as progress:
            run = annotate_articles(
                paths, settings, published=normalize_published(published), raw=raw, progress=progress  # type: ignore[arg-type]
            )
    except ParallaxError as exc:
        _err_console().print(f"parallax: {exc}", markup=False)
        raise typer.Exit(2) from exc
    records = [a.model_dump_json() for a in run.annotations]
    if json_file is not None:
        if len(records) == 1:
            body = run.annotations[0].model_dump_json(indent=2)
        else:
            body = "\n".join(records)
        _write_text(json_file, body)
    else:
        console = Console(highlight=False)
        for ann in run.annotations:
            console.print(
                f"[bold]{ann.id}[/bold]: {len(ann.sentences)} sentences, {len(ann.entities)} entities, "
                f"{len(ann.quantities)} quantities, {len(ann.dates)} dates, {len(ann.attributions)} attributions"
            )
    report_rejected(run.rejected)
    raise typer.Exit(exit_code(len(run.annotations), len(run.rejected)))


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .jsonl) and directories.")],
    json_file: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON; - for stdout.")] = None,
    markdown_file: Annotated[Path | None, typer.Option("--markdown", help="Write the report as Markdown.")] = None,
    html_file: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for articles without one.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report.")] = False,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    processes: ProcOpt = None,
) -> None:
    """Compare the sources: stories, entities, claims, agreements and contradictions."""
    from parallax.cleaning.stage import normalize_published
    from parallax.pipeline import analyze as analyze_articles
    from parallax.render import render_html, render_json, render_markdown, render_terminal

    settings = _settings(config, spacy_model=model, processes=processes)
    if published is not None and normalize_published(published) is None:
        _err_console().print(f"parallax: --published {published!r} is not a date (YYYY-MM-DD)", markup=False)
        raise typer.Exit(2)
    try:
        with _progress(True) as progress:
            report = analyze_articles(
                paths, settings, published=normalize_published(published), progress=progress  # type: ignore[arg-type]
            )
    except ParallaxError as exc:
        _err_console().print(f"parallax: {exc}", markup=False)
        raise typer.Exit(2) from exc
    if json_file is not None:
        _write_text(json_file, render_json(report))
    if markdown_file is not None:
        _write_text(markdown_file, render_markdown(report))
    if html_file is not None:
        _write_text(html_file, render_html(report))
    if not quiet and str(json_file) != "-":
        render_terminal(report, Console())
    report_rejected(report.rejected)
    raise typer.Exit(exit_code(len(report.articles), len(report.rejected)))


from parallax.store_cli import add as _add  # noqa: E402

app.command(name="add")(_add)


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip(".")
    return cleaned or "article"


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
