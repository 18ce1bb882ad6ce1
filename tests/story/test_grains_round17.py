"""A finer date of an event beside a group that dates it at a coarser grain, round 17.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding

from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def _ids(comparison: Any) -> set[str]:
    return {f.claim_id for f in comparison.figures}


def _pullout(finer: str, value: str) -> list[Any]:
    """Two outlets date a pullout by its year; the second also gives its month, in other words."""
    return [
        claim(
            "a1",
            "a",
            "The inquiry faulted the hasty withdrawal from Korvania in 2033, citing poor planning.",
            dates=(("2033", "2033"),),
        ),
        claim(
            "b1",
            "b",
            "Ministers blamed the chaotic 2033 withdrawal from Korvania on the previous cabinet.",
            dates=(("2033", "2033"),),
        ),
        claim(
            "b2",
            "b",
            f"In {finer}, the government pulled the last soldiers out of Korvania.",
            dates=((finer, value),),
        ),
    ]


def test_a_month_of_the_event_a_group_dates_by_its_year_joins_that_group(nlp: Any) -> None:
    found = compare_claims(
        _pullout("March 2033", "2033-03"), articles("a", "b", published="2034-05-01"), [], {}, nlp=nlp
    )
    groups = [c for c in holding(found, "2033") if {"a1", "b1"} <= _ids(c)]
    assert len(groups) == 1
    assert "b2" in _ids(groups[0])
    assert groups[0].kind == "agreement"
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_month_of_another_year_stays_apart(nlp: Any) -> None:
    found = compare_claims(
        _pullout("March 2032", "2032-03"), articles("a", "b", published="2034-05-01"), [], {}, nlp=nlp
    )
    assert not [c for c in found if "b2" in _ids(c) and _ids(c) & {"a1", "b1"}]
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_month_of_another_kind_of_event_stays_apart(nlp: Any) -> None:
    claims = [
        *_pullout("March 2033", "2033-03")[:2],
        claim(
            "b2",
            "b",
            "In March 2033, the government opened a new embassy in the capital of Korvania.",
            dates=(("March 2033", "2033-03"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2034-05-01"), [], {}, nlp=nlp)
    assert not [c for c in found if "b2" in _ids(c) and _ids(c) & {"a1", "b1"}]
