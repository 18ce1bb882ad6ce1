"""Full-text search over the stored articles and claims, on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from parallax.model import Annotation, Article
from parallax.store.db import open_engine
from parallax.store.schema import ArticleRow
from parallax.store.search import search
from parallax.store.writer import StoreWriter


def test_search_finds_articles_and_claims_and_takes_any_text(
    store_url: str, written_annotated: tuple[list[Article], list[Annotation]]
) -> None:
    engine = open_engine(store_url)
    writer = StoreWriter(engine)
    articles, annotations = written_annotated
    for article, annotation in zip(articles, annotations, strict=True):
        writer.add_article(article, annotation)
    writer.settle()
    with Session(engine) as session:
        source_of = {r.id: r.source for r in session.execute(select(ArticleRow.id, ArticleRow.source))}
        story_of = {r.id: r.story_id for r in session.execute(select(ArticleRow.id, ArticleRow.story_id))}

    def names(hits: list) -> set[str]:  # type: ignore[type-arg]
        return {source_of[h.article_id].rsplit("/", 1)[-1].split(".")[0] for h in hits}

    assert names(search(engine, "Oskarby robot")) == {"factory-1", "factory-2", "factory-3"}
    # Every word must match; words are stemmed ("rivers" finds "river", "evacuation" finds "evacuated").
    assert names(search(engine, "rivers Kettlebridge")) == {"flood-1", "flood-3"}
    assert names(search(engine, "Kettlebridge evacuation")) == {"flood-2", "flood-3"}
    claims = search(engine, "Voskuijl passengers", kind="claim")
    assert claims and all(h.kind == "claim" and "Voskuijl" in h.text for h in claims)
    assert all(h.story_id == story_of[h.article_id] for h in claims)
    # Query syntax of either engine is taken as plain words, never as an error.
    for query in ['"Gullwing', "Gullwing AND OR NOT (", "Gullwing*", "-Gullwing:", "", "?!"]:
        search(engine, query)
    assert names(search(engine, 'Gullwing" OR "Tamberlo')) == set()  # both words in one article: none
    engine.dispose()
