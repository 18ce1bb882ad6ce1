"""Finding temporal expressions in a text and resolving them in order (see the package docstring)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from parallax.annotation.dates.calendar import (
    NO_ANCHOR,
    NO_PUB,
    day_year,
    settle_day_years,
    settle_holidays,
    valid,
)
from parallax.annotation.dates.context import Context, Resolved
from parallax.annotation.dates.events import anchor_on_events
from parallax.annotation.dates.lexicon import (
    COMPILED,
    MONTH_RE,
    MONTHS,
    ONES,
    PARTS,
    TEENS,
    TENS,
    WEEKDAY_RE,
    WEEKDAYS,
    month_number,
)
from parallax.annotation.dates.neighbours import (
    DAY_KINDS,
    SENTENCE_BREAK,
    after_night,
    from_day_said,
    in_period,
    in_year,
    merge_durations,
    merge_times,
    month_in_list,
    not_after,
    quarter_of_named_year,
    quoted_on,
    times_on_day_after,
    year_adverb,
)
from parallax.annotation.dates.resolve import resolve
from parallax.annotation.dates.tense import clause_tense
from parallax.common.published import parse_published
from parallax.model import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Kinds whose value depends on the tense of their clause.
# A month named without a year or a day ("in November"), which a prospect places ahead.
_MONTH_ALONE = frozenset({"rel_month", "in_month", "bare_month"})
_TENSED = frozenset(
    {
        "md",
        "dmy",
        "wd_date",
        "rel_month",
        "in_month",
        "bare_month",
        "rel_weekday",
        "quarter",
        "season",
        "holiday",
        "weekend",
        "md_range",
        "dm_range",
        "day_ordinal",
        "quarter_abbr",
        "md_word",
        "half",
        "month_quarter",
        "week_of_month",
        "end_of",
    }
)
# Kinds whose day becomes the anchor for "two days later", "that day", "the same year".
_ANCHORING = frozenset(
    {"iso", "mdy", "dmy", "md", "wd_date", "rel_weekday", "day_word", "rel_month", "in_month", "bare_month", "my", "holiday",
     "weekend", "anchor_rel", "season", "quarter", "quarter_rel", "quarter_of_year", "year", "fiscal", "rel_period",
     "md_range", "dm_range", "day_ordinal", "spelled_my", "quarter_abbr", "md_word"}
)  # fmt: skip
# Words just before a date that make it a coming one whatever the clause's verb ("payable Dec. 1").
_FUTURE_CUE = re.compile(
    r"\b(?:payable|effective|of\s+record|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than|deadline\s+of"
    r"|ahead\s+of|in\s+time\s+for|in\s+the\s+run-up\s+to"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?:scheduled|slated|planned)\s+(?:for|on))"
    r"\s+(?:on\s+|the\s+)?$",
    re.IGNORECASE,
)
_PRESENT_SCHEDULE = frozenset({"md", "dmy", "in_month", "bare_month", "md_word", "md_range", "dm_range"})
_SINCE = re.compile(
    r"\b(?:since|from|after|as\s+of|through|throughout)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE
)
_MONTH_KINDS = frozenset({"in_month", "bare_month", "rel_month", "my"})
_DECADE_KINDS = frozenset({"decade", "decade2", "decade_spelled"})
_DECADE_VALUE = re.compile(r"\d{3}")
# "since" before a date: the date is behind the time of writing ("thousands since January 1st").
_DATELINE = re.compile(
    rf"(?:{WEEKDAY_RE},?\s+)?(?:(?P<iso>(?P<y1>\d{{4}})-(?P<m1>\d\d)-(?P<d1>\d\d))"
    rf"|(?P<mon2>{MONTH_RE})\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>[0-3]?\d)\s+(?P<mon3>{MONTH_RE}),?\s+(?P<y3>\d{{4}}))"
)
_TODAY_NAME = re.compile(r"Today\b|TODAY\b")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w.&-]*(?:'s|\u2019s)?\s+$")
_NAME_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:[A-Z]\w|show\b|program\b|programme\b)")
_SHOW_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:show|program|programme)\b")
_FOR_DAY = re.compile(r"\bfor\s+(?:next\s+)?$", re.IGNORECASE)
_SINCE_ONLY = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?|the\s+)?$", re.IGNORECASE)
_WEAK_FUTURE_CUE = re.compile(r"\b(?:by|through|due|until|till)\s+(?:on\s+|the\s+)?$", re.IGNORECASE)
_LETTER_BEFORE = re.compile(r"[A-Z][\w.]*\s+$")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_POSSESSIVE = re.compile(r"(?:'|\u2019)s\b")
_UNIT_FROM = re.compile(r"(?:day|week|month|year)s?\s+from\s+$", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\b(?:this|later\s+this|earlier\s+this)\s+week\b(?!end)", re.IGNORECASE)
_YEARLESS = frozenset({"md", "md_word", "in_month", "bare_month"})
_YEAR_VALUE = re.compile(r"\d{4}")
_YEAR_WORDS = re.compile(
    r"\b(?:(?:last|next|this|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before|later)|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _quarter_closed(quarter: tuple[int, int], pub: dt.date) -> bool:
    year, q = quarter
    return (year, q) < (pub.year, (pub.month - 1) // 3 + 1)


def _time_of_day(g: dict[str, str]) -> str | None:
    """``HH:MM`` (with ``Z`` for UTC/GMT) of a clock time, a part of the day (``AF``), or None."""
    word = (g.get("word") or "").casefold()
    if word:
        return "24" if word == "midnight" else "12:00"  # TimeBank writes midnight as T24
    if g.get("part") and not g.get("h"):
        return PARTS[g["part"].casefold()]  # "mid-afternoon": a part of the day
    raw = (g.get("h") or "").casefold()
    hour = int(raw) if raw.isdigit() else (TENS.get(raw, 0) + ONES.get(raw, 0) + TEENS.get(raw, 0))
    ap = (g.get("ap") or "").casefold()
    if ap:
        hour = hour % 12 + (12 if ap == "p" else 0)
    if g.get("part") and g["part"].casefold() in ("afternoon", "evening") and hour < 12:
        hour += 12
    if g.get("night") and 6 <= hour < 12:  # "10 at night"
        hour += 12
    if hour > 24:
        return None
    zone = "Z" if (g.get("tz") or "").upper() in ("UTC", "GMT") and not g.get("off") else ""
    return f"{hour:02d}:{int(g.get('min') or 0):02d}{zone}"


def _in_this_week(match: re.Match[str], text: str, start: int, pub: dt.date | None) -> str | None:
    """A weekday named alone after "this week" in its sentence is a day of the publication week: the
    tense that picks it ("past" or "future"), or None when the rule does not apply."""
    if pub is None or (match.group("rel") or "").strip().casefold() not in ("", "on"):
        return None
    window = text[max(0, start - 240) : start]
    breaks = list(SENTENCE_BREAK.finditer(window))
    sentence = window[breaks[-1].end() :] if breaks else window
    if not _THIS_WEEK.search(sentence):
        return None
    day = WEEKDAYS.get(match.group("wd").casefold())
    if day is None or day == pub.weekday():
        return None
    return "future" if day > pub.weekday() else "past"


def _last_month(match: re.Match[str], pub: dt.date | None) -> bool:
    """Whether the month of a match is the one before the publication month ("the money raised in
    July", published in August: a present tense about the month just ended, not next year's)."""
    name = (match.groupdict().get("mon") or "").casefold().rstrip(".")
    month = MONTHS.get(name)
    return pub is not None and month is not None and (pub.month - month) % 12 == 1


def _keep(kind: str, match: re.Match[str], text: str) -> bool:
    """Drop matches that are ordinary words here (a lower-case "may", "march", "monday" in a name).

    ``match`` ran on the lower-cased text; capitals are read from ``text``.
    """

    def original(name: str) -> str:
        return text[match.start(name) : match.end(name)] if match.groupdict().get(name) else ""

    mon = original("mon") if "mon" in match.re.groupindex else ""
    if kind in ("md", "rel_month", "in_month", "md_word", "bare_month") and mon and mon[0].islower():
        return False
    if kind == "bare_month" and (
        text[match.end() : match.end() + 2].strip()[:1].isupper()
        or _LETTER_BEFORE.search(text, max(0, match.start() - 40), match.start())
    ):
        return False  # "April Varnaby", "Dr. June": a name
    if kind in ("rel_weekday", "set_weekday") and not (kind == "set_weekday" and original("we")):
        wd = original("wd") or (original("wd2") if "wd2" in match.re.groupindex else "")
        if not wd[:1].isupper():
            return False
    if kind == "day_word" and _UNIT_FROM.search(text, max(0, match.start() - 12), match.start()):
        return False  # "a week from today": one expression, counted from the publication day
    if (
        kind == "day_word"
        and _TODAY_NAME.match(text, match.start())
        and _in_name(text, match.start(), match.end())
    ):
        return False  # "USA TODAY", "NBC's Today show": a name
    first = text[match.start() : match.start() + 1]
    if kind == "set_word" and first.isupper() and text[match.end() : match.end() + 2].strip()[:1].isupper():
        return False  # "Daily News", "the Quarterly Review"
    if kind in ("ref", "duration_vague", "duration_word") and first.isupper() and match.start() > 0:
        before = text[max(0, match.start() - 2) : match.start()].strip()
        after = text[match.end() : match.end() + 2].strip()
        if (before[-1:].isalpha() and before[-1:].isupper()) or after[:1].isupper():
            return False
    return True


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word is part of a name: after a capitalised word (not at a sentence start)
    or before a capitalised word or "show"."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 12]
    if _NAME_BEFORE.search(before):
        return True
    opening = not before.strip() or before.rstrip()[-1] in '.!?:;"\u201c(\n'
    return bool(_SHOW_AFTER.match(after) if opening else _NAME_AFTER.match(after))


def _spans(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every recognised expression as (start, end, kind, match), in text order, without overlaps."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    taken = bytearray(len(text) + 1)
    lower = text.translate(_ASCII_LOWER)  # same length as the text, so offsets hold
    for kind, pattern, keys in COMPILED:
        if keys and not any(key in lower for key in keys):
            continue
        for match in pattern.finditer(lower):
            start, end = match.span("core") if "core" in pattern.groupindex else match.span()
            if kind == "rel_weekday" and (match.group("rel") or "").casefold() == "on":
                start = match.start("wd")
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if start >= end or any(taken[start:end]) or not _keep(kind, match, text):
                continue
            if kind == "year_range":
                first, second = int(match.group("y")), match.group("y2")
                last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
                if not first < last <= first + 30:
                    continue
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, end, kind, match))
    found.sort(key=lambda item: item[0])
    return found


