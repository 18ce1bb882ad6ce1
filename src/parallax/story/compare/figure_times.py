"""Clock times as figures: the time something happened is a measure too.

Two outlets that time one event alike ("the quake struck at 5:40 p.m.", "the 5:40 p.m. quake") agree;
two that give it different times disagree. A time is a figure only when its text writes a clock part:
digits with "a.m.", "p.m." or "o'clock", a 24-hour "17:40", "noon" or "midnight"; parts of the day
("Tuesday night", "in the morning") are not. Its value is the minutes of the day it admits, within the
precision written: a minute written stands for itself, a whole hour for the quarter hour after it ("5
p.m." and "5:05 p.m." agree), and a hedge widens it ("about 5 p.m.": half an hour either side; "shortly
before noon": the half hour before). A time given only as a bound ("before 5 p.m.", "by noon", "until
midnight") is no time of an event and is left out.

A time written with a zone ("2:30 p.m. ET", "10:30 a.m. local time", "1600 GMT") is compared only with
times of the same zone, or, both zones having a fixed offset from UTC, after converting both to UTC; a
time without a zone only with times without one. A time whose text writes its day ("Friday at 8 p.m.",
"June 28 at 2 p.m.") is never set against a time of another day written.

What a time times is read from the parse as for dates (:func:`.figure_dates.read_date_measure`): the
noun it hangs on, else its predicate with the predicate's object or subject. Times of different things
never group; two different times must time the same head (see ``figures._date_similarity``). A time
written to a minute off the quarter hour ("5:40 p.m.", "11:20 p.m.") is a mark of its event: outlets
that give one such minute in one story time one thing, however their sentences word it ("the interview
is set for 5:40 p.m.", "Mills comes on at 5:40 p.m."), so such a time carries its minute as a class of
its measure, and is a figure even when its sentence names nothing it times.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from parallax.model import Claim, DateMention, Quantity
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.figure_dates import read_date_measure
from parallax.story.compare.figure_parses import offset_in_claim
from parallax.story.compare.measures import FigureMeasure
from parallax.story.compare.values import FigureItem, claim_figure

if TYPE_CHECKING:
    from spacy.tokens import Doc

TIME_UNIT = "clock time"

_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|\b(?P<h2>\d{1,2})\s+o['’]clock\b"
    r"|\b(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)\b"
    r"|\b(?P<noon>noon|midday|midnight)\b",
    re.IGNORECASE,
)
# Zones with a fixed offset from UTC, in minutes; other zone names ("ET": EST or EDT by the season,
# "local time") are compared only with the same name.
_OFFSETS = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
    "pdt": -420, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
}  # fmt: skip
_ZONE = re.compile(
    r"^\s*\(?\s*(?P<zone>local time|(?:" + "|".join(_OFFSETS) + r"|et|ct|mt|pt)\b)", re.IGNORECASE
)
_HEDGE_BEFORE = re.compile(r"\b(?:shortly|just|soon|right|minutes)\s+before\s+(?:about\s+)?$", re.I)
_HEDGE_AFTER = re.compile(r"\b(?:shortly|just|soon|right|minutes)\s+after\s+(?:about\s+)?$", re.I)
_HEDGE_ABOUT = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|circa|close to|near)\s+(?:at\s+)?$", re.I
)
_BOUND = re.compile(r"\b(?:before|after|by|until|till|since|from|between|through|to|and|or)\s+$", re.I)
_DAY_WRITTEN = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)
# A written minute that is not a multiple of this many minutes marks its event (see the module docstring).
MARK_MINUTES = 15
# Minutes a whole hour admits after it ("5 p.m." and "5:05 p.m."), and a hedge either side.
WHOLE_HOUR_MINUTES = 15
HEDGE_MINUTES = 30


def clock_minutes(text: str) -> tuple[int, bool] | None:
    """The minute of the day a time's text writes and whether it writes its minutes, or None when it
    writes no clock part ("Tuesday night", "the morning")."""
    m = _CLOCK.search(text)
    if m is None:
        return None
    if m.group("noon"):
        word = m.group("noon").lower()
        return (0 if word == "midnight" else 12 * 60), False
    if m.group("h") is not None:
        hour, minutes = int(m.group("h")), int(m.group("m") or 0)
        if not 1 <= hour <= 12 or minutes > 59:
            return None
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
        return hour * 60 + minutes, m.group("m") is not None
    if m.group("h2") is not None:
        hour = int(m.group("h2"))
        return (hour * 60, False) if 1 <= hour <= 12 else None
    return int(m.group("h3")) * 60 + int(m.group("m3")), True


def zone_of(text: str) -> str:
    """The zone a time's text writes at its end ("5 p.m. ET", "10:30 a.m. local time"), lower case, or
    ''. Read on the time's text followed by what comes after it in its sentence."""
    after = _CLOCK.search(text)
    if after is None:
        return ""
    m = _ZONE.match(text[after.end() :])
    return m.group("zone").lower() if m else ""


