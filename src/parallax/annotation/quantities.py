"""Quantities in article text: values, ranges, units, hedges, conversions and counted things.

Scheme (what :class:`parallax.model.Quantity` records hold):

* ``value`` for one number (then ``low == high == value``); ``low``/``high`` for ranges ("5 to 20 km",
  "40-50 miles") and alternatives ("70 or 80 km", ``alternative=True``); vague plurals ("dozens",
  "tens of thousands") have only ``low`` (24, 20,000) and the phrase as ``qualifier``.
* ``unit`` is the unit as written ("kilometers", "km", "$", "%"); ``None`` for counts.
* ``kind``: length, mass, money, percent, percentage point, duration, speed, area, volume, temperature,
  energy, power, data storage, pressure, current, electric potential, sound level, torque, ... (quantulum3's entity
  names; "proportion" for ppm, "rotation speed" for rpm, "image resolution" for megapixels), count (things counted, ``counted`` = the noun: "Kenyan officers"),
  fraction ("half the ...").
* ``normalized``: length in ``km`` (kilometres, miles, nautical miles) or ``m`` (shorter units), mass in
  ``kg``, money in its ISO code (``USD`` for dollars; other currencies go to
  ``USD`` only when a rate is given to :func:`load_quantity_resources`), ``percent``, ``count`` for
  counts, fractions as ``percent``.
* A bracketed conversion ("85 kilometers (53 miles)") is a quantity of its own ("53 miles"), and the
  primary ("85 kilometers") names it: its ``conversion`` is the span of the converted part, so a reader
  of the primary can skip the restatement.
* The span starts at a leading hedge ("at least 100 kilometers") and ends after a trailing one
  ("50 or more").

* Every numeral is reported: one that neither measures nor counts (a year, an index level) has kind
  ``number`` and no ``normalized``. Other kinds: ``age`` (years), ``magnitude``, ``frequency`` ("every 15
  minutes", "15 a year": ``count/year``), ``compound`` (units read by pint: "mg/kg"), ``rate`` (an amount per
  a unit of measure: "$15 an hour" is 15 "dollar per hour", normalised ``USD/hour``; "52 miles per gallon"
  ``mile/gallon``; an amount per a thing, "$2 a share", stays the amount; see ``quantity_rates``).
* Durations keep their written unit (30 year, not days); areas in ``m2`` or (kilometres, miles, acres,
  hectares) ``km2``; cubic units in ``m3``/``km3``; minor currency units in the main unit (26 cents = 0.26).

Dates, times of day, ordinals, codes and numbers inside names are skipped. The number
grammar is our own (regular expressions); quantulum3's unit tables give the unit surfaces, pint the
conversions, and a classifier retrained from quantulum3's training data picks between units that share
a surface ("pounds": mass or money).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parallax.annotation import quantity_context as ctx
from parallax.annotation import quantity_meaning as meaning_of
from parallax.annotation import quantity_rates as rates
from parallax.annotation.quantity_bounds import (
    FRACTION_PATTERN,
    elliptical_money,
    fractions_of_a_whole,
    merge_bounds,
    number_lists,
    ordinal_ranges,
    share_units,
)
from parallax.annotation.quantity_classifier import UnitClassifier, load_unit_classifier
from parallax.annotation.quantity_compound import compound_tail, feet_and_inches, single_units
from parallax.annotation.quantity_currency import (
    CURRENCY_BEFORE_PATTERN,
    CURRENCY_CODES_BEFORE,
    CURRENCY_PREFIXES,
)
from parallax.annotation.quantity_numbers import (
    NUMBER_PATTERN,
    SCALE_ABBREVIATIONS,
    VAGUE_PATTERN,
    looks_like_year,
    parse_number_phrase,
    parse_vague,
    trim_number_phrase,
)
from parallax.annotation.quantity_symbols import (
    SymbolTable,
    angle_unit,
    build_symbol_table,
    data_letter,
    name_product,
    product_unit,
    symbol_unit,
)
from parallax.annotation.quantity_units import (
    MINOR_UNITS,
    UnitInfo,
    UnitTable,
    build_unit_table,
    compound_unit,
    convert,
    guarded_unit,
    match_unit,
)
from parallax.model import NormalizedQuantity, Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAIN = rf"""
(?P<neg>(?:minus|negative)[ ]+|[-−][ ]?(?=\d))?
(?:(?P<cur>{CURRENCY_BEFORE_PATTERN})[ \u00a0]?)?
(?:(?P<vague>{VAGUE_PATTERN})|(?P<num>{NUMBER_PATTERN}))
"""
_GLUE = "_.,/:$£€¥₹₪-"
_SCALE_ABBR = (
    r"(?P<space>[ \u00a0]{0,2})(?P<abbr>thousand|million|billion|trillion|bn|bln|mn|mln|mil|tn|trn|tln|mm|m|b|k|g|t)"
    r"(?![\w])"
)
_RANGE_SEP = r"[ \u00a0]*(?P<sep>-[ \u00a0]+to|-|–|—|~|to|through|thru|and|or)[ \u00a0]*"


@dataclass(frozen=True)
class QuantityResources:
    """Everything find_quantities needs, built once per process by :func:`load_quantity_resources`."""

    units: UnitTable
    classifier: UnitClassifier
    main_re: re.Pattern[str]
    scale_re: re.Pattern[str]
    range_re: re.Pattern[str]
    fraction_re: re.Pattern[str]
    usd_rates: Mapping[str, float] = field(default_factory=dict)
    temperature_scale: str = meaning_of.FAHRENHEIT
    symbols: SymbolTable | None = None


def load_quantity_resources(
    usd_rates: Mapping[str, float] | None = None, temperature_scale: str = "fahrenheit"
) -> QuantityResources:
    """Build the unit tables (quantulum3 + pint), load the retrained classifier, compile the grammar.

    ``usd_rates`` maps ISO currency codes to US dollars per unit ({"GBP": 1.3}); money in those
    currencies is then normalised to USD. ``temperature_scale`` ("fahrenheit" or "celsius") is the scale of
    a temperature written without one ("98 degrees") when neither its sentence nor the rest of the text
    names a scale.
    """
    import pint

    registry: pint.UnitRegistry = pint.UnitRegistry()
    return QuantityResources(
        units=build_unit_table(registry),
        classifier=load_unit_classifier(),
        main_re=re.compile(_MAIN, re.I | re.X),
        scale_re=re.compile(_SCALE_ABBR, re.I),
        range_re=re.compile(_RANGE_SEP, re.I),
        fraction_re=re.compile(FRACTION_PATTERN, re.I),
        usd_rates=dict(usd_rates or {}),
        temperature_scale=meaning_of.CELSIUS if temperature_scale.lower() == "celsius" else meaning_of.FAHRENHEIT,
        symbols=build_symbol_table(registry),
    )


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
class _Candidate:
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
    if m.group("neg") and m.group("neg")[0] in "-−":
        return before.isalnum() or before in _GLUE
    return before.isalnum() or before in _GLUE


_LONG_SCALES = frozenset(["bn", "bln", "mn", "mln", "mil", "tn", "trn", "tln"])
_SCALE_WORDS = frozenset(["thousand", "million", "billion", "trillion"])  # glued: "$75billion", "£71.6million"
_ORDINAL_END = re.compile(r"^(?:a|an)\s.*[a-z]th$|^(?:a|an)\s+(?:half|third|quarter)$", re.I)


def _scale_suffix(res: QuantityResources, text: str, end: int, cur: str | None) -> tuple[float, int] | None:
    """A scale written after digits: "$5bn", "10k", "1.2b", "10M", "2.33 k", "5m people"."""
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
    )
    if not ok:
        return None
    return SCALE_ABBREVIATIONS[abbr], a.end()


def _read_number(res: QuantityResources, text: str, pos: int, anchored: bool) -> _Number | None:
    if anchored:
        m = res.main_re.match(text, pos)
    else:
        m = res.main_re.search(text, pos)
        while m is not None and _glued(text, m):
            m = res.main_re.search(text, m.start() + 1)
    if m is None:
        return None
    cur = m.group("cur")
    if cur is not None and cur not in CURRENCY_PREFIXES and cur not in CURRENCY_CODES_BEFORE:
        # The pattern ignores case: "a$" is the table's "A$".
        cur = next((c for c in CURRENCY_PREFIXES if c.upper() == cur.upper()), None)
    sign = -1.0 if m.group("neg") else 1.0
    if m.group("vague"):
        phrase = m.group("vague")
        end = m.end("vague")
        if (end < len(text) and text[end].isalnum()) or sign < 0:
            return _Number(m.start(), end, None, None)
        parsed = parse_vague(phrase)
        return _Number(m.start(), end, None, parsed.low, vague=re.sub(r"\s+of$", "", phrase.lower()),
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
        return _Number(m.start(), end, None, None)
    if _ORDINAL_END.search(phrase) and not re.match(r"\s*(?:of\b|[.,;:!?)]|$)", text[end : end + 4]):
        return _Number(m.start(), end, None, None)  # "a fifth day" is an ordinal; "a fifth of", "a half" are not
    frac = re.fullmatch(r"(\d{1,3})/(\d{1,3})", phrase)
    if frac is not None and not (0 < int(frac.group(1)) < int(frac.group(2)) <= 100):
        return _Number(m.start(), end, None, None)  # "24/7", "9/0": not a fraction
    value = parse_number_phrase(phrase)
    if value is None:
        return _Number(m.start(), end, None, None)
    value *= sign
    scaled = bool(re.search(r"[a-z]", phrase, re.I)) and bool(re.search(r"(?:thousand|million|billion|trillion|lakh|crore)", phrase, re.I))
    if phrase[-1].isdigit():
        suffix = _scale_suffix(res, text, end, cur)
        if suffix is not None:
            value *= suffix[0]
            end = suffix[1]
            scaled = True
    return _Number(m.start(), end, value, value, currency=cur, scaled=scaled)


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
    if pos > end and text[end] == "-" and text[pos : unit_end].lower() in ("m", "b", "k"):
        return None
    return pos, unit_end, units


def _number_start(text: str, end: int) -> int:
    """Where the digits ending at ``end`` begin ("1,013.5")."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or (text[start - 1] in ".," and text[start - 2 : start - 1].isdigit())):
        start -= 1
    return start


