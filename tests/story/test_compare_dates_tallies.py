"""Dates, scores and figures the parse tells: compared as measures across outlets.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, holding, q

from parallax.model import DateMention
from parallax.story.compare import compare_claims
from parallax.story.compare.figure_dates import date_interval
from parallax.story.compare.figure_parses import written_calendar_date, written_tally

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_which_dates_are_written_calendar_dates() -> None:
    assert written_calendar_date("Dec. 27th")
    assert written_calendar_date("in 2014")
    assert written_calendar_date("mid May")
    assert not written_calendar_date("last year")
    assert not written_calendar_date("a month ago")
    assert not written_calendar_date("Tuesday")
    assert not written_calendar_date("a decade")


def test_a_date_without_its_year_takes_the_year_nearest_the_article() -> None:
    june = DateMention(start=0, end=7, text="June 25", value="2025-06-25")
    with_year = DateMention(start=0, end=13, text="June 25, 2026", value="2026-06-25")
    near = date_interval(june, "2026-02-01")
    assert near is not None and near == date_interval(with_year, None)
    # No calendar part written: no date figure.
    assert date_interval(DateMention(start=0, end=9, text="last year", value="2025"), "2026-02-01") is None


def test_one_event_dated_alike_is_an_agreement_and_dated_apart_a_dispute(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Velmar council will hold the runoff vote on March 14, officials said.",
            dates=(("March 14", "2026-03-14"),),
        ),
        claim(
            "b1",
            "b",
            "Velmar votes again in a runoff on March 14.",
            dates=(("March 14", "2026-03-14"),),
        ),
        claim(
            "a2",
            "a",
            "The council set the Velmar primaries for April 2.",
            dates=(("April 2", "2026-04-02"),),
        ),
        claim(
            "b2",
            "b",
            "The Velmar primaries are set for May 9.",
            dates=(("May 9", "2026-05-09"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-03-01"), [], {}, nlp=nlp)
    (runoff,) = holding(found, "March 14")
    assert runoff.kind == "agreement" and {f.claim_id for f in runoff.figures} == {"a1", "b1"}
    (primaries,) = holding(found, "April 2")
    assert primaries.kind == "disagreement" and {f.claim_id for f in primaries.figures} == {"a2", "b2"}


def test_two_years_of_a_kind_of_event_are_no_dispute(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "In 2009 a flood swept through the Orlan valley.",
            dates=(("2009", "2009"),),
        ),
        claim(
            "b1",
            "b",
            "The worst flood, in 1994, swept through the Orlan valley.",
            dates=(("1994", "1994"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-03-01"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]


def test_one_month_given_for_two_things_by_one_outlet_is_not_joined_by_its_value(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "The Tesk bridge collapsed in January.", dates=(("January", "2026-01"),)),
        claim("a2", "a", "Mayor Rhun resigned in January.", dates=(("January", "2026-01"),)),
        claim("b1", "b", "The bridge over the Tesk gave way in January.", dates=(("January", "2026-01"),)),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-03-01"), [], {}, nlp=nlp)
    for comparison in found:
        assert {f.claim_id for f in comparison.figures} != {"a1", "a2", "b1"}


def test_a_vote_written_larger_first_is_a_score_not_a_range(nlp: Any) -> None:
    assert written_tally("65-33") == (65, 33)
    assert written_tally("65 to 33") == (65, 33)
    assert written_tally("18 to 21") is None  # a range
    assert written_tally("46 percent to 41 percent") == (46, 41)  # a poll
    assert written_tally("65 to 33 percent") is None
    claims = [
        claim(
            "a1",
            "a",
            "The Marren bill passed 71-24 in the upper house.",
            bare("71-24", low=24, high=71),
        ),
        claim(
            "b1",
            "b",
            "Lawmakers passed the Marren bill 71 to 24 on Friday.",
            bare("71 to 24", low=24, high=71),
        ),
        claim(
            "b2",
            "b",
            "Some 50 votes were needed, the clerk said.",
            q("Some 50 votes", 50, unit="count", qualifier="some"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (vote,) = holding(found, "71-24")
    assert vote.kind == "agreement" and {f.text for f in vote.figures} == {"71-24", "71 to 24"}


def test_a_hyphenated_or_partitive_number_counts_its_noun(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "The Dorn commission released a 312-page report on Monday.", bare("312", 312)),
        claim("b1", "b", "Its 312-page report faults the Dorn port authority.", bare("312", 312)),
        claim("a2", "a", '"We have 45 of our members in close races," Ms. Vey said.', bare("45", 45)),
        claim("b2", "b", "Ms. Vey said 45 of their members face close races.", bare("45", 45)),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (pages,) = holding(found, "312")
    assert pages.kind == "agreement" and {f.claim_id for f in pages.figures} == {"a1", "b1"}
    (members,) = holding(found, "45")
    assert members.kind == "agreement" and {f.claim_id for f in members.figures} == {"a2", "b2"}


def test_times_counts_occurrences_unless_a_comparison_follows(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The port was closed 14 times last winter.",
            q("14", 14, unit="count", counted="times"),
        ),
        claim(
            "b1",
            "b",
            "Storms closed the port 14 times over the winter.",
            q("14", 14, unit="count", counted="times"),
        ),
        claim(
            "b2",
            "b",
            "The new quay is three times as long as the old one.",
            q("three", 3, unit="count", counted="times"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (closures,) = holding(found, "14")
    assert closures.kind == "agreement" and {f.claim_id for f in closures.figures} == {"a1", "b1"}
    assert not holding(found, "three")


def test_a_combined_total_is_no_dispute_with_one_of_its_parts(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The floods in Harrow and Penmore killed a combined 27 people this week.",
            q("27 people", 27, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "The flood in Harrow killed 9 people, officials said.",
            q("9 people", 9, unit="count"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]
