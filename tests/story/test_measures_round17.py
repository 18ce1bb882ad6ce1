"""Figures of one measure, seventeenth round: a part of a total read from a fronted "of" phrase.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, q

from parallax.story.compare import compare_claims


def _usd(text: str, value: float, qualifier: str | None = None) -> Any:
    return q(text, value, unit="USD", kind="money", qualifier=qualifier)


def test_a_figure_an_of_phrase_opens_its_clause_with_is_a_part_not_a_disputed_total(nlp: Any) -> None:
    # Two outlets give the sum moved to the seawall; a third gives the total, then, "of that", the share
    # a decree allows. The share is a part of the total, not a third outlet's value of it: the two sums
    # agree, and nothing is disputed.
    claims = [
        claim(
            "a1",
            "a",
            "The decree will allow the ministry to use about $2.4 billion from harbour projects to build "
            "the Varnholt seawall.",
            _usd("about $2.4 billion", 2.4e9, qualifier="about"),
        ),
        claim(
            "b1",
            "b",
            "Of that, $2 billion could be diverted with help from the decree.",
            _usd("$2 billion", 2e9),
        ),
        claim(
            "c1",
            "c",
            "The decree lets the governor divert $2.4 billion from harbour projects to the Varnholt seawall.",
            _usd("$2.4 billion", 2.4e9),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (total,) = holding(found, "$2.4 billion")
    assert total.kind == "agreement"
    assert {f.claim_id for f in total.figures} == {"a1", "c1"}
    assert not [c for c in found if c.kind in ("disagreement", "evolving")]


def test_an_of_phrase_after_the_subject_or_a_set_phrase_makes_no_part(nlp: Any) -> None:
    from parallax.story.compare.measures import fronted_partitive

    def reads(text: str, word: str) -> bool:
        doc = nlp(text)
        token = next(t for t in doc if t.text == word)
        return fronted_partitive(token, token.head if token.dep_ == "nummod" else None)

    assert reads("Of those, 12 were children.", "12")
    assert reads("Of the 40 people hurt in Tarsk, 12 were children.", "12")
    assert not reads("Of course, 12 people came to the hearing in Tarsk.", "12")
    assert not reads("The cost of the Tarsk bridge was $3 billion.", "billion")
    assert not reads("Most of the $3 billion went to roads in Tarsk.", "billion")


def _frame(nlp: Any, text: str, figure: str) -> str:
    from parallax.story.compare.measures import read_measure

    made = claim("c1", "a", text, q(figure, 12, unit="count"))
    return read_measure(nlp(text), made, made.quantities[0], "2026-03-09").frame


def test_a_clause_of_reason_or_time_has_its_own_frame(nlp: Any) -> None:
    # The verb a clause of reason or time hangs on ("call", "want") frames nothing inside that clause: the
    # two farms and the 12 members are reported, not demanded.
    assert _frame(
        nlp, "Critics call the plan a land grab because the only 12 farms on the Varn are Tolvin's.", "12"
    ) == ("reported")
    assert _frame(
        nlp, "The Orvell council wants a new vote because 12 members left after the recess.", "12"
    ) == ("reported")
    # The frame verb's own figures keep its frame.
    assert _frame(
        nlp, "The union demanded 12 new buses for the Orvell line after the strike ended.", "12"
    ) == ("demanded")


def _share(text: str, value: float) -> Any:
    return q(text, value, unit="percent", kind="percent")


def test_a_whole_number_written_in_words_is_as_precise_as_its_digits(nlp: Any) -> None:
    # One outlet writes the share in words, another in digits two points apart: two values as written, a
    # disagreement, as "46 percent" and "44 percent" would be. A round number in words stays round.
    claims = [
        claim(
            "a1",
            "a",
            "Forty-six percent of Orvian voters backed Tolvin, exit polls showed.",
            _share("Forty-six percent", 46),
        ),
        claim(
            "b1",
            "b",
            "Exit polls showed 44 percent of Orvian voters backed Tolvin.",
            _share("44 percent", 44),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (share,) = holding(found, "44 percent")
    assert share.kind == "disagreement"
    assert {f.claim_id for f in share.figures} == {"a1", "b1"}

    from parallax.model import Quantity
    from parallax.story.compare.judging import figure_step

    def step(text: str, value: float) -> float | None:
        return figure_step(Quantity(text=text, value=value, start=0, end=len(text)))

    assert step("Forty-six percent", 46) == step("46 percent", 46)
    assert step("forty percent", 40) == step("40 percent", 40)
    assert step("a dozen", 12) is None  # a group noun: as rough as a hedge
    assert step("one-in-three", 100 / 3) is None
