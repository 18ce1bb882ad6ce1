"""Dimensions: "3 x 4 m", "an 8-by-11-inch sheet", "10x12 ft", "2 × 3 × 4 cm", "20 by 40 feet".

Numbers joined by "x", "×" or "by" and closed by one unit are each a measure in that unit (a reader of "a 3 x 4 m
room" reads two lengths, 3 m and 4 m). A chain with no unit after its last number ("a 4x4", "1920x1080", "a 2-by-4")
is left as it was: a model, a resolution or a board, never a measure.
"""

from __future__ import annotations

import re
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
    out = list(found)
    for m in DIMENSION_CHAIN.finditer(text):
        starts = [m.start()] + [j.end() for j in _SPLIT.finditer(text, m.start(), m.end())]
        last_start = starts[-1]
        last = next((q for q in out if q.start == last_start and q.unit is not None), None)
        if last is None:
            last = read_at(last_start)
        if last is None or last.kind not in _DIMENSION_KINDS or last.value is None or not last.value:
            continue
        numbers = [re.match(_NUMBER, text[s:]) for s in starts[:-1]]
        spans = [(s, s + n.end()) for s, n in zip(starts[:-1], numbers, strict=True) if n is not None]
        out = [q for q in out if q is not last and not any(q.start < e and s < q.end for s, e in spans)]
        out.append(last)
        for s, e in spans:
            out.append(_like(last, text, s, e))
    return sorted(out, key=lambda q: q.start)


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
