"""Figures as values: each comparable quantity of a claim as an item with the range of values it admits.

A figure admits a range of canonical values: its own precision (half the tolerance either side), its
hedges ("about 50" a little more, "at least 50" everything above, "up to 50" everything below), vague
amounts their order of magnitude ("thousands"), durations in days whatever their unit ("six decades" and
"60 years"). Two figures agree when one value lies in both ranges, but two bounds of one kind ("at least
40", "at least 60") are compared as the numbers they state.

A bare number ("the toll rose to 47", "left 43 dead") is a figure only when the parse says it counts an
outcome (the dead, the injured, ...).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.model import Claim, NormalizedQuantity, Quantity
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.figure_ages import age_reading, named_age
from parallax.story.compare.figure_parses import (
    counted_after,
    hyphen_time_unit,
    offset_in_claim,
    percent_after,
    written_tally,
)
from parallax.story.compare.measures import FigureMeasure, fallback_measure, read_measure

if TYPE_CHECKING:
    from spacy.tokens import Doc

TOLERANCE_OF_BOUNDS = 0.05
# How far past a bound a value may lie and still state the same figure ("more than 30" and "34"; not
# "at least 60" and "70 to 80").
NEAR_BOUND = 0.15
# How far a round figure ("$1 billion", "3,000") reaches either side: less than a hedge word.
ROUND_SLACK = 0.075
# A majority that makes the rest outliers: at least this many sources and this share of them.
MAJORITY_SOURCES = 3
MAJORITY_SHARE = 0.75
# Qualifiers by what they leave open, matched longest first ("no more than" is an upper bound, though it
# holds "more than"): a lower bound ("at least 50": everything above), an upper bound ("up to 50",
# "as many as 50": everything below), an approximation ("about 50": a little either side).
_LOWER_BOUNDS = (
    "at least",
    "more than",
    "greater than",
    "over",
    "no closer than",
    "no less than",
    "no fewer than",
    "not less than",
    "not fewer than",
    "upwards of",
    "in excess of",
    "a minimum of",
    "beyond",
    "above",
    "or more",
    "plus",
    "+",
)
_UPPER_BOUNDS = (
    "up to",
    "less than",
    "fewer than",
    "under",
    "no more than",
    "not more than",
    "at most",
    "as many as",
    "as much as",
    "a maximum of",
    "below",
    "within",
    "or less",
    "or fewer",
)
_APPROX = (
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "approx.",
    "some",
    "an estimated",
    "estimated",
    "close to",
    "more or less",
    "circa",
    "or so",
    "~",
)
# The qualifiers, longest first, each as it is looked for: a phrase of words between spaces.
_QUALIFIERS = tuple(
    (phrase if not phrase[0].isalpha() else f" {phrase} ", kind)
    for phrase, kind in sorted(
        [(q, "low") for q in _LOWER_BOUNDS]
        + [(q, "high") for q in _UPPER_BOUNDS]
        + [(q, "approx") for q in _APPROX],
        key=lambda pair: -len(pair[0]),
    )
)


def qualifier_kinds(qualifier: str) -> set[str]:
    """What a written qualifier leaves open: "low" (a lower bound), "high" (an upper bound), "approx";
    each phrase is read once, the longest first ("no more than" is not "more than")."""
    kinds: set[str] = set()
    if not qualifier.strip():
        return kinds  # most figures are written without one
    rest = f" {qualifier.lower().replace('-', ' ')} "
    for padded, kind in _QUALIFIERS:
        if padded in rest:
            kinds.add(kind)
            rest = rest.replace(padded, " ")
    return kinds


# Durations compare in days, whatever unit they are written in.
DURATION_DAYS: Mapping[str, float] = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}
# Durations in units this long or longer are rounded as writers round them: as if "about".
COARSE_DURATION_DAYS = 28.0
# How far either side of a person's age in years one outlet's figure reaches (a birthday between reports).
AGE_SLACK_YEARS = 0.5
# Scores and votes ("65-33") are compared as the pair they state, in their own unit.
TALLY_UNIT = "tally"
_TALLY_SCALE = 1_000_000
# A bare integer of this shape is a year, never a count.
_YEAR_SHAPED = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")


@dataclass
class FigureItem:
    claim: Claim
    quantity: Quantity
    unit: str
    low: float
    high: float
    measure: FigureMeasure
    entity_ids: frozenset[str]
    source: str
    published: str


def claim_figure(
    claim: Claim,
    quantity: Quantity,
    span: tuple[float, float, str],
    measure: FigureMeasure,
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
) -> FigureItem:
    """A figure of a claim: its quantity, the range of canonical values it admits (low, high, unit) and what it
    measures, with the claim's entities, its source's name and its publication date."""
    low, high, unit = span
    return FigureItem(
        claim=claim,
        quantity=quantity,
        unit=unit,
        low=low,
        high=high,
        measure=measure,
        entity_ids=claim_entities.get(claim.id, frozenset()),
        source=namer.source(claim.article_id),
        published=namer.published(claim.article_id) or "",
    )


def interval(quantity: Quantity, tolerance: float) -> tuple[float, float, str] | None:
    """The range of canonical values a quantity admits, widened by the tolerance and its qualifier."""
    norm = quantity.normalized
    if norm is None or norm.unit is None:
        return None
    low = norm.low if norm.low is not None else norm.value
    high = norm.high if norm.high is not None else norm.value
    if low is None:
        return None
    if high is None:
        # Vague amounts ("scores", "hundreds", "tens of thousands") span their order of magnitude.
        high = 10 ** math.ceil(math.log10(low + 1)) if low > 0 else math.inf
        high = high if high > low else low * 10
    kinds = qualifier_kinds(quantity.qualifier or "")
    if quantity.kind == "age" and norm.unit == "year" and not kinds:
        # An age is told in whole years: the next birthday away at most, never ten per cent ("44", "46").
        days = DURATION_DAYS["year"]
        return (low - AGE_SLACK_YEARS) * days, (high + AGE_SLACK_YEARS) * days, "day"
    if norm.unit in DURATION_DAYS:
        days = DURATION_DAYS[norm.unit]
        low, high = low * days, high * days
    # Half the tolerance on each side: two figures agree when they differ by at most ``tolerance``.
    slack = tolerance / 2
    if "approx" in kinds or DURATION_DAYS.get(norm.unit, 0.0) >= COARSE_DURATION_DAYS:
        slack = max(slack, 0.1)  # hedged, or a length of time in months or years ("two years", "22 months")
    elif not kinds & {"low", "high"} and round_figure(quantity.value):
        slack = max(slack, ROUND_SLACK)  # a round figure ("$1 billion" for 1.07 billion)
    low, high = low * (1 - slack), high * (1 + slack)
    if "low" in kinds:
        high = math.inf
    if "high" in kinds:
        low = 0.0
    return low, high, "day" if norm.unit in DURATION_DAYS else norm.unit


def round_figure(value: float | None) -> bool:
    """A number of one significant digit, a thousand or more ("1,000", "$1 billion", "3 million"): written
    rounded, so it stands for the values near it as a hedged one does."""
    if value is None or value < 1000 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) == 1


def tally_value(quantity: Quantity) -> float | None:
    """A score or a vote ("65-33", "a 396-9 vote", "65 to 33") as one number that keeps both (equal only
    for equal pairs), else None."""
    pair = written_tally(quantity.text)
    return float(pair[0] * _TALLY_SCALE + pair[1]) if pair else None


def bare_count(quantity: Quantity) -> Quantity | None:
    """A bare whole number ("47", not "2019") as a count, for the parse to say whether it counts an outcome."""
    value = quantity.value
    if quantity.kind != "number" or quantity.normalized is not None or value is None:
        return None
    if value < 1 or value != int(value) or _YEAR_SHAPED.match(quantity.text.strip()):
        return None
    norm = NormalizedQuantity(value=value, low=value, high=value, unit="count")
    return quantity.model_copy(update={"kind": "count", "normalized": norm})


def consistent(ranges: Sequence[tuple[float, float]]) -> bool:
    """True when one value lies in every range."""
    return max(r[0] for r in ranges) <= min(r[1] for r in ranges)


def agree(a: FigureItem, b: FigureItem) -> bool:
    """Two figures admit one value; but bounds of the same kind ("at least 40" and "at least 60": two
    different minimums) are compared as the numbers they state."""
    if math.isinf(a.high) and math.isinf(b.high) and a.low > 0 and b.low > 0:
        return max(a.low, b.low) <= min(a.low, b.low) * (1 + TOLERANCE_OF_BOUNDS)
    if a.low == 0 and b.low == 0 and math.isfinite(a.high) and math.isfinite(b.high):
        return max(a.high, b.high) <= min(a.high, b.high) * (1 + TOLERANCE_OF_BOUNDS)
    if not consistent([(a.low, a.high), (b.low, b.high)]):
        return False
    # A bound and a value agree when the value is near the bound ("at least 50" and "52"), not when
    # the bound only admits it ("at least 60" and "70 to 80" are two different figures).
    for bound, other in ((a, b), (b, a)):
        if math.isinf(bound.high) and bound.low > 0 and math.isfinite(other.high):
            return other.low <= bound.low * (1 + NEAR_BOUND)
        if bound.low == 0 and math.isfinite(bound.high) and other.low > 0:
            return other.high >= bound.high * (1 - NEAR_BOUND)
    return True


def figure_items(
    claims: Sequence[Claim],
    docs: Mapping[str, Doc],
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
    tolerance: float,
    own_times: Mapping[str, str],
) -> list[FigureItem]:
    """Every comparable figure of the claims with what it measures (``docs``: parses by claim id). An
    article without a date is dated by ``own_times``: the latest date it mentions, by article id, read
    from the whole story (:func:`~parallax.story.compare.figure_dates.own_times`)."""
    items: list[FigureItem] = []
    for claim in claims:
        doc = docs.get(claim.id)
        published = namer.published(claim.article_id) or ""
        own_time = published or own_times.get(claim.article_id)
        for written in claim.quantities:
            score = tally_value(written)
            bare = bare_count(written) if score is None else None
            age = age_reading(claim, written) if bare is not None else None
            if (bare is not None or score is not None) and doc is None:
                continue
            unit = hyphen_time_unit(claim, written.start, written.text) if bare is not None else None
            if bare is not None and unit is not None and bare.normalized is not None:
                # "a 20 - week ban" (a hyphen the annotation did not join): a length of time
                norm = bare.normalized.model_copy(update={"unit": unit})
                bare = bare.model_copy(update={"kind": "duration", "unit": unit, "normalized": norm})
            if age is None and bare is None and score is None:
                # "a person under 21" that the annotation read as a count of nothing
                age = age_reading(claim, written) if written.kind == "count" and not written.counted else None
                written = age or named_age(claim, written_amount(claim, written))
            elif bare is not None and age is None:
                share = written_share(claim, written)  # "90-plus percent", the annotation's "90-plus"
                bare = share or bare
            quantity = age or bare or written
            if score is not None:
                quantity = written.model_copy(update={"kind": TALLY_UNIT, "normalized": None})
            rng = (score, score, TALLY_UNIT) if score is not None else interval(quantity, tolerance)
            if rng is None:
                continue
            measure = (
                read_measure(doc, claim, quantity, published, own_time)
                if doc is not None
                else fallback_measure(quantity, claim)
            )
            counts = (
                measure.role is not None
                or measure.elided
                or (measure.thing is not None and counted_after(claim, written.start, written.text))
            )  # "the toll rose to 47", "a 225-page report", "50 of our members", "and 35 favored ..."
            if bare is not None and bare.kind == "percent":
                counts = True  # a share says what it measures by its unit
            if measure.ratio or (bare is not None and age is None and (not counts or measure.oblique)):
                continue
            items.append(claim_figure(claim, quantity, rng, measure, claim_entities, namer))
    return items


# Nouns of a currency that a count may be written in ("billions of dollars", "tens of thousands of
# dollars"): such a count is an amount of money in that currency.
CURRENCY_NOUNS: Mapping[str, str] = {"dollar": "USD", "dollars": "USD"}
# A scale word after the number and a closing quotation mark ("asking for $5.6” billion").
_SCALE_AFTER_QUOTE = re.compile(r"^[\"”’']\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def written_amount(claim: Claim, quantity: Quantity) -> Quantity:
    """The quantity as the amount it writes: a count of dollars ("billions of dollars") as money, an
    amount of money whose scale word follows a closing quotation mark ("$5.6” billion") at that scale;
    else the quantity as it is."""
    norm = quantity.normalized
    if norm is None:
        return quantity
    counted = (quantity.counted or "").lower().split()
    if norm.unit == "count" and counted and counted[-1] in CURRENCY_NOUNS and quantity.kind == "count":
        unit = CURRENCY_NOUNS[counted[-1]]
        return quantity.model_copy(
            update={"kind": "money", "normalized": norm.model_copy(update={"unit": unit})}
        )
    if quantity.kind == "money" and norm.value is not None and norm.value < 1000:
        at = offset_in_claim(claim, quantity.start, quantity.text)
        m = _SCALE_AFTER_QUOTE.match(claim.text[at + len(quantity.text) :]) if at >= 0 else None
        if m is not None:
            scale = _SCALES[m.group(1).lower()]
            scaled = {
                k: (v * scale if v is not None else None)
                for k, v in (("value", norm.value), ("low", norm.low), ("high", norm.high))
            }
            return quantity.model_copy(update={"normalized": norm.model_copy(update=scaled)})
    return quantity


def written_share(claim: Claim, quantity: Quantity) -> Quantity | None:
    """A bare number followed by "percent" that the annotation left out ("90-plus percent") as a share
    (a lower bound when "plus" follows the number), else None."""
    at = offset_in_claim(claim, quantity.start, quantity.text)
    value = quantity.value
    if (
        at < 0
        or value is None
        or not 0 <= value <= 100
        or not percent_after(claim, quantity.start, quantity.text)
    ):
        return None
    after = claim.text[at + len(quantity.text) :]
    plus = quantity.text.rstrip().lower().endswith("plus") or after.lstrip(" -").lower().startswith("plus")
    norm = NormalizedQuantity(value=value, low=value, high=value, unit="percent")
    return quantity.model_copy(
        update={
            "kind": "percent",
            "unit": "percent",
            "qualifier": "at least" if plus else quantity.qualifier,
            "normalized": norm,
        }
    )


def vague(quantity: Quantity) -> bool:
    if quantity.kind == TALLY_UNIT:
        return False
    norm = quantity.normalized
    return norm is None or (norm.high is None and norm.value is None)


def centre(item: FigureItem) -> float:
    high = item.high if math.isfinite(item.high) else item.low
    return (item.low + high) / 2


def support(
    items: Sequence[FigureItem], agrees: Callable[[FigureItem, FigureItem], bool] | None = None
) -> tuple[FigureItem, set[str]]:
    """The value most sources agree with, and those sources. The figures that support one value must
    also admit one value together (3.2 m and 3.5 m do not both agree with 11 feet). Figures of one
    range are taken together, so the cost grows with the number of distinct values, not of figures.
    ``agrees`` is the agreement test (default :func:`agree`)."""
    agree_with = agree if agrees is None else agrees
    by_range: dict[tuple[float, float], list[FigureItem]] = defaultdict(list)
    for item in items:
        by_range[(item.low, item.high)].append(item)
    ranges = [members[0] for members in by_range.values()]
    best: tuple[FigureItem, set[str]] | None = None
    for candidate in ranges:
        near = sorted(
            (r for r in ranges if agree_with(candidate, r)), key=lambda r: abs(centre(r) - centre(candidate))
        )
        chosen: list[FigureItem] = []
        for item in near:
            if all(agree_with(item, other) for other in chosen):
                chosen.append(item)
        sources = {member.source for item in chosen for member in by_range[(item.low, item.high)]}
        if best is None or len(sources) > len(best[1]):
            best = (candidate, sources)
    assert best is not None
    return best
