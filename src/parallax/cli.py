"""The ``parallax`` command: thin wrappers over one :class:`~parallax.engine.Engine`.

Exit codes: 0 when every input went through, 1 when some failed, 2 when none
could be processed (or the command itself could not run: a bad option, a bad
setting, an output path that cannot be written). Every failure is one line on
standard error, ``parallax: ... [CODE]``; never a traceback.
"""

from __future__ import annotations

import io
import itertools
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer._click.core import Context
from typer._click.formatting import HelpFormatter
from typer.core import TyperArgument, TyperCommand

from parallax import __version__
from parallax.common.output_file import replacing_file
from parallax.config import Settings, load_settings
from parallax.errors import OutputError, ParallaxError, one_line
from parallax.model import Annotation, Rejected, Report, Story

if TYPE_CHECKING:
    from rich.console import Console

    from parallax.engine import Engine, Progress

EXIT_CODES = """\b
Exit codes:
  0  every input went through
  1  some inputs failed (one line each on stderr); the others were written
  2  no input could be processed, or the command could not run"""

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Parallax: show every side of a news story.",
    epilog="""\b
Examples:
  parallax analyze articles/ --html report.html
  parallax clean page.txt -o clean/
  parallax annotate story.jsonl --json -

"""
    + EXIT_CODES,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

PROGRESS_MIN_ITEMS = 10


class _Command(TyperCommand):
    """A command whose usage line reads ``[OPTIONS] PATH...``."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        return [self.options_metavar or "[OPTIONS]", "PATH..."]

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        for param in self.params:
            if isinstance(param, TyperArgument):
                setattr(param, "display_type_rich", lambda ctx: None)  # noqa: B010 - no "<list[Path]>" in help
        super().format_help(ctx, formatter)


PathsArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATH...", help="Files (.txt, .html, .jsonl) and directories.", show_default=False
    ),
]
ConfigOpt = Annotated[Path | None, typer.Option("--config", metavar="FILE", help="TOML settings file.")]
ModelOpt = Annotated[str | None, typer.Option("--model", metavar="NAME", help="spaCy model package name.")]
ProcOpt = Annotated[
    int | None, typer.Option("--processes", "-p", metavar="N", min=1, help="Worker processes (at least 1).")
]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", metavar="YYYY-MM-DD", help="Publication date for articles without one."),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"parallax {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Parallax: show every side of a news story."""


def _err(message: str) -> None:
    sys.stderr.write(f"parallax: {one_line(message)}\n")


def _fail(exc: ParallaxError) -> typer.Exit:
    _err(f"{exc} [{exc.code}]")
    return typer.Exit(2)


def _engine(config: Path | None, **overrides: object) -> Engine:
    """The default engine (one per process) with the settings of this command."""
    from parallax.engine import DEFAULT

    try:
        settings: Settings = load_settings(config, overrides=overrides)
    except ParallaxError as exc:
        raise _fail(exc) from exc
    return DEFAULT.get(settings)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress | None]:
    """A rich progress bar on standard error (a terminal only), with one task per stage."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description:<9}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True, highlight=False),
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def update(stage: str, advance: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], advance=advance, total=total)

    with bar:
        yield update


def report_rejected(rejected: Sequence[Rejected]) -> None:
    for item in rejected:
        _err(f"{item.source}: {item.reason} [{item.code}, {item.stage}]")


def report_failed_stories(stories: Iterable[Story]) -> int:
    """One line per story whose analysis failed (kept in the report with no analysis); how many."""
    count = 0
    for number, story in enumerate(stories, 1):
        if story.failed:
            count += 1
            _err(f"story {number} ({story.title}): {story.failed}")
    return count


def exit_code(ok: int, failed: int) -> int:
    if failed == 0 and ok > 0:
        return 0
    return 1 if ok > 0 else 2


def _walk(paths: Sequence[Path]) -> tuple[int, dict[Path, list[str]]]:
    """How many inputs will be read, and per folder the files skipped for their type."""
    from parallax.ingest.files import KNOWN_SUFFIXES

    count = 0
    skipped: dict[Path, list[str]] = {}
    for path in paths:
        if not path.is_dir():
            count += 1
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                if Path(name).suffix.lower() in KNOWN_SUFFIXES:
                    count += 1
                else:
                    skipped.setdefault(path, []).append(str(Path(root, name).relative_to(path)))
    return count, skipped


def _inputs(paths: Sequence[Path]) -> int:
    """Count the inputs and name, once per folder, the files of types Parallax does not read."""
    count, skipped = _walk(paths)
    for folder, names in skipped.items():
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        _err(f"{folder}: skipped {_plural(len(names), 'file')} of unsupported type ({shown})")
    return count


def check_output(path: Path | None, folder: bool = False) -> None:
    """Refuse, before any work, an output path that cannot be written (raises OutputError, E500)."""
    if path is None or (not folder and str(path) == "-"):
        return
    if path.exists():
        if folder and not path.is_dir():
            raise OutputError(f"{path} is a file, not a folder")
        if not folder and path.is_dir():
            raise OutputError(f"{path} is a folder, not a file")
        if not os.access(path, os.W_OK):
            raise OutputError(f"{path} is not writable")
        return
    parent = path.parent
    for ancestor in [parent, *parent.parents]:
        if ancestor.exists() and not ancestor.is_dir():
            raise OutputError(f"cannot write {path}: {ancestor} is a file, not a folder")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: folder {parent} is not writable")


def _check_outputs(files: Sequence[Path | None] = (), folder: Path | None = None) -> None:
    try:
        for path in files:
            check_output(path)
        check_output(folder, folder=True)
    except OutputError as exc:
        raise _fail(exc) from exc


def _write_text(path: Path, text: str) -> None:
    if not text.endswith("\n"):
        text += "\n"
    try:
        if str(path) == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        with replacing_file(path) as handle:
            handle.write(text.encode("utf-8"))
    except OSError as exc:
        raise _fail(OutputError(f"cannot write {path}: {exc.strerror or exc}")) from exc


def _write_bytes(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data``, or each piece of it in turn (JSON Lines record by record: no joined copy).

    A file is written whole or not at all (:func:`parallax.common.output_file.replacing_file`): when
    making the pieces fails or is interrupted, no half-written file is left and an existing one is kept."""
    pieces = [data] if isinstance(data, bytes) else data
    try:
        if str(path) == "-":
            sys.stdout.flush()
            for piece in pieces:
                sys.stdout.buffer.write(piece)
            sys.stdout.buffer.flush()
            return
        with replacing_file(path) as handle:
            for piece in pieces:
                handle.write(piece)
    except OSError as exc:
        raise _fail(OutputError(f"cannot write {path}: {exc.strerror or exc}")) from exc


