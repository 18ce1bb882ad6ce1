"""The value of one recognised expression, from the publication date and what the text said before it."""

from __future__ import annotations

import datetime as dt
import re

from parallax.annotation.dates.calendar import (
    NO_ANCHOR,
    NO_PUB,
    day_year,
    duration_value,
    last_saturday,
    month_add,
    month_year,
    number,
    quarter_add,
    quarter_of,
    quarter_year,
    season_year,
    shift,
    spelled_year,
    valid,
    week,
    week_of_month,
    weekend_value,
    year_from_two,
)
from parallax.annotation.dates.context import Context, Resolved
from parallax.annotation.dates.durations import durations_and_sets
from parallax.annotation.dates.holidays import holiday_value
from parallax.annotation.dates.lexicon import (
    DAY_WORDS,
    MONTHS,
    ORDINALS,
    PARTS,
    WEEKDAYS,
    folded,
    month_number,
)

Kind = str


_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip


# "in the world today", "across America today": "today" after a place taken as a whole means nowadays
_NOWADAYS = re.compile(
    r"\b(?:in|across|throughout|around)\s+(?:(?:the|this|our|today's)\s+)?"
    r"(?:world|country|nation|society|culture|america|europe|the\s+west)\s+$"
)


# a sentence's end in the lower-cased text the patterns run on (a full stop before a word, or a line end)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"\u201c(]?[a-z])|\n")


def _same_sentence(text: str, start: int, end: int) -> bool:
    return _SENTENCE_END.search(text, start, end) is None


def _season_from(anchor: dt.date, code: str, sign: int) -> Resolved:
    """The season ``code`` next after ``anchor`` (``sign`` 1: it starts after the anchor's month) or the
    last one before it (``sign`` -1: it ended before the anchor's month); a winter runs December-February."""
    start = _SEASON_START[code]
    years = range(anchor.year - 2, anchor.year + 2)
    month_of = anchor.year * 12 + anchor.month - 1
    if sign > 0:
        year = min(y for y in years if y * 12 + start - 1 > month_of)
    else:
        year = max(y for y in years if y * 12 + start + 1 < month_of)
    return Resolved(f"{year:04d}-{code}", "DATE", None, dt.date(year, start, 1))


def _quarter_value(year: int, q: int) -> Resolved:
    return Resolved(f"{year:04d}-Q{q}", "DATE", None, dt.date(year, 3 * q - 2, 1), (year, q))


def _last_completed_quarter(pub: dt.date) -> tuple[int, int]:
    return quarter_add(*quarter_of(pub), -1)


