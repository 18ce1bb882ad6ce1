"""Seventh round of dates (issue 8, item 1), on sentences written for these tests (invented names), from
the categories of the TimeML / TIDES annotation guidelines: "on weekends" as a set, a day before "last
week" or "last year" moved into that week or year, "the end of the decade", a month-day in a sentence
opened by its year ("In 2009, ..."), a clock time on "the following morning", the morning after a night
just named, a time on a holiday named before it, and a holiday days away in a clause with no tense."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates

TUESDAY = "2011-12-20"


def found(nlp: Any, text: str, published: str | None = TUESDAY) -> dict[str, tuple[str | None, str]]:
    return {d.text: (d.value, d.type) for d in find_dates(nlp(text), published)}


# --- references: "the past several quarters" stays a past reference ---------------------------------


def test_the_past_several_quarters_stays_a_past_reference(nlp: Any) -> None:
    got = found(nlp, "Sales at Dunmore Tools fell in the past several quarters.", "2017-10-05")
    assert got["in the past several quarters"] == ("PAST_REF", "DATE")


# --- sets ------------------------------------------------------------------------------------------


def test_on_weekends_is_a_set(nlp: Any) -> None:
    got = found(nlp, "Skating on Lake Ferrow is allowed on weekends until the end of February.", "2019-01-15")
    assert got["on weekends"] == ("XXXX-WXX-WE", "SET")
    assert got["February"] == ("2019-02", "DATE")


def test_weekend_singular_is_still_a_date(nlp: Any) -> None:
    got = found(nlp, "The Varga bakery was sold over the weekend.", "2018-04-17")
    assert got["the weekend"] == ("2018-W15-WE", "DATE")


# --- the end of the decade --------------------------------------------------------------------------


def test_the_end_of_the_decade_is_the_decade_of_publication(nlp: Any) -> None:
    text = "Darrow Motors said it would build a plant in Velmont by the end of the decade."
    assert found(nlp, text, "2016-02-12")["the end of the decade"] == ("201", "DATE")


def test_the_end_of_the_decade_told_after_a_past_year_is_that_decade(nlp: Any) -> None:
    text = "The Pellam mill opened in 1975, and by the end of the decade it employed 900 people."
    assert found(nlp, text, "2016-02-12")["the end of the decade"] == ("197", "DATE")


# --- a sentence set in a year --------------------------------------------------------------------------


def test_a_month_day_in_a_sentence_opened_by_a_year_takes_that_year(nlp: Any) -> None:
    got = found(nlp, "In 2009, the Carrow council vote was held on March 3, and results came in April.")
    assert got["March 3"] == ("2009-03-03", "DATE")
    assert got["April"] == ("2009-04", "DATE")


def test_last_year_opening_a_sentence_gives_its_year_to_a_month_day(nlp: Any) -> None:
    got = found(
        nlp, "Parcel deliveries in Harbury peak before Christmas. Last year, the busiest day was Dec. 20."
    )
    assert got["Dec. 20"] == ("2010-12-20", "DATE")


def test_a_year_inside_a_clause_does_not_set_the_sentence(nlp: Any) -> None:
    text = "Ilse Varga said in 2009 that the Brannock vote had been held on March 3."
    assert found(nlp, text)["March 3"] == ("2011-03-03", "DATE")


def test_a_year_in_another_sentence_does_not_carry_over(nlp: Any) -> None:
    text = "The Tarn tablet came out in 2009. The Fenwick museum reopened on Dec. 2."
    assert found(nlp, text)["Dec. 2"] == ("2011-12-02", "DATE")


# --- times -------------------------------------------------------------------------------------------


def test_a_clock_time_on_the_following_morning_is_the_next_day(nlp: Any) -> None:
    text = "No checks were made at the Orrin jail from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning."
    got = found(nlp, text, "2019-11-19")
    assert got["6:30 a.m. the following morning"] == ("2019-08-10T06:30", "TIME")
    assert got["10:30 p.m. Aug. 9"] == ("2019-08-09T22:30", "TIME")


def test_the_morning_after_a_night_just_named_is_the_next_day(nlp: Any) -> None:
    text = (
        "Heavy rain closed the Tarnbridge road last night, and crews worked through the morning to clear it."
    )
    got = found(nlp, text, "2021-11-23")
    assert got["last night"] == ("2021-11-22TNI", "TIME")
    assert got["the morning"] == ("2021-11-23TMO", "TIME")


def test_the_morning_of_a_day_named_stays_that_day(nlp: Any) -> None:
    text = "Crews in Belmoor cleared the road on Monday, working through the morning."
    assert found(nlp, text, "2021-11-23")["the morning"] == ("2021-11-22TMO", "TIME")


def test_midnight_on_a_holiday_named_before_it(nlp: Any) -> None:
    text = "On New Year's Eve, the Quillon town hall will hold fireworks at midnight."
    assert found(nlp, text)["midnight"] == ("2011-12-31T24", "TIME")


# --- holidays ----------------------------------------------------------------------------------------


def test_a_holiday_much_nearer_ahead_is_the_coming_one_without_tense(nlp: Any) -> None:
    got = found(nlp, "Parcel deliveries in Harbury peak in the week before Christmas.")
    assert got["Christmas"] == ("2011-12-25", "DATE")


def test_a_holiday_in_a_past_clause_stays_past(nlp: Any) -> None:
    got = found(nlp, "Parcel deliveries in Harbury peaked before Christmas.", "2012-01-10")
    assert got["Christmas"] == ("2011-12-25", "DATE")


# --- a day in apposition to the week or year named after it ------------------------------------------


def test_a_weekday_before_last_week_is_that_day_of_last_week(nlp: Any) -> None:
    got = found(nlp, "The Orlin report was published on Tuesday last week.", "2008-03-04")
    assert got["Tuesday"] == ("2008-02-26", "DATE")
    assert got["last week"] == ("2008-W09", "DATE")


def test_a_weekday_before_next_week_is_that_day_of_next_week(nlp: Any) -> None:
    got = found(nlp, "The Kessel station will open on Thursday next week.", "2008-03-04")
    assert got["Thursday"] == ("2008-03-13", "DATE")


def test_a_month_day_before_last_year_is_in_last_year(nlp: Any) -> None:
    text = "The Pemberly plant closed on March 3 last year, and a day later it was sold."
    got = found(nlp, text, "2008-03-04")
    assert got["March 3"] == ("2007-03-03", "DATE")
    assert got["a day later"] == ("2007-03-04", "DATE")


def test_the_day_stays_the_anchor_after_its_week(nlp: Any) -> None:
    got = found(
        nlp, "Ansel Korr met the board on Friday last week, and two days later he resigned.", "2008-03-04"
    )
    assert got["two days later"] == ("2008-03-02", "DATE")


def test_a_week_in_another_sentence_does_not_move_a_day(nlp: Any) -> None:
    got = found(nlp, "Ansel Korr resigned on Monday. Last week, he had denied it.", "2008-03-04")
    assert got["Monday"] == ("2008-03-03", "DATE")


# --- a quarter named with its (fiscal) year as another expression -------------------------------------


def test_a_quarter_after_its_fiscal_year_is_that_years_quarter(nlp: Any) -> None:
    got = found(nlp, "Sales at Corvin Bank rose in its fiscal 2008 second quarter.", "2008-03-04")
    assert got["second quarter"] == ("2008-Q2", "DATE")
    assert got["fiscal 2008"] == ("2008", "DATE")


def test_a_quarter_of_a_fiscal_year_named_after_it(nlp: Any) -> None:
    got = found(nlp, "In the second quarter of fiscal 2008, sales at Corvin Bank rose.", "2008-03-04")
    assert got["the second quarter"] == ("2008-Q2", "DATE")


def test_a_quarter_alone_is_still_the_latest_such_quarter(nlp: Any) -> None:
    got = found(nlp, "Sales at Corvin Bank rose in the second quarter.", "2008-03-04")
    assert got["the second quarter"] == ("2007-Q2", "DATE")


# --- a season as the subject of its clause -------------------------------------------------------------


def test_a_season_as_subject_is_a_date(nlp: Any) -> None:
    got = found(nlp, "Spring is expected to be busy in Orrin Bay, and winter was mild.", "2008-03-04")
    assert got["Spring"] == ("2008-SP", "DATE")
    assert got["winter"] == ("2007-WI", "DATE")


def test_a_season_word_in_a_name_or_a_noun_is_not_a_date(nlp: Any) -> None:
    got = found(nlp, "The Velden Spring was a surprise. A hot spring was found near Ostry.", "2008-10-04")
    assert "Spring" not in got
    assert "spring" not in got


def test_year_end_written_as_two_words_is_the_year(nlp: Any) -> None:
    got = found(nlp, "The Halvard merger is expected to be completed by year end.", "1989-10-27")
    assert got["year end"] == ("1989", "DATE")


def test_the_year_ended_is_not_year_end(nlp: Any) -> None:
    got = found(nlp, "Halvard's fiscal year ended June 30.", "1989-10-27")
    assert "year end" not in got
    assert got["June 30"] == ("1989-06-30", "DATE")