def _stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False, file=io.StringIO() if not sys.stdout.isatty() else None)


def _flush(console: Console) -> None:
    """Piped output (a StringIO console): written without the padding rich adds at line ends."""
    if isinstance(console.file, io.StringIO):
        text = console.file.getvalue()
        sys.stdout.write("".join(line.rstrip() + "\n" for line in text.splitlines()))


def _date(published: str | None) -> str | None:
    from parallax.common.published import normalize_published

    if published is None:
        return None
    value = normalize_published(published)
    if value is None:
        _err(f"--published {published!r} is not a date (YYYY-MM-DD) [E400]")
        raise typer.Exit(2)
    return value


@app.command(cls=_Command, epilog=EXIT_CODES)
def clean(
    paths: PathsArg,
    out_dir: Annotated[
        Path | None, typer.Option("-o", "--out", metavar="DIR", help="Write DIR/NAME.txt bodies here.")
    ] = None,
    json_file: Annotated[
        Path | None,
        typer.Option("--json", metavar="FILE", help="Write the article records as JSON; - for stdout."),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Clean articles: remove page furniture, keep the body and its metadata."""
    engine = _engine(config)
    _check_outputs([json_file], out_dir)
    try:
        with _progress(_inputs(paths) >= PROGRESS_MIN_ITEMS) as progress:
            run = engine.clean_paths(paths, progress=progress)
    except ParallaxError as exc:
        raise _fail(exc) from exc
    if out_dir is not None:
        try:
            out_dir.mkdir(exist_ok=True)
        except OSError as exc:
            raise _fail(OutputError(f"cannot make folder {out_dir}: {exc.strerror or exc}")) from exc
        used: set[str] = set()
        for article in run.articles:
            _write_text(out_dir / f"{_unique_name(article.id, used)}.txt", article.text)
    if json_file is not None:
        from pydantic import TypeAdapter

        from parallax.model import Article

        # pydantic writes the JSON bytes in one pass (json.dumps with indent holds millions of small pieces).
        _write_bytes(json_file, TypeAdapter(list[Article]).dump_json(run.articles, indent=2) + b"\n")
    if out_dir is None and json_file is None:
        from rich.text import Text

        console = _stdout_console()
        for article in run.articles:
            console.print(Text.assemble((article.id, "bold"), f": {article.title or '(no title)'}"))
            console.print(
                f"  {_plural(len(article.text.split()), 'word')} kept, "
                f"{_plural(len(article.removed), 'block')} removed",
                markup=False,
            )
        _flush(console)
    report_rejected(run.rejected)
    raise typer.Exit(exit_code(len(run.articles), len(run.rejected)))


@app.command(cls=_Command, epilog=EXIT_CODES)
def annotate(
    paths: PathsArg,
    published: PublishedOpt = None,
    raw: Annotated[
        bool, typer.Option("--raw", help="Annotate the input text exactly as given, no cleaning.")
    ] = False,
    json_file: Annotated[
        Path | None,
        typer.Option("--json", metavar="FILE", help="Write JSON (JSON Lines if several); - for stdout."),
    ] = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    processes: ProcOpt = None,
) -> None:
    """Annotate articles: sentences, entities, quantities, dates and attributions."""
    engine = _engine(config, spacy_model=model, processes=processes)
    date = _date(published)
    _check_outputs([json_file])
    rejected: list[Rejected] = []
    count = 0
    try:
        with (
            _progress(_inputs(paths) >= PROGRESS_MIN_ITEMS) as progress,
            closing(engine.iter_annotate_paths(paths, published=date, raw=raw, progress=progress)) as results,
        ):
            records = _annotations(results, rejected)
            if json_file is not None:
                count = _write_annotations(json_file, records)
            else:
                from rich.text import Text

                console = _stdout_console()
                for ann in records:
                    count += 1
                    console.print(
                        Text.assemble(
                            (ann.id, "bold"),
                            f": {_plural(len(ann.sentences), 'sentence')}, "
                            f"{_plural(len(ann.entities), 'entity', 'entities')}, "
                            f"{_plural(len(ann.quantities), 'quantity', 'quantities')}, "
                            f"{_plural(len(ann.dates), 'date')}, {_plural(len(ann.attributions), 'attribution')}",
                        )
                    )
                _flush(console)
    except ParallaxError as exc:
        raise _fail(exc) from exc
    report_rejected(rejected)
    raise typer.Exit(exit_code(count, len(rejected)))


def _annotations(results: Iterable[Annotation | Rejected], rejected: list[Rejected]) -> Iterator[Annotation]:
    """The records of an annotate run as they come; the failures go to ``rejected``."""
    for item in results:
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            yield item


def _write_annotations(path: Path, records: Iterator[Annotation]) -> int:
    """One record as indented JSON, several as JSON Lines written one by one as they come (the first is
    held until a second one says which); how many were written."""
    first = next(records, None)
    second = next(records, None) if first is not None else None
    if first is not None and second is None:
        _write_bytes(path, first.model_dump_json(indent=2).encode() + b"\n")
        return 1
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        for record in itertools.chain([r for r in (first, second) if r is not None], records):
            count += 1
            yield record.model_dump_json().encode() + b"\n"

    _write_bytes(path, lines())
    return count


@app.command(cls=_Command, epilog=EXIT_CODES)
def analyze(
    paths: PathsArg,
    json_file: Annotated[
        Path | None, typer.Option("--json", metavar="FILE", help="Write the report as JSON; - for stdout.")
    ] = None,
    markdown_file: Annotated[
        Path | None,
        typer.Option("--markdown", metavar="FILE", help="Write the report as Markdown; - for stdout."),
    ] = None,
    html_file: Annotated[
        Path | None, typer.Option("--html", metavar="FILE", help="Write a self-contained HTML report.")
    ] = None,
    published: PublishedOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report.")] = False,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    processes: ProcOpt = None,
) -> None:
    """Compare the sources: stories, entities, claims, agreements and contradictions."""
    engine = _engine(config, spacy_model=model, processes=processes)
    date = _date(published)
    _check_outputs([json_file, markdown_file, html_file])
    terminal = not quiet and "-" not in {str(json_file), str(markdown_file)}
    try:
        with ExitStack() as stack:
            with _progress(_inputs(paths) >= 1) as progress:
                # The stories wait in a temporary file (removed when this block ends); the JSON report is
                # written story by story, the other renderers read the whole report.
                streamed = stack.enter_context(
                    engine.analyze_paths_streamed(paths, published=date, progress=progress)
                )
            if json_file is not None:
                _write_bytes(json_file, streamed.json_pieces())
            if markdown_file is not None or html_file is not None or terminal:
                _render(streamed.report(), markdown_file, html_file, terminal)
            report_rejected(streamed.rejected)
            failed = report_failed_stories(streamed.stories)  # read while the stories' spill is open
    except ParallaxError as exc:
        raise _fail(exc) from exc
    raise typer.Exit(exit_code(len(streamed.articles), len(streamed.rejected) + failed))


def _render(report: Report, markdown_file: Path | None, html_file: Path | None, terminal: bool) -> None:
    if markdown_file is not None:
        from parallax.render.markdown import render_markdown

        _write_text(markdown_file, render_markdown(report))
    if html_file is not None:
        from parallax.render.html import render_html

        _write_text(html_file, render_html(report))
    if terminal:
        from parallax.render.terminal import render_terminal

        console = _stdout_console()
        render_terminal(report, console)
        _flush(console)


from parallax.store_cli import add as _add  # noqa: E402

app.command(name="add")(_add)
from parallax.web.serve import serve as _serve  # noqa: E402

app.command(name="serve")(_serve)


# File names are at most 255 bytes on common file systems: room for a suffix such as "-12.txt".
_NAME_BYTES = 200


def _safe_name(name: str) -> str:
    """An article id as a file name: letters, digits, ``-_.`` (no folder part), at most 200 bytes."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip(".")
    if len(cleaned.encode()) > _NAME_BYTES:
        import hashlib

        digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        cleaned = cleaned.encode()[: _NAME_BYTES - 11].decode(errors="ignore") + "-" + digest
    return cleaned or "article"


def _unique_name(name: str, used: set[str]) -> str:
    """:func:`_safe_name`, with ``-2``, ``-3`` added when an earlier article of this run took the name
    (ids "a/b" and "a_b" would otherwise write one file)."""
    base = _safe_name(name)
    candidate, count = base, 1
    while candidate.lower() in used:
        count += 1
        candidate = f"{base}-{count}"
    used.add(candidate.lower())
    return candidate


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
