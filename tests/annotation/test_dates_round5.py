"""Fifth round of dates (issue 8, item 1), on sentences written for these tests (invented names): one year
per month-day written without one in an article, times counted from an event the article dates
elsewhere, "later that month" / "that summer", text rebuilt from tokens ("March 3 , 2009"), and verbs
whose past is their plain form ("hurt", "cut")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from parallax.annotation.dates import find_dates, find_dates_in_text
from parallax.annotation.dates.calendar import settle_day_years

PUB = "2015-11-27"  # a Friday


def parsed(nlp: Any, text: str, published: str = PUB) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(nlp(text), published)}


# --- one year per month-day in an article -------------------------------------------------------------


def test_settle_keeps_a_month_day_given_one_year() -> None:
    day = dt.date(2015, 12, 20)
    assert settle_day_years([(12, 20, day, "past"), (12, 20, day, None)], dt.date(2016, 3, 1)) == {}


def test_settle_follows_the_clearly_tensed_majority() -> None:
    pub = dt.date(2016, 3, 1)
    last, next_ = dt.date(2015, 12, 20), dt.date(2016, 12, 20)
    choices = [
        (12, 20, next_, "future"),
        (12, 20, next_, "future"),
        (12, 20, last, "past"),
        (12, 20, last, None),
    ]
    assert settle_day_years(choices, pub) == {(12, 20): 2016}


def test_settle_takes_the_nearest_year_when_tenses_disagree_evenly() -> None:
    pub = dt.date(2016, 3, 1)
    last, next_ = dt.date(2015, 12, 20), dt.date(2016, 12, 20)
    assert settle_day_years([(12, 20, next_, "future"), (12, 20, last, "past")], pub) == {(12, 20): 2015}
    # no clearly tensed mention at all: the nearest too
    assert settle_day_years([(12, 20, next_, None), (12, 20, last, "present")], pub) == {(12, 20): 2015}


def test_one_article_gives_a_month_day_one_year() -> None:
    text = (
        "The Brannock ferry will resume on Dec. 20. Its owners said the Dec. 20 restart was agreed. "
        "Crews will be ready by Dec. 20, and two days later the first crossing will sail."
    )
    tenses = {0: "future", 1: "past", 2: "future"}  # the clause of each "Dec. 20", in order

    def tense_of(start: int, end: int) -> str | None:
        return tenses[text[:start].count("Dec. 20")] if text[start:end] == "Dec. 20" else None

    found = find_dates_in_text(text, "2016-03-01", tense_of)
    values = [d.value for d in found if d.text == "Dec. 20"]
    assert values == ["2016-12-20"] * 3  # two future clauses against one past: the coming one
    assert next(d.value for d in found if d.text == "two days later") == "2016-12-22"


def test_a_month_day_with_its_year_is_not_changed() -> None:
    text = "The Lisk mill closed on Dec. 20, 2014. A fair will open on Dec. 20."
    found = find_dates_in_text(text, "2016-03-01", lambda s, e: "future" if s > 30 else "past")
    assert [d.value for d in found] == ["2014-12-20", "2016-12-20"]


# --- times counted from an event the article dates ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Mayor Tavish Orrel was shot on Oct. 23, 2014. Police questioned two men the day after his death.",
            "the day",
            "2014-10-24",
        ),
        (
            "Mayor Tavish Orrel was shot on Oct. 23, 2014. Ten days before the shooting, a van was seen nearby.",
            "Ten days",
            "2014-10-13",
        ),
        (
            "Mayor Tavish Orrel was killed on Oct. 23, 2014. In the weeks before the fatal shooting, a van "
            "was seen nearby.",
            "the weeks",
            "2014-10",
        ),
        (
            "Police began their inquiry into the Oct. 23 killing of Mayor Tavish Orrel. A van was seen near "
            "his house 10 days before the murder.",
            "10 days",
            "2015-10-13",  # "Oct. 23" without a year: the last one before publication
        ),
    ],
)
def test_counted_from_a_dated_event(nlp: Any, text: str, expression: str, value: str) -> None:
    assert parsed(nlp, text)[expression] == value


def test_an_undated_event_keeps_a_duration(nlp: Any) -> None:
    found = parsed(nlp, "Police arrested a man in Kellow two days after the shooting.")
    assert found["two days"] == "P2D"


def test_an_event_of_another_kind_is_not_an_anchor(nlp: Any) -> None:
    found = parsed(
        nlp,
        "Voters in Dunmere went to the polls on March 4, 2014. Two weeks after the count, no winner was named.",
    )
    assert found["Two weeks"] == "P2W"


def test_a_counted_span_after_a_clause_stays_a_duration(nlp: Any) -> None:
    found = parsed(
        nlp,
        "Mayor Tavish Orrel was killed on Oct. 23, 2014. One year after he was killed, a statue was unveiled.",
    )
    assert found["One year"] == "P1Y"


def test_the_day_being_told_is_not_counted_from_an_event(nlp: Any) -> None:
    found = parsed(
        nlp, "Stocks in Varno fell on Thursday. The index rebounded late in the day after falling 250 points."
    )
    assert found["the day"] == "2015-11-26"


# --- the unit of the last date named ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The Orlet plant closed on March 3, 2008. Later that month, its owners sold it.",
            "Later that month",
            "2008-03",
        ),
        (
            "The Orlet plant closed on March 3, 2008. That same week, its owners sold it.",
            "That same week",
            "2008-W10",
        ),
        ("The Orlet plant closed in March 2008. That summer, its owners sold it.", "That summer", "2008-SU"),
    ],
)
def test_unit_of_the_last_date_named(text: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates_in_text(text, PUB)}
    assert found[expression] == value


def test_that_month_needs_the_unit_itself() -> None:
    found = {d.text: d.value for d in find_dates_in_text("He sold the same summer-house twice.", PUB)}
    assert found == {}


# --- text rebuilt from tokens -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The Garrow mine closed on March 3 , 2009 after a flood.", "March 3 , 2009", "2009-03-03"),
        ("The Garrow mine closed on Oct. 5th , 2008.", "Oct. 5th , 2008", "2008-10-05"),
        ("The Garrow mine closed on 5 March , 2008.", "5 March , 2008", "2008-03-05"),
        ("The Garrow mine closed on Monday , Oct. 6 , 2008.", "Monday , Oct. 6 , 2008", "2008-10-06"),
        ("The Garrow mine closed in March , 2009.", "March , 2009", "2009-03"),
        ("In the 1990 's the Garrow mine grew.", "the 1990 's", "199"),
    ],
)
def test_dates_in_text_rebuilt_from_tokens(text: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates_in_text(text, PUB)}
    assert found[expression] == value


# --- verbs whose past is their plain form -------------------------------------------------------------


def test_a_verb_whose_past_is_its_plain_form_shows_no_present(nlp: Any) -> None:
    # published on Monday 2015-11-30: "hurt" tagged present would make Friday the coming one
    text = "Weak chip makers hurt the Pellam index, which fell 2%, on Friday, to 410."
    assert parsed(nlp, text, "2015-11-30")["Friday"] == "2015-11-27"


def test_a_present_schedule_still_looks_ahead(nlp: Any) -> None:
    assert (
        parsed(nlp, "The Pellam council meets on Tuesday to vote on the budget.")["Tuesday"] == "2015-12-01"
    )


# --- a season or the end of a unit in a clause about the past -----------------------------------------


def test_this_season_in_a_past_clause_is_the_one_gone_by(nlp: Any) -> None:
    # published in November: "this spring" told in the past is this year's spring, not the coming one
    assert parsed(nlp, "The Orlet merger was approved this spring.")["this spring"] == "2015-SP"
    assert parsed(nlp, "The Orlet merger will be approved this spring.")["this spring"] == "2016-SP"


def test_the_end_of_the_month_told_in_the_past_is_that_of_the_date_told(nlp: Any) -> None:
    found = parsed(
        nlp, "The Orlet plant closed in March 2008. By the end of the month, its owners had sold it."
    )
    assert found["the end of the month"] == "2008-03"
    found = parsed(nlp, "Orlet said on Monday that it expects to finish by the end of the year.")
    assert found["the end of the year"] == "2015"


# --- counted from today, two units back ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The Orlet council will vote a week from today.", "a week from today", "2015-12-04"),
        ("Two weeks from today the Orlet council votes.", "Two weeks from today", "2015-12-11"),
        ("The Kellow strike ended the year before last.", "the year before last", "2013"),
        ("The Kellow fair was held the week before last.", "the week before last", "2015-W46"),
        ("Shares may be tendered from today through Dec. 17.", "today", "2015-11-27"),
    ],
)
def test_counted_from_today(text: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates_in_text(text, PUB)}
    assert found[expression] == value


def test_a_day_range_shares_the_year_of_its_first_day() -> None:
    text = "The Brannock fair will run Dec. 20-22. Organisers said Dec. 20 was picked. It opens on Dec. 20."
    tenses = ["future", "past", "future"]  # the range, then each "Dec. 20" alone, in order

    def tense_of(start: int, end: int) -> str | None:
        return tenses[text[:start].count("Dec. 20")] if text[start:end].startswith("Dec. 20") else None

    found = find_dates_in_text(text, "2016-03-01", tense_of)
    assert {d.value for d in found if d.text.startswith("Dec. 20")} == {"2016-12-20"}
    assert [d.value for d in found if d.text == "22"] == ["2016-12-22"]
