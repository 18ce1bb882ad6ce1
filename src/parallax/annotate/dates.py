"""Temporal expressions resolved against the publication date, with news conventions (TIMEX3 values).

Conventions:

* a weekday alone ("Monday", "on Monday night") is the most recent such day up to and including the
  publication day; "last Monday" is the one before that when the article appears on a Monday;
  "next Monday" is the next one after the publication day;
* "last week" is the ISO week before the publication week (``2018-W29``); "this week", "earlier this week"
  the publication week; "last month", "this month", "last year" likewise (``2018-06``, ``2017``);
* a month without a year ("May 17", "in November") is the most recent one up to the publication month;
  "last November" the most recent November before the publication month;
* "two days ago" counts back from the publication day; "two days later" / "a week earlier" count from
  the last date resolved before it in the article;
* parts of the day give TIMEX3 times: "Monday night" is ``2018-07-23TNI`` (MO, AF, EV, NI);
* durations ("seven and a half years", "two days") are ``DURATION`` values (``P7.5Y``, ``P2D``).

Without a publication date, a relative expression is kept with no value and a note; an absolute one
with a year still gets its value. Nothing is ever guessed from today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from parallax.model import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_dates", "find_dates_in_text", "parse_published"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2,
    "several": None, "a few": None, "few": None,
}  # fmt: skip
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE"}

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?:\d+(?:\.\d+)?|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_HALF = r"(?:\s+and\s+a\s+half)?"
_UNIT = r"(?:day|week|month|year|decade)s?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("mdy", rf"\b(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>(?:19|20)\d{{2}})\b"),
    ("dmy", rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b"),
    ("md", rf"\b(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d{{2}})(?![\d:])"),
    ("my", rf"\b(?P<mon>{_MONTH})(?:\s+of)?,?\s+(?P<y>(?:19|20)\d{{2}})\b"),
    ("rel_month", rf"\b(?P<rel>last|this|next|early|late|mid|earlier this|later this)\s*-?\s*(?P<mon>{_MONTH})(?!\s+\d)\b"),
    ("in_month", rf"\b(?:in|since|until|by|from|during)\s+(?P<core>(?P<mon>{_MONTH}))(?!\s*\d)\b"),
    ("rel_weekday", rf"\b(?P<rel>last|this|next|on|early|late)?\s*(?P<wd>{_WEEKDAY})(?P<part>{_PART})\b"),
    ("day_word", r"\b(?P<word>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night)\b"),
    ("rel_period", r"\b(?P<rel>last|this|next|past|previous|earlier this|later this|early this|the coming|the past)\s+(?P<unit>week|month|year|weekend)\b"),
    ("offset", rf"\b(?P<n>{_NUM}){_HALF}\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|later|earlier|before|after|from now|previously)\b"),
    ("duration", rf"\b(?P<n>{_NUM})(?P<half>{_HALF})\s+(?P<unit>{_UNIT})\b(?!\s+(?:ago|later|earlier|before|after|old)\b)"),
    ("year", r"\b(?:in|since|until|by|from|of|during|before|after)\s+(?P<core>(?P<y>(?:19|20)\d{2}))\b(?![-/]\d)"),
    ("decade", r"\bthe\s+(?P<y>(?:19|20)\d)0s\b"),
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PATTERNS]
_NO_PUB = "no publication date to resolve against"


def parse_published(value: str | None) -> dt.date | None:
    """The date part of an ISO date or datetime, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _nearest_year(pub: dt.date, month: int) -> int:
    """The year that puts ``month`` nearest the publication month (ties and up to 6 months back: the past)."""
    delta = month - pub.month
    if delta > 5:
        return pub.year - 1
    if delta < -6:
        return pub.year + 1
    return pub.year


def _number(text: str) -> float | None:
    text = text.casefold()
    if text in NUMBER_WORDS:
        value = NUMBER_WORDS[text]
        return float(value) if value is not None else None
    try:
        return float(text)
    except ValueError:
        return None


