"""How values are written for readers, shared by the reports (terminal, Markdown, HTML) and the web app:
entity kinds in words, a list of source numbers, timeline dates."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence

__all__ = ["KIND_NAMES", "TIMELINE_PART_TITLES", "kind_name", "opening", "quoted", "source_numbers", "when"]

#: What a reader calls each kind of entity (the annotator's labels are spaCy's codes: NORP, GPE...).
KIND_NAMES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "building or site",
    "NORP": "group or nationality",
    "EVENT": "event",
    "PRODUCT": "product",
    "WORK_OF_ART": "work",
    "LAW": "law",
    "LANGUAGE": "language",
}

#: Headings of the timeline's parts after the story's own time (see ``parallax.story.timeline.timeline_parts``).
TIMELINE_PART_TITLES = {"Ahead": "Ahead (after the last report)", "Earlier": "Earlier (background)"}

_PARTS_OF_YEAR = {
    "SP": "spring",
    "SU": "summer",
    "FA": "autumn",
    "WI": "winter",
    "H1": "first half of",
    "H2": "second half of",
}
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_TIMEX = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?:(?P<tod>MO|AF|EV|NI)|(?P<clock>\d{2}:\d{2})(?::\d{2})?))?)?"
    r"|W(?P<week>\d{2})|(?P<part>SP|SU|FA|WI|H1|H2)|Q(?P<quarter>[1-4])))?$"
)


def kind_name(label: str) -> str:
    """'person', 'place', 'group or nationality'... for an entity label (unknown labels as they are)."""
    return KIND_NAMES.get(label, label.lower().replace("_", " "))


def source_numbers(article_ids: Sequence[str], number: Mapping[str, int]) -> str:
    """The source numbers of some articles, each once, in order ('1, 3'; copies share their source's)."""
    found = sorted({number[a] for a in article_ids if a in number})
    unknown = any(a not in number for a in article_ids)
    return ", ".join([*(str(n) for n in found), *(["?"] if unknown else [])])


def when(value: str) -> str:
    """A timeline date (a TIMEX3 value) as a reader writes it: '2026-03-09', 'March 2026', 'spring 2026',
    'Q3 2026', 'week 10 of 2026', '2026-03-09 evening', '2026-03-09 10:30'; anything else as it is."""
    found = _TIMEX.match(value)
    if found is None:
        return value
    year = found["year"]
    if found["day"]:
        day = f"{year}-{found['month']}-{found['day']}"
        if found["clock"]:
            return f"{day} {found['clock']}"
        return f"{day} {_PARTS_OF_DAY[found['tod']]}" if found["tod"] else day
    if found["month"]:
        number = int(found["month"])
        return f"{calendar.month_name[number]} {year}" if 1 <= number <= 12 else value
    if found["week"]:
        return f"week {int(found['week'])} of {year}"
    if found["part"]:
        return f"{_PARTS_OF_YEAR[found['part']]} {year}"
    if found["quarter"]:
        return f"Q{found['quarter']} {year}"
    return year


def opening(text: str) -> str:
    """A text that opens a line as a sentence does: its first letter a capital ("the report says..." ->
    "The report says...")."""
    for i, ch in enumerate(text):
        if ch.isdigit():
            return text
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :] if ch.islower() else text
    return text


def quoted(text: str) -> str:
    """A sentence in quotation marks, unless it opens or closes with its own ('"It will," she said.')."""
    stripped = text.strip()
    if stripped[:1] in "\"“‘'" or stripped[-1:] in "\"”’'":
        return stripped
    return f"“{stripped}”"
