"""Sixteenth round of dates (issue 8), on sentences written for these tests (invented names): a number before a month
that has its own day ("the 19 Sept. 11 hijackers") is no day of that month; the month and its day are the date. A day
before a month followed by a count or a length of time ("on 4 July 12 days later") stays the date."""

from __future__ import annotations

from typing import Any

from parallax.annotation.dates import find_dates

PUBLISHED = "2016-05-02"


def found(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(nlp(text), PUBLISHED)]


def test_number_before_a_month_and_its_day(nlp: Any) -> None:
    got = found(nlp, "Twelve of the 14 Sept. 9 marchers were students from Orlen.")
    assert ("Sept. 9", "2015-09-09") in got and not any(text.startswith("14") for text, _ in got)


def test_day_before_a_month_then_a_length_of_time(nlp: Any) -> None:
    got = found(nlp, "The Brisk ferry sank on 4 July 12 days after its launch.")
    assert ("4 July", "2015-07-04") in got


def test_day_month_year_stays(nlp: Any) -> None:
    assert ("19 Sept. 2001", "2001-09-19") in found(nlp, "The Harle fair opened on 19 Sept. 2001.")
