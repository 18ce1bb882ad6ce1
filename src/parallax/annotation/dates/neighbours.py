"""Values set by the expressions around one: a clock time and its day merged, durations written in parts
joined, a day moved into the week or year named after it ("Tuesday last week"), a month-day in a sentence
opened by its year ("In 2009, ..."), a morning after the night just named, a day word in a quotation said
on an earlier day, a month listed after another, a date that has passed ("since January 1st")."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from parallax.annotation.dates.calendar import valid
from parallax.annotation.dates.context import Context, Resolved
from parallax.annotation.dates.lexicon import folded
from parallax.model import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DAY_KINDS = frozenset(
    {
        "iso",
        "mdy",
        "dmy",
        "md",
        "wd_date",
        "rel_weekday",
        "day_word",
        "anchor_day",
        "md_range",
        "dm_range",
        "day_ordinal",
        "md_word",
    }
)
_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
_LIST_LINK = re.compile(r"\s*(?:,|-|\u2013|,?\s*(?:and|or|to|through|until|till|into))\s*", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s(:,]))[\"\u201c]")
_QUOTE_CLOSE = re.compile(r"[\"\u201d]")
_TIME_GAP = re.compile(r"[\s,]*(?:(?:[a-z]+\s+)?time[\s,]*)?(?:(?:on|at|of)\s+)?", re.IGNORECASE)
_EXACT_DURATION = re.compile(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?")
_DURATION_PART = re.compile(r"(\d+)([YMWDHS])")
_DURATION_ORDER = "YMWD"
_DURATION_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_OF_GAP = re.compile(r"\s+of\s+")
_PERIOD_GAP = re.compile(r"\s*,?\s*(?:of\s+)?")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_BARE_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?")
_PART_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")
_FRAME_BEFORE = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*\s+|\n)(?:(?:In|During|Throughout|Back\s+in)\s+)?$")
# a clock time alone: its text names no day ("6 a.m.", "10:30 p.m. local time", "noon"), so its day was
# taken from the last date named before it or the publication day
_DAY_WORDS = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day|night|morning"
    r"|evening|afternoon|tonight|\d{4}-|\b(?:the|this|that|last|next|following|same)\b"
)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\"\u201c\u201d\u2014]|\s-+\s|\b(?:and|but|or|while|when|after|before|as)\b"
)
_BOUND_BEFORE = re.compile(r"(?i)\b(?:until|till|through|by|since|from|to|before|after|into)\s*$")
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"\u201c(]?[A-Z])|\n")


def _clock_in_part(written: str, clock: str, part: str) -> str:
    """The clock time of an hour written without a.m. or p.m. before a part of the day ("9 tonight": 21:00,
    "8:30 this evening": 20:30); one written with them, or in the morning, stays as it is."""
    match = _BARE_CLOCK.fullmatch(written.strip())
    if match is None or not clock[:2].isdigit():
        return clock
    hour = int(clock[:2])
    if (part in ("AF", "EV") and hour < 12) or (part == "NI" and 6 <= hour < 12):
        return f"{hour + 12:02d}{clock[2:]}"
    return clock


def merge_times(text: str, mentions: list[DateMention], kinds: list[str]) -> list[DateMention]:
    """A clock time next to a day ("10 p.m. Wednesday", "Monday at 9 a.m.") becomes one TIME on that day."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if kinds[i] in ("time", "day_part") and m.value:
            for j in (i + 1, i - 1):
                if not 0 <= j < len(mentions) or not mentions[j].value:
                    continue
                part_after = j > i and kinds[i] == "time" and _PART_OF_DAY.fullmatch(mentions[j].value or "")
                holiday = kinds[j] == "holiday" and _DAY_VALUE.fullmatch(mentions[j].value or "")
                if kinds[j] not in DAY_KINDS and not part_after and not holiday:
                    continue  # a day, a holiday, or a part of a day after a clock time ("6 a.m. the
                    # following morning", "at 9 tonight")
                other = mentions[j]
                gap = text[m.end : other.start] if j > i else text[other.end : m.start]
                if _TIME_GAP.fullmatch(gap) is None:
                    continue
                start, end = min(m.start, other.start), max(m.end, other.end)
                clock = (m.value or "").split("T", 1)[1]
                if part_after:
                    clock = _clock_in_part(m.text, clock, (other.value or "")[-2:])
                value = f"{(other.value or '')[:10]}T{clock}"
                merged = DateMention(start=start, end=end, text=text[start:end], value=value, type="TIME")
                if j < i:
                    out[-1] = merged
                else:
                    out.append(merged)
                    i += 1
                break
            else:
                out.append(m)
        else:
            out.append(m)
        i += 1
    return out


