"""A start date and a counted length of one event: one measure, compared in days.

Outlets give how long something has run either as its start ("their Dec. 11 meeting", "Neal sued in
2019", "the last such resignation, in 1980") or as the length up to their own time ("the first meeting
in 22 days", "for more than three years", "the first in 40 years"); and how long is left either as the
end ("the session adjourns June 30") or as the length to it ("about one week left in the session"). A
date and a length of time from other outlets are one measure when

* the length admits the days between the date and the publication of the length's article (a day's
  slack either side: a report of yesterday's events);
* the date lies wholly before or wholly after that publication;
* the two are tied: they share a word or a class of their measures, or a word of one measure (by its
  first letters: "resignation", "resign") is written in the other's sentence (a shared entity is not
  enough: one person is named beside many dates of a story);
* no other outlet gives the same date (the date is then compared as a date, with them), and no other
  outlet gives a length that agrees with this one (the length is then compared with theirs: a date
  that happens to lie as far back, "through 2006" beside "eight years of returns", is left alone).

Such a date is then read as the length it implies (:func:`dates_as_lengths`): its value in days, its
measure that of the length, so that it is grouped and judged with it and with the lengths other outlets
give. A reader still sees the date as written, with the days it stands for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from parallax.model import NormalizedQuantity
from parallax.story.compare.figure_dates import DATE_UNIT
from parallax.story.compare.values import FigureItem, agree

DAY_UNIT = "day"
# Days either side of the elapsed time: an article reports the day before its publication.
SLACK_DAYS = 1.0
# Letters of a word compared with the words of the other sentence ("resignation" and "resign").
STEM_LETTERS = 5
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WORD = re.compile(r"[a-z]+")


def _published_day(item: FigureItem) -> float | None:
    m = _ISO.match(item.published or "")
    if m is None:
        return None
    try:
        return float(date(int(m.group(1)), int(m.group(2)), int(m.group(3))).toordinal())
    except ValueError:
        return None


def elapsed(start: FigureItem, length: FigureItem) -> tuple[float, float] | None:
    """The days between a date and the publication of a length's article (a day's slack either side),
    or None when the date is not wholly before or after it, or that article has no date."""
    published = _published_day(length)
    if published is None:
        return None
    if start.high < published:
        low, high = published - start.high, published - start.low
    elif start.low > published:
        low, high = start.low - published, start.high - published
    else:
        return None
    return max(0.0, low - SLACK_DAYS), high + SLACK_DAYS


def _stems(words: frozenset[str]) -> set[str]:
    return {w[:STEM_LETTERS] for w in words if len(w) >= STEM_LETTERS}


def _written_in(words: frozenset[str], text: str) -> bool:
    stems = _stems(words)
    return any(w[:STEM_LETTERS] in stems for w in _WORD.findall(text.lower()) if len(w) >= STEM_LETTERS)


def tied(start: FigureItem, length: FigureItem) -> bool:
    """The date and the length share a word or a class of their measures, or a word of one measure is
    written in the other's sentence."""
    a, b = start.measure, length.measure
    if (a.words & b.words) or (a.classes & b.classes):
        return True
    return _written_in(a.words, length.claim.text) or _written_in(b.words, start.claim.text)


def _is_length(item: FigureItem) -> bool:
    return (
        item.unit == DAY_UNIT
        and item.quantity.kind != "age"
        and item.measure.per is None
        and not item.measure.ratio
        and item.low < item.high
    )


def _as_length(start: FigureItem, length: FigureItem, days: tuple[float, float]) -> FigureItem:
    low, high = days
    norm = NormalizedQuantity(value=(low + high) / 2, low=low, high=high, unit=DAY_UNIT)
    quantity = start.quantity.model_copy(update={"normalized": norm, "kind": "duration"})
    return replace(start, quantity=quantity, unit=DAY_UNIT, low=low, high=high, measure=length.measure)


def dates_as_lengths(items: Sequence[FigureItem]) -> list[FigureItem]:
    """The figures, with each date that starts or ends a length another outlet gives read as that length
    (see the module docstring)."""
    dates = [i for i in items if i.unit == DATE_UNIT]
    lengths = [i for i in items if _is_length(i)]
    if not dates or not lengths:
        return list(items)
    moved: dict[int, FigureItem] = {}
    for k, start in enumerate(items):
        if start.unit != DATE_UNIT or not math.isfinite(start.high):
            continue
        if any(d.source != start.source and d.low == start.low and d.high == start.high for d in dates):
            continue  # another outlet gives the date: it is compared as a date
        for length in lengths:
            if length.source == start.source or not tied(start, length):
                continue
            if any(o.source != length.source and agree(o, length) for o in lengths):
                continue
            days = elapsed(start, length)
            if days is None:
                continue
            twin = _as_length(start, length, days)
            if agree(twin, length):
                moved[k] = twin
                break
    return [moved.get(k, item) for k, item in enumerate(items)]
