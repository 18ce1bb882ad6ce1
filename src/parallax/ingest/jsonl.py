"""JSON Lines input: one article a line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from parallax.model import Document, Rejected

_OPTIONAL = ("title", "url", "outlet", "published", "byline")


class _WrongType(ValueError):
    """A field holds a list, an object or a true/false value where text is expected."""


def _as_str(value: Any, key: str = "") -> str | None:
    """A text field: a string or a number as text; None when missing or empty. Raises _WrongType."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        kind = {"list": "a list", "dict": "an object", "bool": "true/false"}.get(
            type(value).__name__, "not text"
        )
        raise _WrongType(f"field {key!r} is {kind}, not text")
    text = str(value).strip()
    return text or None


def read_jsonl(text: str, source: str, name: str) -> Iterator[Document | Rejected]:
    """Parse JSONL text; a malformed line becomes a Rejected record naming ``source:LINE``."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(source=where, stage="ingest", reason=f"malformed JSON ({exc.msg})", code="E105")
            continue
        if not isinstance(record, dict):
            yield Rejected(source=where, stage="ingest", reason="a JSON object was expected", code="E105")
            continue
        body_text, html = record.get("text"), record.get("html")
        if not (isinstance(body_text, str) and body_text.strip()) and not (
            isinstance(html, str) and html.strip()
        ):
            yield Rejected(source=where, stage="ingest", reason="record has no 'text' or 'html'", code="E102")
            continue
        try:
            meta = {key: _as_str(record.get(key), key) for key in _OPTIONAL}
            if meta["outlet"] is None:
                meta["outlet"] = _as_str(record.get("site") or record.get("source"), "site")
            doc_id = _as_str(record.get("id"), "id") or f"{name}-{lineno}"
        except _WrongType as exc:
            yield Rejected(source=where, stage="ingest", reason=f"malformed record: {exc}", code="E105")
            continue
        if isinstance(body_text, str) and body_text.strip():
            yield Document(id=doc_id, source=where, kind="jsonl", text=body_text, **meta)
        else:
            yield Document(id=doc_id, source=where, kind="jsonl", html=html, **meta)
