"""A date written without its year takes the year another outlet writes for the same day or month.

A date written without its year ("early July", "November 15") is placed by each outlet's own time
(:func:`.figure_dates.date_interval`): the year that puts it nearest the article's publication, or on
the side of it the clause's tense says. That reading misses when the article looks back or ahead
further than the tense tells ("Clinton gave the FBI an interview in early July", published the next
spring: the July before, not the coming one). Another outlet of the story that writes the year ("her
July 2016 interview with the FBI") settles it: a yearless date takes the year of the dates other
outlets write with their year for the same day (a day written with its month: "November 15" and
"Nov. 15, 2014") or for the same month when the two are tied (a word or class of what they date in
common: "interview" and "interview"), when those dates lie a year or two from its reading and name
one year only. A day may lie any years from its reading when the two are tied ("the attacks of Sept.
11" and "the Sept. 11, 2001, attacks"); untied, or a month, only a year or two. Equal dates then group as dates of one event do; a year is never moved to make a
dispute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from parallax.story.compare.figure_parses import deictic_month
from parallax.story.compare.values import FigureItem

YEAR_WRITTEN = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")  # a year written in digits
# Years between a yearless date's reading and the year another outlet writes for it, at most.
MAX_YEARS_MOVED = 2


def _calendar(item: FigureItem) -> tuple[str, int, int, int] | None:
    """The precision of a date ("day" or "month"), its year, month and day (1 for a month), or None
    for a year or a span of other length."""
    try:
        first, last = date.fromordinal(int(item.low)), date.fromordinal(int(item.high))
    except ValueError:
        return None
    if first == last:
        return "day", first.year, first.month, first.day
    if first.day == 1 and (first.year, first.month) == (last.year, last.month):
        following = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
        if following.toordinal() - 1 == last.toordinal():
            return "month", first.year, first.month, 1
    return None


def _tied(a: FigureItem, b: FigureItem) -> bool:
    return bool(a.measure.words & b.measure.words or a.measure.classes & b.measure.classes)


def _near_or_tied(item: FigureItem, other: FigureItem, precision: str, years: int) -> bool:
    """A day lies near the reading or dates what the other dates; a month must do both."""
    if precision == "day":
        return years <= MAX_YEARS_MOVED or _tied(item, other)
    return years <= MAX_YEARS_MOVED and _tied(item, other)


def _moved(item: FigureItem, year: int) -> FigureItem | None:
    """The date placed in ``year`` (same month and day), or None when that day does not exist."""
    read = _calendar(item)
    if read is None:
        return None
    precision, _, month, day = read
    try:
        first = date(year, month, day)
        last = first if precision == "day" else date(year + (month == 12), month % 12 + 1, 1)
    except ValueError:
        return None
    high = last.toordinal() if precision == "day" else last.toordinal() - 1
    return replace(item, low=float(first.toordinal()), high=float(high))


def adopt_written_years(items: Sequence[FigureItem]) -> list[FigureItem]:
    """The date figures, each yearless date placed in the year other outlets write for it (see the
    module docstring)."""
    written = [
        (item, read)
        for item in items
        if YEAR_WRITTEN.search(item.quantity.text) and (read := _calendar(item)) is not None
    ]
    out: list[FigureItem] = []
    for item in items:
        read = _calendar(item)
        if read is None or YEAR_WRITTEN.search(item.quantity.text) or deictic_month(item.quantity.text):
            out.append(item)
            continue
        precision, year, month, day = read
        years = {
            other_read[1]
            for other, other_read in written
            if other.source != item.source
            and other_read[0] == precision
            and other_read[2:] == (month, day)
            and other_read[1] != year
            and _near_or_tied(item, other, precision, abs(other_read[1] - year))
        }
        moved = _moved(item, years.pop()) if len(years) == 1 else None
        out.append(moved or item)
    return out
