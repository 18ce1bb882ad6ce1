"""Dates of one event worded apart, a start date and a counted length, a month placed from the article's
time, another date of one source (round 8).

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, q

from parallax.model import DateMention
from parallax.story.compare import compare_claims
from parallax.story.compare.date_lengths import elapsed
from parallax.story.compare.figure_dates import date_interval
from parallax.story.compare.figure_parses import written_calendar_date

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_a_month_placed_from_the_article_time_is_a_date() -> None:
    assert written_calendar_date("this November")
    assert written_calendar_date("last September")
    assert not written_calendar_date("last week")
    assert not written_calendar_date("the last week of May")
    # "last September" published in August is the September of the year before, as resolved, not the
    # nearest September (next month).
    last = DateMention(start=0, end=14, text="last September", value="2025-09")
    days = date_interval(last, "2026-08-20")
    assert days is not None
    assert days == (float(date_ordinal(2025, 9, 1)), float(date_ordinal(2025, 9, 30)))


def date_ordinal(year: int, month: int, day: int) -> int:
    from datetime import date

    return date(year, month, day).toordinal()


def test_an_election_won_and_the_elections_of_that_year_are_one_date(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Greens won control of the Velmar assembly in 2022 by promising cheaper trains.",
            dates=(("2022", "2022"),),
        ),
        claim(
            "b1",
            "b",
            "Cheaper trains were the main promise of the Greens in the 2022 assembly elections.",
            dates=(("2022", "2022"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-05-02"), [], {}, nlp=nlp)
    (year,) = holding(found, "2022")
    assert year.kind == "agreement"
    assert len(year.figures) == 2


def test_a_killing_and_the_massacre_of_that_month_are_one_date_but_not_a_speech(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Oskar Lindqvist's daughter was killed in December at the Harlow school.",
            dates=(("December", "2025-12"),),
        ),
        claim(
            "b1",
            "b",
            "The massacre in December shocked the Harlow parents.",
            dates=(("December", "2025-12"),),
        ),
        claim(
            "c1",
            "c",
            "Governor Brandt gave a speech on rail fares in December.",
            dates=(("December", "2025-12"),),
        ),
        claim(
            "c2",
            "c",
            "The December shooting at the Harlow school left nine dead.",
            dates=(("December", "2025-12"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c", published="2026-02-10"), [], {}, nlp=nlp)
    (month,) = [c for c in holding(found, "December") if len(c.figures) >= 2]
    assert month.kind == "agreement"
    # The speech outlet C dates alike is another event: it stays out.
    assert {f.claim_id for f in month.figures} == {"a1", "b1", "c2"}


def test_a_start_date_and_the_length_up_to_publication_agree(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Orlen and Brandt held their first meeting since their Dec. 11 meeting on the harbour.",
            dates=(("Dec. 11", "2025-12-11"),),
        ),
        claim(
            "b1",
            "b",
            "The meeting on Wednesday, the first in 22 days, ended without a deal on the harbour.",
            q("22 days", 22, unit="day", kind="duration"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", a="2026-01-02", b="2026-01-02"), [], {}, nlp=nlp)
    (met,) = holding(found, "22 days")
    assert met.kind == "agreement"
    assert {f.text for f in met.figures} == {"Dec. 11", "22 days"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_date_that_happens_to_lie_as_far_back_as_agreed_lengths_is_left_alone(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Lindqvists released eight years of tax returns on Friday.",
            q("eight years", 8, unit="year", kind="duration"),
        ),
        claim(
            "b1",
            "b",
            "The couple had released its tax returns through 2018 before.",
            dates=(("2018", "2018"),),
        ),
        claim(
            "c1",
            "c",
            "The eight years of tax returns show the Lindqvists paid more than they earned.",
            q("eight years", 8, unit="year", kind="duration"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c", published="2026-05-02"), [], {}, nlp=nlp)
    (years,) = holding(found, "eight years")
    assert {f.claim_id for f in years.figures} == {"a1", "c1"}


def test_elapsed_days_run_to_the_publication_of_the_length() -> None:
    from parallax.story.compare.measures import FigureMeasure
    from parallax.story.compare.values import FigureItem

    def item(low: float, high: float, published: str) -> FigureItem:
        return FigureItem(
            claim=claim("x", "x", "x"),
            quantity=q("1", 1),
            unit="date",
            low=low,
            high=high,
            measure=FigureMeasure(),
            entity_ids=frozenset(),
            source="x",
            published=published,
        )

    start = item(date_ordinal(2025, 12, 11), date_ordinal(2025, 12, 11), "")
    assert elapsed(start, item(22, 22, "2026-01-02")) == (21.0, 23.0)
    ahead = item(date_ordinal(2026, 6, 30), date_ordinal(2026, 6, 30), "")
    assert elapsed(ahead, item(7, 7, "2026-06-23")) == (6.0, 8.0)
    # A date around the publication is no start of a length up to it.
    assert (
        elapsed(item(date_ordinal(2026, 1, 1), date_ordinal(2026, 12, 31), ""), item(1, 1, "2026-05-02"))
        is None
    )


def test_another_date_of_one_source_is_set_apart_and_joins_its_own_event(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Volunteers have evacuated 9,000 people since July and 4,000 since the ferry service began on Aug. 14.",
            dates=(("July", "2026-07"), ("Aug. 14", "2026-08-14")),
        ),
        claim(
            "b1",
            "b",
            "Crews evacuated 9,000 people since July and 4,000 since Aug. 14.",
            dates=(("July", "2026-07"), ("Aug. 14", "2026-08-14")),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-08-27"), [], {}, nlp=nlp)
    for text in ("July", "Aug. 14"):
        for comp in holding(found, text):
            assert {f.text for f in comp.figures} == {text}  # one date per comparison
    assert not [c for c in found if c.kind in DISPUTES]
