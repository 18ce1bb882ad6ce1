"""Two figures that are one: bounds joined into a range, and "N out of M" read as a share.

"more than 10 and less than 40" is one range (10, 40); "at most 100 and at least 20" is (20, 100);
"one in five" and "2 out of 3" are shares (a fraction, normalised to percent). The quantities found one
by one are merged here, after the fact, from the words between them. Also read after the fact: the unit
shared by "45 and 50 mg", the currency of an elliptical amount ("$3 billion on top of the two billion"),
and fractions of a whole ("half the seats", "more than a third").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parallax.annotation.quantity_context import MONTH_AFTER, qualifier_before
from parallax.annotation.quantity_numbers import parse_number_phrase
from parallax.model import NormalizedQuantity, Quantity

_OR_EQUAL = r"(?:\s*,?\s*or\s+equal(?:\s+to)?)?"
_LOWER = (
    rf"(?:(?:more|greater|larger|higher|bigger)(?:\s+or\s+equal)?\s+than{_OR_EQUAL}"
    rf"|(?:at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|above|over|exceeding|in\s+excess\s+of)"
    rf"{_OR_EQUAL}|>=?|≥)"
)
_UPPER = (
    rf"(?:(?:less|fewer|smaller|lower)(?:\s+or\s+equal)?\s+than{_OR_EQUAL}"
    rf"|(?:at\s+most|no\s+more\s+than|not\s+more\s+than|below|under|up\s+to){_OR_EQUAL}|<=?|≤)"
)
_BOUND_BEFORE = re.compile(rf"(?:(?P<low>{_LOWER})|(?P<high>{_UPPER}))\s*(?:the\s+)?$", re.I)
_JOIN = re.compile(
    rf"^\s*(?:,\s*)?(?:(?:and|but)\s+)?(?:(?P<low>{_LOWER})|(?P<high>{_UPPER}))\s*(?:the\s+)?$", re.I
)
_SHARE = re.compile(r"^\s+(?:out\s+of|in)\s+$", re.I)


def _number_start(q: Quantity) -> int:
    """Where the number of ``q`` starts (after a leading hedge such as "more than")."""
    if q.qualifier and q.text.lower().startswith(q.qualifier):
        rest = q.text[len(q.qualifier) :]
        return q.start + len(q.qualifier) + (len(rest) - len(rest.lstrip()))
    return q.start


def _bound(q: Quantity) -> float | None:
    return q.value if q.value is not None else q.low


def _norm_bound(q: Quantity) -> float | None:
    if q.normalized is None:
        return None
    return q.normalized.value if q.normalized.value is not None else q.normalized.low


def merge_bounds(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """``found`` (in text order) with bound pairs merged into ranges and "N in M" into shares."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        merged = _merge(text, a, b) if b is not None and b.start - a.end < 60 else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _merge(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    a_start, b_start = _number_start(a), _number_start(b)
    between = text[a.end : b_start]
    if (
        a.unit is None
        and b.unit is None
        and a.value is not None
        and b.value is not None
        and _SHARE.match(between)
    ):
        if 0 < a.value < b.value and not re.fullmatch(r"1[5-9]\d\d|2[01]\d\d", b.text):  # not "1 in 2005"
            share = a.value / b.value
            pct = round(share * 100, 10)
            return a.model_copy(
                update={
                    "end": b.end, "text": text[a.start : b.end], "value": share, "low": share, "high": share,
                    "kind": "fraction", "counted": b.counted, "qualifier": a.qualifier or b.qualifier,
                    "normalized": NormalizedQuantity(value=pct, low=pct, high=pct, unit="percent"),
                }
            )  # fmt: skip
        return None
    if (a.unit or "") != (b.unit or "") and a.unit is not None and b.unit is not None:
        return None
    before = _BOUND_BEFORE.search(text, max(0, a_start - 40), a_start)
    join = _JOIN.match(between)
    if before is None or join is None or bool(before.group("low")) == bool(join.group("low")):
        return None
    lower, upper = (a, b) if before.group("low") else (b, a)
    low, high = _bound(lower), _bound(upper)
    if low is None or high is None or low >= high:
        return None
    start = min(before.start(), a.start)
    norm = a.normalized or b.normalized
    if norm is not None:
        n_low, n_high = _norm_bound(lower), _norm_bound(upper)
        norm = norm.model_copy(update={"value": None, "low": n_low, "high": n_high})
    kind = a.kind if a.kind == b.kind else ("count" if "count" in (a.kind, b.kind) else a.kind)
    return a.model_copy(
        update={
            "start": start, "end": b.end, "text": text[start : b.end], "value": None, "low": low, "high": high,
            "unit": a.unit or b.unit, "qualifier": "between", "kind": kind, "counted": a.counted or b.counted,
            "normalized": norm,
        }
    )  # fmt: skip


