"""Temporal expressions resolved against the publication date, with news conventions (TIMEX3 values).

Conventions:

* a weekday alone ("Monday", "on Monday night") is the most recent such day up to and including the
  publication day; "last Monday" is the one before that when the article appears on a Monday;
  "next Monday" is the next one after the publication day;
* "last week" is the ISO week before the publication week (``2018-W29``); "this week", "earlier this week"
  the publication week; "last month", "this month", "last year" likewise (``2018-06``, ``2017``);
* a month without a year ("May 17", "in November") is in the past when its clause is in the past tense
  ("began in March"), in the future when it is in the future ("will be reviewed in January", "is
  scheduled for December"), else the nearest one; "last November" the most recent November before the
  publication month; a weekday alone in a future clause is the next one ("will resume on Monday");
* seasons ("this summer": ``2019-SU``), quarters ("the fourth quarter of 2018": ``2018-Q4``), the
  weekend (``2019-W09-WE``), fixed holidays ("New Year's Eve") and "the next day" / "the following
  week" (from the last date resolved before them) are resolved too;
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
from collections.abc import Callable
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
    ("in_month", rf"\b(?:in|since|until|till|by|from|during|for|before|after|through|throughout|to|of|and|or)\s+(?P<core>(?P<mon>{_MONTH}))(?!\s*\d)\b"),
    ("quarter", r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+quarter(?:\s+of|,)?(?:\s+(?P<y>(?:19|20)\d{2}))?\b"),
    ("season", r"\b(?:(?P<rel>this|last|next|early|late|the|in|mid)[-\s]+)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2}))?\b"),
    ("holiday", r"\b(?P<name>new year's eve|new year's day|christmas eve|christmas day|christmas|boxing day|halloween|valentine's day)\b"),
    ("weekend", r"\b(?:over|during|through|at|on|for)\s+(?P<core>the\s+weekend)\b"),
    ("anchor_rel", r"\bthe\s+(?P<rel>next|following|previous|preceding)\s+(?P<unit>day|week|month|year|morning|evening|night)\b"),
    ("rel_weekday", rf"\b(?P<rel>last|this|next|on|early|late)?\s*(?P<wd>{_WEEKDAY})(?P<part>{_PART})\b"),
    ("day_word", r"\b(?P<word>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night)\b"),
    ("rel_period", r"\b(?P<rel>last|this|next|past|previous|earlier this|later this|early this|the coming|the past)\s+(?P<unit>week|month|year|weekend)\b"),
    ("offset", rf"\b(?P<n>{_NUM}){_HALF}\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|later|earlier|before|after|from now|previously)\b"),
    ("duration", rf"\b(?P<n>{_NUM})(?P<half>{_HALF})\s+(?P<unit>{_UNIT})\b(?!\s+(?:ago|later|earlier|before|after|old)\b)"),
    ("year", r"\b(?:in|since|until|till|by|from|of|during|before|after|for|to|and|or|through|between|around|early|late|mid|mid-)\s*(?P<core>(?P<y>(?:19|20)\d{2}))\b(?![-/]\d|\s*(?:people|persons|men|women|soldiers|troops|km|kilometers|kilometres|miles|dollars|euros)\b)"),
    ("decade", r"\bthe\s+(?P<y>(?:19|20)\d)0s\b"),
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PATTERNS]
_NO_PUB = "no publication date to resolve against"
_TENSED = frozenset({"md", "dmy", "rel_month", "in_month", "rel_weekday", "quarter", "season", "holiday", "weekend"})
_FUTURE_WORDS = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_FUTURE_HEADS = frozenset({"scheduled", "due", "set", "expected", "planned", "slated", "upcoming", "next"})


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
        return f"{y:04d}", dt.date(y, 1, 1)
    y = anchor.year + sign * int(n)
    return f"{y:04d}", dt.date(y, 1, 1)


def _last_saturday(pub: dt.date) -> dt.date:
    return pub - dt.timedelta(days=(pub.weekday() - 5) % 7)


def _weekend(saturday: dt.date) -> tuple[str | None, str, str | None, dt.date | None]:
    """The TIMEX3 value of the weekend that starts on ``saturday`` (``2019-W09-WE``)."""
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE", "DATE", None, saturday


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_year(pub: dt.date, month: int, tense: str | None) -> int:
    """The year of a month named without one: by the tense of its clause when known, else the nearest."""
    if tense == "past":
        return pub.year if month <= pub.month else pub.year - 1
    if tense == "future":
        return pub.year if month >= pub.month else pub.year + 1
    return _nearest_year(pub, month)


def _day_year(pub: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    """A day of the year (a holiday) without a year: the last one up to publication, or the next when future."""
    this = _valid(pub.year, month, day)
    if this is None:
        return None
    if tense == "future":
        return this if this >= pub else _valid(pub.year + 1, month, day)
    return this if this <= pub else _valid(pub.year - 1, month, day)


def _season_year(pub: dt.date, start_month: int, rel: str, tense: str | None) -> int:
    """The year of a season named without one (a winter is the year of its December)."""
    starts = [dt.date(y, start_month, 1) for y in range(pub.year - 2, pub.year + 2)]
    ends = [_valid(*_month_add(d.year, d.month, 3), 1) or d for d in starts]
    current = next((d for d, e in zip(starts, ends, strict=True) if d <= pub < e), None)
    if rel == "this":
        return current.year if current is not None else min(starts, key=lambda d: abs((d - pub).days)).year
    if rel == "last":
        return max(d for d, e in zip(starts, ends, strict=True) if e <= pub).year
    if rel == "next" or (tense == "future" and current is None):
        return min(d for d in starts if d > pub).year
    if current is not None:
        return current.year
    return max(d for d in starts if d <= pub).year


def _resolve(
    kind: str, m: re.Match[str], pub: dt.date | None, anchor: dt.date | None, tense: str | None = None
) -> tuple[str | None, str, str | None, dt.date | None]:
    """(value, TIMEX3 type, note, the day to use as the next anchor). ``tense``: "past", "future" or None."""
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
        year = _month_year(pub, month, tense)
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
            year = _month_year(pub, month, tense)
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
        elif rel in ("", "on") and tense == "future":
            day = pub + dt.timedelta(days=(target - pub.weekday()) % 7)
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
            saturday = _last_saturday(pub)
            return _weekend(saturday + dt.timedelta(days=7) if sign > 0 else saturday)
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
    if kind == "quarter":
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(g["q"].casefold(), 4)
        if g["y"]:
            year = int(g["y"])
        elif pub is None:
            return None, "DATE", _NO_PUB, None
        else:
            current = (pub.month - 1) // 3 + 1
            year = pub.year if (q <= current or tense == "future") else pub.year - 1
        return f"{year:04d}-Q{q}", "DATE", None, dt.date(year, 3 * q - 2, 1)
    if kind == "season":
        season = g["season"].casefold()
        code = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[season]
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        rel = g["rel"].casefold()
        if g["y"]:
            year = int(g["y"])
        elif pub is None:
            return None, "DATE", _NO_PUB, None
        else:
            year = _season_year(pub, start_month, rel, tense)
        return f"{year:04d}-{code}", "DATE", None, dt.date(year, start_month, 1)
    if kind == "holiday":
        month, day_of_month = {
            "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26), "halloween": (10, 31),
            "valentine's day": (2, 14),
        }[g["name"].casefold().replace("’", "'")]  # fmt: skip
        if pub is None:
            return None, "DATE", _NO_PUB, None
        day = _day_year(pub, month, day_of_month, tense)
        return (day.isoformat() if day else None), "DATE", None, day
    if kind == "weekend":
        if pub is None:
            return None, "DATE", _NO_PUB, None
        saturday = _last_saturday(pub)
        future = tense == "future" and saturday < pub - dt.timedelta(days=1)
        return _weekend(saturday + dt.timedelta(days=7) if future else saturday)
    if kind == "anchor_rel":
        if anchor is None:
            return None, "DATE", "no earlier date in the text to count from", None
        sign = 1 if g["rel"].casefold() in ("next", "following") else -1
        unit = g["unit"].casefold()
        if unit in PARTS:
            day = anchor + dt.timedelta(days=sign)
            return f"{day.isoformat()}T{PARTS[unit]}", "TIME", None, day
        value, day = _shift(anchor, 1, unit, sign)
        return value, "DATE", None, day
    if kind == "decade":
        return g["y"], "DATE", None, None
    return None, "DATE", None, None


def find_dates_in_text(
    text: str, published: str | None, tense_of: Callable[[int, int], str | None] | None = None
) -> list[DateMention]:
    """Every temporal expression of a text, in order, with its value (see the module's conventions).

    ``tense_of(start, end)`` tells whether the clause of an expression is about the past or the future
    ("past", "future" or None); it decides the year of a month or holiday and the week of a weekday
    named alone ("will meet on Monday" is the next Monday).
    """
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
        tense = tense_of(start, end) if tense_of is not None and kind in _TENSED else None
        value, type_, note, day = _resolve(kind, match, pub, anchor, tense)
        if day is not None and type_ != "DURATION" and kind not in ("year", "my", "decade"):
            anchor = day
        mentions.append(DateMention(start=start, end=end, text=text[start:end], value=value, type=type_, note=note))
    return mentions


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """"past" or "future" for the clause that a span of ``doc`` belongs to, when its verb shows it.

    The verb is the first verb or auxiliary above the span in the parse. Future: "will"/"shall" with
    it, or a verb of scheduling ("is scheduled for", "is due to", "is expected to"). Past: a past-tense
    verb or auxiliary ("began", "had begun", "was signed", "agreed in September"), or a present perfect.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span.root
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    children = list(verb.children)
    if any(c.lower_ in _FUTURE_WORDS for c in children) or verb.lower_ in _FUTURE_HEADS:
        return "future"
    if any(c.dep_ == "xcomp" and c.lemma_ in ("open", "start", "begin", "take") for c in children) and any(
        c.lower_ in ("due", "set", "expected", "scheduled") for c in children
    ):
        return "future"
    head = verb.head if verb.dep_ in ("xcomp", "advcl", "conj") else verb
    for token in (verb, *children, head):
        if token.dep_ in ("aux", "auxpass") and token.lower_ in ("has", "have") and verb.tag_ == "VBN":
            return "past"
        if "Past" in token.morph.get("Tense", []) and (token is verb or token.dep_ in ("aux", "auxpass")):
            return "past"
    return None


def find_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Temporal expressions of a parsed text, with the tense of each expression's clause from the parse."""
    return find_dates_in_text(doc.text, published, lambda start, end: clause_tense(doc, start, end))
