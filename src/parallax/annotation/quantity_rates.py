"""Rates: an amount per a unit of measure.

"$15 an hour", "10 cents a gallon", "$9.99/month", "$120 per square foot", "52 miles per gallon", "2890
megabytes per second", "40 hours a week", "7 percent a year" are each one figure whose unit is a ratio: a
wage, a price, a fuel economy, a data rate, a working week, a growth rate. Read as the amount alone they
would compare with any other amount of the same unit ("$15" beside "$15 million"); read as a rate they
keep their meaning.

The denominator must be a unit of measure (a period of time, a volume, a mass, a length, an area, an
amount of data). An amount per a thing ("$2.52 a share", "$800 per trained employee") stays the amount:
a share or an employee is no unit. A tail that is a time expression ("$38,373 a year ago", "an hour
later") is no rate.

The written unit becomes "<numerator> per <denominator>" ("dollar per hour", "miles per gallon"); the
normalised one keeps the numerator in its normalised unit ("USD/hour", 0.10 USD/gallon for 10 cents) or,
for physical measures, the units as written in pint's names ("mile/gallon", "megabyte/second"), which
is what a reader expects (a fuel economy in miles per gallon, not in 1/m²).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.annotation.quantity_units import UnitInfo, UnitTable, match_unit
from parallax.model import NormalizedQuantity

# Kinds of amounts that can be a rate's numerator.
NUMERATOR_KINDS = frozenset(
    ["money", "length", "mass", "volume", "data storage", "duration", "energy", "percent", "area",
     "radiation absorbed dose", "amount of substance", "radioactivity", "angle", "power"]
)  # fmt: skip
# Kinds of units that can be its denominator (besides the periods below).
_DENOMINATOR_KINDS = frozenset(["volume", "mass", "length", "area", "data storage"])
# Periods, written out or abbreviated (abbreviations only after a slash: "$9.99/mo", "40 km/hr").
_PERIODS = {
    "second": "second", "sec": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "fortnight": "fortnight", "month": "month", "year": "year", "annum": "year", "decade": "decade",
}  # fmt: skip
# Periods that pint lacks, read only in money rates ("$3 billion a quarter", "$200 a night").
_MONEY_PERIODS = {"quarter": "quarter", "night": "night"}
_PERIOD_ABBREVIATIONS = {
    "s": "second", "min": "minute", "h": "hour", "hr": "hour", "d": "day", "wk": "week", "mo": "month",
    "mth": "month", "yr": "year", "y": "year",
}  # fmt: skip
_TAIL = re.compile(r"(?P<slash>[ \u00a0]?/[ \u00a0]?)|[ \u00a0]+(?P<word>per|an?|each|every)[ \u00a0]+", re.I)
_WORD = re.compile(r"[A-Za-z]+")
# Fuel consumption: litres (or gallons) per 100 kilometres, written "L/100 km", "l/100km", "litres per 100 km"
_PER_100_KM = re.compile(
    r"[ \u00a0]?(?:/|per[ \u00a0])[ \u00a0]?100[ \u00a0]?(?:km|kilomet(?:er|re)s?)\b", re.I
)
FUEL_DISTANCE = "100 km"
# "a year ago", "an hour later", "a day earlier": a time expression, not a rate.
_TIME_AFTER = re.compile(
    r"[ \u00a0,]*(?:ago|earlier|later|from\s+now|prior|since|back|beforehand|in\s+advance|or\s+so|and\s+a\s+half|old"
    r"|(?:before|after)\s+(?:the|that|this|it|he|she|they|we|its|his|her|their|a|an)\b)\b",
    re.I,
)
# Money names for the written unit of a money rate ("$15 an hour" is 15 dollar per hour).
_MONEY_NAMES = {"USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CNY": "yuan", "INR": "rupee"}
# Denominator names a reader (and score.py's pint) reads: quantulum3's "pound-mass" is a pound.
_DENOMINATOR_NAMES = {"pound-mass": "pound", "short ton": "ton", "metric ton": "tonne"}
_LITRE = {
    "litre": "liter",
    "millilitre": "milliliter",
}  # a litre, not a cubic decimetre, in the normalised unit


@dataclass(frozen=True)
class Rate:
    """The denominator of a rate after an amount: where the rate ends and the denominator's names."""

    end: int
    name: str  # a reader's name: "hour", "gallon", "square foot"
    pint_expr: str  # pint's expression: "hour", "(gallon) ** 1"


