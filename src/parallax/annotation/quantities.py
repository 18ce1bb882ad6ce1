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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from parallax.annotation import quantity_context as ctx
from parallax.annotation import quantity_meaning as meaning_of
from parallax.annotation import quantity_rates as rates
from parallax.annotation.quantity_bounds import (
    FRACTION_PATTERN,
    elliptical_money,
    fractions_of_a_whole,
    hyphenated_odds,
    merge_bounds,
    number_lists,
    ordinal_ranges,
    share_units,
)
from parallax.annotation.quantity_candidates import Candidate, candidate_at
from parallax.annotation.quantity_classifier import UnitClassifier, load_unit_classifier
from parallax.annotation.quantity_compound import single_units
from parallax.annotation.quantity_currency import (
    CURRENCY_BEFORE_PATTERN,
)
from parallax.annotation.quantity_dimensions import DIMENSION_CHAIN, dimensions
from parallax.annotation.quantity_numbers import (
    NUMBER_PATTERN,
    VAGUE_PATTERN,
)
from parallax.annotation.quantity_phrases import occasions, word_quantities
from parallax.annotation.quantity_senses import choose_sense, water_depth, weighed_tons
from parallax.annotation.quantity_symbols import (
    SymbolTable,
    build_symbol_table,
)
from parallax.annotation.quantity_units import (
    MINOR_UNITS,
    UnitInfo,
    UnitTable,
    build_unit_table,
    convert,
)
from parallax.model import NormalizedQuantity, Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAIN = rf"""
(?P<neg>(?:minus|negative)[ ]+|[-−][ ]?(?=\d))?
(?:(?P<cur>{CURRENCY_BEFORE_PATTERN})[ \u00a0]?)?
(?:(?P<vague>{VAGUE_PATTERN})|(?P<num>{NUMBER_PATTERN}))
"""
_SCALE_ABBR = (
    r"(?P<space>[ \u00a0]{0,2})(?P<abbr>thousand|million|billion|trillion|bn|bln|mn|mln|mil|tn|trn|tln|mm|m|b|k|g|t)"
    r"(?![\w])"
)
# characters either side read for the sense of an ambiguous unit when its sentence says nothing of it
_AROUND = 300
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
        temperature_scale=meaning_of.CELSIUS
        if temperature_scale.lower() == "celsius"
        else meaning_of.FAHRENHEIT,
        symbols=build_symbol_table(registry),
    )


def _normalize(
    res: QuantityResources, cand: Candidate, unit: UnitInfo | None, kind: str
) -> NormalizedQuantity:
    values = (cand.low, cand.high)
    if kind == "fraction":
        pct = [None if v is None else v * 100 for v in values]
        return NormalizedQuantity(
            value=pct[0] if pct[0] == pct[1] else None, low=pct[0], high=pct[1], unit="percent"
        )
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
    if unit is not None and unit.kind == "points":
        label = (
            "count"  # points scored or moved are counted ("fell 340 points"); the kind says they are points
        )
    return NormalizedQuantity(value=low if cand.vague is None and low == high else None, low=low, high=high,
                              unit=label)  # fmt: skip


