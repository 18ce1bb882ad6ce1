"""Dates of one thing that outlets word apart: an outlet telling its own date again in other words.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding

from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def _claims() -> list[Any]:
    return [
        claim(
            "a1",
            "a",
            "Ostvik members dispute reports that their marchers jostled Velmar councillors in March.",
            dates=(("March", "2026-03"),),
        ),
        claim(
            "a2",
            "a",
            "Critics pointed to a scuffle in March when marchers reportedly shoved Velmar councillors before"
            " a budget vote.",
            dates=(("March", "2026-03"),),
        ),
        claim(
            "b1",
            "b",
            "The Ostvik group denies that its marchers jostled councillors, chiefly in March.",
            dates=(("March", "2026-03"),),
        ),
    ]


def test_an_outlet_telling_its_date_again_beside_the_same_words_joins_its_group(nlp: Any) -> None:
    found = compare_claims(_claims(), articles("a", "b", published="2026-07-14"), [], {}, nlp=nlp)
    (month,) = [c for c in holding(found, "March") if "b1" in {f.claim_id for f in c.figures}]
    assert month.kind == "agreement"
    assert {f.claim_id for f in month.figures} == {"a1", "a2", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_an_outlet_dating_another_thing_that_month_in_other_words_stays_apart(nlp: Any) -> None:
    claims = [
        *_claims()[::2],
        claim(
            "a3",
            "a",
            "Harlow ferry fares rose in March after the operator's accounts were published.",
            dates=(("March", "2026-03"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-07-14"), [], {}, nlp=nlp)
    assert not [c for c in holding(found, "March") if "a3" in {f.claim_id for f in c.figures}]
