"""Date categories found by the fourth round's own gold (benchmarks/data/dates_news2_gold.jsonl), tested on
sentences written for these tests (invented names): months listed after one another, "since" a date,
cues of a coming date ("ahead of November"), infinitives about what is still to happen, "a half-hour".
Publication date: Friday 2015-11-27 unless a test says otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from parallax.annotation.dates import find_dates, find_dates_in_text

PUB = "2015-11-27"


def parsed(nlp: Any, text: str, published: str = PUB) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(nlp(text), published)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month listed or ranged after another follows it in time, whatever the clause's tense
        (
            "Most Orlet ads were reserved in December and January.",
            {"December": "2015-12", "January": "2016-01"},
        ),
        ("The Tarrow season ran from November to February.", {"February": "2016-02"}),
        (
            "Vennor cut prices in December, January and February.",
            {"January": "2016-01", "February": "2016-02"},
        ),
        # ... and stays in the same year when it comes later in the year
        ("Sales at Orlet rose in March and April.", {"March": "2015-03", "April": "2015-04"}),
    ],
)
def test_months_in_a_list(nlp: Any, sentence: str, expected: dict[str, str]) -> None:
    found = parsed(nlp, sentence)
    for expression, value in expected.items():
        assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # "since" a date: the date has passed, even in a present or perfect clause
        ("The Tarrow police have logged 900 thefts since January 1st.", "January 1st", "2015-01-01"),
        ("Prices have doubled since March.", "March", "2015-03"),
        ("Orlet has hired no one since early October.", "early October", "2015-10"),
        # words that make a date a coming one whatever the verb
        ("Mr Quell raised money ahead of February's vote.", "February", "2016-02"),
        ("Vennor built the stands in time for March.", "March", "2016-03"),
    ],
)
def test_cues_before_a_date(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = parsed(nlp, sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # an infinitive about what is still to happen
        (
            "In an interview with Radio Tarrow, to be aired on Tuesday, Ms Varnaby spoke.",
            "Tuesday",
            "2015-12-01",
        ),
        ("The Orlet bill to be voted on Thursday was rewritten.", "Thursday", "2015-12-03"),
        (
            "Five things to watch in the Tarrow races Tuesday night\n\nThe campaign in Tarrow was close.",
            "Tuesday night",
            "2015-12-01TNI",
        ),
        # not after a rank, which tells what was done, nor inside the object of the infinitive
        ("Ms Varnaby was the first skier to win on Sunday.", "Sunday", "2015-11-22"),
        ("They looked for ways to get around Wednesday's ruling.", "Wednesday", "2015-11-25"),
    ],
)
def test_infinitives_ahead(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = parsed(nlp, sentence)
    assert found.get(expression) == value, found


def test_half_hour() -> None:
    found = {
        d.text: (d.value, d.type) for d in find_dates_in_text("The race was called a half-hour later.", PUB)
    }
    assert ("PT30M", "DURATION") in found.values(), found
    # a half-year is not a duration of the clock ("half-year results" are a period reported on)
    assert all(d.value != "P6M" for d in find_dates_in_text("Orlet's half-year results were flat.", PUB))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # counted from a decade: whole decades only
        ("Mr Quell was jailed in the 1970s and freed a decade later.", {"a decade later": "198"}),
        ("The Tarrow mill opened in the 1920s and shut two decades later.", {"two decades later": "194"}),
        ("The Vennor band formed in the 1990s. Two years later it split.", {"Two years later": None}),
        # ... but a year named after the decade is counted from as before
        (
            "Orlet was founded in the 1970s, listed in 1981 and sold a decade later.",
            {"a decade later": "1991"},
        ),
        # two days away
        ("The day before yesterday, Ms Varnaby resigned.", {"The day before yesterday": "2015-11-25"}),
        ("The Orlet vote is the day after tomorrow.", {"the day after tomorrow": "2015-11-29"}),
        # a half of a year named relative to the publication year
        (
            "The first Orlet flight is planned for the second half of next year.",
            {"the second half of next year": "2016-H2"},
        ),
        ("Vennor sales fell in the first half of last year.", {"the first half of last year": "2014-H1"}),
    ],
)
def test_counted_from_a_period(sentence: str, expected: dict[str, str | None]) -> None:
    found = {d.text: d.value for d in find_dates_in_text(sentence, PUB)}
    for expression, value in expected.items():
        assert expression in found and found[expression] == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a quarter in a future clause: the next one to come, published in the fourth quarter ...
        ("The Orlet deal is expected to close in the first quarter.", "the first quarter", "2016-Q1"),
        ("Vennor will open the plant in the second quarter.", "the second quarter", "2016-Q2"),
        # ... except the quarter just closed, whose results are still to come
        ("Orlet expects to report a third-quarter loss.", "third-quarter", "2015-Q3"),
        ("Vennor said it would post a profit for the third quarter.", "the third quarter", "2015-Q3"),
        # in the past, the latest such quarter
        ("Orlet lost money in the second quarter.", "the second quarter", "2015-Q2"),
    ],
)
def test_quarters_in_future_clauses(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = parsed(nlp, sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a holiday in a clause not told in the past: the coming one when it is much nearer
        ("Voters in Tarrow go to the polls on Election Day.", "2016-10-20", "2016-11-08"),
        ("Voters in Tarrow went to the polls on Election Day.", "2016-10-20", "2015-11-03"),
        ("The Orlet store is busy on Christmas Eve.", "2016-03-01", "2015-12-24"),
        # Inauguration Day: January 20 after a presidential election year
        ("Ms Varnaby will be sworn in on Inauguration Day.", "2016-11-20", "2017-01-20"),
        ("Mr Quell was sworn in on Inauguration Day.", "2016-11-20", "2013-01-20"),
    ],
)
def test_holidays_by_tense(nlp: Any, sentence: str, published: str, value: str) -> None:
    found = parsed(nlp, sentence, published)
    assert value in found.values(), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the current ..." names the period under way
        ("Sales at Orlet in the current month are weak.", {"the current month": "2015-11"}),
        ("Trading in the current week has been calm in Tarrow.", {"the current week": "2015-W48"}),
        ("Orlet cut its forecast for the current financial year.", {"the current financial year": "2015"}),
    ],
)
def test_current_periods(sentence: str, expected: dict[str, str]) -> None:
    found = {d.text: d.value for d in find_dates_in_text(sentence, PUB)}
    for expression, value in expected.items():
        assert found.get(expression) == value, found


def test_hyphenated_hours_are_not_durations() -> None:
    # "after-hours trading" is a kind of trading, not a length of time
    assert find_dates_in_text("Orlet shares fell in after-hours trading.", PUB) == []


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a part of a holiday's day is a TIME on that day
        ("Ms Varnaby spoke in Tarrow on election night.", "election night", "2015-11-03TNI"),
        ("The Orlet family met on Christmas morning.", "Christmas morning", "2014-12-25TMO"),
    ],
)
def test_parts_of_holidays(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = {d.text: (d.value, d.type) for d in find_dates(nlp(sentence), PUB)}
    assert found.get(expression) == (value, "TIME"), found


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a past clause about a prospect does not place a month named alone in the past
        ("Ms Varnaby had a fair chance of losing her Tarrow seat in November.", "2016-11"),
        # ... while what was done stays past
        ("Ms Varnaby lost her Tarrow seat in November.", "2015-11"),
    ],
)
def test_prospects_in_past_clauses(nlp: Any, sentence: str, value: str) -> None:
    found = parsed(nlp, sentence, "2016-08-06")
    assert found.get("November") == value, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a part of a day named by "yesterday", "tomorrow", "today"
        ("Ms Varnaby reached Tarrow yesterday afternoon.", "yesterday afternoon", "2015-11-26TAF"),
        ("The Orlet vote is tomorrow night.", "tomorrow night", "2015-11-28TNI"),
        # a part of the day without "the"
        ("Rescuers in Tarrow worked until late afternoon.", "late afternoon", "2015-11-27TAF"),
    ],
)
def test_parts_of_days(sentence: str, expression: str, value: str) -> None:
    found = {d.text: (d.value, d.type) for d in find_dates_in_text(sentence, PUB)}
    assert found.get(expression) == (value, "TIME"), found


def test_small_hours_are_not_a_duration() -> None:
    found = find_dates_in_text("The Tarrow fire broke out in the early hours of Sunday.", PUB)
    assert [(d.text, d.type) for d in found] == [("Sunday", "DATE")], found
    assert find_dates_in_text("Orlet staff work late night shifts.", PUB) == []


def test_the_past_with_a_count_is_a_duration_only() -> None:
    found = {d.text: d.value for d in find_dates_in_text("Orlet profits rose in the past two years.", PUB)}
    assert found == {"two years": "P2Y"}, found
    found = {d.text: d.value for d in find_dates_in_text("In the past, Orlet was small.", PUB)}
    assert found == {"In the past": "PAST_REF"}, found


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Mr Quell returned to Tarrow in the spring of last year.", "the spring of last year", "2014-SP"),
        ("The Orlet plant opens in the summer of next year.", "the summer of next year", "2016-SU"),
    ],
)
def test_seasons_of_a_relative_year(sentence: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates_in_text(sentence, PUB)}
    assert found.get(expression) == value, found
