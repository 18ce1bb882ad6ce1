"""Ninth round: one count under two nouns, when one noun is a word of the other's measure ("two
additional subpoenas", "subpoenaed two of his businesses"). Sentences written for these tests (invented
places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, q

from parallax.model import Comparison
from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def count(text: str, value: float) -> Any:
    return q(text, value, unit="count")


def figure_groups(comparisons: list[Comparison]) -> list[set[str]]:
    return [{f.claim_id for f in c.figures} for c in comparisons if c.figures]


def test_a_count_of_subpoenas_and_of_the_businesses_subpoenaed_are_one_measure(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Varnian committee responded with two additional subpoenas on Tuesday.",
            count("two", 2),
        ),
        claim(
            "b1",
            "b",
            "The Varnian committee said it had subpoenaed two of Dorn's businesses.",
            count("two", 2),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert {"a1", "b1"} in figure_groups(found)


def test_unequal_or_unlinked_counts_under_two_nouns_stay_apart(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Varnian committee responded with two additional subpoenas on Tuesday.",
            count("two", 2),
        ),
        claim(
            "b1",
            "b",
            "The Varnian committee said it had subpoenaed three of Dorn's businesses.",
            count("three", 3),
        ),
        claim("c1", "c", "Dorn, who has two daughters, declined to comment.", count("two", 2)),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES and c.figures]
    assert not [g for g in figure_groups(found) if len(g) > 1]
