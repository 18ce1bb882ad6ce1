"""Reading the store for a settle one record at a time, so that memory follows the largest story.

A settle groups the whole store again. Holding every stored annotation record for that (a pydantic
object per sentence, entity, figure and date: many times its article's text) made ``parallax add`` of
1,749 real articles peak at 1.3 GB. Grouping needs only each article's grouping features
(:func:`parallax.story.grouping.article_vector`), so :func:`read_grouping_input` reads the records in
storage order, one at a time, keeps each article's features in a
:class:`~parallax.story.spill.FeatureTable` and drops the annotation; :class:`StoredJobs` then reads a
story's annotations back from the database only when that story is analysed (as
:class:`~parallax.story.spill.SpilledJobs` does from a temporary file for ``analyze``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from parallax.model import Annotation, Article
from parallax.store.schema import ArticleRow
from parallax.story.grouping import StoryGroup, article_vector, group_vectors
from parallax.story.spill import FeatureTable, LazyJobs, StoryPlan

#: Rows fetched from the database at a time while the store is read.
READ_BATCH = 64
#: Ids per ``IN (...)`` list when a story's annotations are read.
IDS_PER_QUERY = 500


@dataclass
class GroupingInput:
    """Every stored article (storage order) and its grouping features."""

    articles: list[Article]
    vectors: FeatureTable


def read_grouping_input(session: Session) -> GroupingInput:
    """Every stored article with its grouping features, each annotation parsed, used and dropped."""
    articles: list[Article] = []
    vectors = FeatureTable()
    query = (
        select(ArticleRow.record, ArticleRow.annotation)
        .order_by(ArticleRow.pk)
        .execution_options(yield_per=READ_BATCH)
    )
    for record, annotation in session.execute(query):
        article = Article.model_validate_json(record)
        articles.append(article)
        vectors.append(article_vector(article, Annotation.model_validate_json(annotation)))
    return GroupingInput(articles, vectors)


def group_store(source: GroupingInput, threshold: float = 0.0) -> list[StoryGroup]:
    """The stories of the stored articles, as ``build_stories`` groups them (so as ``parallax analyze``
    would): :func:`parallax.story.grouping.group_vectors` over the features read."""
    return group_vectors(source.articles, source.vectors.__getitem__, threshold=threshold)


def read_annotations(session: Session, ids: Sequence[str]) -> dict[str, Annotation]:
    """The stored annotations of these articles, by article id."""
    found: dict[str, Annotation] = {}
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = list(ids[start : start + IDS_PER_QUERY])
        query = select(ArticleRow.id, ArticleRow.annotation).where(ArticleRow.id.in_(chunk))
        for article_id, annotation in session.execute(query):
            found[article_id] = Annotation.model_validate_json(annotation)
    return found


class StoredJobs(LazyJobs):
    """Stories to analyse (an old story's id, or "new"), each story's annotations read from the store only
    when it is asked for. Read while the settle's session is open."""

    def __init__(self, plans: Sequence[StoryPlan], session: Session) -> None:
        super().__init__(plans)
        self._session = session

    def annotations(self, plan: StoryPlan) -> list[Annotation]:
        found = read_annotations(self._session, [a.id for a in plan.articles])
        return [found[a.id] for a in plan.articles]
