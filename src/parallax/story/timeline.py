"""A timeline of a story's dated events with their sources.

Every claim with a resolved date becomes an event on that date; events of the
same date that say much the same thing in several articles are merged, so an
event lists every article that reports it. When there are more events than the
limit, those reported by fewer articles and the earliest go first (the news is
what happened lately, not what the background recalls).

For readers, :func:`timeline_parts` splits the events by the articles'
publication dates: the story's own time, what is ahead (plans, due dates), and
what came well before it (background), in that order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from parallax.model import Claim, TimelineEvent
from parallax.story.text_features import content_stems, jaccard

SAME_EVENT = 0.25
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
#: TIMEX3 parts of a year ("2026-SP", "2026-Q3", "2026-H2") and the month each starts in.
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])\b")
_CLOCK = re.compile(r"^T(MO|AF|EV|NI|\d{2}(?::\d{2}){0,2})")
#: Where each part of the day sorts among clock times.
_PART_OF_DAY_CLOCK = {"MO": "08:00", "AF": "14:00", "EV": "19:00", "NI": "22:00"}
_PART_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}


def date_sort_key(value: str) -> tuple[str, str]:
    """A sortable key for a TIMEX3 value: weeks sort at their Monday, months, seasons and quarters at their
    first day."""
    week = _WEEK.match(value)
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return monday.isoformat(), value
        except ValueError:
            return value, value
    part = _PART.match(value)
    if part:  # a season, quarter or half sorts at its first month
        return f"{part.group(1)}-{_PART_START[part.group(2)]:02d}-01", value
    day = _DAY.match(value)
    if day:
        year, month, dom = day.group(1), day.group(2) or "01", day.group(3) or "01"
        clock = _CLOCK.match(value[day.end() :])
        if clock:  # a time of day: clock times and parts of the day in the order of the day
            return (
                f"{year}-{month}-{dom}",
                f"{value[: day.end()]}T{_PART_OF_DAY_CLOCK.get(clock.group(1), clock.group(1))}",
            )
        return f"{year}-{month}-{dom}", value
    return value, value


def _is_calendar(value: str) -> bool:
    return bool(_DAY.match(value)) and not value.startswith(("P", "PRESENT", "PAST", "FUTURE"))


def build_timeline(claims: Sequence[Claim], limit: int = 40) -> list[TimelineEvent]:
    """Dated events, earliest first, merged across articles."""
    events: list[
        tuple[str, str, list[str], list[str], list[str]]
    ] = []  # value, text, stems, articles, claims
    for claim in claims:
        for date in claim.dates:
            if not date.value or not _is_calendar(date.value):
                continue
            stems = content_stems(claim.text)
            for event in events:
                if event[0] == date.value and jaccard(stems, event[2]) >= SAME_EVENT:
                    if claim.article_id not in event[3]:
                        event[3].append(claim.article_id)
                    event[4].append(claim.id)
                    break
            else:
                events.append(
                    (date.value, " ".join(claim.text.split()), stems, [claim.article_id], [claim.id])
                )
            break  # one event per claim: its first resolved date
    if len(events) > limit:  # keep the events most reported, then the latest
        events = sorted(events, key=lambda e: (len(e[3]), date_sort_key(e[0])), reverse=True)[:limit]
    events.sort(key=lambda e: (date_sort_key(e[0]), -len(e[3])))
    return [
        TimelineEvent(date=value, text=text, article_ids=sorted(articles), claim_ids=claim_ids)
        for value, text, _, articles, claim_ids in events[:limit]
    ]


#: An event whose time ended this many days before the first report is background to the story.
BACKGROUND_DAYS = 90
_PART_MONTHS = {"SP": 3, "SU": 3, "FA": 3, "WI": 3, "Q1": 3, "Q2": 3, "Q3": 3, "Q4": 3, "H1": 6, "H2": 6}


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a TIMEX3 calendar value (a day, week, month, season, quarter, half or year)."""
    try:
        start = dt.date.fromisoformat(date_sort_key(value)[0][:10])
    except ValueError:
        return None
    if _WEEK.match(value):
        return start, start + dt.timedelta(days=6)
    part = _PART.match(value)
    day = _DAY.match(value)
    if part:
        months = _PART_MONTHS[part.group(2)]
    elif day and day.group(3):
        return start, start
    elif day and day.group(2):
        months = 1
    else:
        months = 12
    month = start.month - 1 + months
    end = dt.date(start.year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def timeline_parts(
    events: Sequence[TimelineEvent], published: Sequence[str | None]
) -> list[tuple[str, list[TimelineEvent]]]:
    """The events as a reader takes them: ``("", ...)`` the story's own time, ``("Ahead", ...)`` what starts
    after the last report, ``("Earlier", ...)`` what ended more than :data:`BACKGROUND_DAYS` before the first
    report; each part in date order, empty parts left out. With no publication date every event is the
    story's own."""
    days = sorted(d for d in (_day(p) for p in published) if d is not None)
    own: list[TimelineEvent] = []
    ahead: list[TimelineEvent] = []
    earlier: list[TimelineEvent] = []
    for event in events:
        period = _period(event.date) if days else None
        if period is not None and period[1] < days[0] - dt.timedelta(days=BACKGROUND_DAYS):
            earlier.append(event)
        elif period is not None and period[0] > days[-1]:
            ahead.append(event)
        else:
            own.append(event)
    return [(title, part) for title, part in (("", own), ("Ahead", ahead), ("Earlier", earlier)) if part]
