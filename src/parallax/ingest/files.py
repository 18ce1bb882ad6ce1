"""Paths to documents: files, directories (recursively) and several paths at once.

Every input either becomes a :class:`~parallax.model.Document` or a
:class:`~parallax.model.Rejected` record naming the file and the reason.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from parallax.errors import InputError, TooLargeError, UnreadableError, UnsupportedError
from parallax.ingest.decode import decode_bytes
from parallax.ingest.jsonl import read_jsonl
from parallax.model import Document, Rejected

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, Path]]:
    """Yield (source as given, file path); directories are walked recursively in sorted order.

    Inside directories only files with a known suffix are taken; a path named
    explicitly is always taken. A folder that cannot be listed is yielded itself, so that reading it
    names it and the reason.
    """
    for source, path, _ in _expand(paths):
        yield source, path


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, Path, bool]]:
    """(source, path, named explicitly) for every input; see :func:`expand_paths`. One path given alone
    (a string, not a list) is that path, not its characters ("/" first would walk the file system)."""
    for given in [paths] if isinstance(paths, str | os.PathLike) else paths:
        path = Path(given)
        if path.is_dir():
            unlisted: list[OSError] = []
            for root, dirs, files in os.walk(path, onerror=unlisted.append):
                yield from _unlisted(unlisted)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if child.suffix.lower() in KNOWN_SUFFIXES and not name.startswith("."):
                        yield str(child), child, False
            yield from _unlisted(unlisted)
        else:
            yield str(given), path, True


def _unlisted(errors: list[OSError]) -> Iterator[tuple[str, Path, bool]]:
    while errors:
        error = errors.pop(0)
        folder = str(error.filename)
        yield folder, Path(folder), False


def _sniff_kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    lowered = head[:2048].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return "html"
    if lowered.startswith(b"{"):
        return "jsonl"
    if suffix in {"", ".dump", ".md"}:
        return "text"
    raise UnsupportedError(f"unsupported file type {suffix!r} (use .txt, .html or .jsonl)", str(path))


def read_file(source: str, path: Path, max_bytes: int, explicit: bool = True) -> list[Document | Rejected]:
    """Read one file into documents (several for JSONL). Raises InputError subclasses.

    Only regular files are read, except a pipe or device named explicitly (``<(command)``), read up to
    ``max_bytes``: a FIFO or device met in a folder is refused (reading it could wait for ever)."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise UnreadableError("no such file", source) from exc
    except OSError as exc:
        raise UnreadableError(f"cannot read ({exc.strerror or exc})", source) from exc
    if stat.S_ISDIR(info.st_mode):
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            raise UnreadableError(f"cannot read folder ({exc.strerror or exc})", source) from exc
        raise UnreadableError("a folder, not a file", source)
    if not stat.S_ISREG(info.st_mode) and not explicit:
        raise UnreadableError(f"not a regular file ({_file_type(info.st_mode)})", source)
    if info.st_size > max_bytes:
        raise TooLargeError(
            f"file is {info.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit", source
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableError(f"cannot read ({exc.strerror or exc})", source) from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"input is over the {max_bytes / 1e6:.0f} MB limit", source)
    kind = _sniff_kind(path, data[:4096])
    text, encoding = decode_bytes(data, source)
    name = path.stem
    if kind == "jsonl":
        return list(read_jsonl(text, source, name))
    if kind == "html":
        return [Document(id=name, source=source, kind="html", html=text, encoding=encoding)]
    return [Document(id=name, source=source, kind="text", text=text, encoding=encoding)]


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def read_inputs(paths: Iterable[str | os.PathLike[str]], max_bytes: int) -> Iterator[Document | Rejected]:
    """Read every input path; failures become Rejected records and the rest goes on.

    Document ids are unique within one call: a repeated name gets a ``-2``, ``-3`` suffix.
    """
    seen: dict[str, int] = {}
    for source, path, explicit in _expand(paths):
        try:
            items = read_file(source, path, max_bytes, explicit)
        except InputError as exc:
            yield Rejected(source=source, stage=exc.stage, reason=exc.message, code=exc.code)
            continue
        for item in items:
            if isinstance(item, Document):
                count = seen.get(item.id, 0) + 1
                seen[item.id] = count
                if count > 1:
                    item = item.model_copy(update={"id": f"{item.id}-{count}"})
            yield item
