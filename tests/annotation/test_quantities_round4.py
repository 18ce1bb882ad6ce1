"""Quantity categories of the fourth round (issue 8): rates, glued units, currencies named by country,
accountants' negatives, changes, age limits; on sentences written for this test (invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()




@pytest.mark.parametrize(
    ("text", "span", "written", "value", "normalized"),
    [
        ("Pickers at the Orvell farm earn $17.25 an hour.", "$17.25 an hour", "dollar per hour", 17.25, "USD/hour"),
        ("The Tamsin fund pays $400 a month to each family.", "$400 a month", "dollar per month", 400, "USD/month"),
        ("Diesel in Varnholm costs 80 cents a litre.", "80 cents a litre", "cent per litre", 0.8, "USD/litre"),
        ("Brent fell to $61.20 a barrel on Friday.", "$61.20 a barrel", "dollar per barrel", 61.2, "USD/barrel"),
        ("Gold rose to $1,802 an ounce.", "$1,802 an ounce", "dollar per ounce", 1802, "USD/ounce"),
        ("Copper ended at $2.10 a pound.", "$2.10 a pound", "dollar per pound", 2.1, "USD/pound"),
        ("Office space in Brell Tower rents for $85 per square foot.", "$85 per square foot",
         "dollar per square foot", 85, "USD/square foot"),
        ("The Ostrin app costs $9.99/mo after the trial.", "$9.99/mo", "dollar per month", 9.99, "USD/month"),
        ("Roaming costs €35/month in Kelby.", "€35/month", "euro per month", 35, "EUR/month"),
        ("The Halden plan costs 40 eur per month.", "40 eur per month", "euro per month", 40, "EUR/month"),
        ("Dock workers in Sarnath get Rs 500 a day.", "Rs 500 a day", "rupee per day", 500, "INR/day"),
        ("Carbon is taxed at £12 a tonne in Wexmoor.", "£12 a tonne", "pound per tonne", 12, "GBP/tonne"),
        ("The Corvin mill spends $3 billion a quarter.", "$3 billion a quarter", "dollar per quarter", 3e9,
         "USD/quarter"),
        ("Rooms at the Pell inn go for $200 a night.", "$200 a night", "dollar per night", 200, "USD/night"),
    ],
)  # fmt: skip
def test_money_per_unit_of_measure_is_a_rate(
    res: QuantityResources, text: str, span: str, written: str, value: float, normalized: str
) -> None:
    q = one(text, span, res)
    assert q.kind == "rate" and q.unit == written
    assert q.normalized is not None and q.normalized.unit == normalized
    assert q.normalized.value == pytest.approx(value)


def test_a_range_of_rates(res: QuantityResources) -> None:
    q = one("Pay at the Dunmore plant ranges from $12 to $18 an hour.", "$12 to $18 an hour", res)
    assert (q.kind, q.low, q.high, q.unit) == ("rate", 12, 18, "dollar per hour")


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("The Torvik sedan gets 52 miles per gallon.", "52 miles per gallon", "mile/gallon"),
        ("The Torvik coupe gets 48 mpg on the highway.", "48 mpg", "mile/gallon"),
        ("The Torvik hybrid gets 22 kilometres per litre.", "22 kilometres per litre", "kilometer/liter"),
        ("Patients at Ellery clinic took 40 grams per day.", "40 grams per day", "gram/day"),
        ("The dose is 40 micrograms per day.", "40 micrograms per day", "microgram/day"),
        ("The Varna drive writes 300 megabytes per second.", "300 megabytes per second", "megabyte/second"),
        ("The panel takes 20 joules per square metre.", "20 joules per square metre", "joule/meter**2"),
        ("Farms near Oskel yield 3 tonnes per hectare.", "3 tonnes per hectare", "metric_ton/hectare"),
        ("The pump moves 60 litres per minute.", "60 litres per minute", "liter/minute"),
        ("The dose is 2 mg per kilogram of body weight.", "2 mg per kilogram", "milligram/kilogram"),
        ("Nurses at Hollin work 12 hours a day.", "12 hours a day", "hour/day"),
        ("Drivers in Ketterby drive 14,000 miles a year.", "14,000 miles a year", "mile/year"),
        ("Sales of the Arlo bike grew 9 percent a year.", "9 percent a year", "percent/year"),
    ],
)
def test_measures_per_unit_are_rates(res: QuantityResources, text: str, span: str, normalized: str) -> None:
    q = one(text, span, res)
    assert q.kind == "rate" and q.normalized is not None and q.normalized.unit == normalized


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("The Dovray camp takes in 90 people a day.", "90 people a day", "count/day"),
        ("Brenna loses 3,000 workers a year.", "3,000 workers a year", "count/year"),
        ("The Marlo scanner reads 300 pages per minute.", "300 pages per minute", "count/minute"),
        ("About 400 people per square kilometre live in Brandt.", "About 400 people per square kilometre",
         "count/kilometer**2"),
    ],
)  # fmt: skip
def test_things_counted_per_period_or_unit(
    res: QuantityResources, text: str, span: str, normalized: str
) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == normalized


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("Ravel Corp earned $3.10 a share.", "$3.10", "USD"),  # a share is no unit: the amount
        ("Tickets cost $800 per trained guide.", "$800", "USD"),
        ("The fund paid $380 a year ago.", "$380", "USD"),  # a time expression, not a rate
        ("Prices were 4 percent a year earlier.", "4 percent", "percent"),
        ("Brell shares hit $30 an hour later.", "$30", "USD"),
    ],
)
def test_no_rate_per_thing_or_before_a_time_expression(
    res: QuantityResources, text: str, span: str, normalized: str
) -> None:
    q = one(text, span, res)
    assert q.kind != "rate" and q.normalized is not None and q.normalized.unit == normalized


def test_a_period_after_the_rate_is_not_swallowed_as_one_of_a_unit(res: QuantityResources) -> None:
    found = spans("Diesel costs $4.10 a gallon in Varnholm.", res)
    assert [s[0] for s in found] == ["$4.10 a gallon"]


@pytest.mark.parametrize(
    ("text", "span", "value", "code"),
    [
        ("The Farrow fund spent $75billion.", "$75billion", 75e9, "USD"),
        ("Brixton paid the £71.6million fee.", "£71.6million", 71.6e6, "GBP"),
        ("Shares were priced at 176 Hong Kong dollars.", "176 Hong Kong dollars", 176, "HKD"),
        ("Alder put in 1.5 billion Canadian dollars.", "1.5 billion Canadian dollars", 1.5e9, "CAD"),
        ("The bridge cost 40 million Singapore dollars.", "40 million Singapore dollars", 40e6, "SGD"),
    ],
)
def test_glued_scale_words_and_dollars_named_by_country(
    res: QuantityResources, text: str, span: str, value: float, code: str
) -> None:
    q = one(text, span, res)
    assert q.kind == "money" and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (pytest.approx(value), code)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("The Kessel drone weighs 5kg.", "5kg", "mass", 5, "kg"),
        ("The Kessel drone flies 10km.", "10km", "length", 10, "km"),
        ("The Kessel phone stores 3GB.", "3GB", "data storage", 3e9, "B"),
        ("The Orrin engine makes 300 lb-ft of torque.", "300 lb-ft", "torque", 406.745, "N*m"),
        ("They leased a 12,000 square-foot office.", "12,000 square-foot", "area", 1114.836, "m2"),
        ("The Ferris estate covers 50 hectares.", "50 hectares", "area", 0.5, "km2"),
        (
            "Violet light in the Hale test oscillates at 4e14 s-1.",
            "4e14 s-1",
            "compound",
            4e14,
            "inverse second",
        ),
    ],
)
def test_glued_and_compound_units(
    res: QuantityResources, text: str, span: str, kind: str, value: float, unit: str
) -> None:
    q = one(text, span, res)
    assert q.kind == kind and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (pytest.approx(value, rel=1e-3), unit)


def test_a_three_in_one_printer_is_no_inverse_inch(res: QuantityResources) -> None:
    assert all(kind != "compound" for _, kind, _, _ in spans("The Lodden 3-in-1 printer is sold out.", res))


def test_accountants_brackets_are_a_negative_where_a_value_is_stated(res: QuantityResources) -> None:
    assert one("The annual result of Morrow Ltd is ($99.99).", "$99.99", res).value == -99.99
    assert one("Net income: ($1.2 million) in the quarter.", "$1.2 million", res).value == -1.2e6


@pytest.mark.parametrize(
    "text",
    [
        "Ads attacked rival Brask ($311,000) and Tolley ($13,000).",  # an aside after a name
        "Pricing starts at 71,350 euro ($78,770) in Orlen.",  # a conversion
    ],
)
def test_bracketed_asides_and_conversions_stay_positive(res: QuantityResources, text: str) -> None:
    money = [q for q in find_quantities(text, res) if q.kind == "money"]
    assert money and all(q.value is not None and q.value > 0 for q in money)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Output at Verran went from 175 megawatts to 450 megawatts.", "175 megawatts", "450 megawatts"),
        ("The Haldor valuation was slashed from $47 billion to $8 billion.", "$47 billion", "$8 billion"),
        ("Support for Penn fell from 71 percent to 55 percent.", "71 percent", "55 percent"),
    ],
)
def test_a_change_is_two_figures_never_its_midpoint(
    res: QuantityResources, text: str, first: str, second: str
) -> None:
    assert one(text, first, res).value is not None and one(text, second, res).value is not None


def test_a_range_stays_a_range(res: QuantityResources) -> None:
    q = one("Output at Verran went up, while estimates range from 5 to 10 km.", "5 to 10 km", res)
    assert (q.low, q.high) == (5, 10)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The bill would raise the age of purchase for rifles from 18 to 21.", "18"),
        ("The bill would raise the age of purchase for rifles from 18 to 21.", "21"),
        ("Ostland lowered the voting age to 16 in 2019.", "16"),
    ],
)
def test_age_limits_are_ages(res: QuantityResources, text: str, span: str) -> None:
    q = one(text, span, res)
    assert q.kind == "age" and q.normalized is not None and q.normalized.unit == "year"


def test_a_count_after_an_age_word_is_no_age(res: QuantityResources) -> None:
    q = one("The golden age of Verran radio went from 3 to 5 stations.", "5", res)
    assert q.kind == "count"
    assert one("The golden age of Verran radio went from 3 to 5 stations.", "3", res).kind != "age"


def test_a_year_is_no_range_bound(res: QuantityResources) -> None:
    text = "Standards fall from 54 miles per gallon by 2025 to 40 miles per gallon."
    assert one(text, "40 miles per gallon", res).value == 40
