"""Quantity categories of the fifteenth round (issue 8), from the misses of the eighth own gold: a range whose second
figure carries its own currency sign and the scale ("$1 to $1.5 trillion"). Sentences written for this test
(invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one

from parallax.annotation.quantities import QuantityResources, load_quantity_resources


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


# --- a range: the second figure's scale is the first's, across a repeated currency sign or a number word ----------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The Varno dam will cost between $2 and $2.5 billion.", "$2 and $2.5 billion", 2e9, 2.5e9),
        ("Auditors put the Kessel shortfall at $1 to $1.5 trillion.", "$1 to $1.5 trillion", 1e12, 1.5e12),
        ("The Tarrow fund lost £3 to £4.5 million last year.", "£3 to £4.5 million", 3e6, 4.5e6),
        ("The Orrin reservoir holds between two and three billion litres.", "two and three billion litres", 2e9, 3e9),
    ],
)
def test_range_scale_across_currency_or_words(
    text: str, span: str, low: float, high: float, res: QuantityResources
) -> None:
    q = one(text, span, res)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


def test_range_scale_unchanged_for_plain_figures(res: QuantityResources) -> None:
    q = one("The Pellam survey counted 5 to 10 million starlings.", "5 to 10 million", res)
    assert (q.low, q.high) == (5e6, 10e6)