def duration_parts(value: str | None) -> list[tuple[str, str, bool]] | None:
    """(amount, designator, in the time part) of an exact duration value ("PT1H" -> [("1", "H", True)])."""
    if not value or not _EXACT_DURATION.fullmatch(value):
        return None
    date_part, _, time_part = value[1:].partition("T")
    return [(n, u, False) for n, u in _DURATION_PART.findall(date_part)] + [
        (n, u, True) for n, u in _DURATION_PART.findall(time_part)
    ]


def merge_durations(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Durations written in parts ("one hour and 45 minutes", "2 years 6 months") become one."""
    out: list[DateMention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == m.type == "DURATION"
            and _DURATION_JOIN.fullmatch(text[last.end : m.start])
            and (first := duration_parts(last.value))
            and (second := duration_parts(m.value))
        ):
            parts = first + second
            rank = [_DURATION_ORDER.index(u) if not t else 4 + "HMS".index(u) for _, u, t in parts]
            if all(a < b for a, b in pairwise(rank)):
                date = "".join(n + u for n, u, t in parts if not t)
                clock = "".join(n + u for n, u, t in parts if t)
                value = "P" + date + ("T" + clock if clock else "")
                out[-1] = DateMention(
                    start=last.start, end=m.end, text=text[last.start : m.end], value=value, type="DURATION"
                )
                continue
        out.append(m)
    return out


def in_period(
    mentions: list[DateMention], text: str, start: int, match: re.Match[str], day: dt.date, ctx: Context
) -> dt.date | None:
    """A day named just before "last week", "next year" ("Tuesday last week", "March 3 last year") is
    that day of the week or year named: the last mention is moved there (and the day being told with it);
    the day, or None when the period is not in apposition to a day."""
    last = mentions[-1]
    value = last.value or ""
    unit, rel = match.group("unit").casefold(), folded(match.group("rel"))
    if (
        rel not in ("last", "next", "this")
        or unit not in ("week", "year")
        or not _PERIOD_GAP.fullmatch(text[last.end : start])
        or not _DAY_VALUE.fullmatch(value)
    ):
        return None
    told = dt.date.fromisoformat(value)
    if unit == "week":
        moved: dt.date | None = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=told.weekday())
    else:
        moved = valid(day.year, told.month, told.day)
    if moved is None:
        return None
    if moved != told:
        mentions[-1] = last.model_copy(update={"value": moved.isoformat()})
        if ctx.day == told:
            ctx.day = moved
    return moved


def year_adverb(text: str, start: int, end: int) -> bool:
    """Whether a year opens its sentence as the time the sentence is set in ("In 2009, ...", "Last year,
    ..."), not a modifier ("the 2008 law"), a limit ("since 2009") or a year inside a clause."""
    return _FRAME_BEFORE.search(text, max(0, start - 16), start) is not None and text[end : end + 1] == ","


def in_year(found: Resolved, year: int, ctx: Context) -> Resolved:
    """A month or month-day without its year, in a sentence set in ``year``: that year."""
    value = found.value or ""
    if not _DAY_OR_MONTH.fullmatch(value) or int(value[:4]) == year:
        return found
    day = found.day
    moved = valid(year, day.month, day.day) if day is not None else None
    if day is not None and moved is None:
        return found
    if day is not None and ctx.day_choices and ctx.day_choices[-1][2] == day:
        ctx.day_choices.pop()  # the year is the sentence's, not a choice for the article to settle
    return found._replace(value=f"{year:04d}{value[4:]}", day=moved)


def after_night(last: DateMention, found: Resolved) -> bool:
    """Whether a morning follows the night just named, of the same day ("last night ... through the morning")."""
    value = found.value or ""
    return (
        value.endswith("TMO")
        and last.type == "TIME"
        and (last.value or "").endswith("TNI")
        and (last.value or "")[:10] == value[:10]
    )


def quoted_on(text: str, ctx: Context, start: int) -> bool:
    """Whether the expression at ``start`` is inside a quotation opened after a day named earlier in the
    same sentence, a few days before publication ("In a statement on Tuesday, she said: \u201cToday ..."):
    the quotation was spoken that day."""
    if ctx.day is None or ctx.pub is None or not ctx.day_end or not 0 < (ctx.pub - ctx.day).days <= 7:
        return False
    between = text[ctx.day_end : start]
    opened = _QUOTE_OPEN.search(between)
    return (
        opened is not None
        and len(between) < 250
        and not SENTENCE_BREAK.search(between[: opened.end() + 1])
        and not _QUOTE_CLOSE.search(between, opened.end())
    )


def from_day_said(found: Resolved, pub: dt.date, said: dt.date | None) -> Resolved:
    """A day word of a quotation counted from the day it was said instead of the publication day."""
    if said is None or found.day is None or not found.value or found.value[:10] != found.day.isoformat():
        return found
    day = found.day + (said - pub)
    return found._replace(value=day.isoformat() + found.value[10:], day=day)


def not_after(found: Resolved, pub: dt.date) -> Resolved:
    """A month or day that has passed ("since January 1st"): a year back when it came out after ``pub``."""
    if not found.value or not _DAY_OR_MONTH.fullmatch(found.value) or found.value <= pub.isoformat():
        return found
    year = int(found.value[:4]) - 1
    day = valid(year, found.day.month, found.day.day) if found.day is not None else None
    return found._replace(value=f"{year:04d}{found.value[4:]}", day=day)


def month_in_list(found: Resolved, before: DateMention, gap: str) -> Resolved:
    """A month listed or ranged after another one ("in December and January", "from November to
    February") follows it in time: the same year when it comes later in the year, else the next."""
    prev = _MONTH_VALUE.fullmatch(before.value or "")
    this = _MONTH_VALUE.fullmatch(found.value or "")
    if prev is None or this is None or not _LIST_LINK.fullmatch(gap):
        return found
    year, month = int(prev.group(1)), int(this.group(2))
    year += 1 if month < int(prev.group(2)) else 0
    return found._replace(value=f"{year:04d}-{month:02d}", day=dt.date(year, month, 1))


def quarter_of_named_year(
    mentions: list[DateMention], kinds: list[str], text: str, start: int, kind: str, found: Resolved
) -> Resolved:
    """A quarter named with its year beside it as another expression ("its fiscal 2008 second quarter",
    "the second quarter of fiscal 2008"): that year's quarter. Returns ``found``, changed for a quarter
    after its year; a quarter before "of" and its year is changed in ``mentions``."""
    if not mentions or not (found.value or ""):
        return found
    last, value = mentions[-1], found.value or ""
    gap = text[last.end : start]
    year = (last.value or "") if kinds[-1] in ("fiscal", "year") else ""
    if (
        kind == "quarter"
        and _QUARTER_VALUE.fullmatch(value)
        and len(year) == 4
        and year.isdigit()
        and gap.isspace()
    ):
        quarter = (int(year), int(value[-1]))
        return found._replace(value=f"{year}{value[4:]}", quarter=quarter if found.quarter else None)
    if (
        kind in ("fiscal", "year")
        and kinds[-1] == "quarter"
        and _QUARTER_VALUE.fullmatch(last.value or "")
        and len(value) == 4
        and value.isdigit()
        and _OF_GAP.fullmatch(gap)
    ):
        mentions[-1] = last.model_copy(update={"value": f"{value}{(last.value or '')[4:]}"})
    return found


def _clause_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The first verb above a span of ``doc`` in the parse (the verb of its clause)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def times_on_day_after(doc: Doc, mentions: list[DateMention]) -> list[DateMention]:
    """A clock time alone that a day follows in its clause takes that day: "saw the van at 6 a.m. near the
    depot on Monday", "at 3 a.m. in a warehouse yesterday", "at 6 a.m. near the house ten days before the
    fire" (before, the last date named before it, or the publication day). Both must hang on the same verb,
    with no comma, no other clause and no sentence end between them ("opened at 9 a.m., and on Friday ..."
    keeps its day), with no other expression between them, and not a bound ("from 10 p.m. to 5 a.m. until
    July 15")."""
    text = doc.text
    out = list(mentions)
    for i, (m, later) in enumerate(pairwise(mentions)):
        # the next expression only: another between them ("from 10 p.m. to 5 a.m. every day until July 15")
        if m.type != "TIME" or not m.value or "T" not in m.value or _DAY_WORDS.search(m.text):
            continue
        if later.type != "DATE" or not later.value or not _DAY_VALUE.fullmatch(later.value):
            continue
        gap = text[m.end : later.start]
        if (
            len(gap) > 80
            or SENTENCE_BREAK.search(gap)
            or _CLAUSE_BREAK.search(gap)
            or _BOUND_BEFORE.search(gap)
        ):
            continue
        verb = _clause_verb(doc, m.start, m.end)
        if verb is None or verb != _clause_verb(doc, later.start, later.end):
            continue
        out[i] = m.model_copy(update={"value": f"{later.value}T{m.value.split('T', 1)[1]}"})
    return out