def _in_paragraph(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``lo``..``hi`` cut to the paragraph (between blank lines) that holds ``start``..``end``."""
    brk = text.rfind("\n\n", max(0, lo), start)
    lo = max(0, lo) if brk < 0 else brk + 2
    brk = text.find("\n\n", end, hi)
    return lo, min(len(text), hi) if brk < 0 else brk


def _context_span(text: str, start: int, end: int, doc: Doc | None) -> tuple[int, int]:
    """Where the words that settle a unit's sense are: the sentence (with a parse), else 200 characters aside."""
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            return span.sent.start_char, span.sent.end_char
    return max(0, start - 200), min(len(text), end + 200)


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
        return sorted(
            _with_phrases(resources, text, _single_units(resources, text, out)), key=lambda q: q.start
        )
    pos = 0
    while pos < len(text):
        cand, next_pos = candidate_at(resources, text, pos)
        if cand is None:
            if next_pos >= len(text):
                break
            pos = next_pos
            continue
        pos = max(next_pos, pos + 1)
        q = _finish(resources, text, cand, doc)
        if q is not None:
            out.append(q)
            if q.kind == "rate":
                pos = max(pos, q.end)  # "6 litres per 100 km": the rate's denominator is no figure of its own
            if q.conversion is not None:
                pos = max(pos, q.conversion.end + 1)
                converted = _converted(resources, text, q.conversion, doc)
                if converted is not None:
                    out.append(converted)
    out = hyphenated_odds(text, elliptical_money(text, share_units(text, merge_bounds(text, out))))
    if DIMENSION_CHAIN.search(text):
        out = dimensions(text, out, lambda at: _read_at(resources, text, at, doc))
    out.extend(fractions_of_a_whole(resources.fraction_re, text, out))
    out.extend(number_lists(text, out))
    out.extend(ordinal_ranges(text, out))
    out.extend(_single_units(resources, text, out))
    out = _with_phrases(resources, text, out)
    out.sort(key=lambda q: q.start)
    return out


_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _read_at(res: QuantityResources, text: str, pos: int, doc: Doc | None) -> Quantity | None:
    """The quantity that starts at ``pos``, read alone."""
    cand, _ = candidate_at(res, text, pos, anchored=True)
    return None if cand is None or cand.start != pos else _finish(res, text, cand, doc)


def _inside_code(text: str, cand: Candidate) -> bool:
    """A unit symbol glued to the number that stops inside a longer token of letters and digits ("9L15",
    "8FtYo0G3"): a code, a link or a garbled time, not a measure."""
    written = text[cand.number_start : cand.end]
    if not cand.units or not written or any(c.isspace() or c == "-" for c in written):
        return False
    return cand.end < len(text) and text[cand.end].isalnum() and written[-1].isalpha()


def _as_water_depth(res: QuantityResources, text: str, cand: Candidate, doc: Doc | None) -> Candidate:
    """ "2 inches of water" in the basement: the candidate cut to its length unit ("2 inches"), where the sentence
    names no pressure (``quantity_senses.water_depth``)."""
    if len(cand.units) != 1 or not cand.unit_text:
        return cand
    lo, hi = _context_span(text, cand.start, cand.end, doc)
    written = cand.unit_text.strip()
    depth = water_depth(written, cand.units[0].kind, text[lo : cand.number_start], text[cand.end : hi])
    unit_start = text.rfind(written, cand.number_start, cand.end)
    if depth is None or unit_start < 0:
        return cand
    length = next((u for u in res.units.lower.get(written[:depth].lower(), ()) if u.kind == "length"), None)
    if length is None:
        return cand
    return replace(cand, end=unit_start + depth, unit_text=written[:depth], units=(length,))


def _finish(res: QuantityResources, text: str, cand: Candidate, doc: Doc | None) -> Quantity | None:
    if _inside_code(text, cand):
        return None
    if any(u.kind == "points" for u in cand.units) and not _points_meant(text, cand):
        cand = replace(
            cand, end=_number_end(text, cand), units=(), unit_text=None
        )  # "at one point", "two points of"
    cand = _as_water_depth(res, text, cand, doc)
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
        context = _context_span(text, cand.start, cand.end, doc)
        unit = None
        if len({u.kind for u in cand.units}) > 1:
            # the sentence, then (a line of a list, a caption) the lines around it in its paragraph
            for lo, hi in (context, (cand.start - _AROUND, cand.end + _AROUND)):
                lo, hi = _in_paragraph(text, cand.start, cand.end, lo, hi)
                unit = choose_sense(cand.units, text[lo : cand.number_start], text[cand.end : hi])
                if unit is not None:
                    break
        if unit is None:
            names = [u.name for u in cand.units]
            chosen = res.classifier.choose(names, text[context[0] : context[1]])
            unit = cand.units[names.index(chosen)]
        if unit.kind == "mass" and weighed_tons(cand.unit_text, text, cand.end):  # "500 tons of grain"
            unit = next(iter(res.units.lower.get("tonne", ())), unit)
    counted: tuple[int, int] | None = None
    unit_text = cand.unit_text
    normalized_unit: str | None = None
    number_end = cand.end if unit is None else _number_end(text, cand)
    meaning = None
    if unit is None or unit.kind == "duration":
        meaning = meaning_of.age(
            text, cand.number_start, number_end, cand.low if cand.low == cand.high else None, doc
        )
    if meaning is None and unit is not None and unit.kind == "duration":
        meaning = meaning_of.age_range(text, end, unit.name)  # "40 - 50 years old"
    if meaning is None and unit is None:
        meaning = meaning_of.magnitude(text, cand.number_start, end) or meaning_of.rate_after(text, end)
        density = (
            rates.density_after(res.units, text, end) if meaning is None and cand.vague is None else None
        )
        if density is not None:  # "400 people per square kilometre"
            meaning = meaning_of.Meaning("rate", None, density[1], density[0])
    if meaning is not None:
        kind, normalized_unit = meaning.kind, meaning.normalized_unit
        unit_text = unit_text if unit is not None else meaning.unit
        end = max(end, meaning.end)
        unit = None
    elif unit is None:
        keep = ctx.bare_kind(
            text,
            cand.number_start,
            cand.end,
            cand.vague is not None,
            doc,
            qual is not None or post is not None,
        )
        if keep is None:
            return None
        counted = ctx.counted_from_doc(doc, end) if doc is not None else ctx.counted_from_text(text, end)
        word_number = not re.search(r"\d", text[cand.number_start : cand.end])
        hedged = qual is not None or post is not None
        implied = bool(
            ctx.PEOPLE_AFTER.match(text, end)
            or ctx.ELIDED_COUNT_AFTER.match(text, end)
            or ctx.TOLL_BEFORE.search(text, max(0, cand.start - 60), cand.start)
        )
        if (
            counted is not None
            and word_number
            and text[cand.number_start : cand.end].strip().lower() == "one"
        ):
            return None  # "one" is too often a pronoun ("one of them", "no one")
        if (
            word_number
            and not ctx.FRACTION_WRITTEN.search(text[cand.number_start : cand.end])  # "one-fourth of all"
            and ctx.PRONOUN_ONE.match(text[cand.number_start : cand.end + 10].lower())
            and (
                ctx.PRONOUN_ONE_BEFORE.search(text[max(0, cand.number_start - 8) : cand.number_start].lower())
                or text[cand.end : cand.end + 4].lower() in (" of ", " of", " ano")
            )
        ):
            return None
        is_count = (
            counted is not None
            or implied
            or cand.vague is not None
            or cand.scaled
            or (hedged and not word_number)
        )
        kind = "count" if is_count and keep == "count" else "number"
        if (
            ctx.FRACTION_WRITTEN.search(text[cand.number_start : cand.end])
            and cand.low is not None
            and abs(cand.low) < 1
        ):
            kind = "fraction"  # "a third of the province", "3/4": a share, normalised to percent
        if kind != "count":
            counted = None
        elif (
            counted is not None
            and cand.low == cand.high
            and _THOUSANDS_DOT.fullmatch(text[cand.number_start : cand.end])
        ):
            # "1.000 lights", "2.500 chairs": things are counted in whole numbers, so three decimals after a dot
            # are a thousands group (European grouping), not a fraction of a light
            cand = replace(cand, low=(cand.low or 0) * 1000, high=(cand.high or 0) * 1000)
    else:
        kind = unit.kind
        if kind == "duration" and meaning_of.frequency_before(text, cand.number_start):
            kind = "frequency"
        if kind == "speed" and cand.low == 0 and cand.high and _FROM_ZERO.match(text, cand.number_start):
            cand = replace(cand, low=cand.high)  # "zero to 60 mph in 5 seconds": the speed reached
    if (
        unit is None
        and cand.low == 0
        and _ABSOLUTE.search(text, max(0, start - 9), start)
        and res.units.lower.get("kelvin")
    ):
        unit, kind, unit_text = res.units.lower["kelvin"][0], "temperature", None  # "absolute zero": 0 K
        start = start - 9
    rate = None
    if unit is not None and cand.vague is None and end == cand.end:
        rate = rates.rate_after(res.units, text, end, kind)
    conversion = _conversion(res, text, end if rate is None else rate.end, unit)
    normalized = _normalize(res, cand, unit, kind)
    if unit is not None and rate is not None:  # "$15 an hour", "52 miles per gallon", "40 hours a week"
        values = (cand.low, cand.high)
        read = rates.as_rate(
            res.units, values, cand.vague is not None, unit, kind, rate, normalized, unit_text
        )
        if read is not None:
            kind, normalized, unit_text = read
            end = rate.end
    if (
        unit is not None
        and kind == "temperature"
        and meaning_of.temperature_change(text, cand.number_start, end)
    ):
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
    if (
        kind == "money"
        and low is not None
        and high is not None
        and meaning_of.accounting_negative(text, start, end)
    ):
        low, high, normalized = (
            -high,
            -low,
            _negated(normalized),
        )  # "revenue is ($99.99)": the accountants' loss
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
            update={
                "value": _round(normalized.value),
                "low": _round(normalized.low),
                "high": _round(normalized.high),
            }
        ),
    )


