"""What the quantity category tests share: every quantity of a text as a tuple, and the one quantity a span names."""

from __future__ import annotations

from parallax.annotation.quantities import QuantityResources, find_quantities
from parallax.model import Quantity


def spans(text: str, res: QuantityResources) -> list[tuple[str, str | None, float | None, str | None]]:
    """(text, kind, value, normalised unit) of every quantity found."""
    return [
        (q.text, q.kind, q.value, q.normalized.unit if q.normalized else None)
        for q in find_quantities(text, res)
    ]


def one(text: str, span: str, res: QuantityResources) -> Quantity:
    """The one quantity whose text is ``span`` (fails, listing what was found, unless there is exactly one)."""
    found = [q for q in find_quantities(text, res) if q.text == span]
    assert len(found) == 1, spans(text, res)
    return found[0]
