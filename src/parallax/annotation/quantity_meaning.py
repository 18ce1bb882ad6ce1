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
# "raise the age of purchase for rifles from 18 to 21", "lower the voting age to 16": an age limit changed
_AGE_LIMIT_BEFORE = re.compile(r"\bage\b(?:\s+[\w-]+){0,6}?\s+(?:from|to)\s+(?:\d{1,3}\s+to\s+)?$", re.I)
# what may follow the new limit: the end of a clause, or a word that opens when or for whom ("to 69 over 16 years",
# "to 21 starting in May", "to 67 by 2030")
_AGE_LIMIT_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:and|or|in|for|on|by|as|with|from|under|next|this|last|over|within|starting|beginning"
    r"|after|before|until|during|effective|but)\b)",
    re.I,
)
_TO_NUMBER = re.compile(r"\s+to\s+\d{1,3}(?!\d)")
_APPOSITION_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)(?:,?\s(?:Jr|Sr)\.?|\s(?:II|III|IV))?,\s$")  # "Smith Jr., 55,"
_APPOSITION_AFTER = re.compile(r"\s?,")
# "a man, 54, was arrested", "the victim, 27, ...": a word for a person, then the figure between commas
_PERSON_WORD_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|teen(?:ager)?|child|baby|toddler|driver|motorist|cyclist|pedestrian|passenger|pilot"
    r"|mother|father|son|daughter|wife|husband|widow(?:er)?|grand(?:mother|father|son|daughter)|brother|sister"
    r"|resident|victim|suspect|officer|soldier|veteran|student|pupil|worker|farmer|nurse|doctor|teacher|patient"
    r"|hiker|climber|swimmer|tourist|prisoner|inmate|neighbou?r|owner|retiree|pensioner)"
    r",\s$",
    re.I,
)
# "died at 88", "who died at 91,": the age at death (not "died at 10 p.m.", which a time of day follows)
_DIED_AT_BEFORE = re.compile(r"\b(?:died|dies|dying|death|passed\s+away)\s+at\s+$", re.I)
_CLOCK_AFTER = re.compile(r"[:.]\d|\s*(?:[ap]\.?m\b|o'clock)", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|richter(?:\s+scale)?(?:\s+magnitude)?|M)[ -]?$", re.I)
# "a magnitude of 4.2": a figure of one digit before its decimals (not "the magnitude of 300 job cuts", "an order of
# magnitude of 10")
_MAGNITUDE_OF_BEFORE = re.compile(r"\b(?<!order of )magnitude\s+of\s+$", re.I)
_MAGNITUDE_FIGURE = re.compile(r"-?\d\.\d{1,2}")
_MAGNITUDE_AFTER = re.compile(r"[ -](?:magnitude|on the richter scale)\b", re.I)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)
_RATE_AFTER = re.compile(
    r"\s+(?:times\s+|(?P<counted>(?:(?!of\b)[a-z][\w-]*\s+)?(?:[a-z][\w-]*[^s\W]s|people|men|women|children))\s+)?"
    r"(?:a|an|per|each|every)\s+(?P<period>year|month|week|day|hour|minute|second)\b"
    r"(?![\w-]|[ ,]*(?:ago|earlier|later|before|after|from\s+now|prior|old)\b)",
    re.I,
)


@dataclass(frozen=True)
class Meaning:
    """A reading of a number: its kind, its unit as written (or implied), its normalised unit, its end."""

    kind: str
    unit: str | None
    normalized_unit: str
    end: int


def age(text: str, start: int, end: int, value: float | None, doc: Doc | None) -> Meaning | None:
    """ "five years old", "a 42-year-old man", "87 yo", "aged 55", "Smith, 49, said", "a man, 54, was", "died at
    88": an age in years."""
    m = _AGE_AFTER.match(text, end)
    if m is not None:
        unit = (m.group("unit") or m.group("adj") or "year").lower().rstrip("s")
        unit = "year" if unit.startswith("yr") else unit
        return Meaning("age", f"{unit}s", unit, m.end())
    if value is None and _AGE_BEFORE.search(text, max(0, start - 20), start):
        return Meaning("age", None, "year", end)  # "ages 20-29", "aged 30 to 40": a range of ages
    if value is None or not (0 < value < 125) or value != int(value):
        return None
    if _AGE_BEFORE.search(text, max(0, start - 20), start):
        return Meaning("age", None, "year", end)
    to_number = _TO_NUMBER.match(text, end)  # "from 18 to 21": what follows 21 says what 18 is
    after = to_number.end() if to_number else end
    if _AGE_LIMIT_BEFORE.search(text, max(0, start - 80), start) and _AGE_LIMIT_AFTER.match(text, after):
        return Meaning("age", None, "year", end)
    died_at = _DIED_AT_BEFORE.search(text, max(0, start - 25), start)
    if died_at and _AGE_LIMIT_AFTER.match(text, end) and not _CLOCK_AFTER.match(text, end):
        return Meaning("age", None, "year", end)
    if _PERSON_WORD_BEFORE.search(text, max(0, start - 20), start) and _APPOSITION_AFTER.match(text, end):
        return Meaning("age", None, "year", end)
    before = _APPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _APPOSITION_AFTER.match(text, end):
        if doc is None:
            return Meaning("age", None, "year", end)
        span = doc.char_span(before.start(1), before.end(1), alignment_mode="expand")
        if span is not None and any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in span):
            return Meaning("age", None, "year", end)
    return None