def _unit_in_context(res: QuantityResources, text: str, start: int, end: int) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    """A unit that only the context settles: a guarded symbol ("66 Ma ago"), degrees in a sentence about
    temperature ("98 degrees")."""
    unit = guarded_unit(res.units, text, start, end)
    if unit is None:
        degrees = meaning_of.temperature_without_scale(text, start, end, res.temperature_scale)
        scale = res.units.lower.get(degrees[1].lower()) if degrees else None
        if degrees is not None and scale:
            unit = (end + (text[end] in " \u00a0"), degrees[0], scale)
    return unit


def _candidate_at(res: QuantityResources, text: str, pos: int, anchored: bool = False) -> tuple[_Candidate | None, int]:
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
    tolerance = _TOLERANCE.match(text, end)
    if unit is None and tolerance is not None:  # "2,000.45±0.01 pounds"
        unit = _unit_after(res, text, tolerance.end())
    if unit is None and first.vague is None and first.currency is None and res.symbols is not None:
        # "12°" in a sentence about slopes, "40° 26′ 46″", "0.8″ apart" among stars: angles, not inches
        degree = text[end : end + 2].strip()[:1] in ("°", "º")
        warm = degree and meaning_of.speaks_of_temperature(text, first.start, end + 2)
        unit = angle_unit(text, first.start, end, about_temperature=warm)
    line = text[max(0, first.start - 300) : first.start].rsplit("\n", 1)[-1]
    if unit is None and end < len(text) and text[end] in '"″' and line.count('"') % 2 == 0 and "“" not in line:
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
            if ok and word == "or" and re.search(r"\beither\s+$", text[max(0, first.start - 12) : first.start], re.I):
                ok = False  # "either 10 bln or 10 tln": two values, not a range
            if ok and word == "and":
                ok = re.search(r"\bbetween\s+(?:\S+\s+)?$", text[max(0, first.start - 30) : first.start], re.I) is not None
            if word.startswith("-") and word.endswith("to"):
                word = "to"  # "8- to 16-meter"
            if ok and word == "-":
                tight = first.end == sep.start() and sep.end() == (second.start if second else 0)
                spaced = text[sep.start() : sep.start() + 1].isspace() and text[sep.end() - 1 : sep.end()].isspace()
                ok = tight or spaced
            if ok and word == "to":
                ok = not ctx.is_change_context(text, first.start)
            if ok and _YEAR_BEFORE.search(text, max(0, first.start - 9), first.start) and looks_like_year(
                text[first.start : first.end]
            ):
                ok = False  # "from 54 mpg by 2025 to 40 mpg": a year, then the next figure
            if ok and second is not None and second.value is not None:
                unit2 = _unit_after(res, text, second.end) or _unit_in_context(res, text, second.start, second.end)
                same = unit is None or (unit2 is not None and unit2[2][0].kind == unit[2][0].kind)
                if same and not (unit is not None and unit2 is None):
                    v1 = first.value if first.value is not None else 0.0
                    if second.scaled and not first.scaled and v1 < second.value and v1 * 1000 <= second.value:
                        v1 *= second.value / (parse_number_phrase(re.sub(r"\D+$", "", text[second.start:second.end]).replace(",", "")) or 1)
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
        tail = compound_tail(res.units, text, end, measure) if measure and low == high and low is not None else None
        if measure is not None and tail is not None and low is not None:  # "6 ft 1 in", "3 pounds 4 ounces"
            end, low, high, units = tail[0], low + tail[1], low + tail[1], (measure,)
    if currency:
        unit_text = currency if unit_text is None else unit_text
        cur_units = tuple(u for u in units if u.kind == "money")
        code = CURRENCY_PREFIXES.get(currency) or CURRENCY_CODES_BEFORE[currency]
        units = cur_units or (UnitInfo(currency, "money", None, code),)
    cand = _Candidate(first.start, end, low, high, first.vague, alternative, currency, unit_text, units, scaled,
                      number_start=first.start + (len(currency) if currency else 0))  # fmt: skip
    return cand, end


