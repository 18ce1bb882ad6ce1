"""A period that two sources write with both of its ends alike is one period, whatever its words.

A period is written with its two ends in one sentence: "from 2007 to 2014", "from 2000 through 2006",
"between March 2019 and June 2020". The words it is told with differ between outlets ("the couple
earned $139 million from 2007 to 2014", "from 2007 through 2014 the couple paid $43.9 million"; "Fox,
who was president from 2000 to 2006", "the former president, who led the country from 2000 to 2006"),
so clustering by what each date dates can leave the two starts, or the two ends, in different groups,
or put one end with another period's end that shares its year ("Calderón, president from 2006 until
2012": his start is Fox's end). Two sources that write the same start and the same end tell one span of
time, and each of its ends is one date: :func:`join_written_periods` joins the groups that hold the
starts (and those that hold the ends), taking an end out of a group that holds an end of another period
(a period of other ends: another span). Equal values only: never a dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from parallax.story.compare.figure_parses import offset_in_claim
from parallax.story.compare.values import FigureItem

Span = tuple[float, float]

# The words between a period's two ends ("from 2007 to 2014", "between 2011 and 2014"), and before its start.
_BETWEEN_ENDS = re.compile(r"^\s*(?:to|through|thru|until|till|[-–—])\s*$", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"^\s*and\s*$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)


def _span(item: FigureItem) -> Span:
    return item.low, item.high


def written_periods(items: Sequence[FigureItem]) -> list[tuple[FigureItem, FigureItem]]:
    """The (start, end) dates of each period a sentence writes with both ends ("from 2007 to 2014",
    "between 2011 and 2014"), the start before the end."""
    by_claim: dict[str, list[tuple[int, FigureItem]]] = defaultdict(list)
    for item in items:
        at = offset_in_claim(item.claim, item.quantity.start, item.quantity.text)
        if at >= 0:
            by_claim[item.claim.id].append((at, item))
    periods: list[tuple[FigureItem, FigureItem]] = []
    for placed in by_claim.values():
        placed.sort(key=lambda p: p[0])
        for (at_a, a), (at_b, b) in pairwise(placed):
            text = a.claim.text
            between = text[at_a + len(a.quantity.text) : at_b]
            before = text[:at_a]
            if not (
                (_BETWEEN_ENDS.match(between) and _FROM.search(before))
                or (_BETWEEN_AND.match(between) and _BETWEEN.search(before))
            ):
                continue
            if a.high < b.low:
                periods.append((a, b))
    return periods


def _find(parent: list[int], k: int) -> int:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


def join_written_periods(groups: Sequence[Sequence[FigureItem]]) -> list[list[FigureItem]]:
    """The date groups with the ends of a period two sources write alike joined (see the module
    docstring)."""
    out = [list(g) for g in groups]
    items = [i for g in out for i in g]
    periods = written_periods(items)
    if not periods:
        return out
    value: dict[int, tuple[Span, Span]] = {}
    for start, end in periods:
        value[id(start)] = value[id(end)] = (_span(start), _span(end))
    alike: dict[tuple[Span, Span], list[tuple[FigureItem, FigureItem]]] = defaultdict(list)
    for start, end in periods:
        alike[(_span(start), _span(end))].append((start, end))
    home = {id(i): k for k, g in enumerate(out) for i in g}
    parent = list(range(len(out)))
    moved: dict[int, int] = {}  # item id -> the group it joins, taken out of its own
    for key, members in alike.items():
        if len({s.source for s, _ in members}) < 2:
            continue
        for ends in ([s for s, _ in members], [e for _, e in members]):
            joinable: list[int] = []
            detached: list[FigureItem] = []
            for item in ends:
                k = home[id(item)]
                if any(id(i) in value and value[id(i)] != key for i in out[k]):
                    detached.append(item)  # its group holds an end of another period
                else:
                    joinable.append(k)
            if not joinable:
                if len({i.source for i in detached}) < 2:
                    continue
                out.append([])
                parent.append(len(out) - 1)
                joinable.append(len(out) - 1)
            target = joinable[0]
            for k in joinable[1:]:
                parent[_find(parent, k)] = _find(parent, target)
            for item in detached:
                moved[id(item)] = target
    joined: dict[int, list[FigureItem]] = defaultdict(list)
    for k, group in enumerate(out):
        for item in group:
            joined[_find(parent, moved.get(id(item), k))].append(item)
    return [g for g in joined.values() if g]