_SHARED_UNIT = re.compile(r"^\s*(?:,\s*)?(?:and|or|,)\s*$")
_SCALABLE_KINDS = frozenset(
    ["length", "mass", "volume", "area", "money", "percent", "data storage", "energy", "power"]
)


def share_units(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """ "45 and 50 mg", "3 or 4 km": the bare first number takes the unit written after the second."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.unit is not None
            or a.value is None
            or a.kind not in ("number", "count")
            or a.counted is not None
        ):
            continue
        if b.unit is None or b.kind not in _SCALABLE_KINDS or b.value is None or b.qualifier is not None:
            continue
        if not _SHARED_UNIT.match(text[a.end : b.start]) or re.fullmatch(r"1[5-9]\d\d|2[01]\d\d", a.text):
            continue
        norm = None
        if b.normalized is not None and b.normalized.value is not None and b.value:
            scaled = a.value * b.normalized.value / b.value
            norm = NormalizedQuantity(value=scaled, low=scaled, high=scaled, unit=b.normalized.unit)
        out[i] = a.model_copy(update={"unit": b.unit, "kind": b.kind, "normalized": norm})
    return out


_SCALE_WORD = re.compile(r"(?:\b|(?<=\d))(?:million|billion|trillion|bn|mn|m|tn)\b", re.I)
_SCALE_OF = {"bn": "billion", "mn": "million", "m": "million", "tn": "trillion"}


def _scale_of(q: Quantity) -> str | None:
    m = _SCALE_WORD.search(q.text)
    return None if m is None else _SCALE_OF.get(m.group(0).lower(), m.group(0).lower())
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


def elliptical_money(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """ "$5 billion in aid on top of the four billion it got": an amount with a scale word that counts
    nothing, after an amount of money of the same sentence and the same scale, is money in that currency
    ("$100 billion ... sales by 2.7 million" is no money)."""
    out = list(found)
    money: Quantity | None = None
    for i, q in enumerate(out):
        if q.kind == "money" and q.normalized is not None and _scale_of(q):
            money = q
            continue
        if money is not None and _SENTENCE_BREAK.search(text, money.end, q.start):
            money = None  # only within one sentence
        if money is None:
            continue
        if q.kind != "count" or q.counted is not None or q.value is None or _scale_of(q) != _scale_of(money):
            continue
        assert money.normalized is not None
        factor = (money.normalized.low or 0.0) / money.low if money.low else 1.0
        value = q.value * factor
        norm = NormalizedQuantity(value=value, low=value, high=value, unit=money.normalized.unit)
        out[i] = q.model_copy(update={"kind": "money", "normalized": norm})
    return out


FRACTION_PATTERN = (
    r"(?<![\w-])(?P<frac>(?:(?:a|one)[- ])?(?:half|third|quarter)|two[- ]thirds|three[- ](?:quarters|fourths))"
    r"(?![\w-])"
)
# What follows a fraction of a whole: "of" (not "of a"), or a determiner ("half the seats", "a third of voters").
_FRACTION_OF = re.compile(r"\s+(?:of\s+(?!an?\b)|(?:the|all|its|their|his|her|our|those|these)\b)", re.I)
_NOT_A_SHARE = re.compile(r"[- ]+(?:an?|hour|day|week|month|year|time|way|mile|century|decade|dozen)s?\b", re.I)
_FRACTION_VALUES = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75,
                    "three fourths": 0.75}  # fmt: skip


def fractions_of_a_whole(fraction_re: re.Pattern[str], text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """ "half the regime's air defence", "two-thirds of the fighters": kind fraction, normalised to percent."""
    out: list[Quantity] = []
    for m in fraction_re.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        key = re.sub(r"^(?:a|one)[- ]", "", m.group("frac").lower()).replace("-", " ")
        value = _FRACTION_VALUES[key]
        qual = qualifier_before(text, m.start())
        # "half the seats", "two-thirds of voters"; with a hedge also alone: "more than half came"
        if not _FRACTION_OF.match(text, m.end()) and (qual is None or _NOT_A_SHARE.match(text, m.end())):
            continue
        if re.search(r"\b(?:the|a|an|this|that|first|second)\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
            continue  # "the third of June", "the second half of": an ordinal or a part, no share
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


# "nrs. 22,24,26,31", "pages 4,7,12": integers joined by bare commas, where at least one group is not
# a thousands group (so "1,234,567" stays one number).
_NUMBER_LIST = re.compile(r"(?<![\w.,])\d{1,4}(?:,\d{1,4}){2,}(?![\w]|[.,]\d)")


def number_lists(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """The numbers of comma lists without spaces ("22,24,26,31") that nothing else read: kind ``number``."""
    out: list[Quantity] = []
    for m in _NUMBER_LIST.finditer(text):
        groups = m.group(0).split(",")
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            continue  # a number with thousands separators
        pos = m.start()
        for g in groups:
            start, end = pos, pos + len(g)
            pos = end + 1
            if any(q.start < end and start < q.end for q in found):
                continue
            v = float(g)
            out.append(
                Quantity(start=start, end=end, text=g, value=v, low=v, high=v, unit=None, kind="number")
            )
    return out


_ORDINAL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|"
    r"hundredth)|\d{1,4}(?:st|nd|rd|th)"
)
_ORDINAL_RANGE = re.compile(
    rf"\b(?:between\s+(?:the\s+)?(?P<a>{_ORDINAL})\s+and\s+(?:the\s+)?(?P<b>{_ORDINAL})"
    rf"|(?:higher|more|greater|larger|above)\s+than\s+(?:the\s+)?(?P<c>{_ORDINAL}),?\s+(?:and|but)\s+"
    rf"(?:lower|less|smaller|below)\s+than\s+(?:the\s+)?(?P<d>{_ORDINAL}))\b",
    re.I,
)


def _ordinal_number(word: str) -> float | None:
    from parallax.annotation.quantity_numbers import ORDINAL_WORDS, TENS_WORDS

    word = word.lower()
    digits = re.match(r"\d+", word)
    if digits:
        return float(digits.group(0))
    parts = re.split(r"[- ]", word)
    head = float(TENS_WORDS[parts[0]]) if len(parts) == 2 else 0.0
    last = ORDINAL_WORDS.get(parts[-1])
    return None if last is None else head + last


def ordinal_ranges(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """A range of ranks: "between the tenth and the fifteenth", "higher than 3rd but lower than 8th" (kind
    ``number``, low and high the ranks)."""
    out: list[Quantity] = []
    for m in _ORDINAL_RANGE.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        low, high = _ordinal_number(a), _ordinal_number(b)
        if low is None or high is None or low >= high:
            continue
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        after = text[m.end() : m.end() + 20]
        if MONTH_AFTER.match(after) or re.match(r"\s+(?:centur|floor|day|week|month|year|minute)", after, re.I):
            continue  # a date, a time or a storey, not a rank
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), low=low, high=high, kind="number"))
    return out


_ODDS = re.compile(
    r"(?<![\w.,-])(?P<a>\d{1,3}|[a-z]+)[ ]?-[ ]?in[ ]?-[ ]?(?P<b>\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?)"
    r"(?![\w.,]?\d|[ ]?-[ ]?[a-z])",
    re.I,
)


def hyphenated_odds(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """``found`` with odds and shares written with hyphens ("a one-in-three chance", "1-in-4 adults") read as one
    share (kind fraction, normalised to percent), in place of the figures read in them one by one."""
    out = list(found)
    for m in _ODDS.finditer(text):
        a, b = parse_number_phrase(m.group("a")), parse_number_phrase(m.group("b").replace("-", " "))
        if a is None or b is None or not 0 < a < b or a != int(a) or b != int(b):
            continue
        inside = [q for q in out if q.start < m.end() and m.start() < q.end]
        if any(q.unit is not None or q.kind not in ("number", "count") for q in inside):
            continue  # part of a figure read otherwise
        out = [q for q in out if q not in inside]
        qual = qualifier_before(text, m.start())
        start = min([qual[0] if qual else m.start(), *(q.start for q in inside)])
        share, pct = a / b, round(a / b * 100, 10)
        out.append(
            Quantity(
                start=start, end=m.end(), text=text[start : m.end()], value=share, low=share, high=share, unit=None,
                qualifier=qual[1].lower() if qual else next((q.qualifier for q in inside if q.qualifier), None),
                kind="fraction",
                normalized=NormalizedQuantity(value=pct, low=pct, high=pct, unit="percent"),
            )
        )  # fmt: skip
    out.sort(key=lambda q: q.start)
    return out