def _days(kind: Kind, g: dict[str, str], ctx: Context, tense: str | None) -> Resolved | None:
    pub = ctx.pub
    if kind == "md_word":  # "March fifth", "the twenty-third of May"
        g = {**g, "d": str(DAY_WORDS[re.sub(r"\s+", " ", g["dw"].casefold())])}
    if kind in ("mdy", "dmy", "md", "wd_date", "md_word"):
        month = month_number(g["mon"])
        if g.get("y"):
            day = valid(int(g["y"]), month, int(g["d"]))
            return Resolved(day.isoformat() if day else None, "DATE", None, day)
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        settled = ctx.day_years.get((month, int(g["d"]))) if kind != "wd_date" else None
        if settled is not None:  # the article's one year for this month-day
            day = valid(settled, month, int(g["d"]))
            return Resolved(day.isoformat() if day else None, "DATE", None, day)
        day = day_year(pub, month, int(g["d"]), tense)
        if day is not None and kind != "wd_date":
            ctx.day_choices.append((month, day.day, day, tense))
        if kind == "wd_date" and day is not None and day.weekday() != WEEKDAYS[g["wd"].casefold()]:
            # the weekday decides between the candidate years
            for k in (-1, 1):
                other = valid(pub.year + k, month, int(g["d"]))
                if other is not None and other.weekday() == WEEKDAYS[g["wd"].casefold()]:
                    day = other
        return Resolved(day.isoformat() if day else None, "DATE", None, day)
    if kind == "rel_weekday":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        target = WEEKDAYS[g["wd"].casefold()]
        rel = folded(g.get("rel"))
        back = (pub.weekday() - target) % 7
        if rel in ("next", "this coming"):
            day = pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7)
        elif rel == "last" and back == 0:
            day = pub - dt.timedelta(days=7)
        elif rel == "this" and target > pub.weekday():
            day = pub + dt.timedelta(days=target - pub.weekday())
        elif rel in ("", "on", "early", "late") and tense in ("future", "present"):
            day = pub + dt.timedelta(days=(target - pub.weekday()) % 7)
        else:
            day = pub - dt.timedelta(days=back)
        part = g.get("part", "").strip().casefold()
        if part:
            return Resolved(f"{day.isoformat()}T{PARTS[part]}", "TIME", None, day)
        return Resolved(day.isoformat(), "DATE", None, day)
    if kind == "day_word":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        word = folded(g["word"])
        shift_by = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(
            word.split()[-1] if word.startswith("the") else word, 0
        )
        day = pub + dt.timedelta(
            days=shift_by * (2 if word.startswith("the day") else 1)
        )  # "the day before yesterday"
        if word in ("tonight", "last night"):
            return Resolved(f"{day.isoformat()}TNI", "TIME", None, day)
        if g.get("part"):  # "yesterday afternoon", "tomorrow night"
            return Resolved(f"{day.isoformat()}T{PARTS[g['part'].casefold()]}", "TIME", None, day)
        if word.startswith("this "):
            return Resolved(f"{day.isoformat()}T{PARTS[word.split()[1]]}", "TIME", None, day)
        return Resolved(day.isoformat(), "DATE", None, day)
    if kind == "anchor_day":
        if ctx.day is None:
            return Resolved(None, "DATE", NO_ANCHOR)
        return Resolved(ctx.day.isoformat(), "DATE", None, ctx.day)
    if kind == "day_ordinal":  # "on the 25th": in the month of the last day named, else around publication
        if ctx.day is None or pub is None:
            return Resolved(None, "DATE", NO_PUB)
        base, d = ctx.day, int(g["d"])
        year, month = base.year, base.month
        if base == pub and d > pub.day and tense != "future":
            year, month = month_add(year, month, -1)
        elif base == pub and d < pub.day and tense == "future":
            year, month = month_add(year, month, 1)
        day = valid(year, month, d)
        return Resolved(day.isoformat() if day else None, "DATE", None, day)
    if kind == "day_part":  # "in the morning": the day being told
        if ctx.day is None:
            return Resolved(None, "TIME", NO_PUB)
        return Resolved(f"{ctx.day.isoformat()}T{PARTS[g['part'].casefold()]}", "TIME", None, ctx.day)
    if kind == "anchor_part":  # "that night", "later that morning": a part of the day being told
        if ctx.day is None:
            return Resolved(None, "TIME", NO_ANCHOR)
        return Resolved(f"{ctx.day.isoformat()}T{PARTS[g['part'].casefold()]}", "TIME", None, ctx.day)
    if kind == "anchor_then":  # "until then", "by that time": the last date named, if any besides publication
        if ctx.anchor_value is None:
            return None
        return Resolved(ctx.anchor_value, "DATE", None, ctx.anchor)
    if kind == "holiday":
        return holiday_value(g, ctx, tense)
    if kind in ("weekend",):
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        saturday = last_saturday(pub)
        future = tense == "future" and saturday < pub - dt.timedelta(days=1)
        saturday = saturday + dt.timedelta(days=7) if future else saturday
        return Resolved(weekend_value(saturday), "DATE", None, saturday)
    return None