def rate_after(table: UnitTable, text: str, end: int, numerator_kind: str) -> Rate | None:
    """The "per <unit>" tail of a rate right after an amount ending at ``end``, or None."""
    if numerator_kind not in NUMERATOR_KINDS:
        return None
    per_100 = _PER_100_KM.match(text, end) if numerator_kind == "volume" else None
    if per_100 is not None:  # "5.6 L/100 km": a fuel consumption
        return Rate(per_100.end(), FUEL_DISTANCE, "")
    tail = _TAIL.match(text, end)
    if tail is None:
        return None
    pos = tail.end()
    word = _WORD.match(text, pos)
    if word is None:
        return None
    written = word.group(0).lower()
    period = _PERIODS.get(written) or (_PERIOD_ABBREVIATIONS.get(written) if tail.group("slash") else None)
    if period is None and numerator_kind == "money":
        period = _MONEY_PERIODS.get(written)
    if period is not None:
        rate = Rate(word.end(), period, period)
    else:
        found = match_unit(table, text, pos)
        if found is None:
            return None
        units = [u for u in found[1] if u.kind in _DENOMINATOR_KINDS and u.pint_expr]
        if not units:
            return None
        unit: UnitInfo = units[0]
        assert unit.pint_expr is not None
        expr = _LITRE.get(unit.name, unit.pint_expr)
        rate = Rate(found[0], _DENOMINATOR_NAMES.get(unit.name, unit.name), expr)
        if numerator_kind == unit.kind and not (tail.group("slash") or tail.group("word").lower() == "per"):
            return None  # "5 km a km" is no rate; "2 mg per kilogram" is a dose
    if (
        tail.group("word")
        and tail.group("word").lower() in ("a", "an")
        and not _singular(text[pos : rate.end])
    ):
        return None  # "$5 a pounds" is no English; "a" takes a singular unit
    if not tail.group("slash") and _TIME_AFTER.match(text, rate.end):
        return None
    if rate.end < len(text) and (text[rate.end].isalnum() or text[rate.end] == "-"):
        return None  # "a day-long strike", "per hourly rate"
    return rate


def _singular(surface: str) -> bool:
    s = surface.lower()
    return not (s.endswith("s") and not s.endswith(("ss", "us")))


def money_rate_unit(unit: UnitInfo, rate: Rate) -> str:
    """The written unit of a money rate: "dollar per hour", "cent per gallon", "euro per tonne"."""
    name = (
        _MONEY_NAMES.get(unit.currency or "", unit.name) if unit.name not in ("cent", "penny") else unit.name
    )
    return f"{name} per {rate.name}"


def physical_rate_unit(table: UnitTable, unit: UnitInfo, rate: Rate) -> str | None:
    """The normalised unit of a physical rate in pint's compact names ("mile/gallon"), or None."""
    if unit.pint_expr is None:
        return None
    try:
        units = table.registry.parse_units(f"({_LITRE.get(unit.name, unit.pint_expr)}) / ({rate.pint_expr})")
    except Exception:  # pint raises many kinds of errors for expressions it cannot read
        return None
    return format(units, "C")


_COUNTED_PER = re.compile(
    r"[ \u00a0]+(?:(?!of\b)[a-z][\w-]*[ \u00a0]+)?(?:[a-z][\w-]*[^s\W]s|people|men|women|children)[ \u00a0]+per[ \u00a0]+",
    re.I,
)


def density_after(table: UnitTable, text: str, end: int) -> tuple[int, str] | None:
    """ "400 people per square kilometre", "12 trees per acre": things counted per a unit of measure; the
    end and the normalised unit ("count/kilometer**2")."""
    m = _COUNTED_PER.match(text, end)
    if m is None:
        return None
    found = match_unit(table, text, m.end())
    units = [u for u in found[1] if u.kind in _DENOMINATOR_KINDS and u.pint_expr] if found else []
    if found is None or not units or (found[0] < len(text) and text[found[0]].isalnum()):
        return None
    try:
        label = format(
            table.registry.parse_units(f"count / ({_LITRE.get(units[0].name, units[0].pint_expr)})"), "C"
        )
    except Exception:  # pint raises many kinds of errors for expressions it cannot read
        return None
    return found[0], label


def as_rate(
    table: UnitTable,
    values: tuple[float | None, float | None],
    vague: bool,
    unit: UnitInfo,
    kind: str,
    rate: Rate,
    normalized: NormalizedQuantity,
    unit_text: str | None,
) -> tuple[str, NormalizedQuantity, str] | None:
    """A quantity read as a rate: kind ``rate``, its normalised unit and its written unit "<x> per <y>"
    (None when pint cannot read the physical ratio: the amount then stays what it was)."""
    if kind == "money":
        return (
            "rate",
            normalized.model_copy(update={"unit": f"{normalized.unit}/{rate.name}"}),
            money_rate_unit(unit, rate),
        )
    written = f"{unit_text or unit.name} per {rate.name}"
    if rate.name == FUEL_DISTANCE and normalized.unit == "l":  # pint has no unit of 100 km: the label says it
        return "rate", normalized.model_copy(update={"unit": "l/100km"}), written
    if kind == "percent":
        return "rate", normalized.model_copy(update={"unit": f"percent/{rate.name}"}), written
    label = physical_rate_unit(table, unit, rate)
    if label is None:
        return None
    low, high = values
    if kind == "length" and rate.name in ("second", "minute", "hour"):  # "30 metres a second" is a speed
        speeds = [_in_km_per_hour(table, v, unit, rate) for v in values]
        if all(v is not None or w is None for v, w in zip(speeds, values, strict=True)):
            low, high = speeds
            value = low if low == high and not vague else None
            return "speed", NormalizedQuantity(value=value, low=low, high=high, unit="km/h"), written
    value = low if low == high and not vague else None
    return "rate", NormalizedQuantity(value=value, low=low, high=high, unit=label), written


def _in_km_per_hour(table: UnitTable, value: float | None, unit: UnitInfo, rate: Rate) -> float | None:
    if value is None:
        return None
    try:
        speed = table.registry.Quantity(value, f"({unit.pint_expr}) / ({rate.pint_expr})")
        return float(speed.to("kilometer / hour").magnitude)
    except Exception:  # pint raises many kinds of errors for expressions it cannot read
        return None
