"""Candidate quantities read from the text: a number (digits, words, vague plurals, scales, a currency) and
the unit written after it or given by its context. :mod:`parallax.annotation.quantities` turns each
candidate into a :class:`parallax.model.Quantity` (kind, normalised value, hedges, conversions)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.annotation import quantity_context as ctx
from parallax.annotation import quantity_meaning as meaning_of
from parallax.annotation.quantity_compound import compound_tail, feet_and_inches
from parallax.annotation.quantity_currency import (
    CURRENCY_CODES_BEFORE,
    CURRENCY_PREFIXES,
)
from parallax.annotation.quantity_numbers import (
    SCALE_ABBREVIATIONS,
    looks_like_year,
    parse_number_phrase,
    parse_vague,
    trim_number_phrase,
)
from parallax.annotation.quantity_phrases import degree_angle, named_unit
from parallax.annotation.quantity_senses import restated_prime, topic_symbol
from parallax.annotation.quantity_symbols import (
    angle_unit,
    data_letter,
    name_product,
    product_unit,
    speaks_of_angles,
    symbol_unit,
)
from parallax.annotation.quantity_units import (
    UnitInfo,
    compound_unit,
    guarded_unit,
    match_unit,
)
from parallax.annotation.quantity_word_units import rare_symbol

if TYPE_CHECKING:
    from parallax.annotation.quantities import QuantityResources

_PLAIN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a number written in digits alone, no sign or scale word

_GLUE = "_.,/:$£€¥₹₪-"
_FUEL_LITRES = re.compile(r"(?:[Ll]|litres?|liters?)(?=[ \u00a0]?/[ \u00a0]?100[ \u00a0]?(?:km|kilomet))")
_LENGTH_POWER = re.compile(
    r"(?:(?:\^|\*\*)?(?P<p>[23])(?![\w²³]|[.,]\d)|(?P<sup>[²³])(?![\w²³]|[.,]\d)|[ \u00a0](?P<sup2>squared|cubed)\b)"
)
_POWER_WORD = re.compile(r"(?P<w>square|sq|cubic|cu)(?:\.[ \u00a0]*|[ \u00a0]+)", re.I)
_INCH_ABBREVIATION = re.compile(r"in\b\.?")
_MERCURY = re.compile(r"\.?[ \u00a0]?Hg\b")
# Ounces of a drink or of a vessel's content are fluid ounces ("12 ounces of milk", "an 8-ounce glass", "16-oz.
# bottles"); ounces of anything else stay a mass ("4 ounces of gold", "a 16-ounce steak").
_OF_LIQUID = re.compile(
    r"\.?(?:[ \u00a0]+of(?:[ \u00a0]+\w+)?[ \u00a0]+(?:water|milk|juice|beer|wine|soda|pop|coffee|tea|liquid|fluid|alcohol|"
    r"liquor|broth|vodka|whiske?y|rum|gin|cola|drinks?|beverages?|formula|smoothies?|lemonade)\b"
    r"|(?:[ \u00a0]+[A-Za-z]+){0,2}[ \u00a0]+(?:jars?|glass(?:es)?|bottles?|cans|mugs?|cartons?|tumblers?|flasks?|cups? of)\b)",
    re.I,
)
_DEGREES_WORD = re.compile(r"[ \u00a0]?-?[ \u00a0]?degrees?\b", re.I)


@dataclass
class _Number:
    start: int
    end: int
    value: float | None
    low: float | None
    vague: str | None = None
    currency: str | None = None
    scaled: bool = False


@dataclass
class Candidate:
    start: int
    end: int
    low: float | None
    high: float | None
    vague: str | None
    alternative: bool
    currency: str | None
    unit_text: str | None
    units: tuple[UnitInfo, ...] = ()
    scaled: bool = False
    number_start: int = 0


def _glued(text: str, m: re.Match[str]) -> bool:
    """The match continues a word, a code or another number ("F-35", "192.168", "5/17/2018")."""
    start = m.start()
    if start == 0:
        return False
    before = text[start - 1]
    if before == "-" and _STAT_OF.search(text, max(0, start - 8), start):
        return False  # "20-of-24 passing", "3-for-5": two numbers, not a code
    if m.group("neg") and m.group("neg")[0] in "-−":
        return before.isalnum() or before in _GLUE
    return before.isalnum() or before in _GLUE


def _labelled(res: QuantityResources, text: str, m: re.Match[str]) -> bool:
    """A measure after a label and a colon, with no space ("Weight:50kg", "height:120px"): no code, when a unit
    follows the number (a time "at:10:30", a ratio "odds:3:1" have none)."""
    start = m.start()
    if start < 2 or text[start - 1] != ":" or not text[start - 2].isalpha() or m.group("num") is None:
        return False
    end = m.end("num")
    return (
        _unit_after(res, text, end) is not None
        or rare_symbol(res.units, text, m.start("num"), end) is not None
    )


_ONE_OR_DECIMAL = re.compile(r"(?:(?<![\d.,])1|\d[.,]\d+)$")
_STAT_OF = re.compile(r"\d[-–](?:of|for)-$")  # never "3-in-1" (a product)
_LONG_SCALES = frozenset(["bn", "bln", "mn", "mln", "mil", "tn", "trn", "tln"])
_SCALE_WORDS = frozenset(
    ["thousand", "million", "billion", "trillion"]
)  # glued: "$75billion", "£71.6million"
_ORDINAL_END = re.compile(r"^(?:a|an)\s.*[a-z]th$|^(?:a|an)\s+(?:half|third|quarter)$", re.I)


_HYPHEN_SCALE = re.compile(r"-(thousand|million|billion|trillion)(?![\w])", re.I)


def _scale_suffix(res: QuantityResources, text: str, end: int, cur: str | None) -> tuple[float, int] | None:
    """A scale written after digits: "$5bn", "10k", "1.2b", "10M", "2.33 k", "5m people", "a $5.2-billion plan"."""
    joined = _HYPHEN_SCALE.match(text, end)
    if joined is not None:
        return SCALE_ABBREVIATIONS[joined.group(1).lower()], joined.end()
    a = res.scale_re.match(text, end)
    if a is None:
        return None
    raw = a.group("abbr")
    abbr = raw.lower()
    spaced = bool(a.group("space"))
    next_word = re.match(r"\s+([A-Za-z]+)", text[a.end() : a.end() + 30])
    plural_next = bool(next_word and (next_word.group(1).endswith("s") or
                                      next_word.group(1).lower() in ctx.IRREGULAR_PLURALS))  # fmt: skip
    clear_after = re.match(r"\s*(?:[.,;:!?)\]]|$)", text[a.end() : a.end() + 3]) is not None
    if len(a.group("space")) > 1 and not clear_after:
        return None
    if raw == "K" and cur is None and meaning_of.speaks_of_temperature(text, end, a.end()):
        return None  # "573.15K" beside other temperatures: kelvin, not thousands
    if cur is None and data_letter(text, _number_start(text, end), end) is not None:
        return None  # "32K" of memory, a "1500b" packet, "12 b" of cross section: units, not scales
    if abbr in _SCALE_WORDS:
        return (SCALE_ABBREVIATIONS[abbr], a.end()) if not spaced else None
    if cur is None and len(raw) > 1 and raw not in (raw.lower(), raw.capitalize()):
        return None  # "12 MN", "5 mN": meganewtons and millinewtons; "12 mn", "$12 MN" are millions
    ok = (
        (cur is not None and abbr != "g" and (not spaced or abbr in ("m", "mn", "b", "bn", "tn")))
        or abbr in _LONG_SCALES
        or (abbr == "m" and plural_next and not spaced)
        or (not spaced and raw in ("k", "K", "M", "MM", "b", "B", "G"))
        or (spaced and clear_after and raw in ("k", "K", "M", "B", "G"))
        or (spaced and plural_next and raw in ("K", "M", "B"))  # "1.5 B users", "3 K fans": things counted
    )
    if not ok:
        return None
    return SCALE_ABBREVIATIONS[abbr], a.end()


_LIST_ITEM = re.compile(r"[ \t]*[-−•*]\s")
_LIST_LINE = 500  # characters searched for the lines around a list item


def _list_marker(text: str, start: int, sign: str) -> bool:
    """A dash and a space that open a line of a list (after white space only): the marker of an item."""
    if sign[:1] not in ("-", "−") or not sign[1:2].isspace():
        return False
    line_start = start
    while line_start > 0 and text[line_start - 1] in " \t":
        line_start -= 1
    if line_start > 0 and text[line_start - 1] != "\n":
        return False
    # a list has more than one item: the line before or after opens with a dash too (lines of a list are short)
    before = ""
    if line_start > 0:
        previous = text.rfind("\n", max(0, line_start - _LIST_LINE), line_start - 1) + 1
        before = text[previous : line_start - 1] if previous or line_start - 1 < _LIST_LINE else ""
    line_end = text.find("\n", start, start + _LIST_LINE)
    after = "" if line_end < 0 else text[line_end + 1 : line_end + 1 + _LIST_LINE]
    return any(_LIST_ITEM.match(line) for line in (before, after))


def _read_number(res: QuantityResources, text: str, pos: int, anchored: bool) -> _Number | None:
    if anchored:
        m = res.main_re.match(text, pos)
    else:
        m = res.main_re.search(text, pos)
        while m is not None and _glued(text, m) and not _labelled(res, text, m):
            m = res.main_re.search(text, m.start() + 1)
    if m is None:
        return None
    cur = m.group("cur")
    if cur is not None and cur not in CURRENCY_PREFIXES and cur not in CURRENCY_CODES_BEFORE:
        # The pattern ignores case: "a$" is the table's "A$".
        cur = next((c for c in CURRENCY_PREFIXES if c.upper() == cur.upper()), None)
    sign = -1.0 if m.group("neg") else 1.0
    start = m.start()
    if sign < 0 and _list_marker(text, m.start(), m.group("neg")):
        sign, start = 1.0, m.end("neg")  # "- 2,000 fps" opening a line of a list: a bullet, not a minus
    if m.group("vague"):
        phrase = m.group("vague")
        end = m.end("vague")
        if (end < len(text) and text[end].isalnum()) or sign < 0:
            return _Number(start, end, None, None)
        parsed = parse_vague(phrase)
        return _Number(start, end, None, parsed.low, vague=re.sub(r"\s+of$", "", phrase.lower()),
                       currency=cur)  # fmt: skip
    num_start = m.start("num")
    phrase = trim_number_phrase(m.group("num"))
    end = num_start + len(phrase)
    over = _OVER_WORD.search(phrase)
    if over is not None and (
        cur is not None or _unit_after(res, text, end) is not None or _SCALED.search(phrase[: over.start()])
    ):
        # "$800 billion over 10 years": an amount and a period, not 80 billion
        phrase = phrase[: over.start()]
        end = num_start + len(phrase)
    if phrase[-1].isalpha() and end < len(text) and (text[end].isalnum() or (text[end] == "-" and
                                                       text[end + 1 : end + 2].isdigit())):  # fmt: skip
        return _Number(start, end, None, None)
    if _ORDINAL_END.search(phrase) and not re.match(r"\s*(?:of\b|[.,;:!?)]|$)", text[end : end + 4]):
        return _Number(start, end, None, None)  # "a fifth day" is an ordinal; "a fifth of", "a half" are not
    frac = re.fullmatch(r"(\d{1,3})/(\d{1,3})", phrase)
    if frac is not None and not (0 < int(frac.group(1)) < int(frac.group(2)) <= 100):
        return _Number(start, end, None, None)  # "24/7", "9/0": not a fraction
    value = parse_number_phrase(phrase)
    if value is None:
        return _Number(start, end, None, None)
    value *= sign
    scaled = bool(re.search(r"[a-z]", phrase, re.I)) and bool(
        re.search(r"(?:thousand|million|billion|trillion|lakh|crore)", phrase, re.I)
    )
    if phrase[-1].isdigit():
        suffix = _scale_suffix(res, text, end, cur)
        if suffix is not None:
            value *= suffix[0]
            end = suffix[1]
            scaled = True
    return _Number(start, end, value, value, currency=cur, scaled=scaled)


_YEAR_BEFORE = re.compile(r"\b(?:by|in|until|through|since)\s+$", re.I)
_OVER_WORD = re.compile(r"\s+(?:over|divided\s+by)\s+", re.I)
_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|lakh|crore)\b", re.I)
_TOLERANCE = re.compile(r"\s*(?:±|\+/-|\+-)\s*\d+(?:\.\d+)?")
_INCH_AT_END = re.compile(r"in(?:\.(?=\s+[A-Z]|\s*$)|(?=\s*$))")


def _unit_after(res: QuantityResources, text: str, end: int) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    pos = end
    if pos < len(text) and text[pos] in " \u00a0-":
        pos += 1
    found = match_unit(res.units, text, pos)
    fuel = _FUEL_LITRES.match(text, pos)
    if found is None and fuel is not None and res.units.lower.get("litre"):
        return pos, fuel.end(), res.units.lower["litre"]  # "5.6 L/100 km": the rate reads the rest
    if res.symbols is not None and (pos == end or text[end] != "-"):
        # "N·m", "kW-h", "Js", "J kg⁻¹ K⁻¹", "W/(m·K)": longer than "N", "kW", "J" alone or pint's reading
        product = product_unit(res.symbols, text, pos) or name_product(res.symbols, text, pos)
        if product is not None and (found is None or product[0] > found[0]):
            written = compound_unit(res.units, text, pos)
            if written is None or product[0] > written[0]:
                return pos, product[0], (product[1],)
    short = re.match(r"(minute|second)s?(?![\w])", text[pos : pos + 8], re.I) if pos > end else None
    if found is None and short is not None and text[end] == "-" and res.units.lower.get(short.group(1) + "s"):
        return pos, pos + short.end(), res.units.lower[short.group(1) + "s"]  # "a five-minute speech"
    singular = short is not None and _ONE_OR_DECIMAL.search(text, max(0, end - 12), end) is not None
    if found is None and short is not None and singular and res.units.lower.get(short.group(1) + "s"):
        # "1 second", "a 12.5 second run", "0.5 minute": a singular after one or a decimal is the unit, never
        # the ordinal "second" or the adjective "minute"
        return pos, pos + short.end(), res.units.lower[short.group(1) + "s"]
    if found is None or found[1][0].kind == "length":
        square = _power_before(res, text, pos)  # a "square" or "cubic" that the unit table lacks
        if square is not None and (found is None or square[1] > found[0]):
            return square
    if found is None:
        written = compound_unit(res.units, text, pos)
        if written is not None:
            return pos, written[0], (written[1],)
        inch = _INCH_AT_END.match(text, pos)
        if (inch is None or pos == end) and res.symbols is not None:
            start = _number_start(text, end)  # "4 nV", "1.28 s", "mbar"; "32K" of memory
            return symbol_unit(res.symbols, text, start, end) or data_letter(text, start, end)
        if inch is None or not res.units.lower.get("inch") or pos == end:
            return None
        return pos, pos + 2, res.units.lower["inch"]  # "2 in." closing a sentence: inches
    unit_end, units = found
    if pos > end and text[end] == "-" and text[pos:unit_end].lower() in ("m", "b", "k"):
        return None
    fluid = res.units.lower.get("fluid ounce")
    if units[0].name == "ounce" and fluid and _OF_LIQUID.match(text, unit_end):
        return pos, unit_end, fluid  # "8-ounce jars", "12 ounces of milk": a volume
    power = _LENGTH_POWER.match(text, unit_end)
    if power is not None and units[0].kind == "length" and units[0].pint_expr:
        # "40 µm2", "3 mm^3", "12 ft²", "20 metres squared": a power of any unit of length is an area or a volume
        p = (
            power.group("p")
            or {"²": "2", "³": "3", "squared": "2", "cubed": "3"}[power.group("sup") or power.group("sup2")]
        )
        return pos, power.end(), (_length_power(units[0], p),)
    mercury = _MERCURY.match(text, unit_end)
    if mercury is not None and units[0].name in (
        "millimetre",
        "millimeter",
        "inch",
        "centimetre",
        "centimeter",
    ):
        pressure = res.units.exact.get("mmHg" if units[0].name != "inch" else "inHg")
        if pressure:  # "120 mm Hg", "29.9 in. Hg"
            return pos, mercury.end(), pressure
    return pos, unit_end, units


def _mixed_fraction(text: str, first: _Number, second: _Number) -> bool:
    """ "1" and "1/2" joined by a hyphen: a whole number and a proper fraction written as one number."""
    return (
        second.value is not None
        and 0 < second.value < 1
        and re.fullmatch(r"\d{1,2}/\d{1,2}", text[second.start : second.end]) is not None
        and first.value is not None
        and first.value > 0
        and first.value == int(first.value)
        and re.fullmatch(r"\d{1,3}", text[first.start : first.end]) is not None
    )


def _length_power(length: UnitInfo, power: str) -> UnitInfo:
    name = ("square " if power == "2" else "cubic ") + length.name
    return UnitInfo(name, "area" if power == "2" else "volume", f"({length.pint_expr}) ** {power}")


def _power_before(
    res: QuantityResources, text: str, pos: int
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """ "12 sq. ft.", "3 cu. yd.", "5 square centimetres", "2 sq in": "square" or "cubic", written out or
    abbreviated with or without a dot, before any unit of length."""
    m = _POWER_WORD.match(text, pos)
    if m is None:
        return None
    found = match_unit(res.units, text, m.end())
    if found is None and _INCH_ABBREVIATION.match(text, m.end()) and res.units.lower.get("inch"):
        found = m.end() + 2, res.units.lower["inch"]  # "sq. in." ("in" alone is a preposition)
    if found is None or found[1][0].kind != "length" or not found[1][0].pint_expr:
        return None
    power = "2" if m.group("w").lower().startswith("s") else "3"
    return pos, found[0], (_length_power(found[1][0], power),)


def _number_start(text: str, end: int) -> int:
    """Where the digits ending at ``end`` begin ("1,013.5")."""
    start = end
    while start > 0 and (
        text[start - 1].isdigit() or (text[start - 1] in ".," and text[start - 2 : start - 1].isdigit())
    ):
        start -= 1
    return start


def _unit_in_context(
    res: QuantityResources, text: str, start: int, end: int
) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A unit that only the context settles: a guarded symbol ("66 Ma ago"), degrees in a sentence about
    temperature ("98 degrees")."""
    unit = (
        guarded_unit(res.units, text, start, end)
        or rare_symbol(res.units, text, start, end)
        or named_unit(text, start, end)
        or topic_symbol(res.units.topical, text, start, end)
    )
    if unit is None:
        degrees = meaning_of.temperature_without_scale(text, start, end, res.temperature_scale)
        if degrees is None and _DEGREES_WORD.match(text, end) and text[start:end][-1:].isdigit():
            angles = speaks_of_angles(text, start, end)
            unit = degree_angle(text, end, angles)  # "30 degrees from the vertical", "a 40-degree angle"
            if (
                unit is None
                and text[end : end + 1] in (" ", "\u00a0")
                and not text[start:end].startswith("0")
            ):
                # "hit 89 degrees": degrees that measure no angle are a temperature
                degrees = meaning_of.temperature_without_scale(
                    text, start, end, res.temperature_scale, assume=True
                )
        scale = res.units.lower.get(degrees[1].lower()) if degrees else None
        if degrees is not None and scale:
            unit = (end + (text[end] in " \u00a0"), degrees[0], scale)
    return unit