def _negated(n: NormalizedQuantity) -> NormalizedQuantity:
    flip = {"value": n.value, "low": n.high, "high": n.low}
    return n.model_copy(update={k: None if v is None else -v for k, v in flip.items()})


_ABSOLUTE = re.compile(r"\babsolute\s$", re.I)
_FROM_ZERO = re.compile(r"(?:zero|0)\b", re.I)
# Points as a margin or a move: after a verb of winning, losing, leading or moving, or "by"/"of".
_POINTS_VERB_BEFORE = re.compile(
    r"\b(?:by|up|down|of|gain(?:s|ed)?|lost|los(?:e|es|ing)|won|wins?|winning|r[io]se|rising|fell|falls?|falling|drop(?:s|ped)?"
    r"|climb(?:s|ed)?|jump(?:s|ed)?|slip(?:s|ped)?|add(?:s|ed)?|shed|scor(?:e|es|ed|ing)|trail(?:s|ed|ing)?|lead(?:s|ing)?"
    r"|led|ahead|behind)\s+(?:(?:a\s+)?(?:whopping|mere|just|only|about|nearly|almost|some|roughly|around|more\s+than"
    r"|less\s+than|at\s+least|as\s+(?:much|many)\s+as)\s+)?$",
    re.I,
)


def _points_meant(text: str, cand: Candidate) -> bool:
    """ "won by 30 points", "fell 102.2 points", "24 points": points scored or moved. A number in words is points
    only after a verb of winning, losing or moving ("up by two points"; "two points of the pipeline", "at one
    point" are no points), and "point" after "one" never."""
    written = text[cand.number_start : _number_end(text, cand)]
    if re.search(r"\d", written):
        return True
    if written.lower() in ("one", "a", "an"):
        return False
    return _POINTS_VERB_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None


