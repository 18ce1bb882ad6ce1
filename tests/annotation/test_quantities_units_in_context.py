"""Quantity categories of the second round of issue 8 (sentences written for this test, invented names):
converted amounts, '#' as the pound sign, temperatures without a scale, guarded unit symbols, powers."""

from __future__ import annotations

import pytest
from quantity_helpers import spans

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources
from parallax.model import Quantity


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


def by_text(text: str, res: QuantityResources) -> dict[str, Quantity]:
    return {q.text: q for q in find_quantities(text, res)}


def norm(q: Quantity) -> tuple[float | None, str | None]:
    assert q.normalized is not None
    value = q.normalized.value
    return (None if value is None else round(value, 4)), q.normalized.unit


def test_bracketed_conversions_are_quantities_named_by_the_primary(res: QuantityResources) -> None:
    text = "Velmora's lake covers 412 km2 (159 sq mi) and the ridge stands 30 m (98 ft) high."
    q = by_text(text, res)
    assert set(q) == {"412 km2", "159 sq mi", "30 m", "98 ft"}
    assert q["412 km2"].conversion is not None and q["412 km2"].conversion.text == "159 sq mi"
    assert q["159 sq mi"].normalized is not None and q["159 sq mi"].normalized.unit == "km2"
    assert q["159 sq mi"].normalized.value == pytest.approx(159 * 2.589988, rel=1e-5)
    assert q["30 m"].conversion is not None and q["30 m"].conversion.text == "98 ft"
    assert q["98 ft"].kind == "length" and q["98 ft"].conversion is None


def test_converted_money_range(res: QuantityResources) -> None:
    text = "Dravik offered between €10 million and €15 million (about US$11 million to $16 million)."
    found = find_quantities(text, res)
    assert [(f.low, f.high, f.normalized.unit if f.normalized else None) for f in found] == [
        (1e7, 1.5e7, "EUR"),
        (1.1e7, 1.6e7, "USD"),
    ]
    assert found[1].qualifier == "about"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The Tarnwick bypass has cost #4.2bn so far.", "#4.2bn", 4.2e9),
        ("Ministers set aside #13 million for it.", "#13 million", 1.3e7),
        ("Each download is sold for #0.89 in Corlby.", "#0.89", 0.89),
    ],
)
def test_hash_before_an_amount_is_the_pound_sign(
    res: QuantityResources, text: str, span: str, value: float
) -> None:
    q = by_text(text, res)[span]
    assert (q.value, q.kind, norm(q)) == (value, "money", (value, "GBP"))


def test_hash_before_a_rank_is_no_money(res: QuantityResources) -> None:
    assert not any(
        q.kind == "money" for q in find_quantities("The Fennick Five reached #1 and then #12.", res)
    )


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # the sentence speaks of temperature and names no scale: the default scale (Fahrenheit)
        ("The thermometer in Osterby read 95 degrees at noon.", "95 degrees", (35.0, "degC")),
        # the scale named later in the sentence
        ("Water in the tank froze at 32° on the Fahrenheit scale.", "32°", (0.0, "degC")),
        # another temperature of the text names the scale
        (
            "Highs of 31C are expected in Brellin. On Sunday it will be 33 degrees.",
            "33 degrees",
            (33.0, "degC"),
        ),
        ("The reactor core ran at 600 K in the heat test.", "600 K", (326.85, "degC")),
        ("In the quantum model, matter at absolute zero barely moves.", "absolute zero", (-273.15, "degC")),
    ],
)
def test_temperatures_without_a_written_scale(
    res: QuantityResources, text: str, span: str, normalized: tuple[float, str]
) -> None:
    q = by_text(text, res)[span]
    assert q.kind == "temperature" and norm(q) == normalized


def test_default_scale_is_a_setting() -> None:
    celsius = load_quantity_resources(temperature_scale="celsius")
    q = by_text("The thermometer in Osterby read 35 degrees at noon.", celsius)["35 degrees"]
    assert norm(q) == (35.0, "degC")


def test_a_temperature_change_is_no_temperature(res: QuantityResources) -> None:
    q = by_text("Average temperatures in Pellow rose by 9 degrees.", res)["9 degrees"]
    assert norm(q) == (5.0, "delta_degC")  # a rise of 9 °F is a rise of 5 °C, not -12.8 °C
    q = by_text("It was 2C warmer than normal across Ruskett.", res)["2C"]
    assert norm(q) == (2.0, "delta_degC")


def test_angles_are_no_temperatures(res: QuantityResources) -> None:
    found = find_quantities("The ship turned 90 degrees to the south.", res)
    assert not any(q.kind == "temperature" for q in found)


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("These basalts erupted some 250 Ma ago.", "some 250 Ma", (250.0, "megayear")),
        ("One megaannum (1Ma) is a million years.", "1Ma", (1.0, "megayear")),
        ("The lattice spacing is 3.456 pm.", "3.456 pm", (3.456e-12, "m")),
    ],
)
def test_symbols_that_are_also_words(
    res: QuantityResources, text: str, span: str, normalized: tuple[float, str]
) -> None:
    q = by_text(text, res)[span]
    assert q.normalized is not None and q.normalized.unit == normalized[1]
    assert q.normalized.value == pytest.approx(normalized[0], rel=1e-9)


