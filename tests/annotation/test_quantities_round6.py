"""Quantity categories of the sixth round (issue 8): expressions that hold on unseen real text. Unit names that are
common words ("points", "degrees"), kitchen symbols as recipes write them, spans of time written with an article
("more than a year", "a week ago", "hourlong"), halves and fractions of one unit, number words with "-and-a-half",
ages after "Jr." and age ranges, money "every year", the speed of "zero to 60 mph"; and the words that stay no
quantity or keep their old reading. Sentences written for this test (invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The Brenna index fell 61.4 points on Monday.", "61.4 points", 61.4),
        ("Okafor won the district by 22 points last fall.", "22 points", 22.0),
        ("The Lynx scored 31 points in the second half.", "31 points", 31.0),
        ("Marwick trailed by five-and-a-half points in the last poll.", "five-and-a-half points", 5.5),
        ("A survey had Dunmore up by three points.", "three points", 3.0),
    ],
)
def test_points_scored_or_moved(res: QuantityResources, text: str, span: str, value: float) -> None:
    q = one(text, span, res)
    assert q.kind == "points" and q.value == value
    assert q.normalized is not None and q.normalized.unit == "count" and q.normalized.value == value


@pytest.mark.parametrize(
    "text",
    ["At one point the ferry stopped.", "The memo made two points about the budget.",
     "The cable joins two points of the grid."],
)  # fmt: skip
def test_points_that_are_no_score(res: QuantityResources, text: str) -> None:
    assert not [q for q in find_quantities(text, res) if q.kind == "points"], spans(text, res)


def test_degrees_as_angles_in_a_sentence_about_angles(res: QuantityResources) -> None:
    text = "The ramp rises at a 12-degree angle, and the mast leans 7 degrees from the vertical."
    a, b = one(text, "12-degree", res), one(text, "7 degrees", res)
    assert (a.kind, a.value, b.kind, b.value) == ("angle", 12.0, "angle", 7.0)
    turn = one("The skater turned 540 degrees in the air.", "540 degrees", res)
    assert turn.kind == "angle"


def test_degrees_elsewhere_are_a_temperature(res: QuantityResources) -> None:
    q = one("The engine bay reached 104 degrees during the race.", "104 degrees", res)
    assert q.kind == "temperature" and q.value == 104.0
    # written in words, degrees are diplomas, not temperatures
    assert not [q for q in find_quantities("Ilsa holds two degrees from Carvell College.", res)
                if q.kind == "temperature"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Stir in 3 Tbsp. olive oil.", "3 Tbsp", 3 * 0.0147868, "l"),
        ("Add 1 TBSP vinegar and 2 Tsp salt.", "1 TBSP", 0.0147868, "l"),
    ],
)
def test_kitchen_symbols_as_recipes_write_them(res: QuantityResources, text: str, span: str, value: float,
                                               unit: str) -> None:  # fmt: skip
    q = one(text, span, res)
    assert q.kind == "volume" and q.normalized is not None and q.normalized.unit == unit
    assert q.normalized.value == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier"),
    [
        (
            "The strike at the Velden plant lasted more than a month.",
            "more than a month",
            1.0,
            "month",
            "more than",
        ),
        ("Tamsin Orr moved to Kells barely a week ago.", "barely a week ago", 1.0, "week", "barely"),
        ("The bridge reopened almost a decade later.", "almost a decade later", 10.0, "year", "almost"),
        ("The pilots were idle for a year and a half.", "a year and a half", 1.5, "year", None),
        ("The survey ran for over a year.", "over a year", 1.0, "year", "over"),
        ("Nobody had seen Brody Vail in a decade.", "a decade", 10.0, "year", None),
        ("The council met for a day.", "a day", 1.0, "day", None),
    ],
)
def test_one_period_written_with_an_article(res: QuantityResources, text: str, span: str, value: float, unit: str,
                                            qualifier: str | None) -> None:  # fmt: skip
    q = one(text, span, res)
    assert q.kind == "duration" and q.qualifier == qualifier
    assert q.normalized is not None and (q.normalized.value, q.normalized.unit) == (value, unit)


def test_periods_written_as_adjectives(res: QuantityResources) -> None:
    text = "After an hourlong debate and a monthlong siege, the year-long inquiry ended."
    found = {
        q.text: (q.kind, q.value, q.normalized.unit if q.normalized else None)
        for q in find_quantities(text, res)
    }
    assert found == {
        "hourlong": ("duration", 1.0, "hour"),
        "monthlong": ("duration", 1.0, "month"),
        "year-long": ("duration", 1.0, "year"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "It was the second time the Orla club lost.",  # an ordinal, not a second
        "The lights stayed on all day long.",
        "Prices rose $40 a week at the Fenwick market.",  # a rate, read whole
        "They meet once a month in Trell.",
    ],
)
def test_what_is_no_period(res: QuantityResources, text: str) -> None:
    assert not [q for q in find_quantities(text, res) if q.kind == "duration"], spans(text, res)


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("The trail is half a mile long.", "half a mile", 0.5, "length"),
        ("The ferry leaves in half an hour.", "half an hour", 0.5, "duration"),
        ("The screen is a half an inch wider.", "a half an inch", 0.5, "length"),
        ("Use a half-inch pipe for the drain.", "a half-inch", 0.5, "length"),
        ("The talk lasted an hour and a half.", "an hour and a half", 1.5, "duration"),
        ("Mix in a cup and a half of flour.", "a cup and a half", 1.5, "volume"),
        (
            "Rates rose by one-half of one percentage point.",
            "one-half of one percentage point",
            0.5,
            "percentage point",
        ),
        ("The tunnel is a third of a mile long.", "a third of a mile", 1 / 3, "length"),
        ("The fee is half of one percent.", "half of one percent", 0.5, "percent"),
    ],
)
def test_halves_and_fractions_of_one_unit(res: QuantityResources, text: str, span: str, value: float,
                                          kind: str) -> None:  # fmt: skip
    q = one(text, span, res)
    assert q.kind == kind and q.value == pytest.approx(value)


def test_half_of_a_number_stays_a_number(res: QuantityResources) -> None:
    found = spans("The town spent half a million dollars on the Kessel fountain.", res)
    assert [(t, v) for t, _, v, _ in found] == [("half a million dollars", 500000.0)]


def test_decades_are_ten_years(res: QuantityResources) -> None:
    q = one("The Orvin mill ran for three decades.", "three decades", res)
    assert q.normalized is not None and (q.normalized.value, q.normalized.unit) == (30.0, "year")


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Dell Parrish Jr., 47, was charged on Friday.", "47", 47.0, 47.0),
        ("Anton Greer Sr., 71, testified.", "71", 71.0, 71.0),
        ("The rule covers drivers ages 16-19 in Harlow county.", "16-19", 16.0, 19.0),
    ],
)
def test_ages(res: QuantityResources, text: str, span: str, low: float, high: float) -> None:
    q = one(text, span, res)
    assert q.kind == "age" and (q.low, q.high) == (low, high)
    assert q.normalized is not None and q.normalized.unit == "year"


def test_money_every_period_is_a_rate(res: QuantityResources) -> None:
    q = one("Members save $45 every year with the Corvo plan.", "$45 every year", res)
    assert q.kind == "rate" and q.normalized is not None and q.normalized.unit == "USD/year"


@pytest.mark.parametrize(
    "text",
    ["The Velo GT goes from zero to 60 mph in 3.9 seconds.", "The Arlo can go from zero to 60 mph in 4 seconds.",
     "The Marten sedan does 0-60 mph in 7 seconds."],
)  # fmt: skip
def test_zero_to_a_speed_is_the_speed_reached(res: QuantityResources, text: str) -> None:
    speeds = [q for q in find_quantities(text, res) if q.kind == "speed"]
    assert [(q.value, q.low, q.high) for q in speeds] == [(60.0, 60.0, 60.0)], spans(text, res)


def test_ranges_that_do_not_start_at_zero_stay_ranges(res: QuantityResources) -> None:
    q = one("Winds blew at 40 to 60 mph over Halden.", "40 to 60 mph", res)
    assert (q.value, q.low, q.high) == (None, 40.0, 60.0)


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("Brannock weighed 15 stone before the diet.", "15 stone", "mass", "kg"),
        (
            "The capsule holds 4 atmospheres of pressure at that depth.",
            "4 atmospheres",
            "pressure",
            "atmosphere",
        ),
        ("Ferrow sold a 3 ct diamond ring.", "3 ct", "mass", "kg"),
        ("A 12 ac lot near Quillby is for sale.", "12 ac", "area", "km2"),
        ("Pour 2 pt of milk into the pan.", "2 pt", "volume", "l"),
    ],
)
def test_unit_words_read_where_their_sentence_speaks_of_what_they_measure(
    res: QuantityResources, text: str, span: str, kind: str, unit: str
) -> None:
    q = one(text, span, res)
    assert q.kind == kind and q.normalized is not None and q.normalized.unit == unit


@pytest.mark.parametrize(
    "text",
    ["Protesters threw 5 stones at the Harrow depot.", "The ruling came in 3 ct. of the Doran code.",
     "The 2 ac units in the Pell office broke."],
)  # fmt: skip
def test_unit_words_elsewhere_stay_words(res: QuantityResources, text: str) -> None:
    assert not [q for q in find_quantities(text, res) if q.kind in ("mass", "area", "volume", "pressure")], (
        spans(text, res)
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The Tessel hybrid uses 4.8 L/100 km on the motorway.", "4.8 L/100 km", 4.8),
        ("In town it needs 6.2 l/100km.", "6.2 l/100km", 6.2),
        ("The van burns 9 litres per 100 kilometres.", "9 litres per 100 kilometres", 9.0),
    ],
)
def test_fuel_consumption_per_100_km(res: QuantityResources, text: str, span: str, value: float) -> None:
    q = one(text, span, res)
    assert (
        q.kind == "rate"
        and q.normalized is not None
        and (q.normalized.value, q.normalized.unit)
        == (
            value,
            "l/100km",
        )
    )
    assert [x.text for x in find_quantities(text, res)] == [span]  # the 100 km is no figure of its own
