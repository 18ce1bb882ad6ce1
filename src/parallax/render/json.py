"""The report as JSON: exactly the pydantic models (schema in docs/schema.json)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from parallax.model import Article, Rejected, Report, Story


def render_json_bytes(report: Report, indent: int | None = 2) -> bytes:
    """The report as a UTF-8 JSON document ending with a newline, made in one pass by pydantic.

    Writing these bytes is the cheapest way out: the report of a long article is megabytes of JSON,
    and a ``str`` of it takes up to four times its UTF-8 size."""
    data: bytes = report.__pydantic_serializer__.to_json(report, indent=indent)
    return data + b"\n"


def render_json_pieces(
    articles: Sequence[Article], rejected: Sequence[Rejected], stories: Iterable[Story], indent: int = 2
) -> Iterator[bytes]:
    """:func:`render_json_bytes` of the report of ``articles``, ``rejected`` and ``stories``, in pieces:
    the articles and rejected inputs, then one story at a time (each indented as inside the report), so
    that a writer need not hold every story at once."""
    head = Report(articles=list(articles), rejected=list(rejected))
    data: bytes = head.__pydantic_serializer__.to_json(head, indent=indent)
    empty = b"[]\n}"
    if not data.endswith(b": " + empty):  # pragma: no cover - the field order of Report changed
        raise RuntimeError("the report no longer ends with its stories")
    pad = b" " * (2 * indent)  # a story sits two levels deep; JSON strings hold no raw newline
    started = False
    for story in stories:
        body: bytes = story.__pydantic_serializer__.to_json(story, indent=indent)
        if not started:
            yield data[: -len(empty)] + b"[\n"
        yield (b",\n" if started else b"") + pad + body.replace(b"\n", b"\n" + pad)
        started = True
    yield b"\n" + b" " * indent + b"]\n}\n" if started else data + b"\n"


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as a JSON document (``schema_version``, ``articles``, ``rejected``, ``stories``),
    ending with a newline (so a writer that ends files with one does not copy it)."""
    return render_json_bytes(report, indent).decode("utf-8")
