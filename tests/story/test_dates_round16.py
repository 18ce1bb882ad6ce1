"""Dates and clock times of one thing that outlets word apart, round 16.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, timed

from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def _ids(comparison: Any) -> set[str]:
    return {f.claim_id for f in comparison.figures}


def _two_terms() -> list[Any]:
    """Two mayors' terms, each written by two outlets in other words; the first ends the year the second
    begins."""
    return [
        claim(
            "a1",
            "a",
            "Ms. Varga, who was mayor of Telmark from 2031 to 2038, opposed the tunnel from the start.",
            dates=(("2031", "2031"), ("2038", "2038")),
        ),
        claim(
            "b1",
            "b",
            "The former mayor, who led the city from 2031 to 2038, also questioned the tunnel's cost.",
            dates=(("2031", "2031"), ("2038", "2038")),
        ),
        claim(
            "a2",
            "a",
            "Mr. Osei, who was mayor from 2038 until 2045, argued that the tunnel would never pay.",
            dates=(("2038", "2038"), ("2045", "2045")),
        ),
        claim(
            "b2",
            "b",
            "Dan Osei, who was mayor of Telmark from 2038 to 2045, has also dismissed the idea.",
            dates=(("2038", "2038"), ("2045", "2045")),
        ),
    ]


def test_the_end_of_a_period_two_outlets_write_alike_is_one_date(nlp: Any) -> None:
    found = compare_claims(_two_terms(), articles("a", "b", published="2050-05-01"), [], {}, nlp=nlp)
    ends = [c for c in holding(found, "2038") if {"a1", "b1"} <= _ids(c)]
    assert len(ends) == 1
    assert ends[0].kind == "agreement"
    # The first term's end is not the second term's start, though both are 2038.
    assert not [c for c in holding(found, "2038") if _ids(c) & {"a1", "b1"} and _ids(c) & {"a2", "b2"}]
    assert not [c for c in found if c.kind in DISPUTES]


def test_the_start_of_a_period_two_outlets_write_alike_is_one_date_whatever_the_verbs(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The couple earned about $90 million from 2031 to 2038, according to the returns.",
            dates=(("2031", "2031"), ("2038", "2038")),
        ),
        claim(
            "a2",
            "a",
            "The couple has paid $21 million in federal taxes since 2031.",
            dates=(("2031", "2031"),),
        ),
        claim(
            "b1",
            "b",
            "From 2031 through 2038 the couple paid $21 million in federal taxes.",
            dates=(("2031", "2031"), ("2038", "2038")),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2040-08-01"), [], {}, nlp=nlp)
    starts = [c for c in holding(found, "2031") if {"a1", "b1"} <= _ids(c)]
    assert len(starts) == 1
    assert starts[0].kind == "agreement"


def test_a_date_inside_a_fronted_clause_dates_that_clause(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "If Greens win the Orlen seats this November, we will come close to a new era.",
            dates=(("this November", "2026-11"),),
        ),
        claim(
            "b1",
            "b",
            "Greens hope to win the Orlen seats in November.",
            dates=(("November", "2026-11"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-10-01"), [], {}, nlp=nlp)
    months = [c for c in found if {"a1", "b1"} <= _ids(c)]
    assert len(months) == 1
    assert months[0].kind == "agreement"


def test_a_time_of_an_adjective_after_a_noun_times_that_noun(nlp: Any) -> None:
    claims = [
        timed(
            "a1",
            "a",
            "Brandt said she wrote to the mayor of Telmark to explain her resignation, effective at 6 p.m.",
            "6 p.m.",
        ),
        timed("b1", "b", "Brandt's resignation took effect Monday at 6 p.m.", "Monday at 6 p.m."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    times = [c for c in found if {"a1", "b1"} <= _ids(c)]
    assert len(times) == 1
    assert times[0].kind == "agreement"


def test_two_starts_of_one_ongoing_state_long_ago_are_a_dispute(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Varga has led the Telmark Greens since 2031.", dates=(("2031", "2031"),)),
        claim(
            "b1",
            "b",
            "Varga has led the Telmark Greens since 2032, and the party has grown.",
            dates=(("2032", "2032"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2050-05-01"), [], {}, nlp=nlp)
    starts = [c for c in found if {"a1", "b1"} <= _ids(c)]
    assert len(starts) == 1
    assert starts[0].kind == "disagreement"
