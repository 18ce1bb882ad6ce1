"""Seventeenth round of dates (issue 8), on sentences written for these tests (invented names): "half a"
unit counted back or on ("half a century ago"), "for the moment" as the present, "in recent days" as the
recent past, and holidays kept on one date each year (with a typographic apostrophe too)."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates

THURSDAY = "2024-03-14"


def found(nlp: Any, text: str, published: str | None = THURSDAY) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.type) for d in find_dates(nlp(text), published)]


# --- "half a" unit before "ago" / "later" ----------------------------------------------------------


def test_half_a_century_ago_is_fifty_years_back_and_and_a_half_still_adds(nlp: Any) -> None:
    got = found(nlp, "Half a century ago, the Dunmere mill employed most of the valley.")
    assert ("Half a century ago", "1974", "DATE") in got
    got = found(nlp, "The Kelby clinic opened two and a half years ago.")
    assert ("two and a half years ago", "2021-09", "DATE") in got


def test_half_a_decade_ago_is_five_years_back(nlp: Any) -> None:
    got = found(nlp, "The Ostrava ferry stopped running half a decade ago.")
    assert ("half a decade ago", "2019", "DATE") in got


def test_half_a_century_later_counts_from_the_year_named(nlp: Any) -> None:
    got = found(nlp, "The Harlow bridge opened in 1930, and half a century later it was closed to lorries.")
    assert ("half a century later", "1980", "DATE") in got


# --- references to the present and the recent past ----------------------------------------------------


def test_for_the_moment_is_the_present_but_not_the_moment_of_an_event(nlp: Any) -> None:
    got = found(nlp, "The Brennock council is, for the moment, run by its oldest member.")
    assert any("the moment" in t and v == "PRESENT_REF" and k == "DATE" for t, v, k in got)
    got = found(nlp, "The crowd waited for the moment of the launch.")
    assert not any(v == "PRESENT_REF" for _, v, _ in got)


def test_in_recent_days_is_the_recent_past_while_recent_weeks_stay_a_span(nlp: Any) -> None:
    got = found(nlp, "Several Tamrick growers have sold their orchards in recent days.")
    assert any("recent days" in t and v == "PAST_REF" and k == "DATE" for t, v, k in got)
    got = found(nlp, "Several Tamrick growers have sold their orchards in recent weeks.")
    assert any("recent weeks" in t and v == "PXW" for t, v, _ in got)


# --- holidays on a fixed date -------------------------------------------------------------------------


def test_new_years_eve_with_a_typographic_apostrophe(nlp: Any) -> None:
    got = found(nlp, "The Lornbury choir sang on New Year\u2019s Eve in the old square.")
    assert ("New Year\u2019s Eve", "2023-12-31", "DATE") in got


def test_a_national_day_on_a_fixed_date(nlp: Any) -> None:
    got = found(nlp, "Fireworks lit the harbour of Saint-Aubin on Bastille Day.", "2024-08-02")
    assert ("Bastille Day", "2024-07-14", "DATE") in got


def test_a_national_day_told_as_coming(nlp: Any) -> None:
    got = found(nlp, "The Maple Ridge parade will be held on Canada Day.", "2024-06-20")
    assert ("Canada Day", "2024-07-01", "DATE") in got


def test_an_annual_holiday_is_no_one_years_day_and_no_anchor(nlp: Any) -> None:
    text = (
        "On Tuesday, the Wexley station fired the host of its annual New Year\u2019s Eve show. "
        "In a statement later in the day, the host apologised."
    )
    got = found(nlp, text, "2024-05-29")
    assert ("New Year\u2019s Eve", "XXXX-12-31", "DATE") in got
    assert ("the day", "2024-05-28", "DATE") in got


# --- "for the past year": a span measured, not the year gone by ----------------------------------------


def test_for_the_past_year_after_a_perfect_is_a_span(nlp: Any) -> None:
    got = found(nlp, "The Orlan choir has rehearsed in the old mill for the past year.")
    assert ("the past year", "P1Y", "DURATION") in got


def test_for_the_past_year_heading_a_sentence_is_a_span(nlp: Any) -> None:
    got = found(nlp, "For the past year, the Orlan choir rehearsed in the old mill.")
    assert ("the past year", "P1Y", "DURATION") in got


def test_for_the_past_few_weeks_is_some_weeks_but_in_them_is_the_recent_past(nlp: Any) -> None:
    got = found(nlp, "For the past few weeks, the Orlan ferry has run late.")
    assert ("the past few weeks", "PXW", "DURATION") in got
    got = found(nlp, "Ticket prices at the Orlan ferry have fallen in the last few months.")
    assert any("the last few months" in t and v == "PAST_REF" for t, v, _ in got)


def test_the_year_a_profit_is_reported_for_stays_the_year(nlp: Any) -> None:
    got = found(nlp, "Dunmere Foods has posted a profit for the last year of $4 million.")
    assert ("the last year", "2023", "DATE") in got
    got = found(nlp, "Dunmere Foods has run its bakeries at a loss for the last year.")
    assert ("the last year", "P1Y", "DURATION") in got


# --- a month or weekday on something awaited or asked for ---------------------------------------------


def test_a_month_on_an_expected_ruling_is_the_coming_one(nlp: Any) -> None:
    got = found(nlp, "The ruling, expected in June, will shape the Kessing race.")
    assert ("June", "2024-06", "DATE") in got
    got = found(nlp, "A decision on the Orlan dam, expected by October, is still pending.")
    assert ("October", "2024-10", "DATE") in got


def test_a_month_on_an_approved_plan_stays_past(nlp: Any) -> None:
    got = found(
        nlp, "The Orlan plan, expected in June, will shape the race; a rival plan approved in May failed."
    )
    assert ("June", "2024-06", "DATE") in got
    assert ("May", "2023-05", "DATE") in got


def test_a_weekday_in_what_someone_is_urged_to_do_is_the_coming_one(nlp: Any) -> None:
    got = found(nlp, "Harlow councillors urged the mayor to cancel the Monday meeting.", "2024-03-15")
    assert ("Monday", "2024-03-18", "DATE") in got
    got = found(nlp, "Harlow councillors called for the mayor to cancel the Monday session.", "2024-03-15")
    assert ("Monday", "2024-03-18", "DATE") in got