def _months(kind: Kind, g: dict[str, str], ctx: Context, tense: str | None) -> Resolved | None:
    pub = ctx.pub
    if kind == "my":
        month = month_number(g["mon"])
        return Resolved(f"{int(g['y']):04d}-{month:02d}", "DATE", None, dt.date(int(g["y"]), month, 1))
    if kind in ("rel_month", "in_month", "month_rel_year", "bare_month"):
        month = month_number(g["mon"])
        rel = folded(g.get("rel"))
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        if kind == "month_rel_year":
            year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
        elif rel in ("last", "this past"):
            year = pub.year if month < pub.month else pub.year - 1
        elif rel in ("next", "this coming"):
            year = pub.year if month > pub.month else pub.year + 1
        elif rel in ("this", "earlier this", "later this"):
            year = pub.year
        else:
            year = month_year(pub, month, tense)
        return Resolved(f"{year:04d}-{month:02d}", "DATE", None, dt.date(year, month, 1))
    if kind == "spelled_my":
        year = spelled_year(g["a"], g["b"])
        if g.get("mon"):
            month = month_number(g["mon"])
            return Resolved(f"{year:04d}-{month:02d}", "DATE", None, dt.date(year, month, 1))
        code = _SEASONS[g["season"].casefold()]
        return Resolved(f"{year:04d}-{code}", "DATE", None, dt.date(year, _SEASON_START[code], 1))
    if kind == "season":
        code = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[
            g["season"].casefold()
        ]
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if g.get("y"):
            year = int(g["y"])
        elif pub is None:
            return Resolved(None, "DATE", NO_PUB)
        elif g.get("yrel"):  # "the spring of last year"
            year = pub.year + {"last": -1, "next": 1}.get(folded(g["yrel"]), 0)
        else:
            year = season_year(pub, start_month, folded(g.get("rel")), tense)
        return Resolved(f"{year:04d}-{code}", "DATE", None, dt.date(year, start_month, 1))
    if kind == "end_of":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        unit = (g.get("unit") or g.get("unit2") or "year").casefold()
        if tense == "past" and folded(g.get("rel")) == "the" and ctx.anchor_value and ctx.anchor is not None:
            # "closed in March 2008; by the end of the month it was sold": the unit of the date being told
            told, _ = shift(ctx.anchor, 0, unit, 1)
            now, _ = shift(pub, 0, unit, 1)
            if unit == "decade":  # "opened in 1975, and by the end of the decade ...": the 1970s
                told, now = f"{ctx.anchor.year // 10:03d}", f"{pub.year // 10:03d}"
            if told != now and ctx.anchor < pub:
                return Resolved(told, "DATE", None, None)
        if unit == "month":
            return Resolved(f"{pub.year:04d}-{pub.month:02d}", "DATE", None, None)
        if unit == "week":
            return Resolved(week(pub), "DATE", None, None)
        if unit == "decade":  # "by the end of the decade": the decade of publication (TIMEX3 ``201``)
            return Resolved(f"{pub.year // 10:03d}", "DATE", None, None)
        return Resolved(f"{pub.year:04d}", "DATE", None, None)
    return None


