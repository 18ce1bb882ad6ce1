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

