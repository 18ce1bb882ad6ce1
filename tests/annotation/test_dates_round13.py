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


# --- a clock time alone that a day follows in its clause -----------------------------------------------


def test_a_clock_time_takes_the_weekday_later_in_its_clause(nlp: Any) -> None:
    got = found(nlp, "A cyclist saw the truck at 6 a.m. near the Harlow depot on Monday.")
    assert ("6 a.m.", "2024-04-08T06:00", "TIME") in got


def test_a_clock_time_takes_last_friday_later_in_its_clause(nlp: Any) -> None:
    got = found(nlp, "Guards opened the gate at 9 p.m. outside the Tessin embassy last Friday.")
    assert ("9 p.m.", "2024-04-05T21:00", "TIME") in got


def test_a_clock_time_takes_yesterday_after_a_place(nlp: Any) -> None:
    got = found(nlp, "The fire broke out at 3 a.m. in a Dunmore warehouse yesterday.")
    assert ("3 a.m.", "2024-04-09T03:00", "TIME") in got


def test_a_clock_time_keeps_its_day_across_a_new_clause(nlp: Any) -> None:
    got = found(nlp, "The Pell shop opened at 9 a.m., and on Friday it closed early.")
    assert ("9 a.m.", "2024-04-10T09:00", "TIME") in got


def test_a_clock_time_is_not_moved_to_a_bound(nlp: Any) -> None:
    text = "The curfew was extended on Sunday night. It runs from 10 p.m. to 5 a.m. every day until July 15."
    got = found(nlp, text)
    assert ("5 a.m.", "2024-04-07T05:00", "TIME") in got


# --- counts in words with "thousand"; an unknown number of centuries --------------------------------------


def test_a_count_of_thousands_in_words_is_one_duration(nlp: Any) -> None:
    got = found(nlp, "The Orvane weavers have kept their craft for two thousand years.")
    assert ("two thousand years", "P2000Y", "DURATION") in got


def test_a_thousand_years_in_words(nlp: Any) -> None:
    assert ("a thousand years", "P1000Y", "DURATION") in found(
        nlp, "The Keln abbey stood for a thousand years."
    )


def test_a_count_of_thousands_of_people_is_no_time(nlp: Any) -> None:
    got = found(nlp, "Two thousand marchers walked through Brell for three days.")
    assert [(t, v) for t, v, _ in got] == [("three days", "P3D")]


def test_an_unknown_number_of_centuries_is_pxc(nlp: Any) -> None:
    got = found(nlp, "The Sarn bridge carried carts for several centuries.")
    assert ("several centuries", "PXC", "DURATION") in got


def test_a_counted_century_stays_in_years(nlp: Any) -> None:
    assert ("two centuries", "P200Y", "DURATION") in found(nlp, "The Sarn bridge stood for two centuries.")


# --- "that December": a month in the year of the last date named ---------------------------------------


def test_that_month_is_in_the_year_of_the_last_date_named(nlp: Any) -> None:
    got = found(nlp, "The Quill plant opened in May 2019 and closed that December.")
    assert ("that December", "2019-12", "DATE") in got


def test_later_that_same_month_named(nlp: Any) -> None:
    got = found(nlp, "The Kell mine flooded in 2011. Later that same October, it reopened.")
    assert ("Later that same October", "2011-10", "DATE") in got


def test_that_may_is_no_month(nlp: Any) -> None:
    assert found(nlp, "Odile said that May would lead the choir.") == []


# --- a present progressive on the verb a date modifies: an arrangement -----------------------------------


def test_a_present_progressive_with_a_weekday_is_the_coming_day(nlp: Any) -> None:
    got = found(nlp, "The Ostrian minister is visiting Pellham on Thursday.")
    assert ("Thursday", "2024-04-11", "DATE") in got


def test_a_present_progressive_with_a_part_of_a_day(nlp: Any) -> None:
    got = found(nlp, "The Larkin club is hosting a gala on Friday night.")
    assert ("Friday night", "2024-04-12TNI", "TIME") in got


def test_a_past_progressive_stays_past(nlp: Any) -> None:
    got = found(nlp, "Rescuers were searching the Dovel mine on Monday.")
    assert ("Monday", "2024-04-08", "DATE") in got


def test_a_present_progressive_on_the_publication_day_is_that_day(nlp: Any) -> None:
    got = found(nlp, "Rescuers are searching the Dovel mine on Wednesday.")
    assert ("Wednesday", "2024-04-10", "DATE") in got


def test_a_progressive_above_an_infinitive_does_not_move_a_month_modifying_a_noun(nlp: Any) -> None:
    got = found(nlp, "The Harnet bank said it is continuing to try to sell itself, under a June agreement.")
    assert ("June", "2023-06", "DATE") in got


# --- a present verb of foreseeing: what it foresees is still to come -----------------------------------------


def test_expects_growth_in_a_quarter_is_the_coming_quarter(nlp: Any) -> None:
    got = found(nlp, "Marrow Steel expects growth in the fourth quarter.")
    assert ("the fourth quarter", "2024-Q4", "DATE") in got


def test_expected_growth_in_a_quarter_told_in_the_past_stays_past(nlp: Any) -> None:
    got = found(nlp, "Marrow Steel expected growth in the fourth quarter.")
    assert ("the fourth quarter", "2023-Q4", "DATE") in got


# --- a rate: "a year" after an amount is how often, not how long -------------------------------------------


def test_a_year_after_money_is_a_set(nlp: Any) -> None:
    got = found(nlp, "The Brant plant cut should save $500 million a year in costs.")
    assert ("a year", "P1Y", "SET") in got


def test_an_hour_after_a_wage_is_a_set(nlp: Any) -> None:
    assert ("an hour", "PT1H", "SET") in found(nlp, "Welders at Brant earn $28 an hour.")


def test_a_week_after_a_counted_noun_is_a_set(nlp: Any) -> None:
    assert ("a week", "P1W", "SET") in found(nlp, "Corran Air runs four flights a week to Vesk.")


def test_a_rate_in_a_list_of_rates_is_not_one_duration(nlp: Any) -> None:
    got = found(nlp, "The Tolk shop is open 7 days a week, 365 days a year.")
    assert ("a week", "P1W", "SET") in got
    assert ("a year", "P1Y", "SET") in got


def test_a_year_after_an_amount_then_after_is_a_length(nlp: Any) -> None:
    got = found(nlp, "The Veld mill reopened 30 days a week after the flood.")
    assert all(t != "SET" for _, _, t in got)


def test_a_year_alone_stays_a_length(nlp: Any) -> None:
    assert ("a year", "P1Y", "DURATION") in found(nlp, "The Sarn inquiry will finish within a year.")
