"""Thirteenth round of dates (issue 8), on sentences written for these tests (invented names): a date right after
a verb of saying and before the reported clause ("said Tuesday the plan would go ahead")."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates

WEDNESDAY = "2024-04-10"


def found(nlp: Any, text: str, published: str | None = WEDNESDAY) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.type) for d in find_dates(nlp(text), published)]


# --- a date between a verb of saying and the clause it reports ---------------------------------------


def test_a_weekday_after_said_without_that_is_the_day_of_saying(nlp: Any) -> None:
    got = found(nlp, "The mayor of Vellbrook said Tuesday the new ferry would start in the autumn.")
    assert ("Tuesday", "2024-04-09", "DATE") in got


def test_a_weekday_after_said_on_without_that_is_the_day_of_saying(nlp: Any) -> None:
    got = found(nlp, "The Orsk ministry said on Monday it will cut the fuel levy.")
    assert ("Monday", "2024-04-08", "DATE") in got


def test_a_month_after_said_in_without_that_is_the_past_month(nlp: Any) -> None:
    got = found(nlp, "The Tamrick bakery said in February it would close two shops.")
    assert ("February", "2024-02", "DATE") in got


def test_a_weekday_after_said_before_a_pronoun_subject(nlp: Any) -> None:
    got = found(nlp, "The Orsk agency said Monday it would review the permit.")
    assert ("Monday", "2024-04-08", "DATE") in got


def test_a_date_after_that_belongs_to_the_reported_clause(nlp: Any) -> None:
    got = found(nlp, "The Orsk ministry said that on Monday it will cut the fuel levy.")
    assert ("Monday", "2024-04-15", "DATE") in got


def test_a_possessive_date_in_the_reported_subject_stays_ahead(nlp: Any) -> None:
    got = found(nlp, "Brenna Lusk said Tuesday's vote would be close.")
    assert ("Tuesday", "2024-04-16", "DATE") in got


def test_a_date_said_with_that_after_it_stays_the_day_of_saying(nlp: Any) -> None:
    got = found(nlp, "The Varn union warned Tuesday that its drivers will strike.")
    assert ("Tuesday", "2024-04-09", "DATE") in got
