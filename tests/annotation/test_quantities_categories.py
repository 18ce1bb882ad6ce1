"""Quantity categories from issue 8, each on sentences written for this test (invented names and figures)."""

from __future__ import annotations

import pytest

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources
from parallax.model import Quantity


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


def only(text: str, res: QuantityResources) -> Quantity:
    found = find_quantities(text, res)
    assert len(found) == 1, [(q.text, q.kind) for q in found]
    return found[0]


def norm(q: Quantity) -> tuple[float | None, str | None]:
    assert q.normalized is not None
    value = q.normalized.value
    return (None if value is None else round(value, 4)), q.normalized.unit


@pytest.mark.parametrize(
    ("text", "span", "value", "normalized"),
    [
        ("The stamp now costs 65 cents.", "65 cents", 65.0, (0.65, "USD")),
        ("A loaf rose by 20 pence.", "20 pence", 20.0, (0.2, "GBP")),
        ("Fifteen cents was the fare.", "Fifteen cents", 15.0, (0.15, "USD")),
    ],
)
def test_money_in_minor_units(
    res: QuantityResources, text: str, span: str, value: float, normalized: tuple[float, str]
) -> None:
    q = only(text, res)
    assert (q.text, q.value, q.kind, norm(q)) == (span, value, "money", normalized)


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Korvania pledged A$3 million to the fund.", 3e6, "AUD"),
        ("Tickets cost NZ$40 each.", 40.0, "NZD"),
        ("The fine was EUR 40 in all.", 40.0, "EUR"),
        ("The fine was 40 eur in all.", 40.0, "EUR"),
        ("The dinner cost ₹500 in Pellora.", 500.0, "INR"),
        ("The bike sold for RMB 300 last week.", 300.0, "CNY"),
        ("The grant is Rs 5 lakh this year.", 5e5, "INR"),
        ("Toll revenue reached ₹2 crore.", 2e7, "INR"),
        ("The villa fetched CHF 30 million.", 3e7, "CHF"),
    ],
)
def test_currency_prefixes_and_codes(res: QuantityResources, text: str, value: float, code: str) -> None:
    q = only(text, res)
    assert (q.kind, q.value, norm(q)[1]) == ("money", value, code)


def test_lakh_and_crore_without_currency(res: QuantityResources) -> None:
    q = find_quantities("About 3 lakh people and 1 crore ballots were counted.", res)
    assert [x.value for x in q] == [3e5, 1e7]


@pytest.mark.parametrize(
    ("text", "span", "value", "normalized"),
    [
        ("The goalkeeper is 6 ft 1 in tall.", "6 ft 1 in", 6.0833, (1.8542, "m")),
        ("The baby weighed 3 pounds 4 ounces at birth.", "3 pounds 4 ounces", 3.25, (1.4742, "kg")),
        ("Ardel Voss is 5'11\" and left-handed.", "5'11\"", 5.9167, (1.8034, "m")),
    ],
)
def test_compound_imperial(
    res: QuantityResources, text: str, span: str, value: float, normalized: tuple[float, str]
) -> None:
    q = only(text, res)
    assert q.text == span and q.value == pytest.approx(value, abs=1e-3)
    assert norm(q)[1] == normalized[1] and norm(q)[0] == pytest.approx(normalized[0], abs=1e-3)


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("The trail runs 2 3/4 miles to the ridge.", "2 3/4 miles", 2.75, "length"),
        ("Stir in ¾ cup of sugar.", "¾ cup", 0.75, "volume"),
        ("The pond is 1½ km wide.", "1½ km", 1.5, "length"),
    ],
)
def test_mixed_and_unicode_fractions(
    res: QuantityResources, text: str, span: str, value: float, kind: str
) -> None:
    q = only(text, res)
    assert (q.text, q.value, q.kind) == (span, value, kind)


@pytest.mark.parametrize(
    ("text", "kmh"),
    [
        ("The bus was doing 60 miles an hour.", 96.5606),
        ("Winds reached 120 km/h overnight.", 120.0),
        ("The limit is 40 mph near the school.", 64.3738),
    ],
)
def test_speeds(res: QuantityResources, text: str, kmh: float) -> None:
    q = only(text, res)
    assert q.kind == "speed" and norm(q) == (kmh, "km/h")


@pytest.mark.parametrize(
    ("text", "kind", "normalized"),
    [
        ("The reserve covers 420 km2 of wetland.", "area", (420.0, "km2")),
        ("Their flat is 75 m² in all.", "area", (75.0, "m2")),
        ("Crews poured 30 m³ of concrete.", "volume", (30.0, "m3")),
        ("The lake holds 4 km^3 of water.", "volume", (4.0, "km3")),
        ("The plot is 600 square metres.", "area", (600.0, "m2")),
    ],
)
def test_squared_and_cubed_units(
    res: QuantityResources, text: str, kind: str, normalized: tuple[float, str]
) -> None:
    q = only(text, res)
    assert q.kind == kind and norm(q) == normalized