def _with_phrases(res: QuantityResources, text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the quantities written in words ("more than a year", "half a mile"): each replaces the
    quantities it contains ("a decade" in "almost a decade later") and gives way to one it only overlaps
    ("a week" in "$53 million a week")."""
    out = list(found)
    for p in word_quantities(res.units, text):
        inside = [q for q in out if p.start <= q.start and q.end <= p.end]
        if any(q.start < p.end and p.start < q.end for q in out if q not in inside):
            continue
        out = [q for q in out if q not in inside]
        start, qualifier = p.start, p.qualifier
        qual = ctx.qualifier_before(text, p.start) if qualifier is None else None
        if qual is not None and not any(q.start < p.start and qual[0] < q.end for q in out):
            start, qualifier = qual[0], qual[1].lower()  # "more than half an hour"
        cand = Candidate(
            p.start, p.end, p.value, p.value, None, False, None, p.unit_text, (p.unit,), number_start=p.start
        )
        norm = _normalize(res, cand, p.unit, p.kind)
        unit_text: str | None = p.unit_text
        if p.kind == "frequency":  # "twice a week": 2 count/week, as "three times a week"
            norm, unit_text = norm.model_copy(update={"unit": f"count/{p.unit_text.lower()}"}), None
        out.append(Quantity(start=start, end=p.end, text=text[start : p.end], value=p.value, low=p.value,
                            high=p.value, unit=unit_text, qualifier=qualifier, kind=p.kind,
                            normalized=norm))  # fmt: skip
    for start, end, value in occasions(text):  # "stopped twice": a count of times, as "three times" is
        if any(q.start < end and start < q.end for q in out):
            continue
        norm = NormalizedQuantity(value=value, low=value, high=value, unit="count")
        out.append(Quantity(start=start, end=end, text=text[start:end], value=value, low=value, high=value,
                            kind="count", counted="times", normalized=norm))  # fmt: skip
    return out


def _number_end(text: str, cand: Candidate) -> int:
    """Where the number of a quantity with a unit ends ("5" in "5-year-old", "42" in "42 years old")."""
    m = re.match(r"[^\s-]*(?:[\s-][\d.,]+)*", text[cand.number_start : cand.end])
    return cand.number_start + (m.end() if m else 0)


def _single_units(res: QuantityResources, text: str, found: list[Quantity]) -> list[Quantity]:
    """ "a gallon of beer", "a penny": one of the unit."""
    out: list[Quantity] = []
    for start, end, unit, surface in single_units(res.units, text):
        if any(q.start < end and start < q.end for q in found):
            continue
        cand = Candidate(start, end, 1.0, 1.0, None, False, None, surface, (unit,), number_start=start)
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
    cand, _ = candidate_at(res, text, num_pos, anchored=True)
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
    cand, _ = candidate_at(res, text, conversion.start)
    if cand is None or cand.start >= conversion.end:
        return None
    q = _finish(res, text, cand, doc)
    if q is None or q.end > conversion.end or q.conversion is not None:
        return None
    return q
