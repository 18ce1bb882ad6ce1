"""Full-text search over the stored articles and claims (SQLite FTS5, PostgreSQL ``tsvector``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, text

from parallax.store.db import is_sqlite

_WORD = re.compile(r"\w+")


@dataclass
class SearchHit:
    kind: Literal["article", "claim"]
    id: str
    article_id: str
    story_id: str | None
    text: str  # the article's title, or the claim's sentence


def _fts5_query(query: str) -> str:
    """Every word of the query, each a quoted FTS5 string (no operator syntax reaches FTS5)."""
    return " ".join(f'"{w}"' for w in _WORD.findall(query))


def search(
    engine: Engine, query: str, kind: Literal["article", "claim"] = "article", limit: int = 20
) -> list[SearchHit]:
    """Articles (by title and body) or claims matching every word of ``query``, best first."""
    if not _WORD.search(query):
        return []
    table = "articles" if kind == "article" else "claims"
    shown = "coalesce(t.title, '')" if kind == "article" else "t.text"
    article = "t.id" if kind == "article" else "t.article_id"
    if is_sqlite(engine):
        sql = (
            f"SELECT t.id, {article}, t.story_id, {shown} FROM {table}_fts f JOIN {table} t ON t.pk = f.rowid"
            f" WHERE {table}_fts MATCH :q ORDER BY f.rank LIMIT :n"
        )
        params: dict[str, object] = {"q": _fts5_query(query), "n": limit}
    else:
        sql = (
            f"SELECT t.id, {article}, t.story_id, {shown} FROM {table} t, plainto_tsquery('english', :q) q"
            " WHERE t.search @@ q ORDER BY ts_rank(t.search, q) DESC, t.pk LIMIT :n"
        )
        params = {"q": query, "n": limit}
    with engine.connect() as connection:
        rows = connection.execute(text(sql), params).all()
    return [SearchHit(kind, r[0], r[1], r[2], r[3]) for r in rows]