def test_times_of_day_stay_times(res: QuantityResources) -> None:
    found = find_quantities("The Zellan ferry leaves at 4.45 pm and at 9 am; Ma Lin said so.", res)
    assert not any(q.kind == "length" or q.kind == "duration" for q in found)


def test_power_with_any_base(res: QuantityResources) -> None:
    q = by_text("A block holds 4x2^10 bits.", res)["4x2^10 bits"]
    assert q.value == 4096.0 and norm(q) == (512.0, "B")


def test_hedged_fractions_stand_alone(res: QuantityResources) -> None:
    found = find_quantities("More than half of Dunmore voted; nearly half stayed away.", res)
    assert [(q.text, q.qualifier, q.kind, norm(q)) for q in found] == [
        ("More than half", "more than", "fraction", (50.0, "percent")),
        ("nearly half", "nearly", "fraction", (50.0, "percent")),
    ]
    # round 6: half of one unit is that unit's half, with its hedge ("more than half an hour"), never a fraction
    assert spans("It took more than half an hour.", res) == [("more than half an hour", "duration", 0.5, "hour")]
    assert not any(q.kind == "fraction" for q in find_quantities("They met on the third of May.", res))


def test_from_to_is_a_change_when_the_sentence_says_so(res: QuantityResources) -> None:
    text = (
        "Farlow Bank agreed to raise its credit lines with the first lender from $5 billion to $9 billion, "
        "and with the second from $2 billion to $4 billion."
    )
    found = find_quantities(text, res)
    assert [q.value for q in found] == [5e9, 9e9, 2e9, 4e9]
    ranged = find_quantities("Prices in Ostwick range from $5 to $9.", res)
    assert [(q.low, q.high) for q in ranged] == [(5.0, 9.0)]


def test_digits_do_not_run_on_into_number_words(res: QuantityResources) -> None:
    found = find_quantities("The tower opened in 2011\nThree years later it closed.", res)
    assert [(q.text, q.value) for q in found] == [("2011", 2011.0), ("Three years", 3.0)]
    assert find_quantities("Some 4 thousand 3 hundred fans came.", res)[0].value == 4300.0


def test_an_elliptical_amount_takes_the_currency_of_its_sentence(res: QuantityResources) -> None:
    found = find_quantities("Tarvo sought US$3 billion on top of the two billion it got in May.", res)
    assert [(q.text, q.kind, norm(q)) for q in found] == [
        ("US$3 billion", "money", (3e9, "USD")),
        ("two billion", "money", (2e9, "USD")),
    ]
    found = find_quantities(
        "Sales reached €4.1bn, up from 3.9bn; 2 million buyers. Then 5 billion came.", res
    )
    assert [(q.text, q.kind) for q in found] == [
        ("€4.1bn", "money"),
        ("3.9bn", "money"),
        ("2 million", "count"),
        ("5 billion", "count"),
    ]


def test_age_ranges_and_spaced_scales_after_money(res: QuantityResources) -> None:
    q = find_quantities("Pupils between 12 and 16 years old took part.", res)[0]
    assert (q.text, q.kind, q.low, q.high, q.normalized.unit if q.normalized else None) == (
        "12 and 16 years old",
        "age",
        12.0,
        16.0,
        "year",
    )
    found = find_quantities("Hollin paid $ 80 m (£ 61 m) for a 5 m wall.", res)
    assert [(f.text, f.value, f.kind) for f in found] == [
        ("$ 80 m", 8e7, "money"),
        ("£ 61 m", 6.1e7, "money"),
        ("5 m", 5.0, "length"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Tyres on the Morrow rig run at 35 psi.", "35 psi", "pressure"),
        ("The Kessel line carries 400 kV.", "400 kV", "electric potential"),
        ("Traffic noise in Lunford reached 85 dB.", "85 dB", "sound level"),
        ("The phone has a 4,500 mAh battery.", "4,500 mAh", "charge"),
    ],
)
def test_scientific_measures_by_unambiguous_surfaces(
    res: QuantityResources, text: str, span: str, kind: str
) -> None:
    assert by_text(text, res)[span].kind == kind


def test_short_lower_case_symbols_stay_words(res: QuantityResources) -> None:
    found = find_quantities("Brenna owns 3 tv sets and 2 bars of soap.", res)
    assert [(q.text, q.kind) for q in found] == [("3", "count"), ("2", "count")]


def test_scale_from_the_measures_of_the_text(res: QuantityResources) -> None:
    metric = "The 12 km march ended 3 km from Brisa. Temperatures will range from 20 to 25 degrees."
    q = by_text(metric, res)["20 to 25 degrees"]
    assert q.normalized is not None and (q.normalized.low, q.normalized.high) == (20.0, 25.0)
    imperial = "The 12-mile hike ended 3 miles from Tolt. Temperatures will range from 68 to 77 degrees."
    q = by_text(imperial, res)["68 to 77 degrees"]
    assert q.normalized is not None and (q.normalized.low, q.normalized.high) == pytest.approx((20.0, 25.0))
