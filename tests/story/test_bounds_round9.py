"""Ninth round: a bound of one thing and a value of another, tied by value alone, are two measures.
Sentences written for these tests (invented places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, q

from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def money(text: str, value: float, qualifier: str | None = None) -> Any:
    return q(text, value, unit="USD", kind="money", qualifier=qualifier)


def test_a_bound_of_one_thing_is_no_dispute_with_a_value_of_another(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The change would still cut the Orvian deficit by as much as $300 billion, an aide said.",
            money("as much as $300 billion", 3e11, qualifier="as much as"),
        ),
        claim(
            "b1",
            "b",
            "Senators will add a levy on buybacks to help pay for the $433 billion legislation.",
            money("$433 billion", 4.33e11),
        ),
    ]
    shared = {"a1": frozenset({"senate"}), "b1": frozenset({"senate"})}  # one story's entities
    found = compare_claims(claims, articles("a", "b"), [], shared, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES and c.figures]


def test_a_bound_and_a_value_of_one_thing_still_dispute(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The governor wants as much as $4.1 billion for the canal locks, aides said.",
            money("as much as $4.1 billion", 4.1e9, qualifier="as much as"),
        ),
        claim(
            "b1",
            "b",
            "The governor wants $4.9 billion for the canal locks, aides said.",
            money("$4.9 billion", 4.9e9),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = [c for c in found if any(f.claim_id == "a1" for f in c.figures)]
    assert {f.claim_id for f in group.figures} == {"a1", "b1"}
    assert group.kind == "disagreement"
