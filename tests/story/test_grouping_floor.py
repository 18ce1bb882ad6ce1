"""Story grouping on the development set of same-kind event pairs, held above its floor."""

from __future__ import annotations

import tomllib
from pathlib import Path

from conftest import load_benchmark
from parallax.model import Article
from parallax.story.grouping import DEFAULT_THRESHOLD, group_stories, near_duplicates

REPO = Path(__file__).resolve().parents[2]


def test_grouping_floor() -> None:
    bench = load_benchmark("grouping")
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "grouping.toml").read_text(encoding="utf-8"))
    figures = bench.run([DEFAULT_THRESHOLD])[DEFAULT_THRESHOLD]
    for name in ("f1", "f1_check", "f1_all"):
        assert figures[name] >= floors[name], (name, figures)
    assert figures["seed_stories"] == floors["seed_stories"]


def test_bcubed_scorer() -> None:
    bench = load_benchmark("grouping")
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bench.bcubed(gold, [["a", "b"], ["c"]])["f1"] == 1.0
    lumped = bench.bcubed(gold, [["a", "b", "c"]])
    assert abs(lumped["precision"] - (2 / 3 * 2 + 1 / 3) / 3) < 1e-9 and lumped["recall"] == 1.0


def test_syndicated_copy_is_a_near_duplicate() -> None:
    body = (
        "The harbour bridge reopened on Monday after fourteen weeks of repairs, the council said, "
        "and traffic returned to normal by the evening rush hour across the whole city centre."
    )
    articles = [
        Article(id="a", source="a", text=body),
        Article(id="b", source="b", text="By Wire Staff. " + body + " Copyright the wire."),
        Article(id="c", source="c", text="A new school opened in the north district with room for four hundred pupils."),
    ]
    assert near_duplicates(articles) == [["a", "b"]]
    groups = group_stories(articles, [None, None, None])
    assert [g.article_ids for g in groups] == [["a", "b"], ["c"]]
    assert groups[0].duplicates == [["a", "b"]]
