"""Quantity categories of the eleventh round (issue 8): short and plural abbreviations of time units, "half a dozen"
and "half a million", powers of ten written out, ages in apposition to a person word and after "died at",
"a magnitude of 4.2", heights in feet alone, and tons of a weighed substance. Sentences written for this test
(invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one

from parallax.annotation.quantities import QuantityResources, load_quantity_resources


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


# --- short and plural abbreviations of time units ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Kel Varga ran the dash in 10.2 secs on Sunday.", "10.2 secs", 10.2, "second"),
        ("Repairs on the Omsby bridge will take 5 wks.", "5 wks", 5.0, "week"),
        ("The Dorlen ferry was idle for 1 wk in June.", "1 wk", 1.0, "week"),
        ("Tenants at Pell Court waited 7 mths for heating.", "7 mths", 7.0, "month"),
        ("The Harrow mine closed for 4 mos last year.", "4 mos", 4.0, "month"),
    ],
)
def test_time_abbreviations(text: str, span: str, value: float, unit: str, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "duration" and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (value, unit)