def _comparable_key(zone: str) -> str:
    return "utc" if zone in _OFFSETS else zone


def comparable_times(a: FigureItem, b: FigureItem) -> bool:
    """Two clock times can be compared: their zones match (both absent, the same name, or both with a
    fixed offset from UTC), and they are not written on two different days."""
    if _comparable_key(zone_of(a.quantity.text)) != _comparable_key(zone_of(b.quantity.text)):
        return False
    day_a, day_b = _DAY_WRITTEN.search(a.quantity.text), _DAY_WRITTEN.search(b.quantity.text)
    return not (day_a and day_b and day_a.group(0).lower()[:3] != day_b.group(0).lower()[:3])


def time_span(claim: Claim, mention: DateMention) -> tuple[int, str, float, float] | None:
    """Where a clock time lies in its claim (offset), its text with the zone written after it, and the
    minutes of the day (UTC when its zone has a fixed offset) it admits; None when it is no time of an
    event (no clock part, or only a bound: "before 5 p.m.")."""
    if mention.type != "TIME":
        return None
    read = clock_minutes(mention.text)
    if read is None:
        return None
    minute, exact = read
    at = offset_in_claim(claim, mention.start, mention.text)
    if at < 0:
        return None
    clock = _CLOCK.search(mention.text)
    assert clock is not None
    before = claim.text[:at] + mention.text[: clock.start()]
    text = mention.text
    zone = _ZONE.match(claim.text[at + len(text) :])
    if not zone_of(text) and zone:
        text = claim.text[at : at + len(text) + zone.end()]
    if _BOUND.search(before) and not (_HEDGE_BEFORE.search(before) or _HEDGE_AFTER.search(before)):
        return None
    low, high = float(minute), float(minute + (0 if exact else WHOLE_HOUR_MINUTES))
    if _HEDGE_BEFORE.search(before):
        low, high = minute - HEDGE_MINUTES, float(minute)
    elif _HEDGE_AFTER.search(before):
        low, high = float(minute), minute + HEDGE_MINUTES
    elif _HEDGE_ABOUT.search(before):
        low, high = minute - HEDGE_MINUTES, minute + HEDGE_MINUTES
    offset = _OFFSETS.get(zone_of(text), 0)
    return at, text, low - offset, high - offset


def minute_mark(text: str, low: float, high: float) -> frozenset[str]:
    """The class of a time written to a minute off the quarter hour ("5:40 p.m.": its minute of the day,
    with the zone written), else no class."""
    read = clock_minutes(text)
    if read is None or not read[1] or low != high or read[0] % MARK_MINUTES == 0:
        return frozenset()
    return frozenset({f"minute {int(low)} {_comparable_key(zone_of(text))}".rstrip()})


def _apostrophes(word: str | None) -> str | None:
    """A word with its curly apostrophes straight ("O’Rourke" and "O'Rourke" are one name)."""
    return word.replace("’", "'") if word else word


def time_items(
    claims: Sequence[Claim],
    docs: Mapping[str, Doc],
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
) -> list[FigureItem]:
    """Every clock time of the parsed claims that times an event, as a figure of unit :data:`TIME_UNIT`
    (its value the minutes of the day it admits)."""
    items: list[FigureItem] = []
    for claim in claims:
        doc = docs.get(claim.id)
        if doc is None or not claim.dates:
            continue
        for mention in claim.dates:
            span = time_span(claim, mention)
            if span is None:
                continue
            _, text, low, high = span
            mark = minute_mark(text, low, high)
            measure = read_date_measure(doc, claim, mention)
            if measure is None:
                if not mark:
                    continue
                measure = FigureMeasure(phrase="time", readable=0)
            phrase = measure.phrase.removeprefix("date of ").removeprefix("when ").removeprefix("time")
            measure = replace(
                measure,
                thing=_apostrophes(measure.thing),
                words=frozenset(w.replace("’", "'") for w in measure.words),
                classes=measure.classes | mark,
                phrase=f"time of {phrase}" if phrase else "time",
                background=False,
            )
            quantity = Quantity(start=mention.start, end=mention.start + len(text), text=text, kind=TIME_UNIT)
            items.append(
                claim_figure(claim, quantity, (low, high, TIME_UNIT), measure, claim_entities, namer)
            )
    return items
