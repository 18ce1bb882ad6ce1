"""Date resolver: news conventions against a publication date (Wednesday 2018-07-25)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.annotation.dates import find_dates_in_text

PUB = "2018-07-25"

CASES = [
    ("The talks began on Monday.", "Monday", "2018-07-23"),
    ("Israeli jets struck on Monday night.", "Monday night", "2018-07-23TNI"),
    ("The envoy spoke on Wednesday.", "Wednesday", "2018-07-25"),
    ("They met last Wednesday.", "last Wednesday", "2018-07-18"),
    ("The vote is due next Tuesday.", "next Tuesday", "2018-07-31"),
    ("The offer was made last week.", "last week", "2018-W29"),
    ("Talks resumed earlier this week.", "earlier this week", "2018-W30"),
    ("The army attacked earlier this month.", "earlier this month", "2018-07"),
    ("An agreement was forged last November.", "last November", "2017-11"),
    ("Putin met Assad on May 17.", "May 17", "2018-05-17"),
    ("Fighting near the border on June 17, 2015.", "June 17, 2015", "2015-06-17"),
    ("The campaign will begin in September.", "September", "2018-09"),
    ("The ceasefire was signed yesterday.", "yesterday", "2018-07-24"),
    ("The clash happened three days ago.", "three days ago", "2018-07-22"),
    ("The war began in 2011.", "2011", "2011"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), CASES)
def test_resolves_against_publication_date(sentence: str, expression: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates_in_text(sentence, PUB)}
    assert found.get(expression) == value, found


def test_relative_counts_from_the_last_date() -> None:
    dates = find_dates_in_text("The offensive began on July 20. Two days later the town fell.", PUB)
    assert [(d.text, d.value) for d in dates] == [("July 20", "2018-07-20"), ("Two days later", "2018-07-22")]


def test_durations() -> None:
    dates = {d.text: (d.value, d.type) for d in find_dates_in_text("after seven and a half years of war and two days of talks", PUB)}
    assert dates["seven and a half years"] == ("P7.5Y", "DURATION")
    assert dates["two days"] == ("P2D", "DURATION")


def test_no_publication_date_no_guess() -> None:
    dates = find_dates_in_text("The talks began on Monday, and on June 17, 2015 they failed.", None)
    (monday,) = [d for d in dates if d.text == "Monday"]
    assert monday.value is None and monday.note
    assert [d.value for d in dates if d.text == "June 17, 2015"] == ["2015-06-17"]


def test_not_dates() -> None:
    assert find_dates_in_text("May I ask? She may come. He wore a march badge.", PUB) == []


@given(st.text(max_size=200))
def test_any_text_offsets_hold(text: str) -> None:
    for d in find_dates_in_text(text, PUB):
        assert text[d.start : d.end] == d.text