_SIGN_OF_NEXT = re.compile(r"[$£€¥₹]\s?\d")
_OF_UNIT = re.compile(r"[ \u00a0]+of[ \u00a0]+(?=[a-z])")
_MEASURED_OF = frozenset(["money", "length", "mass", "volume", "area", "duration"])
_SCALE_AT_END = re.compile(
    r"[\s\u00a0-]*(?:thousand|million|billion|trillion|lakh|crore|bn|bln|mn|mln|mil|tn|trn|tln|mm|m|b|k)\.?$", re.I
)
_WORD_FIGURE = re.compile(r"^[A-Za-z][A-Za-z\s-]*$")  # "three", "twenty-five": a number written as words


def _bare_figure(text: str, number: _Number) -> str:
    """The figure of ``number`` without its currency sign and scale word ("$1.5 trillion" -> "1.5", "three
    billion" -> "three")."""
    figure = text[number.start : number.end]
    if number.currency and figure.startswith(number.currency):
        figure = figure[len(number.currency) :]
    figure = _SCALE_AT_END.sub("", figure.strip())
    return figure.replace(",", "") if _WORD_FIGURE.search(figure) else re.sub(r"\D+$", "", figure).replace(",", "")


def candidate_at(
    res: QuantityResources, text: str, pos: int, anchored: bool = False
) -> tuple[Candidate | None, int]:
    """Read one quantity starting at (or searching from) ``pos``; returns it and where to go on."""
    first = _read_number(res, text, pos, anchored)
    if first is None:
        return None, len(text)
    if first.low is None:
        return None, max(first.end, pos + 1)
    low = high = first.value if first.vague is None else None
    if first.vague is not None:
        low = first.low
    end = first.end
    unit = _unit_after(res, text, end)
    if unit is not None and _SIGN_OF_NEXT.match(text, unit[0]):
        unit = None  # "£3-£4 billion", "€10-€12": the sign opens the next figure, it is no unit of this one
    of_unit = _OF_UNIT.match(text, end) if first.vague is not None and unit is None else None
    if of_unit is not None:  # "tens of thousands of dollars", "hundreds of miles": a vague amount of a unit
        measured = _unit_after(res, text, of_unit.end())
        if measured is not None and measured[0] == of_unit.end() and measured[2][0].kind in _MEASURED_OF:
            unit = measured
    tolerance = _TOLERANCE.match(text, end)
    if unit is None and tolerance is not None:  # "2,000.45±0.01 pounds"
        unit = _unit_after(res, text, tolerance.end())
    restated = (
        restated_prime(text, first.start, end, first.value)
        if unit is None and first.vague is None and first.currency is None
        else None
    )
    if restated is not None:  # "2½′ (150″)": minutes and seconds of arc; "5′ (60″)": feet and inches
        known = res.units.lower.get(restated[1]) if restated[1] in ("foot", "inch") else None
        unit = (end, restated[0], known or (UnitInfo(restated[1], "angle", restated[1]),))
    if unit is None and first.vague is None and first.currency is None and res.symbols is not None:
        # "12°" in a sentence about slopes, "40° 26′ 46″", "0.8″ apart" among stars: angles, not inches
        degree = text[end : end + 2].strip()[:1] in ("°", "º")
        warm = degree and meaning_of.speaks_of_temperature(text, first.start, end + 2)
        unit = angle_unit(text, first.start, end, about_temperature=warm)
    line = text[max(0, first.start - 300) : first.start].rsplit("\n", 1)[-1]
    if (
        unit is None
        and end < len(text)
        and text[end] in '"″'
        and line.count('"') % 2 == 0
        and "“" not in line
    ):
        inch = res.units.lower.get("inch")
        unit = (end, end + 1, inch) if inch else None  # 9"
    if (unit is None or unit[2][0].name == "foot") and first.vague is None and first.currency is None:
        heights = feet_and_inches(text, first.start)
        foot = res.units.lower.get("foot")
        if heights is not None and foot:  # 6'1"
            low = high = heights[2]
            unit = (first.end, heights[1], foot)
    if unit is None and first.vague is None and first.currency is None:
        unit = _unit_in_context(res, text, first.start, end)
    alternative = False
    currency = first.currency
    scaled = first.scaled
    # a range or an alternative: "5 to 20 km", "40-50 miles", "70 or 80 kilometers", "$5-10 million"
    if first.vague is None:
        sep = res.range_re.match(text, unit[1] if unit else end)
        if sep is not None:
            word = sep.group("sep").lower()
            second = _read_number(res, text, sep.end(), anchored=True)
            ok = second is not None and second.value is not None and second.vague is None
            if (
                ok
                and word == "or"
                and re.search(r"\beither\s+$", text[max(0, first.start - 12) : first.start], re.I)
            ):
                ok = False  # "either 10 bln or 10 tln": two values, not a range
            if ok and word == "and":
                ok = (
                    re.search(r"\bbetween\s+(?:\S+\s+)?$", text[max(0, first.start - 30) : first.start], re.I)
                    is not None
                )
            if word.startswith("-") and word.endswith("to"):
                word = "to"  # "8- to 16-meter"
            if ok and word == "-":
                tight = first.end == sep.start() and sep.end() == (second.start if second else 0)
                spaced = (
                    text[sep.start() : sep.start() + 1].isspace()
                    and text[sep.end() - 1 : sep.end()].isspace()
                )
                ok = tight or spaced
                if tight and unit is None and second is not None and _mixed_fraction(text, first, second):
                    # "1-1/2 cups", "a 2-3/4-inch pipe": a whole number and a fraction, not a range
                    low = high = (first.value or 0.0) + (second.value or 0.0)
                    end, ok = second.end, False
                    unit = _unit_after(res, text, second.end)
            if ok and word == "to":
                ok = not ctx.is_change_context(text, first.start)
            if (
                ok
                and _YEAR_BEFORE.search(text, max(0, first.start - 9), first.start)
                and looks_like_year(text[first.start : first.end])
            ):
                ok = False  # "from 54 mpg by 2025 to 40 mpg": a year, then the next figure
            if ok and second is not None and second.value is not None:
                unit2 = _unit_after(res, text, second.end) or _unit_in_context(
                    res, text, second.start, second.end
                )
                same = unit is None or (unit2 is not None and unit2[2][0].kind == unit[2][0].kind)
                v1 = first.value if first.value is not None else 0.0
                if second.scaled and not first.scaled and v1 < second.value and v1 * 1000 <= second.value:
                    # "5 to 10 million", "$1 to $1.5 trillion": the second figure's scale is the first's too
                    v1 *= second.value / (parse_number_phrase(_bare_figure(text, second)) or 1)
                # "outraised him $5.4 million to $200,000": two amounts set against each other, not a range, which
                # runs upwards ("$200,000 to $5.4 million", "-5 to -10 degrees"). Two plain numbers ("won 14 to 3",
                # "voted 65 to 33", "46 percent to 41 percent") stay one span: the story stage reads it as a tally.
                downwards = (
                    word == "to"
                    and v1 > second.value >= 0
                    and not (
                        _PLAIN_NUMBER.fullmatch(text[first.start : first.end])
                        and _PLAIN_NUMBER.fullmatch(text[second.start : second.end])
                    )
                )
                if same and not (unit is not None and unit2 is None) and not downwards:
                    low, high = (v1, second.value)
                    if low is not None and high is not None and low > high:
                        low, high = high, low
                    alternative = word == "or"
                    end = second.end
                    unit = unit2 or unit
                    currency = currency or second.currency
                    scaled = scaled or second.scaled
    unit_text = None
    units: tuple[UnitInfo, ...] = ()
    if unit is not None:
        unit_text = text[unit[0] : unit[1]]
        units = unit[2]
        end = unit[1]
        measure = next((u for u in units if u.kind in ("length", "mass", "duration")), None)
        tail = (
            compound_tail(res.units, text, end, measure, low)
            if measure and low == high and low is not None
            else None
        )
        if measure is not None and tail is not None and low is not None:  # "6 ft 1 in", "3 pounds 4 ounces"
            end, low, high, units = tail[0], low + tail[1], low + tail[1], (measure,)
    if currency:
        unit_text = currency if unit_text is None else unit_text
        cur_units = tuple(u for u in units if u.kind == "money")
        code = CURRENCY_PREFIXES.get(currency) or CURRENCY_CODES_BEFORE[currency]
        units = cur_units or (UnitInfo(currency, "money", None, code),)
    cand = Candidate(first.start, end, low, high, first.vague, alternative, currency, unit_text, units, scaled,
                      number_start=first.start + (len(currency) if currency else 0))  # fmt: skip
    return cand, end
