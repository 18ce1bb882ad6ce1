"""Comparison on hand-built claims: figures, statements, denials, duplicates, time."""

from __future__ import annotations

from typing import Any

from handmade import claim, q

from parallax.model import Article, Entity
from parallax.story.compare import compare_claims, consistent, describe_quantity, interval

ARTICLES = [
    Article(id="a", source="a.txt", outlet="North Post", published="2026-03-09", text="x"),
    Article(id="b", source="b.txt", outlet="South Star", published="2026-03-09", text="x"),
    Article(id="c", source="c.txt", outlet="East Wire", published="2026-03-12", text="x"),
    Article(id="d", source="d.txt", outlet="East Wire copy", published="2026-03-12", text="x"),
]
ENTITIES = [
    Entity(id="e1", name="Oleksandr Kovalenko", label="PERSON"),
    Entity(id="e2", name="Ines Marrow", label="PERSON"),
]


def test_interval_applies_qualifiers_and_tolerance() -> None:
    # Half the tolerance on each side: figures agree when they differ by at most the tolerance.
    assert interval(q("85 km", 85), 0.05)[:2] == (85 * 0.975, 85 * 1.025)  # type: ignore[index]
    low, high, _ = interval(q("at least 100 km", 100, qualifier="at least"), 0.05)  # type: ignore[misc]
    assert low == 97.5 and high == float("inf")
    low, high, _ = interval(q("up to 30 cm", 0.3, unit="m", qualifier="up to"), 0.05)  # type: ignore[misc]
    assert low == 0 and abs(high - 0.3075) < 1e-9
    low, high, _ = interval(q("about 10 km", 10, qualifier="about"), 0.05)  # type: ignore[misc]
    assert (low, high) == (9.0, 11.0)
    assert consistent([(80, 90), (85, 100)]) and not consistent([(57, 63), (38, 42)])


def test_converted_figures_agree_and_different_ones_disagree(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Troops withdrew 85 kilometers from the border, the envoy said.",
            q("85 kilometers", 85),
            speaker="Oleksandr Kovalenko",
            entity="e1",
            cue="said",
        ),
        claim(
            "b1",
            "b",
            "Troops have withdrawn 53 miles from the border, the envoy said.",
            q("53 miles", 85.3),
            speaker="Oleksandr Kovalenko",
            entity="e1",
            cue="said",
        ),
        claim(
            "a2",
            "a",
            "The city wants the bridge closed for 6 weeks at the harbour.",
            q("6 weeks", 42, unit="days"),
        ),
        claim(
            "c2",
            "c",
            "The report says the city wants the bridge closed for 10 weeks at the harbour.",
            q("10 weeks", 70, unit="days"),
        ),
    ]
    comparisons = compare_claims(claims, ARTICLES, ENTITIES, {}, nlp=nlp)
    by_claims = {frozenset(c.claim_ids): c for c in comparisons}
    agree = by_claims[frozenset({"a1", "b1"})]
    assert agree.kind == "agreement"
    assert agree.speakers == ["Oleksandr Kovalenko"]
    assert "same speaker" in agree.explanation and "North Post" in agree.explanation
    disagree = by_claims[frozenset({"a2", "c2"})]
    assert disagree.kind == "disagreement"
    assert "differ in time" in disagree.explanation  # published 2026-03-09 vs 2026-03-12
    assert comparisons[0].kind == "disagreement"  # disputes come first


def test_reported_and_wanted_figures_are_kept_apart(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Forces withdrew 85 km from the border on Monday.", q("85 km", 85)),
        claim("b1", "b", "The government demanded that forces stay 40 km from the border.", q("40 km", 40)),
    ]
    comparisons = compare_claims(claims, ARTICLES, ENTITIES, {}, nlp=nlp)
    assert sorted(len(c.claim_ids) for c in comparisons) == [1, 1]
    assert {c.kind for c in comparisons} == {"unique"}


