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
