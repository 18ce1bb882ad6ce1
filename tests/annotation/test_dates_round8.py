"""Eighth round of dates (issue 8, item 1), on sentences written for these tests (invented names): one day
for each holiday an article names without a year (a past tense about prices beside "is approaching"),
a holiday after a year named before it ("last year's Black Friday"), durations written as one word
("weeklong", "daylong") and with short units ("30 min", "2 hrs"), and the cases that must not move
(another holiday, a holiday long past, "long-term", clock times in hours)."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates

MONDAY = "2019-11-18"


def found(nlp: Any, text: str, published: str | None = MONDAY) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.type) for d in find_dates(nlp(text), published)]


# --- one holiday, one day, in one article ----------------------------------------------------------


def test_a_holiday_named_in_a_past_clause_is_the_one_the_article_is_about(nlp: Any) -> None:
    text = (
        "Black Friday is approaching, and the Corvell blender has already dropped to Black Friday levels. "
        "Shoppers who waited for Black Friday last time were disappointed."
    )
    got = [v for t, v, _ in found(nlp, text) if t == "Black Friday"]
    assert got == ["2019-11-29"] * 3


def test_a_holiday_told_only_in_the_past_after_it_stays_past(nlp: Any) -> None:
    text = "Stores in Pellham opened at 5 a.m. on Black Friday. Black Friday sales rose 4 percent."
    got = [v for t, v, _ in found(nlp, text, "2019-12-04") if t.endswith("Black Friday")]
    assert got == ["2019-11-29T05:00", "2019-11-29"]  # the clock time and the holiday are one TIME (round 11)


def test_each_holiday_keeps_its_own_day(nlp: Any) -> None:
    text = "Black Friday is near. Sales at Tamsin Goods fell after Christmas, the owner said."
    got = {t: v for t, v, _ in found(nlp, text)}
    assert got["Black Friday"] == "2019-11-29"
    assert got["Christmas"] == "2018-12-25"


def test_a_holiday_in_a_sentence_naming_another_year_keeps_its_own_day(nlp: Any) -> None:
    text = (
        "Thanksgiving traffic on Route 9 was heavy last year, the Dorran county sheriff said. "
        "Officers expect even more drivers for Thanksgiving."
    )
    got = [v for t, v, _ in found(nlp, text, "2019-11-25") if t == "Thanksgiving"]
    assert got == ["2018-11-22", "2019-11-28"]


def test_a_holiday_after_a_named_year_is_that_years(nlp: Any) -> None:
    text = "Last year's Black Friday was slow at Mirren Outfitters. Black Friday is approaching fast."
    got = [v for t, v, _ in found(nlp, text) if t == "Black Friday"]
    assert got == ["2018-11-23", "2019-11-29"]


def test_a_holiday_after_a_year_written_out(nlp: Any) -> None:
    got = {t: v for t, v, _ in found(nlp, "Sales at the Quill Street market on 2017's Christmas Eve fell.")}
    assert got["Christmas Eve"] == "2017-12-24"
    assert got["2017"] == "2017"


# --- durations written short or as one word -----------------------------------------------------------


def test_one_word_durations(nlp: Any) -> None:
    text = "The Brantley museum ended a weeklong festival after a daylong strike and a monthlong review."
    got = {t: (v, k) for t, v, k in found(nlp, text)}
    assert got["weeklong"] == ("P1W", "DURATION")
    assert got["daylong"] == ("P1D", "DURATION")
    assert got["monthlong"] == ("P1M", "DURATION")


def test_long_term_is_not_a_duration_of_one_unit(nlp: Any) -> None:
    got = found(nlp, "Officials in Orvale announced a long-term plan on Monday.")
    assert all("long" not in t for t, _, _ in got)


def test_durations_with_short_units(nlp: Any) -> None:
    text = "The climb to the Harlow hut was a 30 min walk, then 2 hrs of waiting and 45 secs of silence."
    got = {t: (v, k) for t, v, k in found(nlp, text)}
    assert got["30 min"] == ("PT30M", "DURATION")
    assert got["2 hrs"] == ("PT2H", "DURATION")
    assert got["45 secs"] == ("PT45S", "DURATION")


def test_military_clock_time_stays_a_time(nlp: Any) -> None:
    got = found(nlp, "The Fenwick convoy left at 0800 hrs on Monday.")
    assert [(v, k) for t, v, k in got if "0800" in t] == [("2019-11-18T08:00", "TIME")]
    assert all(k != "DURATION" for _, _, k in got)