def _year_range(start: int, match: re.Match[str], value_of: Callable[[str], str]) -> list[DateMention]:
    """Two years of a range ("1998-99", "2004-2006"): one mention each."""
    first = match.group("y")
    y2 = match.group("y2")
    last = y2 if len(y2) == 4 else f"{int(first) // 100 * 100 + int(y2):04d}"
    s2 = match.start("y2")
    return [
        DateMention(
            start=match.start("y"), end=match.end("y"), text=first, value=value_of(first), type="DATE"
        ),
        DateMention(start=s2, end=match.end("y2"), text=y2, value=value_of(last), type="DATE"),
    ]


def _year_span(match: re.Match[str], text: str) -> list[DateMention]:
    """ "from 2009 to 2011": the two years, and the span between them as a duration (``P2Y``)."""
    first, last = match.group("y"), match.group("y2")
    start, end = match.start(), match.end()
    return [
        DateMention(
            start=start, end=end, text=text[start:end], value=f"P{int(last) - int(first)}Y", type="DURATION"
        ),
        DateMention(start=match.start("y"), end=match.end("y"), text=first, value=first, type="DATE"),
        DateMention(start=match.start("y2"), end=match.end("y2"), text=last, value=last, type="DATE"),
    ]


def _day_range(
    match: re.Match[str], kind: str, text: str, ctx: Context, tense: str | None
) -> tuple[list[DateMention], dt.date | None]:
    """ "April 24 and 25", "June 10-12", "10-12 June 2009": one mention per day, both in the same month
    (without a year, the article's one year for the first day when it is settled)."""
    pub = ctx.pub
    month = MONTHS[match.group("mon").casefold().rstrip(".")]
    first_day, second_day = int(match.group("d")), int(match.group("d2"))
    first = second = None
    note = None
    if match.group("y"):
        first = valid(int(match.group("y")), month, first_day)
    elif pub is not None:
        settled = ctx.day_years.get((month, first_day))
        first = valid(settled, month, first_day) if settled else day_year(pub, month, first_day, tense)
        if first is not None and settled is None:
            ctx.day_choices.append((month, first_day, first, tense))
    else:
        note = NO_PUB
    if first is not None:
        second = valid(first.year, month, second_day)
    if kind == "md_range":  # the month and the first day, then the second day (and the year)
        spans = [(match.start(), match.end("d")), (match.start("d2"), match.end())]
    else:  # the first day, then the second day with the month (and the year)
        spans = [(match.start("d"), match.end("d")), (match.start("d2"), match.end())]
    mentions = [
        DateMention(
            start=a, end=b, text=text[a:b], value=day.isoformat() if day else None, type="DATE", note=note
        )
        for (a, b), day in zip(spans, (first, second), strict=True)
    ]
    return mentions, second or first


