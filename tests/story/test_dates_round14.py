"""Dates of one thing that outlets word apart, round 14: a year and a date within it.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding

from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def _year_and_month() -> list[Any]:
    return [
        claim(
            "a1",
            "a",
            "Brisk said he inherited a budget crisis in 2031 that nobody had warned him about.",
            dates=(("2031", "2031"),),
        ),
        claim(
            "b1",
            "b",
            "Brisk has served as Telmark's governor since January 2031.",
            dates=(("January 2031", "2031-01"),),
        ),
    ]


def test_the_only_two_dates_of_a_year_are_one_date_whatever_their_words(nlp: Any) -> None:
    found = compare_claims(_year_and_month(), articles("a", "b", published="2035-06-01"), [], {}, nlp=nlp)
    (year,) = holding(found, "2031")
    assert {f.claim_id for f in year.figures} == {"a1", "b1"}
    assert year.kind == "agreement"
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_year_with_another_date_within_it_stays_apart_from_a_date_of_other_words(nlp: Any) -> None:
    claims = [
        *_year_and_month(),
        claim(
            "b2",
            "b",
            "The Orlen toll bridge opened to traffic in May 2031.",
            dates=(("May 2031", "2031-05"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2035-06-01"), [], {}, nlp=nlp)
    assert not [c for c in holding(found, "2031") if {"b1", "b2"} & {f.claim_id for f in c.figures}]


def test_a_month_dating_what_someone_said_is_a_date_of_a_statement(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "In March, she said the Harlow tunnel would never carry freight trains.",
            dates=(("March", "2026-03"),),
        ),
        claim(
            "b1",
            "b",
            "The row goes back to March, when Orla Venn claimed that the tunnel was unsafe for freight.",
            dates=(("March", "2026-03"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-07-14"), [], {}, nlp=nlp)
    (month,) = holding(found, "March")
    assert {f.claim_id for f in month.figures} == {"a1", "b1"}
    assert month.kind == "agreement"


def _again_in_a_when_clause() -> list[Any]:
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
            "Critics pointed to a scuffle in March when a crowd outside the town hall reportedly shouted abuse"
            " at two councillors from Velmar.",
            dates=(("March", "2026-03"),),
        ),
        claim(
            "b1",
            "b",
            "The Ostvik group denies that its marchers jostled councillors, chiefly in March.",
            dates=(("March", "2026-03"),),
        ),
    ]


def test_an_outlet_telling_its_date_again_in_a_when_clause_joins_its_group(nlp: Any) -> None:
    found = compare_claims(
        _again_in_a_when_clause(), articles("a", "b", published="2026-07-14"), [], {}, nlp=nlp
    )
    (month,) = [c for c in holding(found, "March") if "b1" in {f.claim_id for f in c.figures}]
    assert {f.claim_id for f in month.figures} == {"a1", "a2", "b1"}
    assert month.kind == "agreement"
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_when_clause_of_other_words_keeps_an_outlet_s_other_thing_apart(nlp: Any) -> None:
    claims = [
        *_again_in_a_when_clause()[::2],
        claim(
            "a3",
            "a",
            "Harlow ferry fares rose in March when the operator passed on the cost of fuel to its passengers.",
            dates=(("March", "2026-03"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-07-14"), [], {}, nlp=nlp)
    assert not [c for c in holding(found, "March") if "a3" in {f.claim_id for f in c.figures}]
