"""A timeline of a story's dated events with their sources.

Every claim with a resolved date becomes an event on that date; events of the
same date that say much the same thing in several articles are merged, so an
event lists every article that reports it.
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
    events.sort(key=lambda e: (date_sort_key(e[0]), -len(e[3])))
    return [
        TimelineEvent(date=value, text=text, article_ids=sorted(articles), claim_ids=claim_ids)
        for value, text, _, articles, claim_ids in events[:limit]
    ]
