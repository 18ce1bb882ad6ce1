"""Incremental adds: any order gives analyze's grouping, the same content is stored once, copies are
marked, a bridging article merges two stories, and each story keeps its history."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from parallax.config import Settings
from parallax.model import Annotation, Article
from parallax.store.db import open_engine
from parallax.store.incremental import continue_stories
from parallax.store.schema import ArticleRow, StoryEventRow, StoryRow
from parallax.store.writer import StoreWriter, check_consistency


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    engine = open_engine(store_url)
    yield engine
    engine.dispose()


def bcubed_f1(found: Sequence[Sequence[str]], gold: Sequence[Sequence[str]]) -> float:
    """B-cubed F1 of a clustering against a reference clustering of the same items."""
    found_of = {item: set(group) for group in found for item in group}
    gold_of = {item: set(group) for group in gold for item in group}
    assert set(found_of) == set(gold_of)
    precision = sum(len(found_of[i] & gold_of[i]) / len(found_of[i]) for i in found_of) / len(found_of)
    recall = sum(len(found_of[i] & gold_of[i]) / len(gold_of[i]) for i in found_of) / len(found_of)
    return 2 * precision * recall / (precision + recall)


def stored_groups(engine: Engine) -> list[list[str]]:
    """The store's stories as groups of the articles' sources."""
    groups: dict[str, list[str]] = {}
    with Session(engine) as session:
        for source, story_id in session.execute(select(ArticleRow.source, ArticleRow.story_id)):
            assert story_id is not None, f"{source} is in no story"
            groups.setdefault(story_id, []).append(source)
    return list(groups.values())


def test_bcubed_counts_a_split_and_a_merge() -> None:
    assert bcubed_f1([["a", "b"], ["c"]], [["a", "b"], ["c"]]) == 1.0
    assert bcubed_f1([["a"], ["b"], ["c", "d"]], [["a", "b"], ["c", "d"]]) == pytest.approx(2 * 0.75 / 1.75)


@pytest.mark.parametrize("order", ["one-by-one", "reversed-in-threes"])
def test_any_order_groups_as_analyze_does(
    engine: Engine, written_annotated: tuple[list[Article], list[Annotation]], order: str
) -> None:
    from parallax.story.build import build_stories

    articles, annotations = written_annotated
    reference = build_stories(articles, annotations, Settings())
    by_id = {a.id: a for a in articles}
    gold = [[by_id[i].source for i in story.article_ids] for story in reference]
    assert len(gold) == 4  # the written set has four stories, and analyze finds them
    pairs = list(zip(articles, annotations, strict=True))
    batches = (
        [[p] for p in pairs]
        if order == "one-by-one"
        else [pairs[::-1][i : i + 3] for i in range(0, len(pairs), 3)]
    )
    writer = StoreWriter(engine)
    created: set[str] = set()
    for batch in batches:
        for article, annotation in batch:
            assert writer.add_article(article, annotation).status == "added"
        created.update(writer.settle().created)
    assert bcubed_f1(stored_groups(engine), gold) >= 0.98
    assert check_consistency(engine) == []
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(StoryRow)) == 4


def test_same_content_is_stored_once_and_other_outlets_copy_is_marked(
    engine: Engine, written_annotated: tuple[list[Article], list[Annotation]]
) -> None:
    articles, annotations = written_annotated
    writer = StoreWriter(engine)
    first = writer.add_article(articles[0], annotations[0])
    assert first.status == "added"
    # The same clean body from the same outlet, from another file and with its blank lines spaced out.
    again = articles[0].model_copy(update={"id": "saved-twice", "source": "elsewhere/saved-twice.txt"})
    assert writer.add_article(again, annotations[0]).status == "duplicate"
    # The same body carried by another outlet is a copy of the first.
    carried = articles[0].model_copy(
        update={"id": "carried", "source": "b.txt", "outlet": "Some Other Outlet"}
    )
    copy = writer.add_article(carried, annotations[0])
    assert copy.status == "copy" and copy.copy_of == first.article_id
    writer.settle()
    with Session(engine) as session:
        rows = session.scalars(select(ArticleRow).order_by(ArticleRow.pk)).all()
        assert [(r.id, r.copy_of) for r in rows] == [
            (first.article_id, None),
            (copy.article_id, first.article_id),
        ]
        assert Article.model_validate_json(rows[1].record).copy_of == first.article_id
        assert rows[0].story_id == rows[1].story_id
    # Re-adding everything changes nothing.
    assert writer.add_article(again, annotations[0]).status == "duplicate"
    assert writer.settle().placed == 0


BRIDGE = {
    "fire": (
        "Wildfire burns forest near Pellham",
        "A wildfire burned 40 hectares of pine forest near Pellham on Monday, fire chief Oren Saltwick said. "
        "Saltwick said crews from Pellham contained the blaze by evening and no homes were lost.",
    ),
    "road": (
        "Dunmore highway closed by smoke",
        "Police closed the Dunmore highway on Monday as thick smoke drifted across the road, spokeswoman Talia "
        "Brenner said. Brenner told drivers to use the coast road until the smoke cleared.",
    ),
    "both": (
        "Pellham wildfire closes Dunmore highway",
        "A wildfire burned 40 hectares of pine forest near Pellham and closed the Dunmore highway on Monday. "
        "Fire chief Oren Saltwick said crews from Pellham contained the blaze by evening. "
        "Police spokeswoman Talia Brenner told drivers to use the coast road while smoke drifted across the highway.",
    ),
}


def test_an_article_that_bridges_two_stories_merges_them(engine: Engine) -> None:
    from parallax.pipeline import annotate

    articles = [
        Article(
            id=key, source=f"{key}.txt", outlet=f"Outlet {n}", title=title, text=body, published="2026-07-06"
        )
        for n, (key, (title, body)) in enumerate(BRIDGE.items())
    ]
    annotations = annotate(articles, Settings()).annotations
    writer = StoreWriter(engine)
    for article, annotation in zip(articles[:2], annotations[:2], strict=True):
        writer.add_article(article, annotation)
        writer.settle()
    assert len(stored_groups(engine)) == 2
    writer.add_article(articles[2], annotations[2])
    settled = writer.settle()
    assert len(settled.removed) == 1 and len(settled.updated) == 1 and not settled.created
    assert sorted(sorted(g) for g in stored_groups(engine)) == [["both.txt", "fire.txt", "road.txt"]]
    assert check_consistency(engine) == []
    with Session(engine) as session:
        events = session.execute(
            select(StoryEventRow.kind, StoryEventRow.article_id, StoryEventRow.detail).order_by(
                StoryEventRow.pk
            )
        ).all()
    # The merged story's history became the surviving story's, then the merge and the new article.
    kinds = [e.kind for e in events]
    assert (
        kinds.count("created") == 2
        and kinds.count("added") == 3
        and kinds[-2:]
        in (
            ["added", "merged"],
            ["merged", "added"],
        )
    )
    assert [e.detail for e in events if e.kind == "merged"] == settled.removed


def test_a_story_keeps_the_order_its_articles_arrived_in(
    engine: Engine, written_annotated: tuple[list[Article], list[Annotation]]
) -> None:
    articles, annotations = written_annotated
    ferry = [(a, n) for a, n in zip(articles, annotations, strict=True) if a.id.startswith("ferry")][::-1]
    writer = StoreWriter(engine)
    ids = []
    for article, annotation in ferry:
        ids.append(writer.add_article(article, annotation).article_id)
        writer.settle()
    with Session(engine) as session:
        events = session.execute(
            select(StoryEventRow.kind, StoryEventRow.article_id, StoryEventRow.version).order_by(
                StoryEventRow.pk
            )
        ).all()
        story = session.scalars(select(StoryRow)).one()
    assert [(e.kind, e.article_id, e.version) for e in events] == [
        ("created", None, 1),
        ("added", ids[0], 1),
        ("added", ids[1], 2),
        ("added", ids[2], 3),
    ]
    assert story.version == 3


def test_each_group_continues_the_story_it_holds_most_of() -> None:
    story_of = {"a": "s1", "b": "s1", "c": "s2", "d": None, "e": "s3", "f": "s3", "g": "s3"}
    # s1 and s2 merged with a new article; s3 split: its larger part keeps the id.
    groups = [["a", "b", "c", "d"], ["e"], ["f", "g"]]
    assert continue_stories(groups, story_of) == ["s1", None, "s3"]
    assert continue_stories([["d"]], story_of) == [None]


def test_a_new_article_rewrites_only_the_story_it_joins(
    engine: Engine, written_annotated: tuple[list[Article], list[Annotation]]
) -> None:
    articles, annotations = written_annotated
    pairs = list(zip(articles, annotations, strict=True))
    late = next(p for p in pairs if p[0].id == "flood-3")
    writer = StoreWriter(engine)
    for article, annotation in pairs:
        if article.id != "flood-3":
            writer.add_article(article, annotation)
    writer.settle()
    with Session(engine) as session:
        before = {s.id: (s.version, s.report) for s in session.scalars(select(StoryRow))}
    outcome = writer.add_article(*late)
    settled = writer.settle()
    assert settled.placed == 1 and not settled.created and not settled.removed
    with Session(engine) as session:
        flood = session.scalar(select(ArticleRow.story_id).where(ArticleRow.id == outcome.article_id))
        after = {s.id: (s.version, s.report) for s in session.scalars(select(StoryRow))}
    assert settled.updated == [flood]
    assert set(after) == set(before)
    assert {k for k in after if after[k] != before[k]} == {flood}
    assert after[flood][0] == before[flood][0] + 1
    assert outcome.article_id in after[flood][1]


def test_a_story_that_cannot_be_built_loses_no_article(
    engine: Engine, written_annotated: tuple[list[Article], list[Annotation]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import parallax.story.build
    from parallax.store.add import add_articles

    articles = [a for a in written_annotated[0] if a.id.startswith("football")]
    real = parallax.story.build.build_story

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("a stage failed")

    monkeypatch.setattr(parallax.story.build, "build_story", broken)
    result = add_articles(articles, engine)
    assert len(result.added) == 3 and [r.stage for r in result.rejected] == ["story"]
    assert "a stage failed" in result.rejected[0].reason
    with Session(engine) as session:
        assert session.scalars(select(ArticleRow.story_id)).all() == [None, None, None]
    monkeypatch.setattr(parallax.story.build, "build_story", real)
    again = add_articles(articles, engine)  # nothing new, but the pending articles are placed
    assert len(again.duplicates) == 3 and len(again.stories_created) == 1 and not again.rejected
    assert check_consistency(engine) == []


def test_a_copy_of_named_by_the_cleaner_points_at_the_stored_article(
    engine: Engine, written_annotated: tuple[list[Article], list[Annotation]]
) -> None:
    from parallax.store.add import add_articles

    first, second = [a for a in written_annotated[0] if a.id.startswith("factory")][:2]
    updated = second.model_copy(update={"copy_of": first.id})
    stray = second.model_copy(update={"copy_of": "not-in-this-batch", "outlet": "Another Outlet"})
    result = add_articles([first, updated, stray], engine)
    assert len(result.added) == 2 and len(result.copies) == 1
    with Session(engine) as session:
        copy_of = dict(session.execute(select(ArticleRow.id, ArticleRow.copy_of)).all())  # type: ignore[arg-type]
    assert copy_of[result.added[1]] == result.added[0]  # the cleaner's copy, by its stored id
    assert copy_of[result.copies[0]] == result.added[1]  # the same body from another outlet
