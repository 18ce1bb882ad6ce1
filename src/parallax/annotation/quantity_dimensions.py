"""Dimensions: "3 x 4 m", "an 8-by-11-inch sheet", "10x12 ft", "2 × 3 × 4 cm", "20 by 40 feet".

Numbers joined by "x", "×" or "by" and closed by one unit are each a measure in that unit (a reader of "a 3 x 4 m
room" reads two lengths, 3 m and 4 m). A chain with no unit after its last number ("a 4x4", "1920x1080", "a 2-by-4")
is left as it was: a model, a resolution or a board, never a measure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from parallax.model import NormalizedQuantity, Quantity

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_JOIN = r"(?:[ \u00a0]?[x×][ \u00a0]?|[ \u00a0]+by[ \u00a0]+|-by-)"
DIMENSION_CHAIN = re.compile(rf"(?<![\w.,/-]){_NUMBER}(?:{_JOIN}{_NUMBER})+")
_SPLIT = re.compile(_JOIN)
# the kinds a dimension is measured in
_DIMENSION_KINDS = frozenset(["length", "area", "volume"])


def dimensions(
    text: str, found: Sequence[Quantity], read_at: Callable[[int], Quantity | None]
) -> list[Quantity]:
    """``found`` with each number of a chain of dimensions read in the unit after the chain's last number.

    ``read_at(pos)`` reads the quantity that starts at ``pos`` (the last number and its unit), for chains whose
    last number the main pass did not read ("8-by-11-inch")."""
    by_start = {q.start: q for q in found if q.unit is not None}
    replaced: list[tuple[int, int]] = []  # spans of the numbers read anew, and of the last numbers read alone
    added: list[Quantity] = []
    for m in DIMENSION_CHAIN.finditer(text):
        starts = [m.start()] + [j.end() for j in _SPLIT.finditer(text, m.start(), m.end())]
        last = by_start.get(starts[-1])
        alone = last is None
        if alone:
            last = read_at(starts[-1])
        if last is None or last.kind not in _DIMENSION_KINDS or last.value is None or not last.value:
            continue
        if alone:
            replaced.append((last.start, last.end))
            added.append(last)
        for s in starts[:-1]:
            n = re.match(_NUMBER, text[s : s + 40])
            if n is not None:
                replaced.append((s, s + n.end()))
                added.append(_like(last, text, s, s + n.end()))
    if not added:
        return list(found)
    replaced.sort()
    kept = [q for q in found if not _overlaps_any(q, replaced)]
    return sorted(kept + added, key=lambda q: q.start)


def _overlaps_any(q: Quantity, spans: list[tuple[int, int]]) -> bool:
    """``q`` overlaps one of ``spans`` (sorted by start)."""
    i = bisect_left(spans, (q.end, -1))
    return any(s < q.end and q.start < e for s, e in spans[max(0, i - 8) : i])


def _like(last: Quantity, text: str, start: int, end: int) -> Quantity:
    """The number at ``start``..``end`` in the unit of ``last``."""
    value = float(text[start:end].replace(",", ""))
    norm = None
    if last.normalized is not None and last.normalized.value is not None and last.value:
        scaled = value * last.normalized.value / last.value
        norm = NormalizedQuantity(value=scaled, low=scaled, high=scaled, unit=last.normalized.unit)
    return last.model_copy(
        update={
            "start": start,
            "end": end,
            "text": text[start:end],
            "value": value,
            "low": value,
            "high": value,
            "normalized": norm,
            "qualifier": None,
            "conversion": None,
        }
    )
