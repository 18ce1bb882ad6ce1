"""Quantities in article text: values, ranges, units, hedges, conversions and counted things.

Scheme (what :class:`parallax.model.Quantity` records hold):

* ``value`` for one number (then ``low == high == value``); ``low``/``high`` for ranges ("5 to 20 km",
  "40-50 miles") and alternatives ("70 or 80 km", ``alternative=True``); vague plurals ("dozens",
  "tens of thousands") have only ``low`` (24, 20,000) and the phrase as ``qualifier``.
* ``unit`` is the unit as written ("kilometers", "km", "$", "%"); ``None`` for counts.
* ``kind``: length, mass, money, percent, percentage point, duration, speed, area, volume, temperature,
  energy, power, data storage, count (things counted, ``counted`` = the noun: "Kenyan officers"),
  fraction ("half the ...").
* ``normalized``: length in ``km`` (kilometres, miles, nautical miles) or ``m`` (shorter units), mass in
  ``kg``, durations in ``day``, money in its ISO code (``USD`` for dollars; other currencies go to
  ``USD`` only when a rate is given to :func:`load_quantity_resources`), ``percent``, ``count`` for
  counts, fractions as ``percent``.
* A bracketed conversion ("85 kilometers (53 miles)") is folded into the primary quantity: the span
  covers the primary ("85 kilometers"), ``conversion`` is the span of the converted part ("53 miles").
* The span starts at a leading hedge ("at least 100 kilometers") and ends after a trailing one
  ("50 or more").

Years, dates, ages, times of day, ordinals, codes and numbers inside names are skipped. The number
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
from parallax.annotation.quantity_classifier import UnitClassifier, load_unit_classifier
from parallax.annotation.quantity_numbers import (
    NUMBER_PATTERN,
    SCALE_ABBREVIATIONS,
    VAGUE_PATTERN,
    looks_like_year,
    parse_number_phrase,
    parse_vague,
    trim_number_phrase,
)
from parallax.annotation.quantity_units import UnitInfo, UnitTable, build_unit_table, convert, match_unit
from parallax.model import NormalizedQuantity, Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

CURRENCY_PREFIXES = {
    "US$": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₪": "ILS",
}  # fmt: skip
_CUR_ALT = "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
_MAIN = rf"""
(?:(?P<cur>{_CUR_ALT})[ \u00a0]?)?
(?:(?P<vague>{VAGUE_PATTERN})|(?P<num>{NUMBER_PATTERN}))
"""
_GLUE = "_.,/:$£€¥₹₪-"
_SCALE_ABBR = r"[ \u00a0]?(?P<abbr>bn|mn|mln|tn|trn|m|b|k)(?![\w])"
_RANGE_SEP = r"[ \u00a0]*(?P<sep>-|–|—|to|and|or)[ \u00a0]*"
_FRACTION = (
    r"(?<![\w-])(?P<frac>(?:(?:a|one)[- ])?(?:half|third|quarter)|two[- ]thirds|three[- ](?:quarters|fourths))"
    r"(?=\s+(?:of\s+)?(?:the|all|its|their|his|her|our|those|these)\b)"
)
_FRACTION_VALUES = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75,
                    "three fourths": 0.75}  # fmt: skip


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


def load_quantity_resources(usd_rates: Mapping[str, float] | None = None) -> QuantityResources:
    """Build the unit tables (quantulum3 + pint), load the retrained classifier, compile the grammar.

    ``usd_rates`` maps ISO currency codes to US dollars per unit ({"GBP": 1.3}); money in those
    currencies is then normalised to USD.
    """
    import pint

    return QuantityResources(
        units=build_unit_table(pint.UnitRegistry()),
        classifier=load_unit_classifier(),
        main_re=re.compile(_MAIN, re.I | re.X),
        scale_re=re.compile(_SCALE_ABBR, re.I),
        range_re=re.compile(_RANGE_SEP, re.I),
        fraction_re=re.compile(_FRACTION, re.I),
        usd_rates=dict(usd_rates or {}),
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


def _read_number(res: QuantityResources, text: str, pos: int, anchored: bool) -> _Number | None:
    if anchored:
        m = res.main_re.match(text, pos)
    else:
        m = res.main_re.search(text, pos)
        while m is not None and m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in _GLUE):
            m = res.main_re.search(text, m.start() + 1)
    if m is None:
        return None
    cur = m.group("cur")
    if cur is not None and cur not in CURRENCY_PREFIXES:
        # The pattern ignores case: "a$" is the table's "A$".
        cur = next((c for c in CURRENCY_PREFIXES if c.upper() == cur.upper()), None)
    if m.group("vague"):
        phrase = m.group("vague")
        end = m.end("vague")
        if end < len(text) and text[end].isalnum():
            return _Number(m.start(), end, None, None)
        parsed = parse_vague(phrase)
        return _Number(m.start(), end, None, parsed.low, vague=re.sub(r"\s+of$", "", phrase.lower()),
                       currency=cur)  # fmt: skip
    num_start = m.start("num")
    phrase = trim_number_phrase(m.group("num"))
    end = num_start + len(phrase)
    if phrase[-1].isalpha() and end < len(text) and (text[end].isalnum() or (text[end] == "-" and
                                                       text[end + 1 : end + 2].isdigit())):  # fmt: skip
        return _Number(m.start(), end, None, None)
    value = parse_number_phrase(phrase)
    if value is None:
        return _Number(m.start(), end, None, None)
    scaled = bool(re.search(r"[a-z]", phrase, re.I)) and bool(re.search(r"(?:thousand|million|billion|trillion)", phrase, re.I))
    if phrase[-1].isdigit():
        a = res.scale_re.match(text, end)
        if a is not None:
            abbr = a.group("abbr").lower()
            next_word = re.match(r"\s+([A-Za-z]+)", text[a.end() : a.end() + 30])
            plural_next = bool(next_word and (next_word.group(1).endswith("s") or
                                              next_word.group(1).lower() in ctx.IRREGULAR_PLURALS))  # fmt: skip
            if cur or abbr in ("bn", "mn", "mln", "tn", "trn") or (abbr == "m" and plural_next):
                value *= SCALE_ABBREVIATIONS[abbr]
                end = a.end()
                scaled = True
    return _Number(m.start(), end, value, value, currency=cur, scaled=scaled)


def _unit_after(res: QuantityResources, text: str, end: int) -> tuple[int, int, tuple[UnitInfo, ...]] | None:
    pos = end
    if pos < len(text) and text[pos] in " \u00a0-":
        pos += 1
    found = match_unit(res.units, text, pos)
    if found is None:
        return None
    unit_end, units = found
    if pos > end and text[end] == "-" and text[pos : unit_end].lower() in ("m", "b", "k"):
        return None
    return pos, unit_end, units


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
            if ok and word == "and":
                ok = re.search(r"\bbetween\s+(?:\S+\s+)?$", text[max(0, first.start - 30) : first.start], re.I) is not None
            if ok and word == "-":
                ok = first.end == sep.start() and sep.end() == (second.start if second else 0)
            if ok and word == "to":
                ok = not ctx.is_change_context(text, first.start)
            if ok and second is not None and second.value is not None:
                unit2 = _unit_after(res, text, second.end)
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
    if currency:
        unit_text = currency if unit_text is None else unit_text
        cur_units = tuple(u for u in units if u.kind == "money")
        units = cur_units or (UnitInfo(currency, "money", None, CURRENCY_PREFIXES[currency]),)
    cand = _Candidate(first.start, end, low, high, first.vague, alternative, currency, unit_text, units, scaled,
                      number_start=first.start + (len(currency) if currency else 0))  # fmt: skip
    return cand, end


# A bare number that counts people without naming them: "27 were killed", "the death toll rose to 27".
_PEOPLE_AFTER = re.compile(
    r"\s+(?:were|have been|had been|are|remain|remained)\s+(?:\w+\s+)?"
    r"(?:killed|injured|wounded|hurt|dead|missing|arrested|detained|evacuated|rescued|displaced|hospitali[sz]ed|treated)\b",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(
    r"\b(?:death toll|toll|number of (?:dead|deaths|casualties|victims|injured))\s+(?:\w+\s+){0,3}?"
    r"(?:to|at|of|reached|hit|is|was|stood at|rose to|climbed to)\s+$",
    re.IGNORECASE,
)


def _keep_bare(res: QuantityResources, text: str, cand: _Candidate, doc: Doc | None, qualified: bool) -> bool:
    """Decide whether a number without a unit is a count worth reporting (and not a year, date, name...)."""
    start, end = cand.number_start, cand.end
    if text[start] == " ":
        start += 1
    if ctx.is_not_a_quantity(text, start, end):
        return False
    number_text = text[start:end]
    if looks_like_year(number_text) and not qualified:
        return False
    if cand.vague is None and ctx.looks_like_name_part(text, start):
        return False
    if doc is not None:
        labels, ordinal = ctx.doc_labels(doc, start, end)
        if ordinal or labels & ctx.NAME_LABELS or (("DATE" in labels or "TIME" in labels) and cand.vague is None):
            return False
    return True


def _normalize(res: QuantityResources, cand: _Candidate, unit: UnitInfo | None, kind: str) -> NormalizedQuantity:
    values = (cand.low, cand.high)
    if kind == "count":
        return NormalizedQuantity(value=cand.low if cand.low == cand.high else None, low=cand.low, high=cand.high,
                                  unit="count")  # fmt: skip
    label: str | None = unit.name if unit else None
    factor = 1.0
    if unit is not None and unit.kind == "money":
        code = unit.currency or unit.name
        label = code
        if code != "USD" and code in res.usd_rates:
            factor, label = res.usd_rates[code], "USD"
    elif unit is not None and unit.kind in ("percent", "percentage point"):
        label = unit.kind
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
    return None if v is None else round(v, 6)


def find_quantities(text: str, resources: QuantityResources, doc: Doc | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order, as :class:`Quantity` records (offsets into ``text``).

    ``doc`` (optional) is the spaCy parse of exactly ``text``; with it counted nouns come from the
    parse and numbers inside dates or names are recognised more reliably.
    """
    out: list[Quantity] = []
    if not re.search(r"[0-9½¼¾]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
                     r"forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|thousand|million|billion|half|third|"
                     r"quarter|scores)", text):  # fmt: skip
        return out
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
            if q.conversion is not None:
                pos = max(pos, q.conversion.end + 1)
            out.append(q)
    out.extend(_fractions(resources, text, out))
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
    if unit is None:
        if not _keep_bare(res, text, cand, doc, qualified=qual is not None or post is not None):
            return None
        counted = ctx.counted_from_doc(doc, end) if doc is not None else ctx.counted_from_text(text, end)
        word_number = not re.search(r"\d", text[cand.number_start : cand.end])
        hedged = qual is not None or post is not None
        implied = bool(_PEOPLE_AFTER.match(text, end) or _TOLL_BEFORE.search(text, max(0, cand.start - 60), cand.start))
        if counted is None and not implied and (cand.vague is None and not cand.scaled and (not hedged or word_number)):
            return None
        if counted is not None and word_number and text[cand.number_start : cand.end].strip().lower() == "one":
            return None  # "one" is too often a pronoun ("one of them", "no one")
        kind = "count"
    else:
        kind = unit.kind
        if kind == "duration" and ctx.AGE_AFTER.match(text, end):
            return None
    conversion = _conversion(res, text, end, unit)
    normalized = _normalize(res, cand, unit, kind)
    low, high = _round(cand.low), _round(cand.high)
    value = low if cand.vague is None and low == high else None
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        low=low,
        high=high,
        unit=cand.unit_text,
        qualifier=qualifier,
        counted=text[counted[0] : counted[1]] if counted else None,
        kind=kind,
        alternative=cand.alternative,
        conversion=conversion,
        normalized=normalized.model_copy(
            update={"value": _round(normalized.value), "low": _round(normalized.low), "high": _round(normalized.high)}
        ),
    )


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


def _fractions(res: QuantityResources, text: str, found: list[Quantity]) -> list[Quantity]:
    """ "half the regime's air defence", "two-thirds of the fighters": kind fraction, normalised to percent."""
    out: list[Quantity] = []
    for m in res.fraction_re.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        key = re.sub(r"^(?:a|one)[- ]", "", m.group("frac").lower()).replace("-", " ")
        value = _FRACTION_VALUES[key]
        qual = ctx.qualifier_before(text, m.start())
        start = qual[0] if qual else m.start()
        out.append(
            Quantity(
                start=start, end=m.end(), text=text[start : m.end()], value=round(value, 6), low=round(value, 6),
                high=round(value, 6), unit=None, qualifier=qual[1].lower() if qual else None, kind="fraction",
                normalized=NormalizedQuantity(value=round(value * 100, 6), low=round(value * 100, 6),
                                              high=round(value * 100, 6), unit="percent"),
            )
        )  # fmt: skip
    return out
