"""Quantities written with words for their number: "more than a year", "a week ago", "hourlong", "half a
mile", "a cup and a half", "one-half of one percentage point"; and degrees written as a word.

News often states a span of time or a measure with an article or a fraction word instead of a numeral. The
grammar of numbers (``quantity_numbers``) reads numerals and number words; these phrases have none, or have
one ("a half") that the grammar reads alone, losing the unit. Each phrase below is one quantity:

* **one period of time** ("a/an" + second ... century), when something says it is a length of time: a hedge
  before it ("more than a year", "almost a decade", "barely a week"), a tail after it ("a week ago", "a month
  later", "a year earlier", "a year and a half"), or "for"/"in"/"within" before it ("for a day", "in a
  decade"); "a second" only with a hedge or a tail ("for a second time" is an ordinal). "a year old" is an age.
* **a number of times in a period** ("once a month", "twice a week"): a frequency, counted per the period;
  "twice" and "thrice" alone ("was stopped twice") count occasions, as "three times" does (:func:`occasions`).
* **a couple of periods** ("a couple of weeks", "the next couple weeks"): about two of the period; **a period
  and more** ("a decade-plus"): more than one of it.
* **a period written as an adjective**: "hourlong", "weeklong", "a month-long strike": one of the period.
* **half of a unit**: "half a mile", "half an hour", "a half an inch", "a half hour", "a half-inch pipe"
  (0.5 of the unit); "a cup and a half", "an hour and a half" (1.5).
* **a fraction of one unit**: "one-half of one percentage point", "a third of a mile", "three quarters of an
  hour": the fraction times the unit.

What is no quantity here: "half a dozen" and "half a million" (numbers, read by the number grammar), "all day
long", "a day-long" after a number ("a three-day-long" is read with its number).

Degrees written as a word ("30 degrees", "a 40-degree angle") are angles in a sentence that speaks of angles
(:func:`degree_angle`); :mod:`quantity_meaning` reads them as temperatures elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.annotation.quantity_units import UnitInfo, UnitTable, match_unit

_TIME_UNITS = r"second|minute|hour|day|week|fortnight|month|year|decade|century"
_HEDGE = (
    r"(?:(?:a\s+little|just|only|barely|well|slightly|a\s+bit)\s+)?"
    r"(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|roughly|over|under|at\s+least|at\s+most"
    r"|up\s+to|barely|some|close\s+to|upwards\s+of)"
)
_A_PERIOD = re.compile(
    rf"""(?:(?P<hedge>\b{_HEDGE})\s+|(?P<lead>\b(?:for|in|within|during)\s+))?
    \b(?P<a>[Aa]n?)\s+(?P<unit>{_TIME_UNITS})\b(?![-'’])
    (?P<half>\s+and\s+a\s+half\b)?
    (?P<tail>\s+(?:ago|later|earlier|before|after|into|since|old)\b)?""",
    re.I | re.X,
)
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_TIMES_A_PERIOD = re.compile(
    r"(?<![\w-])(?P<n>once|twice|thrice)\s+(?:a|an|per|each|every)\s+(?P<unit>second|minute|hour|day|week|fortnight|"
    r"month|year|decade|century)\b(?![-'’])",
    re.I,
)
_PERIOD_LONG = re.compile(r"(?<![\w-])(?P<unit>hour|day|week|month|year|decade)-?long\b", re.I)
# "a couple of weeks", "the next couple weeks", "a couple days": about two of the period (a hedge: it never
# disputes "two weeks" or "12 days").
_COUPLE = re.compile(
    rf"(?<![\w-])(?:[Aa]\s+|[Tt]he\s+(?:next|last|past|first|final)\s+)?(?P<couple>couple)\s+(?:of\s+)?"
    rf"(?P<unit>{_TIME_UNITS.replace('century', 'centurie')})s\b(?![-'’])",
    re.I,
)
# "a decade-plus", "a year-plus fight", "month - plus": more than one of the period.
_PERIOD_PLUS = re.compile(rf"(?<![\w-])(?:[Aa]n?\s+)?(?P<unit>{_TIME_UNITS})\s?-\s?plus\b(?![-'’])", re.I)
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)
# "half a mile", "half an hour", "a half an inch"; "a half hour", "a half-inch pipe"; "a cup and a half"
_HALF_A = re.compile(r"(?<![\w-])(?:[Aa]\s+)?[Hh]alf\s+(?:an?\s+)(?=[a-z])")
_A_HALF = re.compile(r"(?<![\w-])[Aa]\s+half[- ](?=[a-z])")
_A_QUARTER = re.compile(r"(?<![\w-])[Aa]\s+quarter[- ](?=[a-z])")  # "a quarter mile", "a quarter-inch"
_AND_A_HALF = re.compile(r"(?<![\w-])(?P<a>[Aa]n?|[Oo]ne)\s+(?=[a-z])")
_AND_A_HALF_TAIL = re.compile(r"\s+and\s+a\s+half\b")
# "one-half of one percentage point", "a third of a mile", "two-thirds of an inch"
_FRACTION_OF = re.compile(
    r"(?<![\w-])(?:(?P<num>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[- ])?(?P<den>half|third|quarter|fifth|tenth)s?"
    r"\s+of\s+(?:an?|one)\s+(?=[a-z])"
)
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# kinds of units that a half or a fraction of one may measure
_MEASURE_KINDS = frozenset(
    ["length", "mass", "volume", "duration", "area", "percent", "percentage point", "points", "speed", "energy",
     "data storage"]
)  # fmt: skip
_NOT_HALF_OF = frozenset(
    ["dozen", "million", "billion", "trillion", "thousand", "hundred", "score", "time", "times"]
)


@dataclass(frozen=True)
class Phrase:
    """One quantity read from words: its span, value, unit and unit as written, kind and hedge."""

    start: int
    end: int
    value: float
    unit: UnitInfo
    unit_text: str
    kind: str
    qualifier: str | None = None


def _unit(table: UnitTable, text: str, pos: int, kinds: frozenset[str]) -> tuple[int, UnitInfo] | None:
    hit = match_unit(table, text, pos)
    if hit is None:
        return None
    surface = text[pos : hit[0]].lower().rstrip(".")
    if surface in _NOT_HALF_OF:
        return None
    unit = next((u for u in hit[1] if u.kind in kinds), None)
    if unit is None or (hit[0] < len(text) and (text[hit[0]].isalnum() or text[hit[0]] == "-")):
        return None
    return hit[0], unit


def _time_unit(table: UnitTable, word: str) -> UnitInfo | None:
    return next((u for u in table.lower.get(word.lower(), ()) if u.kind == "duration"), None)


def word_quantities(table: UnitTable, text: str) -> list[Phrase]:
    """Every quantity of ``text`` written with words for its number (see the module's docstring)."""
    out: list[Phrase] = []
    for m in _A_PERIOD.finditer(text):
        word = m.group("unit").lower()
        hedge, lead, tail = m.group("hedge"), m.group("lead"), m.group("tail")
        if not (hedge or tail or m.group("half") or (lead and word != "second")):
            continue
        unit = _time_unit(table, word)
        if unit is None:
            continue
        start = m.start() if hedge else m.start("a")
        end = (
            m.end("tail")
            if tail and tail.strip().lower() in ("ago", "later", "earlier", "old")
            else m.end("half")
        )
        end = max(end, m.end("unit"))
        kind = "age" if tail and tail.strip().lower() == "old" else "duration"
        value = 1.5 if m.group("half") else 1.0
        qualifier = re.sub(r"\s+", " ", hedge).lower() if hedge else None
        out.append(Phrase(start, end, value, unit, m.group("unit"), kind, qualifier))
    for m in _TIMES_A_PERIOD.finditer(text):  # "twice a week": a count per period
        unit = _time_unit(table, m.group("unit"))
        if unit is not None:
            value = float(_TIMES[m.group("n").lower()])
            out.append(Phrase(m.start(), m.end(), value, unit, m.group("unit"), "frequency"))
    for m in _COUPLE.finditer(text):  # "a couple of weeks": about two weeks
        unit = _time_unit(table, m.group("unit"))
        if unit is not None:
            start = m.start("couple") if m.group(0)[:3].lower() == "the" else m.start()
            out.append(Phrase(start, m.end(), 2.0, unit, m.group("unit"), "duration", "about"))
    for m in _PERIOD_PLUS.finditer(text):  # "a decade-plus": more than a decade
        unit = _time_unit(table, m.group("unit"))
        if unit is not None:
            out.append(Phrase(m.start(), m.end(), 1.0, unit, m.group("unit"), "duration", "more than"))
    for m in _PERIOD_LONG.finditer(text):
        unit = _time_unit(table, m.group("unit"))
        if unit is not None and not _ALL_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            out.append(Phrase(m.start(), m.end(), 1.0, unit, m.group("unit"), "duration"))
    # "a quarter-point" cut of a rate is a percentage point, not a point of an index: left unread
    for pattern, value, kinds in (
        (_HALF_A, 0.5, _MEASURE_KINDS),
        (_A_HALF, 0.5, _MEASURE_KINDS),
        (_A_QUARTER, 0.25, _MEASURE_KINDS - {"points"}),
    ):
        for m in pattern.finditer(text):
            hit = _unit(table, text, m.end(), kinds)
            if hit is not None:
                out.append(Phrase(m.start(), hit[0], value, hit[1], text[m.end() : hit[0]], hit[1].kind))
    for m in _AND_A_HALF.finditer(text):
        hit = _unit(table, text, m.end(), _MEASURE_KINDS)
        tail = _AND_A_HALF_TAIL.match(text, hit[0]) if hit is not None else None
        if hit is not None and tail is not None:
            out.append(Phrase(m.start(), tail.end(), 1.5, hit[1], text[m.end() : hit[0]], hit[1].kind))
    for m in _FRACTION_OF.finditer(text):
        num = _NUMERATORS.get((m.group("num") or "a").lower(), 1)
        hit = _unit(table, text, m.end(), _MEASURE_KINDS)
        if hit is not None:
            value = num / _DENOMINATORS[m.group("den").lower()]
            out.append(Phrase(m.start(), hit[0], value, hit[1], text[m.end() : hit[0]], hit[1].kind))
    return _longest(out)


# "stopped twice", "elected twice", "has run thrice": a count of occasions, as "three times" is. Not a multiplier
# ("twice as many", "twice the size", "twice that", "twice what", "twice his salary", "twice more"), not a frequency
# ("twice a week", read above), not a word joined by a hyphen ("twice-weekly", "twice-impeached").
_OCCASIONS = re.compile(
    r"(?<![\w-])(?P<n>twice|thrice)\b(?![-'’])"
    r"(?!\s+(?:as|the|that|this|these|those|what|its|his|her|their|our|my|your|a|an|per|each|every|more|less|over|"
    r"again|daily|weekly|monthly|yearly|annually)\b)(?!\s+[a-z]+er\s+than\b)",
    re.I,
)


def occasions(text: str) -> list[tuple[int, int, float]]:
    """ "twice" and "thrice" counting occasions ("was stopped twice"): (start, end, count) of each (see
    :data:`_OCCASIONS` for what is left out)."""
    return [(m.start(), m.end(), float(_TIMES[m.group("n").lower()])) for m in _OCCASIONS.finditer(text)]


def _longest(found: list[Phrase]) -> list[Phrase]:
    """The longest of overlapping phrases ("an hour and a half" over "a half")."""
    out: list[Phrase] = []
    for p in sorted(found, key=lambda p: (p.start, -(p.end - p.start))):
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out


_DEGREE_WORD = re.compile(
    r"(?P<gap>[ \u00a0]|[ \u00a0]?-[ \u00a0]?)?(?P<deg>degrees?)\b(?![ \u00a0]?(?:[CFK]\b|[Cc]el|[Ff]ah))"
)


def degree_angle(text: str, end: int, about_angles: bool) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """ "30 degrees from the vertical", "a 40-degree angle": degrees written as a word in a sentence that speaks
    of angles (``about_angles``), an angle. (start, end, units)."""
    m = _DEGREE_WORD.match(text, end)
    if m is None or not about_angles:
        return None
    return m.start("deg"), m.end(), (UnitInfo("degree", "angle", "degree"),)


# Unit names that are also names of people or common words ("tesla", "henry", "gray", "curie", "amps"), read
# right after digits when written in lower case and followed by what ends a measure (a stop, a preposition, a
# conjunction, "wide"): "a field of 1.5 tesla.", "40 amps of current", "5 gray in one session"; never before
# a noun they would qualify ("5 gray wolves", "a 30 amp fuse"); moles only before "of" or "per".
_NAMED_UNITS: tuple[tuple[str, str, str], ...] = (
    ("teslas?", "tesla", "magnetic field"), ("henr(?:y|ys|ies)", "henry", "inductance"),
    ("grays?", "gray", "radiation absorbed dose"), ("rems?", "rem", "radiation absorbed dose"),
    ("curies?", "curie", "radioactivity"), ("rutherfords?", "rutherford", "radioactivity"),
    ("gauss", "gauss", "magnetic field"), ("oersteds?", "oersted", "magnetic field strength"),
    ("maxwells?", "maxwell", "magnetic flux"), ("webers?", "weber", "magnetic flux"),
    ("stokes", "stokes", "kinematic viscosity"), ("poises?", "poise", "dynamic viscosity"),
    ("darc(?:y|ys|ies)", "darcy", "permeability"), ("deniers?", "denier", "linear mass density"),
    ("langleys?", "langley", "irradiance"), ("franklins?", "franklin", "charge"),
    ("faradays?", "faraday", "charge"), ("bar(?:ye|ie|y)s?", "barye", "pressure"),
    ("amps?", "ampere", "current"), ("atmospheres?", "atmosphere", "pressure"), ("carats?", "carat", "mass"),
    (r"pixels?(?![ \u00a0]+per\b)|px", "pixel", "typographical element"), (r"moles?(?=[ \u00a0]+(?:of|per)\b)", "mole", "amount of substance"),
    (r"molar(?![ \u00a0]+(?:teeth|tooth))", "molar", "concentration"),
)  # fmt: skip
_NAMED_UNIT = re.compile(
    r"[ \u00a0](?:" + "|".join(f"(?P<u{i}>{s})" for i, (s, _, _) in enumerate(_NAMED_UNITS)) + r")\b"
    r"(?=[ \u00a0]*(?:[.,;:!?)\]]|$|\n|(?:of|per|in|at|and|or|to|for|from|on|with|was|were|is|are|each|a|an|the|"
    r"over|across|wide|tall|high|long|deep|apart|by|solutions?|during|after|before|under|inside|within|when|while|through|into)\b))"
)
# joined to its number by a hyphen, the name is a unit before any noun ("a 30-amp fuse", "a 2-tesla magnet")
_NAMED_UNIT_JOINED = re.compile(
    r"-(?:" + "|".join(f"(?P<u{i}>{s})" for i, (s, _, _) in enumerate(_NAMED_UNITS)) + r")(?![\w-])"
)


def named_unit(text: str, number_start: int, end: int) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """ "1.5 tesla.", "40 amps of current", "12 pixels wide": a unit name that is also a name or a word, right after
    digits, in lower case, ending the measure (see ``_NAMED_UNITS``). (start, end, units)."""
    if not text[number_start:end][-1:].isdigit():
        return None
    m = _NAMED_UNIT.match(text, end) or _NAMED_UNIT_JOINED.match(text, end)
    if m is None:
        return None
    i = next(int(k[1:]) for k, v in m.groupdict().items() if v)
    _, name, kind = _NAMED_UNITS[i]
    return m.start() + 1, m.end(), (UnitInfo(name, kind, name),)