def test_near_duplicates_count_as_one_source(nlp: Any) -> None:
    claims = [
        claim(
            "c1",
            "c",
            "Repairs will cost 4.2 million euros, the authority said.",
            q("4.2 million euros", 4.2e6, unit="EUR"),
        ),
        claim(
            "d1",
            "d",
            "Repairs will cost 4.2 million euros, the authority said.",
            q("4.2 million euros", 4.2e6, unit="EUR"),
        ),
    ]
    comparisons = compare_claims(claims, ARTICLES, ENTITIES, {}, duplicates=[["c", "d"]], nlp=nlp)
    assert [c.kind for c in comparisons] == ["unique"]
    without = compare_claims(claims, ARTICLES, ENTITIES, {}, nlp=nlp)
    assert [c.kind for c in without] == ["agreement"]


def test_denial_of_a_named_speaker_is_a_contradiction_across_outlets(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The main span is sound and no cracks were found in it, Marrow said.",
            speaker="Ines Marrow",
            entity="e2",
            cue="said",
        ),
        claim(
            "c1",
            "c",
            "Marrow's statement was untrue, the inspection report shows.",
        ),
        claim("c2", "c", "The report did not find the span sound.", negated=True),
    ]
    comparisons = compare_claims(claims, ARTICLES, ENTITIES, {"c1": frozenset({"e2"})}, nlp=nlp)
    contradictions = [c for c in comparisons if c.kind == "contradiction"]
    assert len(contradictions) == 1
    found = contradictions[0]
    assert set(found.claim_ids) == {"a1", "c1", "c2"}
    assert found.article_ids == ["a", "c"]
    assert "Ines Marrow" in found.explanation and "untrue" in found.explanation


def test_one_speaker_quoted_by_two_outlets_agrees(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Kovalenko said the supports must be fully reinforced before reopening.",
            speaker="Oleksandr Kovalenko",
            entity="e1",
            cue="said",
        ),
        claim(
            "b1",
            "b",
            "The supports must be fully reinforced before any reopening, Kovalenko said.",
            speaker="Oleksandr Kovalenko",
            entity="e1",
            cue="said",
        ),
        claim(
            "b2",
            "b",
            "Kovalenko said ferries will run every hour.",
            speaker="Oleksandr Kovalenko",
            entity="e1",
            cue="said",
        ),
    ]
    comparisons = compare_claims(claims, ARTICLES, ENTITIES, {}, nlp=nlp)
    agreement = [c for c in comparisons if c.kind == "agreement"]
    assert [sorted(c.claim_ids) for c in agreement] == [["a1", "b1"]]
    assert "not a dispute between officials" in agreement[0].explanation


def test_describe_quantity_shows_the_conversion() -> None:
    assert describe_quantity(q("53 miles", 85.3)) == "53 miles (≈ 85.3 km)"
    assert describe_quantity(q("85 km", 85)) == "85 km"


def test_qualifiers_are_read_longest_first() -> None:
    from parallax.story.compare.values import qualifier_kinds

    # "no more than" is an upper bound though it holds "more than"; "as many as" is one too.
    assert qualifier_kinds("no more than") == {"high"}
    assert qualifier_kinds("no less than") == {"low"}
    assert qualifier_kinds("as many as") == {"high"}
    assert qualifier_kinds("-plus") == {"low"}
    assert qualifier_kinds("some") == {"approx"}
    assert qualifier_kinds("dozens") == set()


def test_a_round_figure_stands_for_the_values_near_it() -> None:
    from parallax.story.compare.values import round_figure

    assert round_figure(1e9) and round_figure(3000) and round_figure(2_000_000)
    assert not round_figure(1.07e9) and not round_figure(1500) and not round_figure(2500.5)
    assert not round_figure(300) and not round_figure(None)
    billion = q("$1 billion", 1e9, unit="USD", kind="money")
    near = q("$1.07 billion", 1.07e9, unit="USD", kind="money")
    far = q("$1.2 billion", 1.2e9, unit="USD", kind="money")
    a, b, c = (interval(x, 0.05) for x in (billion, near, far))
    assert a and b and c
    assert consistent([a[:2], b[:2]]) and not consistent([a[:2], c[:2]])
