"""Compound measures written in two units: "6 ft 1 in", "3 pounds 4 ounces", "2 hours 30 minutes", 6'1".

The second part is added to the first, in the first part's unit (6 ft 1 in = 6.083 ft). It must be of the
same kind and a smaller unit, and less than one of the first unit (so "3 miles 200 yards" is one length,
but "5 km 3 km" is not a compound).
"""

from __future__ import annotations

import re

from parallax.annotation.quantity_numbers import parse_number_phrase
from parallax.annotation.quantity_units import UnitInfo, UnitTable, match_unit

_SECOND = re.compile(  # "6 ft 1 in", "3 pounds and 4 ounces", "5 feet, 11 inches"
    r"(?:,(?=[ \u00a0]+\d))?[ \u00a0]+(?:and[ \u00a0]+)?(?P<num>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)[ \u00a0]?(?=\S)", re.I
)
# "in" is never a unit on its own (it is a preposition), but it is one as the second part of a height.
_INCH = re.compile(r"in\.?(?![\w])|inch(?:es)?\b", re.I)
_FEET_INCHES = re.compile(r"(?P<ft>\d{1,2})\s?['’′]\s?(?P<in>\d{1,2}(?:\.\d+)?)\s?(?:\"|”|″|'')")
# "5-foot-11", "six-foot-two", "5-foot-11-inch": a height written with hyphens (the inches need no unit)
_HYPHEN_HEIGHT = re.compile(
    r"(?P<ft>\d{1,2}|[a-z]+)[ \u00a0]?-[ \u00a0]?(?:foot|feet|ft)[ \u00a0]?-[ \u00a0]?(?P<in>\d{1,2}(?:\.\d+)?|[a-z]+)"
    r"(?:[ -]inch(?:es)?)?(?![\w-])",
    re.I,
)
_COMPOUND_KINDS = frozenset(["length", "mass", "duration"])


# "5 foot 11", "six feet two": a person's height in whole feet, then its inches without their unit
# (the figure ends a clause or is followed by "tall", "and" ...: "5 feet 3 times" is no height)
_BARE_INCHES = re.compile(
    r"[ \u00a0]+(?P<num>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r"(?=\s*(?:[,;:!?)\"”]|\.(?!\d)|$)|\s+(?:tall|and|or|in|at|with|who|but|when)\b)",
    re.I,
)


def compound_tail(
    table: UnitTable, text: str, end: int, unit: UnitInfo, first: float | None = None
) -> tuple[int, float] | None:
    """After a number and its ``unit`` ending at ``end``: (end of the second part, its value in ``unit``). After
    ``first`` whole feet of a person's height (4 to 7), a figure below 12 with no unit is its inches."""
    if unit.kind not in _COMPOUND_KINDS or unit.pint_expr is None:
        return None
    written = _written_tail(table, text, end, unit)
    if written is not None or unit.name != "foot" or first not in (4, 5, 6, 7):
        return written
    bare = _BARE_INCHES.match(text, end)
    inches = parse_number_phrase(bare.group("num")) if bare is not None else None
    if bare is None or inches is None or not 0 < inches < 12:
        return None
    return bare.end(), inches / 12


def _written_tail(table: UnitTable, text: str, end: int, unit: UnitInfo) -> tuple[int, float] | None:
    """The second part of a compound measure with its unit ("1 in" after "6 ft")."""
    m = _SECOND.match(text, end)
    if m is None:
        return None
    if unit.kind == "duration" and re.match(r"\s+and\b", text[end : end + 5]):
        return None  # "21 years and six months" is read as two durations
    value = parse_number_phrase(m.group("num"))
    if value is None:
        return None
    pos = m.end()
    inch = _INCH.match(text, pos)
    if inch is not None:
        found = table.lower.get("inch")
        unit_end = pos + len(inch.group(0).rstrip("."))
    else:
        hit = match_unit(table, text, pos)
        found = hit[1] if hit else None
        unit_end = hit[0] if hit else pos
    if not found:
        return None
    second = next((u for u in found if u.kind == unit.kind and u.pint_expr), None)
    if second is None or second.name == unit.name:
        return None
    try:
        ratio = float(table.registry.Quantity(1.0, second.pint_expr).to(unit.pint_expr).magnitude)
    except Exception:  # pint raises many kinds of errors for units it cannot relate
        return None
    if not 0 < ratio < 1 or value * ratio >= 1:
        return None
    return unit_end, value * ratio


def feet_and_inches(text: str, pos: int) -> tuple[int, int, float] | None:
    """6'1" or "5-foot-11" at ``pos``: (start, end, feet)."""
    m = _FEET_INCHES.match(text, pos) or _HYPHEN_HEIGHT.match(text, pos)
    if m is None:
        return None
    feet, inches = parse_number_phrase(m.group("ft")), parse_number_phrase(m.group("in"))
    if feet is None or inches is None or inches >= 12 or feet != int(feet) or not 0 < feet < 10:
        return None
    return m.start(), m.end(), feet + inches / 12


_A_UNIT = re.compile(r"(?<![\w'’-])(?P<a>[Aa]n?)[ ](?=[a-z])")
# "a <unit>" is one of it ("a gallon of beer", "a penny"), except where the word has other common senses.
_A_UNIT_KINDS = frozenset(["volume", "mass", "money", "data storage", "length", "area", "energy"])
_NOT_AFTER_A = frozenset(["foot", "feet", "yard", "inch", "pound", "pounds", "mark", "grand", "quarter", "point",
                          "stone", "ton", "tons", "m", "mm", "km", "cm", "in", "cup", "pint", "quart", "rand",
                          "quid", "buck"])  # fmt: skip


# "a decade", "a century", "a fortnight" are spans of time; "a year", "a week" are left alone ("once a year")
_LONG_SPANS = frozenset(["decade", "century", "fortnight"])


def single_units(table: UnitTable, text: str) -> list[tuple[int, int, UnitInfo, str]]:
    """Every "a gallon", "a penny", "a kilometre" in ``text``: (start, end, unit, unit text)."""
    out: list[tuple[int, int, UnitInfo, str]] = []
    for m in _A_UNIT.finditer(text):
        hit = match_unit(table, text, m.end())
        if hit is None:
            continue
        surface = text[m.end() : hit[0]]
        surface_lower = text[m.end() : hit[0]].lower()
        unit = next(
            (u for u in hit[1] if u.kind in _A_UNIT_KINDS or (u.kind == "duration" and surface_lower in _LONG_SPANS)),
            None,
        )
        if unit is None or surface.lower() in _NOT_AFTER_A or surface.lower() != surface or len(hit[1]) > 1:
            continue
        if hit[0] < len(text) and (text[hit[0]].isalnum() or text[hit[0]] == "-"):
            continue  # "a quid-pro-quo", "a pound-for-pound fighter"
        out.append((m.start(), hit[0], unit, surface))
    return out
