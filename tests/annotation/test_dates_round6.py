"""Sixth round of dates (issue 8, item 1), on sentences written for these tests (invented names): words of
scheduling and nouns of a prospect, a week of a month written with "in", "a long time ago", "the same
day" after a date, "this weekend" told as ahead, the quarter just closed, a day something is set "for",
"the last couple of months", "today" meaning nowadays, a dateline under the title standing for a missing
publication date, and a day word inside a quotation counted from the day it was said."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates, find_dates_in_text
from parallax.annotation.dates.recognise import dateline

WEDNESDAY = "2015-11-25"
SATURDAY = "2018-04-28"


def values(nlp: Any, text: str, published: str | None = WEDNESDAY) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(nlp(text), published)}


# --- tense: words of scheduling and nouns of a prospect -----------------------------------------------


def test_poised_on_a_weekday_is_the_coming_one(nlp: Any) -> None:
    got = values(nlp, "Farmers from Velden are poised on Sunday to block the Marrow bridge.", SATURDAY)
    assert got["Sunday"] == "2018-04-29"


def test_a_weekday_told_in_the_past_stays_past(nlp: Any) -> None:
    got = values(nlp, "Farmers from Velden blocked the Marrow bridge on Sunday.", SATURDAY)
    assert got["Sunday"] == "2018-04-22"


def test_a_threat_in_a_past_clause_does_not_place_its_month_in_the_past(nlp: Any) -> None:
    text = "The strike raised fears about the threat of a split in the Ostral union in a June ballot."
    assert values(nlp, text, "2016-03-23")["June"] == "2016-06"


def test_a_month_of_a_past_event_stays_past(nlp: Any) -> None:
    text = "The Ostral union split in a June ballot, the chairman recalled."
    assert values(nlp, text, "2016-03-23")["June"] == "2015-06"


def test_a_weekday_a_strike_is_called_for_is_the_coming_one(nlp: Any) -> None:
    got = values(nlp, "The Brannock dockers have called a strike for Thursday.", "2008-03-19")
    assert got["Thursday"] == "2008-03-20"


def test_a_weekday_with_its_possessive_after_for_is_a_day_reported(nlp: Any) -> None:
    got = values(nlp, "Police have arrested a man for Tuesday's fire at the Brannock depot.", "2008-03-19")
    assert got["Tuesday"] == "2008-03-18"


# --- quarters ---------------------------------------------------------------------------------------


def test_a_quarter_ahead_late_in_the_next_quarter_is_the_coming_one(nlp: Any) -> None:
    text = "The Halvorsen takeover is expected to close in the fourth quarter."
    assert values(nlp, text, "2008-03-19")["the fourth quarter"] == "2008-Q4"


def test_the_quarter_just_closed_is_still_the_one_reported_early_in_the_next(nlp: Any) -> None:
    text = "Halvorsen will report a loss for the fourth quarter."
    assert values(nlp, text, "2008-01-20")["the fourth quarter"] == "2007-Q4"


# --- forms --------------------------------------------------------------------------------------------


def test_the_first_week_in_a_month(nlp: Any) -> None:
    text = "The Kessler council plans a recess the first week in December."
    assert values(nlp, text)["the first week in December"] == "2015-W49"


def test_a_long_time_ago_is_past_ref(nlp: Any) -> None:
    got = values(nlp, "The Orvel mill closed a long time ago, and the dam fell long ago.")
    assert got["a long time ago"] == "PAST_REF"
    assert got["long ago"] == "PAST_REF"


def test_the_same_day_after_a_date_is_that_date(nlp: Any) -> None:
    text = "The letters were sent Monday, the same day the Tamsin committee met."
    got = values(nlp, text)
    assert got["Monday"] == "2015-11-23"
    assert got["the same day"] == "2015-11-23"


def test_this_weekend_told_as_ahead_early_in_the_week(nlp: Any) -> None:
    assert values(nlp, "The Pellam fair is this weekend.")["this weekend"] == "2015-W48-WE"
    assert values(nlp, "The Pellam fair drew crowds this weekend.")["this weekend"] == "2015-W47-WE"


def test_the_last_couple_of_months_is_a_count(nlp: Any) -> None:
    got = find_dates(nlp("Rents in Dunmere rose over the last couple of months."), WEDNESDAY)
    assert [(d.type, d.value) for d in got] == [("DURATION", "P2M")]


def test_today_after_a_place_taken_as_a_whole_is_nowadays(nlp: Any) -> None:
    assert values(nlp, "Few crafts like it survive in the world today.")["today"] == "PRESENT_REF"
    assert values(nlp, "A quiet anger is spreading across America today.")["today"] == "PRESENT_REF"
    assert values(nlp, "The Corwen mayor arrived in Boston today.")["today"] == WEDNESDAY


# --- a dateline under the title -------------------------------------------------------------------------


def test_dateline_reads_a_date_on_a_line_of_its_own() -> None:
    assert str(dateline("Velden port reopens\nMarch 01, 2008\nThe port reopened.")) == "2008-03-01"
    assert str(dateline("Velden port reopens\nTuesday, 4 March 2008\nThe port reopened.")) == "2008-03-04"
    assert dateline("Velden port reopens\nThe port reopened on March 1, 2008.") is None
    assert dateline("Velden port reopens\nMarch 2008\nThe port reopened.") is None


def test_without_a_publication_date_the_dateline_is_the_reference() -> None:
    text = (
        "Velden port reopens\nMarch 01, 2008\nThe Velden port reopened on Tuesday.\nTraffic fell last year."
    )
    got = {d.text: d.value for d in find_dates_in_text(text, None)}
    assert got == {"March 01, 2008": "2008-03-01", "Tuesday": "2008-02-26", "last year": "2007"}


def test_without_a_publication_date_or_a_dateline_relative_dates_keep_no_value() -> None:
    text = "Velden port reopens\nThe Velden port reopened on Tuesday.\nTraffic fell last year."
    got = {d.text: d.value for d in find_dates_in_text(text, None)}
    assert got == {"Tuesday": None, "last year": None}


def test_a_given_publication_date_wins_over_the_dateline() -> None:
    text = "Velden port reopens\nMarch 01, 2008\nThe Velden port reopened on Tuesday."
    got = {d.text: d.value for d in find_dates_in_text(text, "2008-03-05")}
    assert got["Tuesday"] == "2008-03-04"


# --- a quotation said on a day named before it ----------------------------------------------------------


def test_today_in_a_quotation_is_the_day_it_was_said(nlp: Any) -> None:
    text = 'In a statement on Tuesday, Mayor Ilse Varga said: "Today we open the Corwen bridge."'
    got = values(nlp, text)
    assert got["Tuesday"] == "2015-11-24"
    assert got["Today"] == "2015-11-24"


def test_a_quotation_in_the_next_sentence_keeps_the_publication_day(nlp: Any) -> None:
    text = 'The Corwen bridge failed on Tuesday night. "We are closing it today," Mayor Ilse Varga said.'
    assert values(nlp, text)["today"] == WEDNESDAY


# --- "the day before" with a phrase after it; "Today" in a name -----------------------------------------


def test_the_day_before_followed_by_a_phrase_counts_from_the_last_date() -> None:
    text = "The Oct. 16 memo described a meeting held the day before by the Pellam mission."
    got = {d.text: d.value for d in find_dates_in_text(text, "2012-10-20")}
    assert got["the day before"] == "2012-10-15"


def test_the_day_before_an_event_is_not_counted_from_the_last_date() -> None:
    text = "The Oct. 16 memo said Varga left the day before the vote."
    got = {d.text: d.value for d in find_dates_in_text(text, "2012-10-20")}
    assert "the day before" not in got


def test_today_in_a_name_is_not_a_date() -> None:
    text = "Varga did not answer USA TODAY's questions, and told NBC's Today show she was busy."
    assert find_dates_in_text(text, WEDNESDAY) == []
    opening = {
        d.text: d.value for d in find_dates_in_text("Today Varga resigned. She left today.", WEDNESDAY)
    }
    assert opening == {"Today": WEDNESDAY, "today": WEDNESDAY}