def age_range(text: str, end: int, unit: str) -> Meaning | None:
    """ "40 - 50 years old", "two to three months old": a range of ages, after the duration's unit."""
    m = re.match(r"[- ]old\b", text[end : end + 5])
    if m is None or unit not in ("year", "month", "week", "day"):
        return None
    return Meaning("age", f"{unit}s", unit, end + m.end())


_ACCOUNTING_BEFORE = re.compile(
    r"(?:\b(?:is|was|were|are|be|been|of|totall?ed|stood\s+at|came\s+to|amounted\s+to)|:)[ \u00a0]*\($", re.I
)


def accounting_negative(text: str, start: int, end: int) -> bool:
    """An amount in brackets where a value is stated ("revenue is ($99.99).", "Net income: ($1.2 million)"): the
    accountants' negative. A bracketed amount after a name or another amount ("Cruz ($311,000)", "70 euro
    ($78)") is an aside or a conversion, and stays positive."""
    return text[end : end + 1] == ")" and _ACCOUNTING_BEFORE.search(text, max(0, start - 25), start) is not None


def magnitude(text: str, start: int, end: int) -> Meaning | None:
    """ "a magnitude 5.4 quake", "a 6.1-magnitude earthquake", "9.0 magnitude", "a magnitude of 4.2" (not "an order
    of magnitude of 10")."""
    m = _MAGNITUDE_AFTER.match(text, end)
    if m is not None:
        return Meaning("magnitude", "magnitude", "magnitude", end)
    if _MAGNITUDE_BEFORE.search(text, max(0, start - 30), start):
        return Meaning("magnitude", "magnitude", "magnitude", end)
    of_before = _MAGNITUDE_OF_BEFORE.search(text, max(0, start - 30), start)
    if of_before is not None and _MAGNITUDE_FIGURE.fullmatch(text, start, end):
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


