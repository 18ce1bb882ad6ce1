"""Ninth round of dates (issue 8, item 1), on sentences written for these tests (invented names): the week or
month a verb opens or closes ("ended the week higher", "rounded out the week Friday", "to begin the week
after ... reported"), "For the week," framing a clause, and the cases that must not move ("the week of June
7", "the week before the vote", "the week after the election", the week as a subject)."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates

WEDNESDAY = "2010-06-16"  # ISO week 2010-W24


def found(nlp: Any, text: str, published: str | None = WEDNESDAY) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.type) for d in find_dates(nlp(text), published)]


# --- the week or month a verb opens or closes -------------------------------------------------------


def test_a_week_a_verb_closes_is_the_week_being_told(nlp: Any) -> None:
    assert ("the week", "2010-W24", "DATE") in found(nlp, "Shares of Orvane Mills ended the week higher.")


def test_a_week_rounded_out_on_a_day(nlp: Any) -> None:
    text = "The governor met farmers in Castley on Thursday and rounded out the week Friday with a speech."
    got = found(nlp, text, "2010-06-18")
    assert ("the week", "2010-W24", "DATE") in got


def test_a_month_a_verb_closes(nlp: Any) -> None:
    text = "The Pellar index closed out the month with a small gain, traders said."
    assert ("the month", "2010-06", "DATE") in found(nlp, text)


def test_the_week_after_a_conjunction_is_still_the_week_being_told(nlp: Any) -> None:
    text = "Brelling Foods rose 3% to begin the week after the company reported strong sales."
    assert ("the week", "2010-W24", "DATE") in found(nlp, text)


def test_for_the_week_framing_a_clause_takes_the_last_day_named(nlp: Any) -> None:
    text = "The Corran index fell 12 points on Friday. For the week, the index dropped 3.8%."
    got = found(nlp, text, "2010-06-21")  # a Monday: the Friday told is in the week before
    assert ("Friday", "2010-06-18", "DATE") in got
    assert ("the week", "2010-W24", "DATE") in got


# --- what must not move -----------------------------------------------------------------------------


def test_a_week_named_by_its_event_is_not_the_week_being_told(nlp: Any) -> None:
    for text in (
        "The strike at Dunmore started the week before the vote.",
        "Ms. Halvey began the week after the election in Ohio.",
        "The Tolliver show opened the week of June 7.",
    ):
        assert not [item for item in found(nlp, text) if item[0] == "the week"], text


def test_a_week_as_the_subject_is_not_marked_by_the_rule(nlp: Any) -> None:
    assert not [item for item in found(nlp, "The week ended with a rally at Kessing Park.") if item[0] == "the week"]


# --- counted from the last date named: "two years after that", "the following spring" ---------------


def test_a_length_after_that_counts_from_the_last_date_named(nlp: Any) -> None:
    text = "Harlow Instruments was founded in 1998. Two years after that, it went public."
    assert ("Two years after that", "2000", "DATE") in found(nlp, text)


def test_a_length_after_a_determiner_stays_a_length(nlp: Any) -> None:
    text = "Two days after that meeting in Corby, the talks failed."
    assert ("Two days", "P2D", "DURATION") in found(nlp, text)


def test_the_following_season_is_the_first_after_the_date_named(nlp: Any) -> None:
    got = found(nlp, "Ms. Arden joined Pellow in July 2008. The following summer, she was running it.")
    assert ("The following summer", "2009-SU", "DATE") in got
    got = found(nlp, "Ms. Arden joined Pellow in January 2008. By the following spring, she ran it.")
    assert ("the following spring", "2008-SP", "DATE") in got


def test_the_previous_winter_ended_before_the_date_named(nlp: Any) -> None:
    got = found(nlp, "The Tarrow dam broke in March 1999. The previous winter had been wet.")
    assert ("The previous winter", "1998-WI", "DATE") in got
    got = found(nlp, "The Tarrow dam broke in October 1999. The previous summer had been dry.")
    assert ("The previous summer", "1999-SU", "DATE") in got


# --- a record or streak beside the day its sentence names ---------------------------------------------


def test_a_record_day_in_apposition_to_a_weekday_is_that_day(nlp: Any) -> None:
    text = "The Keldar index fell 366 points on Friday, its worst day since August."
    got = found(nlp, text, "2007-10-20")  # a Saturday
    assert ("Friday", "2007-10-19", "DATE") in got
    assert ("worst day", "2007-10-19", "DATE") in got


def test_a_streak_with_no_day_named_in_its_sentence_is_the_current_one(nlp: Any) -> None:
    text = "The Keldar index fell 366 points on Friday. Brokers called it a third straight day of losses."
    got = found(nlp, text, "2007-10-20")
    assert ("a third straight day", "2007-10-20", "DATE") in got


# --- a fiscal year named relative to publication or to the last date named ----------------------------


def test_last_and_next_fiscal_year_count_from_publication(nlp: Any) -> None:
    got = found(nlp, "Orlen Mutual lost money in the last fiscal year and expects a profit next fiscal year.")
    assert ("the last fiscal year", "2009", "DATE") in got
    assert ("next fiscal year", "2011", "DATE") in got
    assert ("this financial year", "2010", "DATE") in found(nlp, "Sales at Brisk Ltd rose this financial year.")


def test_the_previous_fiscal_year_counts_from_the_last_date_named(nlp: Any) -> None:
    got = found(nlp, "Pallin Corp. was sold in 2004. It had lost money in the previous fiscal year.")
    assert ("the previous fiscal year", "2003", "DATE") in got
