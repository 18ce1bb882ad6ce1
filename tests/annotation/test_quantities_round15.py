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
        (
            "The Orrin reservoir holds between two and three billion litres.",
            "two and three billion litres",
            2e9,
            3e9,
        ),
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


# --- "A to B" running downwards: two figures set against each other, not a range ------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Dana Quell outspent her rival $3.2 million to $150,000 in the primary.",
            "$3.2 million",
            "$150,000",
        ),
        (
            "The Orrin fund raised EUR 8 million to EUR 600,000 for its rival.",
            "EUR 8 million",
            "EUR 600,000",
        ),
    ],
)
def test_downward_to_is_two_figures(text: str, first: str, second: str, res: QuantityResources) -> None:
    a, b = one(text, first, res), one(text, second, res)
    assert a.low == a.high and b.low == b.high and a.low is not None and b.low is not None and a.low > b.low


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Fenwick side won the final 14 to 3 on Sunday.", "14 to 3"),
        ("The Marlo council voted 9 to 2 to close the depot.", "9 to 2"),
    ],
)
def test_downward_plain_numbers_stay_one_span(text: str, span: str, res: QuantityResources) -> None:
    # A score or a vote of two plain numbers stays one span, which the story stage reads as a tally
    # (story/compare/figure_parses.written_tally): two outlets' "65 to 33" and "65-33" then agree.
    q = one(text, span, res)
    assert q.text == span


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Homes in Brisk Hollow sell for $200,000 to $5.4 million.", "$200,000 to $5.4 million", 2e5, 5.4e6),
        (
            "Nights on the Tull plateau fall to -5 to -10 degrees Celsius.",
            "-5 to -10 degrees Celsius",
            -10.0,
            -5.0,
        ),
    ],
)
def test_upward_and_negative_ranges_stay(
    text: str, span: str, low: float, high: float, res: QuantityResources
) -> None:
    q = one(text, span, res)
    assert (q.low, q.high) == (low, high)


# --- an age limit changed, followed by when it takes effect ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Arvane bill raises the retirement age to 69 over 16 years.", "69"),
        ("Lorrin County will lift the smoking age to 21 starting in May.", "21"),
        ("The plan lowers the voting age to 16 before the next election.", "16"),
    ],
)
def test_age_limit_then_when(text: str, span: str, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "age" and q.normalized is not None and q.normalized.unit == "year"


def test_not_an_age_without_the_word_age(res: QuantityResources) -> None:
    q = one("The Dellow plant raised output to 69 over the summer.", "69", res)
    assert q.kind != "age"


# --- a vague amount of a unit: "tens of thousands of dollars" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "unit"),
    [
        (
            "Senator Ibsel spent tens of thousands of dollars on flights.",
            "tens of thousands of dollars",
            2e4,
            "USD",
        ),
        ("The Corvel port lost hundreds of millions of euros.", "hundreds of millions of euros", 2e8, "EUR"),
        ("The Quarn convoy drove hundreds of miles inland.", "hundreds of miles", 321.8688, "km"),
    ],
)
def test_vague_amount_of_a_unit(text: str, span: str, low: float, unit: str, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == unit
    assert q.normalized.low == pytest.approx(low) and q.normalized.high is None


def test_vague_amount_of_people_stays_a_count(res: QuantityResources) -> None:
    q = one("Thousands of people lined the Velm road.", "Thousands", res)
    assert q.normalized is not None and q.normalized.unit == "count"


# --- a currency sign after a hyphen opens the next figure of a range: "£3-£4 billion" ------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The Hadden bypass will cost £3-£4 billion.", "£3-£4 billion", 3e9, 4e9),
        ("Rooms at the Essel inn cost €80-€95.", "€80-€95", 80.0, 95.0),
    ],
)
def test_sign_after_hyphen_opens_next_figure(
    text: str, span: str, low: float, high: float, res: QuantityResources
) -> None:
    q = one(text, span, res)
    assert (q.low, q.high) == (low, high)


def test_sign_written_after_a_figure_stays_its_unit(res: QuantityResources) -> None:
    q = one("Stalls at the Orvo fair charge 5 $ a plate.", "5 $", res)
    assert q.normalized is not None and q.normalized.unit.startswith("USD")
