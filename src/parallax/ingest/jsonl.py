"""JSON Lines input: one article a line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from parallax.model import Document, Rejected

_OPTIONAL = ("title", "url", "outlet", "published", "byline")


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
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
        meta = {key: _as_str(record.get(key)) for key in _OPTIONAL}
        if meta["outlet"] is None:
            meta["outlet"] = _as_str(record.get("site") or record.get("source"))
        doc_id = _as_str(record.get("id")) or f"{name}-{lineno}"
        if isinstance(body_text, str) and body_text.strip():
            yield Document(id=doc_id, source=where, kind="jsonl", text=body_text, **meta)
        else:
            yield Document(id=doc_id, source=where, kind="jsonl", html=html, **meta)