def _quarters(kind: Kind, g: dict[str, str], ctx: Context, tense: str | None) -> Resolved | None:
    pub = ctx.pub
    if kind == "half_abbr":
        year = int(g["y"])
        return Resolved(f"{year:04d}-H{g['h']}", "DATE", None, dt.date(year, 1 if g["h"] == "1" else 7, 1))
    if kind in ("month_quarter", "week_of_month"):
        month = MONTHS[folded(g["mon"]).rstrip(".")]
        if not g.get("y") and pub is None:
            return Resolved(None, "DATE", NO_PUB)
        if g.get("y"):
            year = int(g["y"])
        elif kind == "month_quarter" and pub is not None:
            # the quarter under way, or the coming one in a future clause, else the latest one ended
            end = 3 * ((month - 1) // 3 + 1)
            if end - 3 < pub.month <= end:
                year = pub.year
            elif tense == "future":
                year = pub.year if end > pub.month else pub.year + 1
            else:
                year = pub.year if end < pub.month else pub.year - 1
        else:
            year = month_year(pub, month, tense) if pub else 0
        if kind == "week_of_month":
            return Resolved(
                week_of_month(year, month, folded(g["ord"])), "DATE", None, dt.date(year, month, 1)
            )
        return _quarter_value(year, (month - 1) // 3 + 1)
    if kind in ("quarter", "quarter_rel") and g.get("emon") and (pub is not None or g.get("y")):
        # "the quarter ended Sept. 30", in the past: a fiscal quarter named by its ordinal keeps it ("the
        # fourth quarter ended Aug. 26" is Q4 of the year it ends in); else the calendar quarter that
        # holds most of its three months ("the quarter ended July 31", May to July, is Q2)
        month = month_number(g["emon"])
        year = (
            int(g["y"])
            if g.get("y")
            else (pub.year if pub and month <= pub.month else (pub.year - 1 if pub else 0))
        )
        named = _QUARTER_WORDS.get((g.get("q") or "").casefold())
        if named:
            return _quarter_value(year, named)
        if ctx.fiscal is not None:  # "the quarter ended Sept. 29" after "the fiscal first quarter": that one
            return _quarter_value(year, ctx.fiscal[1])
        middle_year, middle = month_add(year, month, -1)
        return _quarter_value(middle_year, (middle - 1) // 3 + 1)
    if kind == "year_quarter":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        year = pub.year + {"last": -1, "next": 1}.get(folded(g["rel"]), 0)
        named = _QUARTER_WORDS.get((g.get("q") or "").casefold())
        return _quarter_value(year, named or (ctx.quarter or _last_completed_quarter(pub))[1])
    if kind == "quarter_abbr":  # "Q3 2008", "3Q08", "Q4"
        q = int(g.get("q") or g["q2"])
        yy = g.get("yy") or g.get("yy2")
        given = int(g["y"]) if g.get("y") else (year_from_two(pub, int(yy)) if yy else None)
        if given is not None:
            return _quarter_value(given, q)
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        return _quarter_value(quarter_year(pub, q, tense), q)
    if kind == "quarter":
        word = g["q"].casefold()
        rel = folded(g.get("rel"))
        if g.get("y"):
            return _quarter_value(int(g["y"]), _QUARTER_WORDS.get(word, 4))
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        if rel:
            return _quarter_value(pub.year + {"last": -1, "next": 1}.get(rel, 0), _QUARTER_WORDS.get(word, 4))
        if word in ("last", "final"):
            return _quarter_value(*_last_completed_quarter(pub))
        q = _QUARTER_WORDS[word]
        return _quarter_value(quarter_year(pub, q, tense), q)
    if kind == "quarter_rel":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        rel = folded(g["rel"])
        if rel in ("this", "the current"):
            return _quarter_value(*quarter_of(pub))
        if rel in ("last", "the last", "the previous", "the past", "the prior"):
            return _quarter_value(*_last_completed_quarter(pub))
        if rel in ("next", "the next", "the coming"):
            return _quarter_value(*quarter_add(*quarter_of(pub), 1))
        return _quarter_value(*(ctx.quarter or _last_completed_quarter(pub)))
    if kind == "quarter_of_year":
        named = _QUARTER_WORDS.get((g.get("q") or "").casefold()) or (ctx.quarter[1] if ctx.quarter else None)
        if named is None:
            return Resolved(g["y"], "DATE", None, dt.date(int(g["y"]), 1, 1))
        return _quarter_value(int(g["y"]), named)
    if kind == "quarter_ago":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        unit = (g.get("unit") or "").casefold()
        if g.get("q"):
            base = ctx.quarter or _last_completed_quarter(pub)
            return _quarter_value(base[0] - 1, _QUARTER_WORDS.get(g["q"].casefold(), 4))
        if unit == "month" and ctx.anchor is not None:
            y, m = month_add(ctx.anchor.year, ctx.anchor.month, -12)
            return Resolved(f"{y:04d}-{m:02d}", "DATE", None, None)
        if (ctx.quarter is not None and not ctx.months) or unit in ("quarter", "period"):
            base = ctx.quarter or _last_completed_quarter(pub)
            return Resolved(f"{base[0] - 1:04d}-Q{base[1]}", "DATE", None, None)
        year = (ctx.quarter[0] if ctx.quarter else (ctx.anchor or pub).year) - 1
        return Resolved(f"{year:04d}", "DATE", None, None)
    if kind == "half":
        word = g["h"].casefold()
        h = 1 if word in ("first", "1st") else 2
        if g.get("y"):
            return Resolved(f"{int(g['y']):04d}-H{h}", "DATE", None, dt.date(int(g["y"]), 1 + 6 * (h - 1), 1))
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        current = 1 if pub.month <= 6 else 2  # "first-half profit": the latest such half, or the coming one
        year = pub.year - 1 if g.get("adj") and h > current and tense != "future" else pub.year
        year += {"next": 1, "last": -1}.get(folded(g.get("rel")), 0)  # "the second half of next year"
        return Resolved(f"{year:04d}-H{h}", "DATE", None, None)
    return None


def _years(kind: Kind, g: dict[str, str], ctx: Context) -> Resolved | None:
    pub = ctx.pub
    if kind in ("year", "fiscal", "year2"):
        raw = g["y"]
        year = int(raw) if len(raw) == 4 else year_from_two(pub, int(raw))
        if year is None:
            return Resolved(None, "DATE", NO_PUB)
        return Resolved(f"{year:04d}", "DATE", None, dt.date(year, 1, 1))
    if kind == "spelled_year":
        a, b = folded(g["a"]), folded(g.get("b"))
        return Resolved(f"{spelled_year(a, b):04d}", "DATE", None, None)
    if kind in ("year_phrase", "end_of_year", "anchor_year"):
        rel = folded(g.get("rel"))
        if kind == "anchor_year":
            base = ctx.anchor
            if base is None:
                return Resolved(None, "DATE", NO_ANCHOR)
            year = base.year - (1 if rel in ("before", "previous", "earlier") else 0)
            return Resolved(f"{year:04d}", "DATE", None, None)
        if rel in ("full", "entire", "whole") and kind == "year_phrase" and pub is not None:
            year = ctx.quarter[0] if ctx.quarter is not None else pub.year  # the year reported on
            return Resolved(f"{year:04d}", "DATE", None, None)
        if rel in ("full", "entire", "whole", "") and kind == "year_phrase" and ctx.anchor is not None:
            return Resolved(f"{ctx.anchor.year:04d}", "DATE", None, None)  # the year the text speaks of
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        return Resolved(f"{pub.year:04d}", "DATE", None, None)
    if kind == "century":
        word = folded(g["c"]).replace("-", " ")
        c = (
            int(word[:-2])
            if word[:1].isdigit()
            else ORDINALS.get(word, ORDINALS.get(word.replace(" ", "-"), 0))
        )
        return Resolved(f"{c - 1:02d}", "DATE", None, None) if c else None
    if kind == "century_rel":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        delta = {"this": 0, "the current": 0, "the next": 1}.get(folded(g["rel"]), -1)
        return Resolved(f"{pub.year // 100 + delta:02d}", "DATE", None, None)
    if kind == "decade":
        if g["y"].endswith("0") and g["y"] < "200":  # "the 1800s": the century, not its first decade
            return Resolved(g["y"][:2], "DATE", None, None)
        return Resolved(g["y"], "DATE", None, None)
    if kind == "decade_spelled":  # "the nineteen-eighties"
        return Resolved(
            f"{19 if folded(g['a']) == 'nineteen' else 20}{_DECADE_WORDS[g['word'].casefold()]}", "DATE"
        )
    if kind == "decade2":
        digit = int(g["yy"]) if g.get("yy") else _DECADE_WORDS[g["word"].casefold()]
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        start = (pub.year // 100) * 100 + digit * 10
        if start > pub.year:
            start -= 100
        return Resolved(f"{start // 10:03d}", "DATE", None, None)
    if kind == "decade_rel":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        delta = {"this": 0, "the current": 0, "the next": 1}.get(folded(g["rel"]), -1)
        return Resolved(f"{pub.year // 10 + delta:03d}", "DATE", None, None)
    return None


def _relative(
    kind: Kind, m: re.Match[str], g: dict[str, str], ctx: Context, tense: str | None = None
) -> Resolved | None:
    pub = ctx.pub
    if kind == "rel_period":
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        rel, unit = folded(g["rel"]), g["unit"].casefold()
        if unit == "decade" and rel not in ("past", "the past"):
            delta = 0 if rel == "this" else (1 if rel == "next" else -1)
            return Resolved(f"{pub.year // 10 + delta:03d}", "DATE", None, None)
        if rel in ("past", "the past") and unit == "year":
            return Resolved(f"{pub.year - 1:04d}", "DATE", None, dt.date(pub.year - 1, 1, 1))
        if rel in ("past", "the past") and unit != "weekend":
            return Resolved(duration_value(1, unit), "DURATION")
        sign = (
            -1
            if rel in ("last", "previous", "the last", "the previous")
            else (1 if rel in ("next", "the coming") else 0)
        )
        if unit == "weekend":
            saturday = last_saturday(pub)
            # "this weekend" told as still ahead, early in the week ("the vote is this weekend"): the coming one
            ahead = sign == 0 and tense in ("future", "present") and pub.weekday() <= 3
            saturday = saturday + dt.timedelta(days=7) if sign > 0 or ahead else saturday
            return Resolved(weekend_value(saturday), "DATE", None, saturday)
        value, day = shift(pub, 1, unit, sign) if sign else shift(pub, 0, unit, 1)
        return Resolved(value, "DATE", None, day)
    if kind == "offset":
        n = number(g["n"])
        direction = folded(g["dir"])
        if n is None:
            if direction in ("ago", "previously"):
                return Resolved("PAST_REF", "DATE")
            if direction in ("from now", "from today", "hence"):
                return Resolved("FUTURE_REF", "DATE")
            return Resolved(None, "DATE", "vague amount of time")
        if g.get("frac"):  # "half a century ago": half of one unit
            n /= 2
        elif "half" in m.group(0).casefold():  # "two and a half years ago"
            n += 0.5
        if direction in ("ago", "previously", "from now", "from today", "hence"):
            base, sign = pub, (1 if direction in ("from now", "from today", "hence") else -1)
        else:
            base, sign = ctx.anchor, (1 if direction in ("later", "after") else -1)
        if base is None:
            return Resolved(None, "DATE", NO_PUB if base is pub else NO_ANCHOR)
        unit = g["unit"].casefold().rstrip("s")
        if (
            unit == "year"
            and n == 1
            and ctx.quarter is not None
            and direction in ("ago", "earlier", "before")
        ):
            # a year before the period reported on: that quarter, or the year for "the nine months"
            if ctx.months:
                return Resolved(f"{ctx.quarter[0] - 1:04d}", "DATE")
            return Resolved(f"{ctx.quarter[0] - 1:04d}-Q{ctx.quarter[1]}", "DATE")
        if base is ctx.anchor and ctx.decade is not None:
            # counted from a decade ("in the 1970s ... a decade later"): only whole decades have a value
            if unit != "decade" or n != int(n):
                return Resolved(None, "DATE", NO_ANCHOR)
            return Resolved(f"{ctx.decade + sign * int(n):03d}", "DATE")
        value, day = shift(base, n, unit, sign)
        if unit in ("week", "fortnight") and n * (2 if unit == "fortnight" else 1) <= 2:
            value = (
                day.isoformat()
            )  # "two weeks ago": the day, as news reckons it ("six weeks ago": the week)
        return Resolved(value, "DATE", None, day)
    if kind == "streak":  # "a third straight day", "their best week since 2009": the current one
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        unit = g["unit"].casefold()
        if unit == "quarter":
            return Resolved("{}-Q{}".format(*quarter_of(pub)), "DATE")
        # "fell on Friday, its worst day since August": the day its own sentence names, else the current one
        told = ctx.day if ctx.day is not None and ctx.day_end and _same_sentence(m.string, ctx.day_end, m.start()) else pub
        value, _ = shift(told, 0, "day" if unit == "session" else unit, 1)
        return Resolved(value, "DATE")
    if kind in ("future_core", "past_ref"):
        return Resolved("FUTURE_REF" if kind == "future_core" else "PAST_REF", "DATE")
    if kind == "anchor_unit":  # "earlier in the week": the week (or month) of the day being told
        if ctx.day is None:
            return Resolved(None, "DATE", NO_PUB)
        value, _ = shift(ctx.day, 0, g["unit"], 1)
        return Resolved(value, "DATE")
    if kind == "before_last":  # "the year before last": two years back from publication
        if pub is None:
            return Resolved(None, "DATE", NO_PUB)
        value, day = shift(pub, 2, g["unit"], -1)
        return Resolved(value, "DATE", None, day)
    if kind == "anchor_that":  # "later that month", "that summer": the unit of the last date named
        if ctx.anchor is None:
            return Resolved(None, "DATE", NO_PUB)
        if g.get("season"):
            code = _SEASONS[g["season"].casefold()]
            return Resolved(f"{ctx.anchor.year:04d}-{code}", "DATE")
        if g.get("month"):  # "closed that December": the month of the year of the last date named
            return Resolved(f"{ctx.anchor.year:04d}-{month_number(g['month']):02d}", "DATE")
        value, _ = shift(ctx.anchor, 0, g["unit"], 1)
        return Resolved(value, "DATE")
    if kind == "anchor_rel":
        if ctx.anchor is None:
            return Resolved(None, "DATE", NO_ANCHOR)
        sign = 1 if g["rel"].casefold() in ("next", "following", "after", "later") else -1
        if g.get("season"):  # "the following spring": the first one after the date named (before it)
            return _season_from(ctx.anchor, _SEASONS[g["season"].casefold()], sign)
        unit = g["unit"].casefold()
        if unit in ("weekend", "weekday"):  # "every weekend"
            return Resolved("XXXX-WXX-WE" if unit == "weekend" else "XXXX-WXX-WD", "SET")
        if unit in PARTS:
            day = ctx.anchor + dt.timedelta(days=sign)
            return Resolved(f"{day.isoformat()}T{PARTS[unit]}", "TIME", None, day)
        value, day = shift(ctx.anchor, 1, unit, sign)
        return Resolved(value, "DATE", None, day)
    return None


def resolve(kind: Kind, m: re.Match[str], ctx: Context, tense: str | None = None) -> Resolved | None:
    """The value of one match; None when the match turns out not to be a temporal expression."""
    g = {k: (v or "") for k, v in m.groupdict().items()}
    if kind == "iso":
        day = valid(int(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved(day.isoformat() if day else None, "DATE", None, day)
    if kind == "numeric_date":
        a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
        if a > 12 and b <= 12:  # day first (25/12/2019)
            day = valid(year, b, a)
        elif b > 12 and a <= 12:  # month first (12/25/2019)
            day = valid(year, a, b)
        else:  # 05/12/2019: the order is not shown; only the year is certain
            return Resolved(f"{year:04d}", "DATE", "day and month order unknown", dt.date(year, 1, 1))
        return Resolved(day.isoformat() if day else None, "DATE", None, day)
    nowadays = kind == "day_word" and g["word"].strip() == "today"  # "happening in the world today"
    if nowadays and _NOWADAYS.search(m.string, max(0, m.start() - 40), m.start()):
        return Resolved("PRESENT_REF", "DATE")
    for step in (_days, _months, _quarters):
        found = step(kind, g, ctx, tense)
        if found is not None:
            return found
    found = _years(kind, g, ctx) or _relative(kind, m, g, ctx, tense)
    if found is not None:
        return found
    other = durations_and_sets(kind, g)
    return Resolved(*other) if other is not None else None
