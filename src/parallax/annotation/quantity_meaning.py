"""What a figure measures when its unit alone does not say: ages, magnitudes, frequencies.

"a 42-year-old man" is an age (42 years), not a duration; "a magnitude 5.4 quake" is a magnitude, not a
count; "every 15 minutes" is a frequency (one event per 15 minutes), never a length of time; "15 a year"
is a rate. Each function looks only at the words around one number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_AGE_AFTER = re.compile(
    r"[- ]?(?:(?P<unit>years?|yrs?|months?|weeks?|days?)[- ]old\b|(?P<yo>yo|y/o|y\.o\.)(?![\w])"
    r"|-(?P<adj>year|month|week|day)-old\b)",
    re.I,
)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|age of|at the age of)\s+$", re.I)
_APPOSITION_BEFORE = re.compile(r"\b([A-Z][\w'’-]+),\s$")
_APPOSITION_AFTER = re.compile(r"\s?,")
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|richter(?:\s+scale)?(?:\s+magnitude)?|M)[ -]?$", re.I)
_MAGNITUDE_AFTER = re.compile(r"[ -](?:magnitude|on the richter scale)\b", re.I)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)
_RATE_AFTER = re.compile(
    r"\s+(?:times\s+)?(?:a|an|per|each|every)\s+(?P<period>year|month|week|day|hour|minute|second)\b", re.I
)


@dataclass(frozen=True)
class Meaning:
    """A reading of a number: its kind, its unit as written (or implied), its normalised unit, its end."""

    kind: str
    unit: str | None
    normalized_unit: str
    end: int


def age(text: str, start: int, end: int, value: float | None, doc: Doc | None) -> Meaning | None:
    """ "five years old", "a 42-year-old man", "87 yo", "aged 55", "Smith, 49, said": an age in years."""
    m = _AGE_AFTER.match(text, end)
    if m is not None:
        unit = (m.group("unit") or m.group("adj") or "year").lower().rstrip("s")
        unit = "year" if unit.startswith("yr") else unit
        return Meaning("age", f"{unit}s", unit, m.end())
    if value is None or not (0 < value < 125) or value != int(value):
        return None
    if _AGE_BEFORE.search(text, max(0, start - 20), start):
        return Meaning("age", None, "year", end)
    before = _APPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _APPOSITION_AFTER.match(text, end):
        if doc is None:
            return Meaning("age", None, "year", end)
        span = doc.char_span(before.start(1), before.end(1), alignment_mode="expand")
        if span is not None and any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in span):
            return Meaning("age", None, "year", end)
    return None


def magnitude(text: str, start: int, end: int) -> Meaning | None:
    """ "a magnitude 5.4 quake", "a 6.1-magnitude earthquake", "9.0 magnitude"."""
    m = _MAGNITUDE_AFTER.match(text, end)
    if m is not None:
        return Meaning("magnitude", "magnitude", "magnitude", end)
    if _MAGNITUDE_BEFORE.search(text, max(0, start - 30), start):
        return Meaning("magnitude", "magnitude", "magnitude", end)
    return None


def frequency_before(text: str, start: int) -> bool:
    """ "every 15 minutes", "each 3 days": the duration is an interval between events."""
    return _EVERY_BEFORE.search(text, max(0, start - 12), start) is not None


def rate_after(text: str, end: int) -> Meaning | None:
    """ "15 a year", "three times a week": a count per period (unit None, normalised ``count/<period>``)."""
    m = _RATE_AFTER.match(text, end)
    if m is None:
        return None
    return Meaning("frequency", None, f"count/{m.group('period').lower()}", m.end())
