"""One amount that each outlet frames with its own verb (demanded, sought, offered, agreed) is one measure;
amounts that differ stay apart. Sentences written for these tests (invented places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, q

from parallax.model import Comparison
from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def holding(comparisons: list[Comparison], claim_id: str, text: str) -> Comparison:
    (found,) = [c for c in comparisons if any(f.claim_id == claim_id and f.text == text for f in c.figures)]
    return found


def test_one_precise_sum_demanded_sought_and_offered_is_one_agreement(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Governor Talvi demanded $4.3 billion for the Marrow canal before signing the budget.",
            q("$4.3 billion", 4.3e9, unit="USD", kind="money"),
        ),
        claim(
            "a2",
            "a",
            "Lawmakers said the $4.3 billion was more than the province could raise this year.",
            q("$4.3 billion", 4.3e9, unit="USD", kind="money"),
        ),
        claim(
            "b1",
            "b",
            "The standoff began when Talvi sought $4.3 billion for the canal.",
            q("$4.3 billion", 4.3e9, unit="USD", kind="money"),
        ),
        claim(
            "c1",
            "c",
            "Talvi offered to sign a budget that included $4.3 billion for the waterway.",
            q("$4.3 billion", 4.3e9, unit="USD", kind="money"),
        ),
    ]
    found = compare_claims(claims, articles(*"abc"), [], {}, nlp=nlp)
    sum_ = holding(found, "b1", "$4.3 billion")
    assert sum_.kind == "agreement"
    assert {f.claim_id for f in sum_.figures} == {"a1", "a2", "b1", "c1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_demand_and_an_offer_of_different_sums_stay_two_measures(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The union demanded a raise of 12.5 percent for the Orvik dock workers.",
            q("12.5 percent", 12.5, unit="percent", kind="percent"),
        ),
        claim(
            "b1",
            "b",
            "The port authority offered 4.5 percent, far short of what the workers wanted.",
            q("4.5 percent", 4.5, unit="percent", kind="percent"),
        ),
        claim(
            "c1",
            "c",
            "Dock workers in Orvik want 12.5 percent; the authority has offered 4.5 percent.",
            q("12.5 percent", 12.5, unit="percent", kind="percent"),
            q("4.5 percent", 4.5, unit="percent", kind="percent"),
        ),
    ]
    found = compare_claims(claims, articles(*"abc"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]
    demanded = holding(found, "a1", "12.5 percent")
    offered = holding(found, "b1", "4.5 percent")
    assert demanded is not offered
    assert {f.text for f in demanded.figures} == {"12.5 percent"}
    assert {f.text for f in offered.figures} == {"4.5 percent"}