def find_dates_in_text(
    text: str, published: str | None, tense_of: Callable[[int, int], str | None] | None = None
) -> list[DateMention]:
    """Every temporal expression of a text, in order, with its value (see the package's conventions).

    ``tense_of(start, end)`` tells whether the clause of an expression is about the past, the present
    or the future ("past", "present", "future" or None); it decides the year of a month or holiday and
    the week of a weekday named alone ("will meet on Monday" is the next Monday).
    """
    pub = parse_published(published) or dateline(text)
    mentions, ctx = _find(text, pub, tense_of, {})
    if pub is not None:
        settled = settle_day_years(ctx.day_choices, pub)
        holidays = settle_holidays(ctx.holiday_choices, pub)
        if settled or holidays:
            # one article, one year for each month-day written without one and one day for each holiday
            # named without a year: read it again with them fixed, so that what is counted from those
            # days ("two days later") follows too
            mentions, ctx = _find(text, pub, tense_of, settled, holidays)
    return mentions


def _sentence_names_year(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``text[start:end]`` names a year besides it ("last year", "a year
    ago", "in 2018")."""
    opening = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 300), start)), default=0)
    closing = SENTENCE_BREAK.search(text, end)
    sentence = text[max(opening, start - 300) : closing.start() if closing else len(text)]
    return _YEAR_WORDS.search(sentence) is not None