def _normalize(res: QuantityResources, cand: _Candidate, unit: UnitInfo | None, kind: str) -> NormalizedQuantity:
    values = (cand.low, cand.high)
    if kind == "fraction":
        pct = [None if v is None else v * 100 for v in values]
        return NormalizedQuantity(value=pct[0] if pct[0] == pct[1] else None, low=pct[0], high=pct[1], unit="percent")
    if kind == "count":
        return NormalizedQuantity(value=cand.low if cand.low == cand.high else None, low=cand.low, high=cand.high,
                                  unit="count")  # fmt: skip
    label: str | None = unit.name if unit else None
    factor = 1.0
    if unit is not None and unit.kind == "money":
        code = unit.currency or unit.name
        label = code
        factor = MINOR_UNITS.get(unit.name, 1.0)  # 26 cents is 0.26 USD
        if code != "USD" and code in res.usd_rates:
            factor, label = factor * res.usd_rates[code], "USD"
    elif unit is not None and unit.kind in ("percent", "percentage point"):
        label = unit.kind
        factor = MINOR_UNITS.get(unit.name, 1.0)  # 25 basis points is 0.25 percentage point
    out: list[float | None] = []
    for v in values:
        if v is None or unit is None or unit.kind in ("money", "percent", "percentage point"):
            out.append(None if v is None else v * factor)
            continue
        converted = convert(res.units, v, unit)
        if converted is None:
            out.append(v)
        else:
            out.append(converted[0])
            label = converted[1]
    low, high = out
    return NormalizedQuantity(value=low if cand.vague is None and low == high else None, low=low, high=high,
                              unit=label)  # fmt: skip


