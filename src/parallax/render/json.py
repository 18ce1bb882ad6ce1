"""The report as JSON: exactly the pydantic models (schema in docs/schema.json)."""

from __future__ import annotations

from parallax.model import Report


def render_json_bytes(report: Report, indent: int | None = 2) -> bytes:
    """The report as a UTF-8 JSON document ending with a newline, made in one pass by pydantic.

    Writing these bytes is the cheapest way out: the report of a long article is megabytes of JSON,
    and a ``str`` of it takes up to four times its UTF-8 size."""
    data: bytes = report.__pydantic_serializer__.to_json(report, indent=indent)
    return data + b"\n"


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as a JSON document (``schema_version``, ``articles``, ``rejected``, ``stories``),
    ending with a newline (so a writer that ends files with one does not copy it)."""
    return render_json_bytes(report, indent).decode("utf-8")