def _shift(anchor: dt.date, n: float, unit: str, sign: int) -> tuple[str, dt.date]:
    """The value (at the unit's granularity) and the day of ``anchor`` moved by ``n`` units."""
    unit = unit.casefold().rstrip("s")
    if unit == "day":
        day = anchor + dt.timedelta(days=sign * n)
        return day.isoformat(), day
    if unit == "week":
        day = anchor + dt.timedelta(days=sign * 7 * n)
        return _week(day), day
    if unit == "month":
        y, m = _month_add(anchor.year, anchor.month, int(sign * n))
        return f"{y:04d}-{m:02d}", dt.date(y, m, 1)
    if unit == "decade":
        y = anchor.year + sign * int(10 * n)
        return f"{y // 10:03d}", dt.date(y, 1, 1)
    y = anchor.year + sign * int(n)
    return f"{y:04d}", dt.date(y, 1, 1)


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None, anchor: dt.date | None) -> tuple[str | None, str, str | None, dt.date | None]:
    """(value, TIMEX3 type, note, the day to use as the next anchor)."""
    g = {k: (v or "") for k, v in m.groupdict().items()}
    if kind == "iso":
        day = _valid(int(g["y"]), int(g["m"]), int(g["d"]))
        return (day.isoformat() if day else None), "DATE", None, day
    if kind in ("mdy", "dmy", "md"):
        month = MONTHS[g["mon"].casefold().rstrip(".")]
        if g.get("y"):
            day = _valid(int(g["y"]), month, int(g["d"]))
            return (day.isoformat() if day else None), "DATE", None, day
        if pub is None:
            return None, "DATE", _NO_PUB, None
        year = _nearest_year(pub, month)
        day = _valid(year, month, int(g["d"]))
        return (day.isoformat() if day else None), "DATE", None, day
    if kind == "my":
        month = MONTHS[g["mon"].casefold().rstrip(".")]
        return f"{int(g['y']):04d}-{month:02d}", "DATE", None, dt.date(int(g["y"]), month, 1)
    if kind in ("rel_month", "in_month"):
        month = MONTHS[g["mon"].casefold().rstrip(".")]
        rel = g.get("rel", "").casefold()
        if pub is None:
            return None, "DATE", _NO_PUB, None
        if rel == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif rel == "next":
            year = pub.year if month > pub.month else pub.year + 1
        elif rel in ("this", "earlier this", "later this"):
            year = pub.year
        else:
            year = _nearest_year(pub, month)
        return f"{year:04d}-{month:02d}", "DATE", None, dt.date(year, month, 1)
    if kind == "rel_weekday":
        if pub is None:
            return None, "DATE", _NO_PUB, None
        target = WEEKDAYS[g["wd"].casefold()]
        rel = g.get("rel", "").casefold()
        back = (pub.weekday() - target) % 7
        if rel == "next":
            day = pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7)
        elif rel == "last" and back == 0:
            day = pub - dt.timedelta(days=7)
        elif rel == "this" and target > pub.weekday():
            day = pub + dt.timedelta(days=target - pub.weekday())
        else:
            day = pub - dt.timedelta(days=back)
        part = g.get("part", "").strip().casefold()
        if part:
            return f"{day.isoformat()}T{PARTS[part]}", "TIME", None, day
        return day.isoformat(), "DATE", None, day
    if kind == "day_word":
        if pub is None:
            return None, "DATE", _NO_PUB, None
        word = g["word"].casefold()
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        day = pub + dt.timedelta(days=offset)
        if word in ("tonight", "last night"):
            return f"{day.isoformat()}TNI", "TIME", None, day
        if word.startswith("this "):
            return f"{day.isoformat()}T{PARTS[word.split()[1]]}", "TIME", None, day
        return day.isoformat(), "DATE", None, day
    if kind == "rel_period":
        if pub is None:
            return None, "DATE", _NO_PUB, None
        rel = g["rel"].casefold()
        unit = g["unit"].casefold()
        if rel in ("past", "the past") and unit != "weekend":
            return f"P1{UNITS[unit][0]}", "DURATION", None, None
        sign = -1 if rel in ("last", "previous") else (1 if rel in ("next", "the coming") else 0)
        if unit == "weekend":
            saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            if sign > 0:
                saturday += dt.timedelta(days=7)
            year, week, _ = saturday.isocalendar()
            return f"{year}-W{week:02d}-WE", "DATE", None, saturday
        value, day = _shift(pub, 1, unit, sign) if sign else _shift(pub, 0, unit, 1)
        return value, "DATE", None, day
    if kind == "offset":
        n = _number(g["n"])
        if n is None:
            return None, "DATE", "vague amount of time", None
        if "half" in m.group(0).casefold():
            n += 0.5
        direction = g["dir"].casefold()
        if direction in ("ago", "previously", "from now"):
            base = pub
            sign = 1 if direction == "from now" else -1
        else:
            base = anchor
            sign = 1 if direction in ("later", "after") else -1
        if base is None:
            note = _NO_PUB if direction in ("ago", "previously", "from now") else "no earlier date in the text to count from"
            return None, "DATE", note, None
        value, day = _shift(base, n, g["unit"], sign)
        return value, "DATE", None, day
    if kind == "duration":
        n = _number(g["n"])
        unit = g["unit"].casefold().rstrip("s")
        if n is None:
            return f"PX{UNITS[unit]}", "DURATION", None, None
        if g.get("half"):
            n += 0.5
        amount = f"{n:g}"
        if unit == "decade":
            return f"P{n * 10:g}Y", "DURATION", None, None
        return f"P{amount}{UNITS[unit]}", "DURATION", None, None
    if kind == "year":
        return f"{int(g['y']):04d}", "DATE", None, dt.date(int(g["y"]), 1, 1)
    if kind == "decade":
        return g["y"], "DATE", None, None
    return None, "DATE", None, None


def find_dates_in_text(text: str, published: str | None) -> list[DateMention]:
    """Every temporal expression of a text, in order, with its value (see the module's conventions)."""
    pub = parse_published(published)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    taken = bytearray(len(text) + 1)
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span("core") if "core" in pattern.groupindex else match.span()
            # Trim a leading "on " that only the weekday pattern takes.
            if kind == "rel_weekday" and (match.group("rel") or "").casefold() == "on":
                start = match.start("wd")
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if any(taken[start:end]):
                continue
            if kind == "in_month" and match.group("mon").casefold() == "may" and not match.group("mon")[0].isupper():
                continue
            if kind in ("md", "rel_month", "in_month") and match.group("mon")[0].islower():
                continue
            if kind == "rel_weekday" and not match.group("wd")[0].isupper():
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, end, kind, match))
    found.sort(key=lambda item: item[0])
    mentions: list[DateMention] = []
    anchor = pub
    for start, end, kind, match in found:
        value, type_, note, day = _resolve(kind, match, pub, anchor)
        if day is not None and type_ != "DURATION" and kind not in ("year", "my", "decade"):
            anchor = day
        mentions.append(DateMention(start=start, end=end, text=text[start:end], value=value, type=type_, note=note))
    return mentions


def find_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Temporal expressions of a parsed text (the rules read the text; the Doc keeps the stage signature)."""
    return find_dates_in_text(doc.text, published)