_DEGREE_AFTER = re.compile(
    r"[ \u00a0]?(?:(?P<deg>degrees?|deg\.?|°)(?![\w°])(?![ \u00a0]?(?:[CFK]\b|[Cc]el|[Ff]ah|[Cc]ent))|(?P<k>K)\b)"
)
_TEMPERATURE_WORDS = re.compile(
    r"\b(?:temperatures?|thermometers?|thermostats?|mercury|fevers?|weather|forecasts?|heat(?:wave)?s?|hot(?:ter|test)?"
    r"|warm(?:er|est|ing)?|cold(?:er|est)?|cool(?:er|est)?|chill(?:y|ier)?|freez(?:e|ing)|frost|boil(?:s|ing)?"
    r"|melt(?:s|ing)?|ovens?|bake|roast|highs?\s+of|lows?\s+of|celsius|fahrenheit|centigrade|absolute\s+zero)\b",
    re.I,
)
_SCALE_NAMED = re.compile(
    r"(?P<c>\b(?:celsius|centigrade|celcius)\b|°\s?C\b|\d\s?C\b|\bdeg(?:rees?|\.)?\s?C\b)"
    r"|(?P<f>\b(?:fahrenheit|farenheit)\b|°\s?F\b|\d\s?F\b|\bdeg(?:rees?|\.)?\s?F\b)",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n")
CELSIUS, FAHRENHEIT, KELVIN = "degree Celsius", "degree fahrenheit", "kelvin"
# A temperature change, not a temperature: "rose by 5 degrees", "3 degrees warmer", "2 degrees above normal".
_DELTA_BEFORE = re.compile(
    r"\b(?:by|rose|rise|rises|risen|fell|fall|falls|fallen|dropped|drops|climbed|jumped|increased|decreased"
    r"|raised|lowered|up|down|another|extra|additional)\s+(?:(?:about|around|nearly|almost|some|over|just|only|"
    r"another|an?\s+(?:extra|additional|further))\s+)?$",
    re.I,
)
_DELTA_AFTER = re.compile(
    r"\s+(?:warmer|colder|hotter|cooler|higher|lower|(?:above|below)\s+(?:normal|average|the\s+\w+\s+average))\b",
    re.I,
)


def temperature_change(text: str, start: int, end: int) -> bool:
    """A temperature difference ("rose by 5 degrees", "3C warmer"): its degrees convert without the offset."""
    return bool(_DELTA_BEFORE.search(text, max(0, start - 40), start) or _DELTA_AFTER.match(text, end))


_ANGLE_WORDS = re.compile(
    r"\b(?:turn(?:s|ed|ing)?|rotat\w*|angles?|tilt\w*|inclin\w*|slopes?|latitude|longitude|arcs?|compass|"
    r"bearing|spin\w*|north|south|east|west)\b",
    re.I,
)


def speaks_of_temperature(text: str, start: int, end: int) -> bool:
    """The sentence around ``start``..``end`` speaks of temperature (a word such as "temperature", "warm",
    "fever", or a scale named in it or in the 200 characters before it) and not of angles or bearings."""
    left, right = _sentence(text, start, end)
    sentence = text[left:right]
    if _TEMPERATURE_WORDS.search(sentence):
        return True
    if _ANGLE_WORDS.search(sentence):
        return False
    return bool(_SCALE_NAMED.search(text, max(0, left - 200), right))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start``..``end`` (by punctuation; decimals and "deg." do not end it)."""
    left = max(
        (m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300)
    )
    right = next(
        (
            m.start()
            for m in _CLAUSE_END.finditer(text, end)
            if not text[m.start() - 3 : m.start()].endswith("deg")
        ),
        len(text),
    )
    return left, min(right, end + 300)


_METRIC = re.compile(
    r"\d[ \u00a0-]?(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|cm|mm|kg|kilo(?:gram)?s?|km/h|kph|litres?|liters?|hectares?)\b"
    r"|\b(?:kilometres|metres|litres|centimetres)\b",
    re.I,
)
_IMPERIAL = re.compile(
    r"\d[ \u00a0-]?(?:mi|miles?|feet|foot|ft|inch(?:es)?|yards?|pounds?|lbs?|mph|gallons?|acres?|ounces?|oz)\b",
    re.I,
)


def _scale_of_measures(text: str) -> str | None:
    """The scale that goes with the measures the text uses: metric (and British spellings) -> Celsius,
    imperial -> Fahrenheit, when one system clearly dominates (two to one, at least two)."""
    metric, imperial = len(_METRIC.findall(text)), len(_IMPERIAL.findall(text))
    if metric >= 2 and metric >= 2 * imperial:
        return CELSIUS
    if imperial >= 2 and imperial >= 2 * metric:
        return FAHRENHEIT
    return None


def temperature_without_scale(
    text: str, start: int, end: int, default: str, assume: bool = False
) -> tuple[int, str] | None:
    """ "98 degrees", "50 deg.", "−273.15°", "300K" where the sentence speaks of temperature: (end of the unit,
    the scale). The scale is the one the sentence names ("on the Celsius scale"), else the one the text's
    other temperatures use (a clear majority), else the one that goes with the text's other measures (metric:
    Celsius; imperial: Fahrenheit), else ``default`` (the scale an unstated temperature is read in). ``assume``: read it as a temperature
    even where the sentence does not say so (the caller knows it is no angle)."""
    m = _DEGREE_AFTER.match(text, end)
    if m is None or not (assume or speaks_of_temperature(text, start, m.end())):
        return None
    if m.group("k"):
        return m.end(), KELVIN  # "573.15K", "300 K" in a sentence about temperature
    left, right = _sentence(text, start, m.end())
    sentence = text[left:right]
    named = [x for x in _SCALE_NAMED.finditer(sentence)]
    if not named:
        named = list(_SCALE_NAMED.finditer(text))
        celsius = sum(1 for x in named if x.group("c"))
        if named and celsius * 4 >= len(named) * 3:
            return m.end(), CELSIUS
        if named and (len(named) - celsius) * 4 >= len(named) * 3:
            return m.end(), FAHRENHEIT
        return m.end(), _scale_of_measures(text) or default
    # the scale named nearest after the number, else nearest before it
    after = [x for x in named if left + x.start() >= m.end()]
    pick = after[0] if after else named[-1]
    return m.end(), CELSIUS if pick.group("c") else FAHRENHEIT
