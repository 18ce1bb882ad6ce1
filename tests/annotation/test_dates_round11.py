"""Eleventh round of dates (issue 8), on sentences written for these tests (invented names): counts grouped by
thousands ("1,500 days"), fractional and "and a half" offsets ("two and a half years ago", "a year and a half
ago"), clock times with a part of the day ("6:15 in the morning", "at 9 tonight"), a holiday followed by a clock
time ("Christmas Eve at 5 p.m."), and a month in a past clause about a prospect ("had a chance of losing the
seat in November")."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates

WEDNESDAY = "2024-04-10"


def found(nlp: Any, text: str, published: str | None = WEDNESDAY) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.type) for d in find_dates(nlp(text), published)]


# --- counts grouped by thousands --------------------------------------------------------------------


def test_a_count_grouped_by_thousands_is_one_duration(nlp: Any) -> None:
    assert ("1,500 days", "P1500D", "DURATION") in found(nlp, "Tarvel had spent 1,500 days in custody.")


def test_a_larger_grouped_count(nlp: Any) -> None:
    assert ("10,000 hours", "PT10000H", "DURATION") in found(nlp, "The crew logged 10,000 hours at sea.")


def test_a_grouped_count_ago(nlp: Any) -> None:
    got = found(nlp, "The village of Orlen was founded 1,200 years ago.")
    assert ("1,200 years ago", "0824", "DATE") in got


def test_a_date_and_a_count_after_a_comma_stay_apart(nlp: Any) -> None:
    got = found(nlp, "The Brask plant opened on June 1, 2021, and has run for 900 days.")
    assert ("June 1, 2021", "2021-06-01", "DATE") in got
    assert ("900 days", "P900D", "DURATION") in got


# --- fractional and "and a half" offsets --------------------------------------------------------------


def test_and_a_half_years_ago_is_counted_in_months(nlp: Any) -> None:
    got = found(nlp, "Mira Coldwell left the Fenner group two and a half years ago.")
    assert ("two and a half years ago", "2021-10", "DATE") in got


def test_a_year_and_a_half_ago_is_one_expression(nlp: Any) -> None:
    got = found(nlp, "The Haskel mine closed a year and a half ago.")
    assert ("a year and a half ago", "2022-10", "DATE") in got


def test_a_decimal_year_ago(nlp: Any) -> None:
    assert ("1.5 years ago", "2022-10", "DATE") in found(nlp, "The Ostry bridge opened 1.5 years ago.")


def test_whole_years_ago_stay_a_year(nlp: Any) -> None:
    assert ("two years ago", "2022", "DATE") in found(nlp, "The Ostry bridge opened two years ago.")


def test_a_year_and_a_half_stays_a_duration(nlp: Any) -> None:
    got = found(nlp, "The Velm loan runs for a year and a half.")
    assert ("a year and a half", "P1Y6M", "DURATION") in got


# --- clock times with a part of the day -----------------------------------------------------------------


def test_minutes_in_the_morning_are_one_time(nlp: Any) -> None:
    got = found(nlp, "The Darnby ferry left at 6:15 in the morning.")
    assert got == [("6:15 in the morning", "2024-04-10T06:15", "TIME")]


def test_minutes_in_the_evening_are_afternoon_hours(nlp: Any) -> None:
    got = found(nlp, "The Darnby ferry left at 6:15 in the evening.")
    assert ("6:15 in the evening", "2024-04-10T18:15", "TIME") in got


def test_an_hour_before_tonight(nlp: Any) -> None:
    got = found(nlp, "Voters can call the Halvor office at 9 tonight.")
    assert got == [("9 tonight", "2024-04-10T21:00", "TIME")]


def test_an_hour_before_this_evening(nlp: Any) -> None:
    got = found(nlp, "The Pellow council will meet at 8 this evening.")
    assert ("8 this evening", "2024-04-10T20:00", "TIME") in got


def test_minutes_before_last_night(nlp: Any) -> None:
    got = found(nlp, "The Corby shop closed at 10:30 last night.")
    assert ("10:30 last night", "2024-04-09T22:30", "TIME") in got


def test_an_hour_at_night(nlp: Any) -> None:
    assert ("11 at night", "2024-04-10T23:00", "TIME") in found(nlp, "The Tarn guards left at 11 at night.")


def test_an_hour_tomorrow_morning_stays_in_the_morning(nlp: Any) -> None:
    got = found(nlp, "The Brisk poll opens at 7 tomorrow morning.")
    assert ("7 tomorrow morning", "2024-04-11T07:00", "TIME") in got


def test_a_score_before_tonight_is_no_time(nlp: Any) -> None:
    got = found(nlp, "Ada Vorne scored 9 tonight for the Lynx.")
    assert ("tonight", "2024-04-10TNI", "TIME") in got
    assert all(text != "9 tonight" for text, _, _ in got)


# --- a holiday and a clock time -----------------------------------------------------------------------


def test_a_holiday_at_a_clock_time_is_one_time(nlp: Any) -> None:
    got = found(nlp, "The Orrin choir will sing on Christmas Eve at 5 p.m.")
    assert got == [("Christmas Eve at 5 p.m.", "2024-12-24T17:00", "TIME")]


def test_a_clock_time_on_a_holiday_is_one_time(nlp: Any) -> None:
    got = found(nlp, "The Orrin choir sang at 11:30 p.m. on New Year's Eve.", "2024-01-03")
    assert got == [("11:30 p.m. on New Year's Eve", "2023-12-31T23:30", "TIME")]


# --- a month in a past clause about a prospect ---------------------------------------------------------

MONDAY = "2012-04-23"


def test_a_chance_told_in_the_past_places_its_month_ahead(nlp: Any) -> None:
    text = "Senator Wells said on Monday that the party had a one-in-three chance of losing the Tarrow seat in November."
    assert ("November", "2012-11", "DATE") in found(nlp, text, MONDAY)


def test_a_chance_of_winning_in_a_month_ahead(nlp: Any) -> None:
    text = "Analysts said the Velm party had a strong chance of winning the race in October."
    assert ("October", "2012-10", "DATE") in found(nlp, text, MONDAY)


def test_a_month_told_in_the_past_without_a_prospect_stays_past(nlp: Any) -> None:
    assert ("November", "2011-11", "DATE") in found(
        nlp, "The Velm party lost the Tarrow seat in November.", MONDAY
    )


def test_a_plan_told_in_the_past_stays_ahead(nlp: Any) -> None:
    text = "The Harl company said it expected to finish the bridge in June."
    assert ("June", "2012-06", "DATE") in found(nlp, text, MONDAY)


def test_a_month_on_a_noun_under_a_gerund_about_fears_stays_past(nlp: Any) -> None:
    text = "The report eased fears of banks failing after the collapse of Lorran Brothers in September."
    assert ("September", "2011-09", "DATE") in found(nlp, text, "2012-03-13")
