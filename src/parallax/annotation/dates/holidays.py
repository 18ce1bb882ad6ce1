"""Holidays ("Black Friday", "Christmas Eve", "Election Day", "Easter weekend"): the day of the one a text
means, from the clause's tense, a year named before it ("last year's Black Friday"), and the one day an
article gives each holiday it names several times (``Context.holiday_days``, settled after a first reading)."""

from __future__ import annotations

import datetime as dt

from parallax.annotation.dates.calendar import NO_PUB, holiday_day, last_saturday, week, weekend_value
from parallax.annotation.dates.context import Context, Resolved
from parallax.annotation.dates.lexicon import PARTS, folded


def recurring(name: str, pub: dt.date, every: bool) -> Resolved:
    """A holiday told as one that comes back every year ("the annual New Year's Eve show", "every
    Christmas"): no one year's day, so ``XXXX-12-31`` (the month alone when the day moves from year to year),
    a SET after "every" / "each"; no day to count later expressions from."""
    days = [holiday_day(name, pub.year + k) for k in (0, 1)]
    if days[0] is None or days[1] is None:
        return Resolved(None, "DATE", "a holiday of no fixed day")
    fixed = (days[0].month, days[0].day) == (days[1].month, days[1].day)
    value = f"XXXX-{days[0].month:02d}" + (f"-{days[0].day:02d}" if fixed else "")
    return Resolved(value, "SET" if every else "DATE")


def holiday_value(g: dict[str, str], ctx: Context, tense: str | None) -> Resolved:
    """The value of a holiday matched by the ``holiday`` pattern (groups ``name``, ``hyear``, ``week``,
    ``part``): the last one, or the coming one when the clause is about the future or, in the present or
    without a tense, when it is much nearer (and, without a tense, days away)."""
    pub = ctx.pub
    if pub is None:
        return Resolved(None, "DATE", NO_PUB)
    name = folded(g["name"]).replace("\u2019", "'")
    days = [d for d in (holiday_day(name, pub.year + k) for k in range(-4, 2)) if d is not None]
    coming = min((d for d in days if d >= pub), default=None)
    day = max((d for d in days if d <= pub), default=None)
    if g.get("every") and not g.get("week") and not g.get("part"):
        return recurring(name, pub, folded(g["every"]) in ("every", "each"))
    named = g.get("hyear")  # "last year's Black Friday", "2018's Christmas": that year's
    if named:
        rel = folded(named).split()[0]
        year = int(rel) if rel.isdigit() else pub.year + {"last": -1, "this": 0, "next": 1}[rel]
        day = holiday_day(name, year)
    elif name in ctx.holiday_days and not g.get("week") and not ctx.own_year:  # the article's one day
        day = ctx.holiday_days[name]
    elif tense == "future" or (
        tense in ("present", None)
        and coming is not None
        and (day is None or 2 * (coming - pub) < pub - day)
        and (tense == "present" or (coming - pub).days <= 31)  # no tense: only a holiday days away
    ):
        day = coming  # "voters go to the polls on Election Day" (present), weeks ahead: the coming one
    if g.get("week"):  # the holiday's week is the one under way when the text appears in it
        day = next((d for d in days if 0 <= (d - pub).days <= 6), day)
    elif day is not None and not named and not ctx.own_year and name not in ctx.holiday_days:
        ctx.holiday_choices.append((name, day))
    if day is not None and g.get("week"):  # "Easter week", "the Thanksgiving weekend"
        if g["week"].strip().casefold() == "weekend":  # the weekend holding the day, or next to it
            near = day if day.weekday() in (0, 5, 6) else day + dt.timedelta(days=6)
            return Resolved(weekend_value(last_saturday(near)), "DATE", None, day)
        return Resolved(week(day), "DATE", None, day)
    if day is not None and g.get("part"):  # "election night", "Christmas morning"
        return Resolved(f"{day.isoformat()}T{PARTS[g['part'].casefold()]}", "TIME", None, day)
    return Resolved(day.isoformat() if day else None, "DATE", None, day)
