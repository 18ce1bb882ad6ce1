"""Agreement judged inside a group by each figure's own written precision.

Figures are grouped by what they measure with a wide tolerance (:mod:`.figures`, :mod:`.joining`): "$5.6
billion" and "$5.7 billion" of one wall are one measure. Whether they *agree* is judged here, by what each
figure's writing admits. Two plain figures written to one step agree only when they state one value ("5.6
billion" and "5.7 billion" disagree; "$5,587.75" and "$5,687.75" too). A coarser figure agrees with a finer
one that rounds or truncates to it ("$43 million" and "$43,885,310"; "53 miles" and "85 km", a rounded
conversion), not with one a step or more away ("$13.6 million" and "$13.17 million"). Hedged figures
("about", "nearly", "at least", "up to"), round ones ("$5 billion", "3,000": written rounded) and vague ones
keep the wide range they are grouped with: "nearly 6 billion" agrees with "5.7 billion"; "50", "about 50" and
"at least 50" agree. Equal values always agree.

Only amounts, counts, shares and distances are judged so; lengths of time, dates, clock times, ages and
tallies keep their own rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from parallax.model import Quantity
from parallax.story.compare.values import (
    TALLY_UNIT,
    FigureItem,
    agree,
    qualifier_kinds,
    round_figure,
    support,
    vague,
)

# Units judged with their own rules (lengths of time and ages in days, dates, clock times, tallies).
_OWN_RULES = frozenset({"day", "date", "time", TALLY_UNIT})
# A written number: digits with thousands separators and a decimal part ("5.6", "1,400", "43,885,310").
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A number written in words ("forty-six", "twelve"): letters, no digit.
_WORDS = re.compile(r"^[^\d]*[A-Za-z]{3,}[^\d]*$")
# Nouns of a group of some number ("a dozen states"): written as a rough count.
_GROUP_NUMBERS = ("dozen", "score")
# Two written steps this close (relative to each other) are one precision ("5.6", "5.7").
_SAME_STEP = 0.01


def written_step(text: str) -> float | None:
    """The step of the least precise number written in ``text``, relative to that number ("5.6": 0.1 / 5.6;
    "53": 1 / 53; "1,400": 100 / 1,400, its hundreds rounded), None when no digit is written."""
    steps: list[float] = []
    for match in _NUMBER.finditer(text):
        digits = match.group().rstrip(",").replace(",", "")
        try:
            number = float(digits)
        except ValueError:
            continue
        if number <= 0:
            continue
        if "." in digits:
            unit = 10.0 ** -len(digits.split(".")[1])
        else:
            unit = 10.0 ** (len(digits) - len(digits.rstrip("0")))
        steps.append(unit / number)
    return max(steps) if steps else None


def figure_step(quantity: Quantity) -> float | None:
    """The relative step of a figure as written (:func:`written_step`); a whole number written in words
    ("Forty-six percent", "twelve") is as precise as its digits ("46", "12"), a round one ("forty", "two
    million") as round. None for a figure with neither digits nor a whole number."""
    step = written_step(quantity.text)
    if step is not None or quantity.value is None:
        return step
    value = quantity.value
    if value <= 0 or value != int(value) or not _WORDS.search(quantity.text):
        return None
    if any(word in quantity.text.lower() for word in _GROUP_NUMBERS):
        return None  # "a dozen", "a score of": a group noun, as rough as a hedge
    return written_step(str(int(value)))


def _step(item: FigureItem) -> float | None:
    """The figure's written step in its canonical unit, when it is judged by it (see the module
    docstring): a plain, single value written in digits or as a whole number in words; else None."""
    quantity = item.quantity
    norm = quantity.normalized
    if item.unit in _OWN_RULES or quantity.kind in ("age", "duration") or vague(quantity) or norm is None:
        return None
    if qualifier_kinds(quantity.qualifier or "") or round_figure(quantity.value):
        return None
    value = norm.value if norm.value is not None else norm.low
    if value is None or value <= 0 or (norm.high is not None and norm.high != value):
        return None
    step = figure_step(quantity)
    return step * value if step is not None else None


def _value(item: FigureItem) -> float:
    norm = item.quantity.normalized
    assert norm is not None
    value = norm.value if norm.value is not None else norm.low
    assert value is not None
    return value


def judge_agree(a: FigureItem, b: FigureItem) -> bool:
    """Two figures of one measure agree as written: equal values always; two plain figures written to
    one step only when they round to one value ("5.6 billion" and "5.7 billion" do not); a coarser figure
    and a finer one when the finer rounds or truncates to the coarser ("$43 million" and "$43,885,310";
    "53 miles" and "85 km"); anything else as grouped (hedges, bounds, round and vague figures)."""
    if a.quantity.normalized == b.quantity.normalized and a.quantity.normalized is not None:
        return True
    if not agree(a, b):
        return False
    step_a, step_b = _step(a), _step(b)
    if step_a is None or step_b is None:
        return True
    value_a, value_b = _value(a), _value(b)
    if abs(step_a - step_b) <= _SAME_STEP * max(step_a, step_b):
        return abs(value_a - value_b) < 0.5 * max(step_a, step_b)
    return _rounds_to((value_a, step_a), (value_b, step_b))


def _rounds_to(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Of two (value, written step) pairs, the finer rounds or truncates to the coarser."""
    (coarse, coarse_step), (fine, fine_step) = sorted((x, y), key=lambda pair: -pair[1])
    return coarse - coarse_step / 2 <= fine + fine_step / 2 and fine - fine_step / 2 <= coarse + coarse_step


def _written(item: FigureItem) -> tuple[float, float] | None:
    """The one number a figure writes, in its canonical unit, and its written step, whatever its hedge
    ("close to 514,000 acres": 514,000 to the thousand); None for lengths of time, dates, ages, tallies,
    vague amounts, ranges and figures written with neither digits nor a whole number in words."""
    quantity = item.quantity
    norm = quantity.normalized
    if item.unit in _OWN_RULES or quantity.kind in ("age", "duration") or vague(quantity) or norm is None:
        return None
    value = norm.value
    if value is None or value <= 0:
        return None
    step = figure_step(quantity)
    return (value, step * value) if step is not None else None


def written_apart(a: FigureItem, b: FigureItem) -> bool:
    """The two figures write two different numbers, hedges aside: neither rounds or truncates to the other
    at its written step ("more than 506,000 acres" and "close to 514,000 acres" are apart; "506,814 acres"
    and "500,000 acres" are not, nor are "43 million" and "43,885,310")."""
    x, y = _written(a), _written(b)
    if x is None or y is None:
        return False
    return not _rounds_to(x, y)


def _precision(item: FigureItem) -> float:
    """How finely a figure is written (smaller: finer); hedged, round and vague figures are coarsest."""
    step = _step(item)
    return step if step is not None else math.inf


def stated(items: Sequence[FigureItem]) -> list[FigureItem]:
    """The figures that state each source's value: a source that writes one value twice, once finely and
    once hedged or rounded ("$140,937,785", "roughly $141 million"), states it by its finest figure."""
    out: list[FigureItem] = []
    for item in items:
        finer = any(
            other.source == item.source
            and other is not item
            and agree(other, item)
            and _precision(other) < _precision(item)
            for other in items
        )
        if not finer:
            out.append(item)
    return out


def judged_support(items: Sequence[FigureItem]) -> tuple[FigureItem, set[str]]:
    """The value most sources agree with as written (:func:`judge_agree`, each source by the figures that
    state its value: :func:`stated`), and those sources; the figures that support one value must also
    agree with each other."""
    return support(stated(items), judge_agree)


def plain_majority(items: Sequence[FigureItem]) -> bool:
    """More than half of the sources give one value in plain figures (no hedge, bound or round figure:
    "48-page", "48-page" against "47-page"); a bound that admits two plain values ("more than $5
    billion" beside "$5.6 billion" and "$5.7 billion") makes no majority."""
    plain = [i for i in items if _step(i) is not None]
    if not plain:
        return False
    _, agreeing = judged_support(plain)
    return len(agreeing) * 2 > len({i.source for i in items})
