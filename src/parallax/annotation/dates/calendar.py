"""Calendar arithmetic for the date resolver: weeks, months, quarters, seasons and numbers in words."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from parallax.annotation.dates.lexicon import ONES, TEENS, TENS, VAGUE
from parallax.annotation.dates.lexicon import folded as _folded

NO_PUB = "no publication date to resolve against"
NO_ANCHOR = "no earlier date in the text to count from"


def week(day: dt.date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year}-W{number:02d}"


def month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def quarter_add(year: int, q: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (q - 1) + delta
    return index // 4, index % 4 + 1


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def number(text: str) -> float | None:
    """A count written in digits or words ("12", "twenty-four", "a couple of", "2 1/2"); None when vague."""
    text = re.sub(r"\s+", " ", text.casefold().replace("-", " ")).strip()
    if text in VAGUE or text in ("few", "a number of"):
        return None
    if text in ("a", "an", "one"):
        return 1.0
    if text.startswith("a couple") or text.startswith("couple"):
        return 2.0
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?: 1/2)?", text):
        text = text.replace(",", "")  # "1,500 days": digits grouped by thousands
    half = 0.0
    if text.endswith(" 1/2"):
        text, half = text[:-4], 0.5
    try:
        return float(text) + half
    except ValueError:
        pass
    total = 0
    words = text.split()
    if words and words[-1] in ("hundred", "thousand"):  # "three hundred years", "two thousand years"
        scale = 100 if words[-1] == "hundred" else 1000
        words = words[:-1]
    else:
        scale = 1
    for word in words:
        if word in ("a", "an"):
            total += 1
        elif word in ONES:
            total += ONES[word]
        elif word in TEENS:
            total += TEENS[word]
        elif word in TENS:
            total += TENS[word]
        else:
            return None
    return float((total or 1) * scale) if words or scale > 1 else None


def shift(anchor: dt.date, n: float, unit: str, sign: int) -> tuple[str, dt.date]:
    """The value (at the unit's granularity) and the day of ``anchor`` moved by ``n`` units."""
    unit = unit.casefold().rstrip("s").replace("centurie", "century")
    if unit in ("second", "minute", "hour"):
        moved = dt.datetime.combine(anchor, dt.time(12)) + sign * dt.timedelta(**{unit + "s": n})
        return moved.date().isoformat(), moved.date()
    if unit == "day":
        day = anchor + dt.timedelta(days=sign * n)
        return day.isoformat(), day
    if unit in ("week", "fortnight"):
        day = anchor + dt.timedelta(days=sign * (14 if unit == "fortnight" else 7) * n)
        return week(day), day
    if unit in ("month", "quarter"):
        months = n * (3 if unit == "quarter" else 1)
        if months != int(months):  # "two and a half months ago": counted in days, told as the month
            day = anchor + dt.timedelta(days=round(sign * months * 30.4))
            return f"{day.year:04d}-{day.month:02d}", day
        y, m = month_add(anchor.year, anchor.month, int(sign * months))
        return f"{y:04d}-{m:02d}", dt.date(y, m, 1)
    if unit == "year" and n != int(n) and (n * 12).is_integer():
        # "a year and a half ago", "2.5 years ago": counted in months, told as the month
        y, m = month_add(anchor.year, anchor.month, int(sign * n * 12))
        return f"{y:04d}-{m:02d}", dt.date(y, m, 1)
    years = {"decade": 10, "century": 100}.get(unit, 1)
    y = anchor.year + sign * int(n * years)
    return f"{y:04d}", dt.date(y, 1, 1)


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration ("P3Y", "PT5H30M", "P2Y6M", "PXW", "P10Y" for a decade)."""
    from parallax.annotation.dates.lexicon import UNITS

    unit = unit.casefold().rstrip("s").replace("centurie", "century")
    code, timed = UNITS[unit]
    prefix = "PT" if timed else "P"
    if n is None:
        return "PXY" if unit == "decade" else f"{prefix}X{code}"  # "decades": some years, as P10Y is one
    if unit == "fortnight":
        n *= 2
    if unit in ("decade", "century"):
        return f"P{n * (10 if unit == 'decade' else 100):g}Y"
    whole, frac = int(n), n - int(n)
    smaller = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24), "M": ("D", 30), "W": ("D", 7)}.get(code)
    if timed and code == "M":
        smaller = ("S", 60)  # "a minute and a half": PT1M30S
    if frac and smaller and (frac * smaller[1]).is_integer():
        part = int(frac * smaller[1])
        if code == "D":
            return f"P{whole}DT{part}H" if whole else f"PT{part}H"
        return f"{prefix}{whole}{code}{part}{smaller[0]}" if whole else f"{prefix}{part}{smaller[0]}"
    return f"{prefix}{n:g}{code}"


def nearest_year(pub: dt.date, month: int) -> int:
    """The year that puts ``month`` nearest the publication month (ties and up to 6 months back: the past)."""
    delta = month - pub.month
    if delta > 5:
        return pub.year - 1
    if delta < -6:
        return pub.year + 1
    return pub.year


def month_year(pub: dt.date, month: int, tense: str | None) -> int:
    """The year of a month named without one, by the tense of its clause when known, else the nearest.

    A past clause about the month after the publication month is taken as the coming one (news names
    last year's months with their year).
    """
    if tense == "past":
        year = pub.year if month <= pub.month else pub.year - 1
        ahead = (month - pub.month) % 12
        if ahead == 1:
            return pub.year + (1 if month < pub.month else 0)
        return year
    if tense == "future":
        return pub.year if month >= pub.month else pub.year + 1
    return nearest_year(pub, month)


def day_year(pub: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    """A day of the year without a year: by tense (a past day over eight months back that comes within
    two months is the coming one), else the past one unless the coming one is less than half as far."""
    candidates = [d for d in (valid(pub.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if not candidates:
        return None
    past = max((d for d in candidates if d <= pub), default=None)
    coming = min((d for d in candidates if d >= pub), default=None)
    if tense == "future" and coming is not None:
        if past is not None and (coming - pub).days > 300 and (pub - past).days <= 31:
            return past  # "by Jan. 14", published on Jan. 15: a deadline just passed
        return coming
    if tense == "past" and past is not None:
        if coming is not None and (pub - past).days > 240 and (coming - pub).days <= 62:
            return coming
        return past
    if past is not None and coming is not None:
        # news names past days more than coming ones: the coming day only when it is much nearer
        return coming if 2 * (coming - pub).days < (pub - past).days else past
    return min(candidates, key=lambda d: (abs((d - pub).days), d > pub))


# Holidays on the n-th weekday of a month (n = -1: the last one): (month, weekday, n); United States usage.
_NTH_WEEKDAY_HOLIDAYS = {
    "mother": (5, 6, 2), "father": (6, 6, 3), "memorial": (5, 0, -1), "labor": (9, 0, 1), "labour": (9, 0, 1),
    "columbus": (10, 0, 2), "martin": (1, 0, 3), "mlk": (1, 0, 3), "president": (2, 0, 3),
}  # fmt: skip
_FIXED_HOLIDAYS = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "halloween": (10, 31), "valentine's day": (2, 14),
    "valentine": (2, 14), "st": (3, 17), "veterans": (11, 11), "independence": (7, 4), "new": (1, 1),
    # national days kept on one date every year
    "bastille day": (7, 14), "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
    "remembrance day": (11, 11), "armistice day": (11, 11), "juneteenth": (6, 19), "groundhog day": (2, 2),
}  # fmt: skip


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n = -1`` is the last one."""
    if n < 0:
        last = dt.date(*month_add(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday_day(name: str, year: int) -> dt.date | None:
    """The day of a named holiday in ``year`` (fixed ones; Thanksgiving, the fourth Thursday of November;
    Election Day, the Tuesday after the first Monday of November; Inauguration Day, January 20 of the
    year after a presidential election; Mother's Day, Memorial Day, Labor Day
    and the other holidays on the n-th weekday of a month, as the United States keeps them)."""
    if name.startswith(("thanksgiving", "black", "cyber")):  # Black Friday and Cyber Monday follow it
        first = dt.date(year, 11, 1)
        thanksgiving = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thanksgiving + dt.timedelta(
            days=1 if name.startswith("black") else 4 if name.startswith("cyber") else 0
        )
    if name.startswith(
        "election"
    ):  # the United States' general election: the Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    if name.startswith("inauguration"):  # the United States' presidential one: Jan. 20 after an election year
        return dt.date(year, 1, 20) if year % 4 == 1 else None
    if name.startswith("easter") or name == "good friday":
        return easter(year) + dt.timedelta(days={"easter monday": 1, "good friday": -2}.get(name, 0))
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    head = re.split(r"[\s'\u2019.]", name, maxsplit=1)[0]
    for word in (head, head.removesuffix("s")):  # "Mothers Day", "Presidents' Day"
        if word in _NTH_WEEKDAY_HOLIDAYS:
            return nth_weekday(year, *_NTH_WEEKDAY_HOLIDAYS[word])
        if word in _FIXED_HOLIDAYS:
            month, day = _FIXED_HOLIDAYS[word]
            return dt.date(year, month, day)
    return None


def easter(year: int) -> dt.date:
    """Easter Sunday of a year (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def last_saturday(pub: dt.date) -> dt.date:
    return pub - dt.timedelta(days=(pub.weekday() - 5) % 7)


def weekend_value(saturday: dt.date) -> str:
    year, number, _ = saturday.isocalendar()
    return f"{year}-W{number:02d}-WE"


def season_year(pub: dt.date, start_month: int, rel: str, tense: str | None) -> int:
    """The year of a season named without one (a winter is the year of its December)."""
    starts = [dt.date(y, start_month, 1) for y in range(pub.year - 2, pub.year + 2)]
    ends = [valid(*month_add(d.year, d.month, 3), 1) or d for d in starts]
    current = next((d for d, e in zip(starts, ends, strict=True) if d <= pub < e), None)
    if rel in ("this", "its", "their"):
        if current is not None:
            return current.year
        if tense == "past":  # "approved this spring", published in November: the spring gone by
            return max(d for d in starts if d <= pub).year
        if tense == "future":
            return min(d for d in starts if d > pub).year
        return min(starts, key=lambda d: abs((d - pub).days)).year
    if rel in ("last", "this past"):
        return max(d for d, e in zip(starts, ends, strict=True) if e <= pub).year
    if rel in ("next", "this coming") or (tense == "future" and current is None):
        return min(d for d in starts if d > pub).year
    if current is not None:
        return current.year
    return max(d for d in starts if d <= pub).year


def week_of_month(year: int, month: int, ordinal: str) -> str | None:
    """ "The first week of April", "the last week of March": the ISO weeks whose Thursday falls in the
    month, counted from the start or (last, final) the end."""
    first = dt.date(year, month, 1)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    thursdays = []
    while thursday.month == month:
        thursdays.append(thursday)
        thursday += dt.timedelta(days=7)
    index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}.get(ordinal)
    if index is None or index >= len(thursdays):
        return None
    iso_year, number, _ = thursdays[index].isocalendar()
    return f"{iso_year}-W{number:02d}"


def quarter_year(pub: dt.date, q: int, tense: str | None) -> int:
    """The year of a quarter named without one: the latest one begun; in a future clause the quarter just
    closed (its results are still to come: "expects to report a third-quarter loss", in October) or else
    the next one to come ("the deal will close in the first quarter", in October: next year's)."""
    current = quarter_of(pub)[1]
    # the quarter just closed is still reported on in the first two months of the next one; later in
    # it a future clause about that quarter's name is about the coming one ("to close in the fourth quarter")
    just_closed = q == (current - 2) % 4 + 1 and (pub.month - 1) % 3 < 2
    if tense == "future" and not just_closed:
        return pub.year if q >= current else pub.year + 1
    return pub.year if q <= current else pub.year - 1


def settle_day_years(
    choices: Sequence[tuple[int, int, dt.date, str | None]], pub: dt.date
) -> dict[tuple[int, int], int]:
    """One year per month-day written without one ("June 25") in an article whose mentions of it were
    given different years: the year most of the mentions in a clearly past or future clause point to,
    else (no such clause, or as many each way) the year that puts the day nearest the publication date.

    ``choices`` holds each such mention as (month, day, the day chosen for it, the tense of its clause);
    only the month-days given more than one year are returned."""
    by_key: dict[tuple[int, int], list[tuple[dt.date, str | None]]] = {}
    for month, day, chosen, tense in choices:
        by_key.setdefault((month, day), []).append((chosen, tense))
    settled: dict[tuple[int, int], int] = {}
    for key, found in by_key.items():
        years = {chosen.year for chosen, _ in found}
        if len(years) < 2:
            continue
        votes = Counter(chosen.year for chosen, tense in found if tense in ("past", "future"))
        ranked = votes.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            settled[key] = ranked[0][0]
        else:
            nearest = min((chosen for chosen, _ in found), key=lambda d: (abs((d - pub).days), d > pub))
            settled[key] = nearest.year
    return settled


def settle_holidays(choices: Sequence[tuple[str, dt.date]], pub: dt.date) -> dict[str, dt.date]:
    """One day per holiday named without a year ("Black Friday") in an article whose mentions of it were
    given different days (a past tense about the prices "dropped to Black Friday levels" beside "Black
    Friday is approaching"): the day nearest the publication date (as far each way: the past one). An
    article names one Black Friday; the tense of a clause about the sales says little about which.
    Only the holidays given more than one day are returned."""
    by_name: dict[str, set[dt.date]] = {}
    for name, day in choices:
        by_name.setdefault(name, set()).add(day)
    return {
        name: min(days, key=lambda d: (abs((d - pub).days), d > pub))
        for name, days in by_name.items()
        if len(days) > 1
    }


def year_from_two(pub: dt.date | None, yy: int) -> int | None:
    """A two-digit year in the century that puts it nearest the publication year (None without one)."""
    if pub is None:
        return None
    candidates = [c * 100 + yy for c in (pub.year // 100 - 1, pub.year // 100, pub.year // 100 + 1)]
    return min(candidates, key=lambda y: abs(y - pub.year))


def spelled_year(first: str, rest: str) -> int:
    """A year in words: "nineteen" / "twenty" / "two thousand" and the rest ("ninety-six", "hundred", "ten")."""
    a, b = _folded(first), _folded(rest)
    if a == "two thousand":
        return 2000 + (TEENS.get(b) or ONES.get(b) or 0)
    if b == "hundred":
        tail = 0
    else:
        tail = sum(TENS.get(p, 0) + ONES.get(p, 0) + TEENS.get(p, 0) for p in re.split(r"[-\s]", b))
    return (19 if a == "nineteen" else 20) * 100 + tail