def _find(
    text: str,
    pub: dt.date | None,
    tense_of: Callable[[int, int], str | None] | None,
    day_years: dict[tuple[int, int], int],
    holiday_days: dict[str, dt.date] | None = None,
) -> tuple[list[DateMention], Context]:
    """One reading of a text (see ``find_dates_in_text``), with ``day_years`` fixing the year of some
    month-days written without one and ``holiday_days`` the day of some holidays named without a year;
    the mentions and what the reading established."""
    ctx = Context(pub=pub, anchor=pub, day=pub, day_years=day_years, holiday_days=holiday_days or {})
    sentence_year: tuple[int, int] | None = (
        None  # a year the sentence is set in ("In 2009, ..."), and its end
    )
    mentions: list[DateMention] = []
    kinds: list[str] = []
    for start, end, kind, match in _spans(text):
        if kind == "year_range":
            for mention in _year_range(start, match, lambda y: y):
                mentions.append(mention)
                kinds.append("year")
            continue
        if kind == "year_span":
            for mention in _year_span(match, text):
                mentions.append(mention)
                kinds.append(kind)
            continue
        tensed = kind in _TENSED or (kind == "rel_period" and match.group("unit") == "weekend")
        tense = tense_of(start, end) if tense_of is not None and tensed else None
        if tense == "prospect":  # a past clause about a prospect: a month named alone is the coming one
            tense = "future" if kind in _MONTH_ALONE else None
        before = text[max(0, start - 30) : start]
        if kind in _TENSED and (
            _FUTURE_CUE.search(before) or (tense != "past" and _WEAK_FUTURE_CUE.search(before))
        ):
            tense = "future"  # "has been extended until Friday": a present perfect runs on to it
        elif (
            kind == "rel_weekday"
            and tense != "past"
            and _FOR_DAY.search(before)
            and not _POSSESSIVE.match(text, end)
        ):
            tense = "future"  # "has called a strike for Thursday": a day something is set for
        elif kind in _TENSED and _SINCE_ONLY.search(before):
            tense = "past"  # "since January 1st": whatever the clause's verb, the date has passed
        elif tense == "perfect":
            tense = "past"
        elif (
            tense == "present"
            and kind in _PRESENT_SCHEDULE
            and not _SINCE.search(before)
            and not _last_month(match, pub)
        ):
            tense = "future"  # "the law takes effect Jan. 1", "sales start in September"
        elif kind == "rel_weekday" and _POSSESSIVE.match(text, end) and tense != "future":
            tense = "past"  # "Tuesday's vote": a day already reported ("will watch Friday's data": coming)
        if kind == "rel_weekday" and (week_tense := _in_this_week(match, text, start, pub)):
            tense = week_tense  # "plans to release this week, including sales on Thursday"
        if kind in ("md_range", "dm_range"):
            days, last = _day_range(match, kind, text, ctx, tense)
            mentions.extend(days)
            kinds.extend([kind] * len(days))
            if last is not None:
                ctx.day = ctx.anchor = last
                ctx.anchor_value = last.isoformat()
            continue
        if kind == "time":
            clock = _time_of_day(match.groupdict())
            if clock is None:
                continue
            day = ctx.day
            if ctx.day_end and len(SENTENCE_BREAK.findall(text, ctx.day_end, start)) > 2:
                day = pub  # a clock time far from the last day named ("Update at 10:20 a.m.")
            note = None if day is not None else (NO_PUB if ctx.pub is None else NO_ANCHOR)
            found = Resolved(f"{day.isoformat()}T{clock}" if day else None, "TIME", note)
        else:
            # a holiday in a sentence that names a year of its own ("was heavy last year") keeps the
            # day its clause gives, out of the article's one day for it
            ctx.own_year = kind == "holiday" and _sentence_names_year(text, start, end)
            resolved = resolve(kind, match, ctx, tense)
            if resolved is None:
                continue
            found = resolved
        if kind in ("quarter", "fiscal", "year"):
            found = quarter_of_named_year(mentions, kinds, text, start, kind, found)
        if (
            kind == "rel_period"
            and found.day is not None
            and mentions
            and kinds[-1] in DAY_KINDS
            and (named := in_period(mentions, text, start, match, found.day, ctx)) is not None
        ):
            found = found._replace(day=named)  # "Tuesday last week": the day, moved; still the anchor
        if (
            kind in _YEARLESS
            and found.value
            and sentence_year
            and not SENTENCE_BREAK.search(text, sentence_year[1], start)
        ):
            found = in_year(found, sentence_year[0], ctx)  # "In 2009, the vote was held on March 3"
        if kind == "day_part" and found.day is not None and mentions and after_night(mentions[-1], found):
            # "closed the road last night; crews worked through the morning": the morning after that night
            day = found.day + dt.timedelta(days=1)
            found = found._replace(value=day.isoformat() + (found.value or "")[10:], day=day)
        if kind == "day_word" and pub is not None and quoted_on(text, ctx, start):
            found = from_day_said(found, pub, ctx.day)  # said on Tuesday: "Today we begin" is Tuesday
        if kind in _TENSED and pub is not None and _SINCE_ONLY.search(before):
            found = not_after(found, pub)
        if kind in ("in_month", "bare_month") and mentions and kinds[-1] in _MONTH_KINDS:
            found = month_in_list(found, mentions[-1], text[mentions[-1].end : start])
        if kind == "quarter" and found.quarter is not None:
            # "the fiscal first quarter": the text numbers quarters by a fiscal year, and that quarter is
            # the one reported on, until a calendar quarter is named ("third-quarter": the next company)
            fiscal = "fiscal" in match.group(0) and not match.group("emon")
            ctx.fiscal = found.quarter if fiscal else None
            ctx.quarter = found.quarter if fiscal else ctx.quarter
        if (
            found.quarter is not None
            and ctx.fiscal is None
            and (pub is None or _quarter_closed(found.quarter, pub))
        ):
            # the quarter reported on: the latest closed one named (not the current one, nor one
            # forecast; an earlier quarter named beside it is a comparison, "after a flat second quarter")
            ctx.quarter = max(found.quarter, ctx.quarter or found.quarter)
        if found.quarter is not None:
            ctx.months = False
        elif kind == "half" or (kind == "duration" and found.value in ("P6M", "P9M")):
            ctx.months = True  # "for the nine months", "the first half": results over a longer period
        if found.day is not None and (
            kind in DAY_KINDS or (kind == "holiday" and len(found.value or "") == 10)
        ):
            ctx.day = found.day
            ctx.day_end = end
        if (
            found.type == "DATE"
            and _YEAR_VALUE.fullmatch(found.value or "")
            and year_adverb(text, start, end)
        ):
            sentence_year = (int(found.value or "0"), end)
        if found.day is not None and found.type != "DURATION" and kind in _ANCHORING:
            ctx.anchor = found.day
            ctx.anchor_value = found.value
            ctx.decade = None
        elif kind in _DECADE_KINDS and found.value and _DECADE_VALUE.fullmatch(found.value):
            ctx.decade = int(found.value)  # "in the 1970s ... a decade later": 198
        mentions.append(
            DateMention(
                start=start,
                end=end,
                text=text[start:end],
                value=found.value,
                type=found.type,
                note=found.note,
            )
        )
        kinds.append(kind)
    return merge_durations(text, merge_times(text, mentions, kinds)), ctx


def dateline(text: str) -> dt.date | None:
    """The date an article gives itself on a line of its own at its top, as Wikinews does under the title
    ("March 01, 2008", "Tuesday, 3 June 2014", "2008-03-01"): its publication date when none is given.
    Only a line that is a whole date with its year, among the first three lines that hold text."""
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()][:3]
    for line in lines:
        match = _DATELINE.fullmatch(line.casefold())
        if match is None:
            continue
        if match.group("iso"):
            return valid(int(match.group("y1")), int(match.group("m1")), int(match.group("d1")))
        year = int(match.group("y2") or match.group("y3"))
        month = month_number(match.group("mon2") or match.group("mon3"))
        return valid(year, month, int(match.group("d2") or match.group("d3")))
    return None


def find_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Temporal expressions of a parsed text, with the tense of each expression's clause from the parse."""
    text = doc.text  # spaCy builds it anew on each access
    mentions = find_dates_in_text(text, published, lambda start, end: clause_tense(doc, start, end))
    mentions = anchor_on_events(doc, text, mentions, parse_published(published) or dateline(text))
    return times_on_day_after(doc, mentions)