def test_data_sizes_micro_units_and_tons(res: QuantityResources) -> None:
    q = only("The phone ships with 64 GB of storage.", res)
    assert (q.kind, norm(q)) == ("data storage", (64e9, "B"))
    q = only("Each tablet holds 5 micrograms of the drug.", res)
    assert q.kind == "mass" and q.normalized is not None and q.normalized.value == pytest.approx(5e-9)
    q = only("The crane lifted 3 tonnes of steel.", res)
    assert (q.kind, norm(q)) == ("mass", (3000.0, "kg"))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 10 and 15 boats left the harbour.", 10.0, 15.0),
        ("Bids of more than 10 and less than 40 were rejected.", 10.0, 40.0),
        ("The index stayed above 1000 and below 1500.", 1000.0, 1500.0),
    ],
)
def test_ranges_without_a_unit(res: QuantityResources, text: str, low: float, high: float) -> None:
    q = only(text, res)
    assert (q.low, q.high, q.value) == (low, high, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Twenty-one trawlers were counted.", 21.0),
        ("Some 1.5 million voters turned out.", 1.5e6),
        ("The answer was minus five.", -5.0),
        ("The count reached 1.3e6 by noon.", 1.3e6),
        ("Two thirds of a million tickets sold.", 666666.6667),
        ("The town has 40 000 residents.", 40000.0),
        ("Nearly three and a quarter million viewers watched.", 3.25e6),
    ],
)
def test_number_words_and_forms(res: QuantityResources, text: str, value: float) -> None:
    q = only(text, res)
    assert q.value == pytest.approx(value, rel=1e-6)


def test_percentages(res: QuantityResources) -> None:
    q = only("Rates rose by half a percent.", res)
    assert (q.kind, norm(q)) == ("percent", (0.5, "percent"))
    q = only("Turnout fell 5.5 percent-its lowest level.", res)
    assert (q.text, q.value) == ("5.5 percent", 5.5)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A 42-year-old man was questioned.", 42.0),
        ("The girl, five years old, was found safe.", 5.0),
        ("Mirela Ostrand, 37, said she would appeal.", 37.0),
        ("The mayor died aged 81 on Tuesday.", 81.0),
    ],
)
def test_ages(res: QuantityResources, text: str, value: float) -> None:
    q = only(text, res)
    assert (q.kind, q.value, norm(q)) == ("age", value, (value, "year"))


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("It was 30 C in the shade.", (30.0, "degC")),
        ("Highs near 86 degrees F are forecast.", (30.0, "degC")),
        ("The sample was kept at -5 deg c.", (-5.0, "degC")),
    ],
)
def test_temperatures(res: QuantityResources, text: str, normalized: tuple[float, str]) -> None:
    q = only(text, res)
    assert q.kind == "temperature" and norm(q) == normalized


def test_a_figure_means_what_it_says(res: QuantityResources) -> None:
    q = only("A magnitude 5.4 quake shook Trevanne.", res)
    assert (q.kind, q.value, q.unit) == ("magnitude", 5.4, "magnitude")
    q = only("A 6.1-magnitude earthquake hit the coast.", res)
    assert (q.kind, q.value) == ("magnitude", 6.1)
    q = only("He faces a 30-year sentence.", res)
    assert (q.kind, norm(q)) == ("duration", (30.0, "year"))  # not 10,957 days
    q = only("Buses leave every 15 minutes.", res)
    assert (q.kind, norm(q)) == ("frequency", (15.0, "minute"))  # never "0.0 day"
    q = only("The yard delivers 15 a year.", res)
    assert (q.kind, q.unit, norm(q)) == ("frequency", None, (15.0, "count/year"))


def test_bare_figures_are_numbers_not_counts(res: QuantityResources) -> None:
    q = only("The index closed at 7,162.90 on Friday.", res)
    assert (q.kind, q.value, q.normalized) == ("number", 7162.9, None)
    found = find_quantities("The plan was drafted in 2019.", res)
    assert [(x.text, x.kind) for x in found] == [("2019", "number")]


def test_one_of_a_unit_and_compound_units(res: QuantityResources) -> None:
    q = only("They bought a gallon of paint.", res)
    assert (q.value, q.kind) == (1.0, "volume")
    q = only("The dose was 3 mg/kg daily.", res)
    assert (q.value, q.unit) == (3.0, "mg/kg")
