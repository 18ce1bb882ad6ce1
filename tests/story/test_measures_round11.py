"""Eleventh round of what a figure measures: a narrated earlier stage is background; a named place inside
a place phrase restricts the figure, whatever its spelling. Sentences written for these tests (invented
places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, q

from parallax.story.compare import compare_claims
from parallax.story.compare.measures import FigureMeasure, places, read_measure

PUBLISHED = "2026-03-09"


def measure(nlp: Any, text: str, figure: str) -> FigureMeasure:
    made = claim("c1", "a", text, q(figure, 12, unit="count"))
    return read_measure(nlp(text), made, made.quantities[0], PUBLISHED)


def test_a_narrating_clause_dated_to_an_earlier_stage_is_background(nlp: Any) -> None:
    narrated = (
        "Rebels shelled the town of Orvell on Monday, and a week prior they had killed 12 soldiers near the bridge.",
        "The army retook the Tarsan valley after rebels killed 12 soldiers days earlier.",
        "The army retook the Tarsan valley, and rebels had killed 12 soldiers the previous month.",
        "A week prior, a gunman stormed a store in Tarsa and opened fire, killing 12 soldiers.",
    )
    for text in narrated:
        assert measure(nlp, text, "12 soldiers").background, text
    own = (
        "Rebels shelled the town of Orvell on Monday and killed 12 soldiers near the bridge.",
        "The army retook the Tarsan valley after rebels killed 12 soldiers on Monday.",
        "A gunman stormed a store in Tarsa days earlier, and police killed 12 soldiers on Monday.",
    )
    for text in own:
        assert not measure(nlp, text, "12 soldiers").background, text


def test_a_named_place_inside_a_place_phrase_restricts_the_figure(nlp: Any) -> None:
    def restriction(text: str) -> frozenset[str]:
        return measure(nlp, text, "Four people").restriction

    harvel = restriction("Four people died in the Harvel district of Tarsa, officials said.")
    morrow = restriction("Four people died in the Morrow district of Tarsa, officials said.")
    assert len(harvel) == 1 and len(morrow) == 1 and harvel != morrow
    orvell = restriction("Four people died in the town of Orvell, officials said.")
    assert len(orvell) == 1 and orvell != harvel
    assert not restriction("Four people died in the district, officials said.")


def test_one_place_in_two_spellings_restricts_alike(nlp: Any) -> None:
    def place(name: str) -> frozenset[str]:
        return places(
            measure(
                nlp, f"Four people died in the {name} district of Tarsa, officials said.", "Four people"
            ).restriction
        )

    assert place("Kuneitra") == place("Quneitra")
    assert place("Kuneitra") != place("Kelmar")


def test_compounds_and_facilities_closed_are_one_measure(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The ministry also closed two Orvian compounds near the capital on Friday.",
            q("two Orvian compounds", 2, unit="count", counted="compounds"),
        ),
        claim(
            "b1",
            "b",
            "Officials shut two recreational facilities used by Orvian diplomats.",
            q("two recreational facilities", 2, unit="count", counted="facilities"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = [c for c in found if any(f.claim_id == "a1" for f in c.figures)]
    assert {f.claim_id for f in group.figures} == {"a1", "b1"}
    assert group.kind == "agreement"


def test_a_day_earlier_is_still_the_story_s_own_time(nlp: Any) -> None:
    text = "A day earlier, a gunman had opened fire on a Tarsan team, striking 12 soldiers near the field."
    assert not measure(nlp, text, "12 soldiers").background


def test_a_deal_that_is_offered_is_an_offer(nlp: Any) -> None:
    offered = "The governor offered the union a deal of pay rises for 7,000 young Tarsan nurses."
    assert measure(nlp, offered, "7,000").frame == "offered"
    signed = "The union signed a deal of pay rises for 7,000 young Tarsan nurses."
    assert measure(nlp, signed, "7,000").frame == "agreed"