def _context(text: str, start: int, end: int, doc: Doc | None) -> str:
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            return span.sent.text
    return text[max(0, start - 200) : end + 200]


def _round(v: float | None) -> float | None:
    """Fifteen significant digits (micro-units keep their value: 5 micrograms is 5e-9 kg, not 0.0)."""
    return None if v is None else float(f"{v:.15g}")


_ANY_NUMBER = re.compile(
    r"[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|thousand|million|billion|trillion|lakh|crore|"
    r"half|third|quarter|score|zero|nought|naught|fifth|eighth|ninth|tieth)"
)


def find_quantities(text: str, resources: QuantityResources, doc: Doc | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order, as :class:`Quantity` records (offsets into ``text``).

    ``doc`` (optional) is the spaCy parse of exactly ``text``; with it counted nouns come from the
    parse and numbers inside dates or names are recognised more reliably.
    """
    out: list[Quantity] = []
    if not _ANY_NUMBER.search(text):
        return _single_units(resources, text, out)
    pos = 0
    while pos < len(text):
        cand, next_pos = _candidate_at(resources, text, pos)
        if cand is None:
            if next_pos >= len(text):
                break
            pos = next_pos
            continue
        pos = max(next_pos, pos + 1)
        q = _finish(resources, text, cand, doc)
        if q is not None:
            out.append(q)
            if q.conversion is not None:
                pos = max(pos, q.conversion.end + 1)
                converted = _converted(resources, text, q.conversion, doc)
                if converted is not None:
                    out.append(converted)
    out = elliptical_money(text, share_units(text, merge_bounds(text, out)))
    out.extend(fractions_of_a_whole(resources.fraction_re, text, out))
    out.extend(number_lists(text, out))
    out.extend(ordinal_ranges(text, out))
    out.extend(_single_units(resources, text, out))
    out.sort(key=lambda q: q.start)
    return out


def _finish(res: QuantityResources, text: str, cand: _Candidate, doc: Doc | None) -> Quantity | None:
    qual = ctx.qualifier_before(text, cand.start)
    start = qual[0] if qual else cand.start
    qualifier = qual[1].lower() if qual else None
    end = cand.end
    post = ctx.qualifier_after(text, end)
    if post is not None and qualifier is None:
        end, qualifier = post[0], post[1].lower()
    if cand.vague is not None:
        qualifier = cand.vague if qualifier is None else f"{qualifier} {cand.vague}"
    unit: UnitInfo | None = None
    if cand.units:
        names = [u.name for u in cand.units]
        chosen = res.classifier.choose(names, _context(text, cand.start, cand.end, doc))
        unit = cand.units[names.index(chosen)]
    counted: tuple[int, int] | None = None
    unit_text = cand.unit_text
    normalized_unit: str | None = None
    number_end = cand.end if unit is None else _number_end(text, cand)
    meaning = None
    if unit is None or unit.kind == "duration":
        meaning = meaning_of.age(text, cand.number_start, number_end, cand.low if cand.low == cand.high else None, doc)
    if meaning is None and unit is not None and unit.kind == "duration":
        meaning = meaning_of.age_range(text, end, unit.name)  # "40 - 50 years old"
    if meaning is None and unit is None:
        meaning = meaning_of.magnitude(text, cand.number_start, end) or meaning_of.rate_after(text, end)
        density = rates.density_after(res.units, text, end) if meaning is None and cand.vague is None else None
        if density is not None:  # "400 people per square kilometre"
            meaning = meaning_of.Meaning("rate", None, density[1], density[0])
    if meaning is not None:
        kind, normalized_unit = meaning.kind, meaning.normalized_unit
        unit_text = unit_text if unit is not None else meaning.unit
        end = max(end, meaning.end)
        unit = None
    elif unit is None:
        keep = ctx.bare_kind(text, cand.number_start, cand.end, cand.vague is not None, doc, qual is not None or post is not None)
        if keep is None:
            return None
        counted = ctx.counted_from_doc(doc, end) if doc is not None else ctx.counted_from_text(text, end)
        word_number = not re.search(r"\d", text[cand.number_start : cand.end])
        hedged = qual is not None or post is not None
        implied = bool(ctx.PEOPLE_AFTER.match(text, end) or ctx.TOLL_BEFORE.search(text, max(0, cand.start - 60), cand.start))
        if counted is not None and word_number and text[cand.number_start : cand.end].strip().lower() == "one":
            return None  # "one" is too often a pronoun ("one of them", "no one")
        if word_number and ctx.PRONOUN_ONE.match(text[cand.number_start : cand.end + 10].lower()) and (
            ctx.PRONOUN_ONE_BEFORE.search(text[max(0, cand.number_start - 8) : cand.number_start].lower())
            or text[cand.end : cand.end + 4].lower() in (" of ", " of", " ano")
        ):
            return None
        is_count = counted is not None or implied or cand.vague is not None or cand.scaled or (hedged and not word_number)
        kind = "count" if is_count and keep == "count" else "number"
        if ctx.FRACTION_WRITTEN.search(text[cand.number_start : cand.end]) and cand.low is not None and abs(cand.low) < 1:
            kind = "fraction"  # "a third of the province", "3/4": a share, normalised to percent
        if kind != "count":
            counted = None
    else:
        kind = unit.kind
        if kind == "duration" and meaning_of.frequency_before(text, cand.number_start):
            kind = "frequency"
    if unit is None and cand.low == 0 and _ABSOLUTE.search(text, max(0, start - 9), start) and res.units.lower.get("kelvin"):
        unit, kind, unit_text = res.units.lower["kelvin"][0], "temperature", None  # "absolute zero": 0 K
        start = start - 9
    rate = None
    if unit is not None and cand.vague is None and end == cand.end:
        rate = rates.rate_after(res.units, text, end, kind)
    conversion = _conversion(res, text, end if rate is None else rate.end, unit)
    normalized = _normalize(res, cand, unit, kind)
    if unit is not None and rate is not None:  # "$15 an hour", "52 miles per gallon", "40 hours a week"
        values = (cand.low, cand.high)
        read = rates.as_rate(res.units, values, cand.vague is not None, unit, kind, rate, normalized, unit_text)
        if read is not None:
            kind, normalized, unit_text = read
            end = rate.end
    if unit is not None and kind == "temperature" and meaning_of.temperature_change(text, cand.number_start, end):
        factor = 5 / 9 if "fahrenheit" in unit.name.lower() else 1.0  # a change of 9 °F is a change of 5 °C
        normalized = NormalizedQuantity(
            value=None if normalized.value is None else (cand.low or 0.0) * factor,
            low=None if cand.low is None else cand.low * factor,
            high=None if cand.high is None else cand.high * factor,
            unit="delta_degC",
        )
    if normalized_unit is not None:
        normalized = normalized.model_copy(update={"unit": normalized_unit})
    low, high = _round(cand.low), _round(cand.high)
    if kind == "money" and low is not None and high is not None and meaning_of.accounting_negative(text, start, end):
        low, high, normalized = -high, -low, _negated(normalized)  # "revenue is ($99.99)": the accountants' loss
    value = low if cand.vague is None and low == high else None
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        low=low,
        high=high,
        unit=unit_text,
        qualifier=qualifier,
        counted=text[counted[0] : counted[1]] if counted else None,
        kind=kind,
        alternative=cand.alternative,
        conversion=conversion,
        normalized=None
        if kind == "number"
        else normalized.model_copy(
            update={"value": _round(normalized.value), "low": _round(normalized.low), "high": _round(normalized.high)}
        ),
    )


def _negated(n: NormalizedQuantity) -> NormalizedQuantity:
    flip = {"value": n.value, "low": n.high, "high": n.low}
    return n.model_copy(update={k: None if v is None else -v for k, v in flip.items()})


_ABSOLUTE = re.compile(r"\babsolute\s$", re.I)



def _number_end(text: str, cand: _Candidate) -> int:
    """Where the number of a quantity with a unit ends ("5" in "5-year-old", "42" in "42 years old")."""
    m = re.match(r"[^\s-]*(?:[\s-][\d.,]+)*", text[cand.number_start : cand.end])
    return cand.number_start + (m.end() if m else 0)


def _single_units(res: QuantityResources, text: str, found: list[Quantity]) -> list[Quantity]:
    """ "a gallon of beer", "a penny": one of the unit."""
    out: list[Quantity] = []
    for start, end, unit, surface in single_units(res.units, text):
        if any(q.start < end and start < q.end for q in found):
            continue
        cand = _Candidate(start, end, 1.0, 1.0, None, False, None, surface, (unit,), number_start=start)
        norm = _normalize(res, cand, unit, unit.kind)
        out.append(Quantity(start=start, end=end, text=text[start:end], value=1.0, low=1.0, high=1.0, unit=surface,
                            kind=unit.kind, normalized=norm))  # fmt: skip
    return out


def _conversion(res: QuantityResources, text: str, end: int, unit: UnitInfo | None) -> Span | None:
    """A bracketed restatement right after a quantity with a unit: "(53 miles)", "[53 miles]"."""
    if unit is None:
        return None
    m = re.match(r"[ \u00a0]*[(\[][ \u00a0]*", text[end : end + 8])
    if m is None:
        return None
    inner_start = end + m.end()
    qual = re.match(rf"(?:{ctx._QUAL_ALT}|or|i\.e\.,?|c\.)\s+", text[inner_start : inner_start + 30], re.I)
    num_pos = inner_start + (qual.end() if qual else 0)
    cand, _ = _candidate_at(res, text, num_pos, anchored=True)
    if cand is None or not cand.units or cand.start != num_pos:
        return None
    close = re.match(r"[ \u00a0]*[)\]]", text[cand.end : cand.end + 4])
    if close is None:
        return None
    kinds = {u.kind for u in cand.units}
    if unit.kind not in kinds:
        return None
    return Span(start=inner_start, end=cand.end, text=text[inner_start : cand.end])


def _converted(res: QuantityResources, text: str, conversion: Span, doc: Doc | None) -> Quantity | None:
    """The bracketed restatement of a quantity as a quantity of its own ("53 miles" in "85 km (53 miles)")."""
    cand, _ = _candidate_at(res, text, conversion.start)
    if cand is None or cand.start >= conversion.end:
        return None
    q = _finish(res, text, cand, doc)
    if q is None or q.end > conversion.end or q.conversion is not None:
        return None
    return q
