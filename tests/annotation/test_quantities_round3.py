"""Quantity categories of the third round (issue 8), on sentences written for this test (invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources
from parallax.annotation.quantity_numbers import parse_number_phrase


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()




@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("one hundred thirty fifths", 100 / 35),  # no "and": the denominator takes what composes with it
        ("one hundred and thirty fifths", 26.0),  # "and" keeps the numerator whole
        ("one hundred one thousand fifths", 100 / 1005),
        ("one one hundred and fifth", 1 / 105),
        ("ninety-five hundred fifths", 1900.0),
        ("seventy - two hundred sixths", 1200.0),
        ("three hundredths", 0.03),
        ("three hundred thousandths", 0.3),
        ("a twenty-first", 1 / 21),
        ("twenty three fifths", 4.6),
        ("eleven twelfths", 11 / 12),
        ("twenty and three fifths", 20.6),
        ("hundred thousand", 100_000.0),
    ],
)
def test_word_fractions_split_where_the_denominator_ends(phrase: str, value: float) -> None:
    got = parse_number_phrase(phrase)
    assert got is not None and got == pytest.approx(value)


def test_an_amount_over_a_period_is_no_fraction(res: QuantityResources) -> None:
    found = spans("The plan cuts spending by $640 billion over 10 years, the Tarnby office said.", res)
    assert ("$640 billion", "money", 640e9, "USD") in found
    assert ("over 10 years", "duration", 10.0, "year") in found
    found = spans("Ridership fell by 3 million over two years.", res)
    assert ("3 million", "count", 3e6, "count") in found
    # a fraction written in words stays a fraction
    assert one("The answer is six over eight.", "six over eight", res).value == pytest.approx(0.75)


@pytest.mark.parametrize(
    ("text", "span", "metres"),
    [
        ("The suspect is 5-foot-11 and slim.", "5-foot-11", 1.8034),
        ("Ardo Venn, a six-foot-four guard, signed on Monday.", "six-foot-four", 1.9304),
        ("A 5-foot-9-inch woman was seen.", "5-foot-9-inch", 1.7526),
    ],
)
def test_heights_written_with_hyphens(res: QuantityResources, text: str, span: str, metres: float) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == "m"
    assert q.normalized.value == pytest.approx(metres, rel=1e-3)


def test_a_height_needs_inches_below_twelve(res: QuantityResources) -> None:
    assert ("10-foot", "length", 10.0, "m") in spans("They built a 10-foot-high fence.", res)
    assert not any(t.startswith("5-foot-14") for t, *_ in spans("a 5-foot-14 board", res))


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("The new charger delivers 65W over one cable.", "65W", "power", "W"),
        ("Mains power in Orlavia is 230 V, the brochure says.", "230 V", "electric potential", "volt"),
        ("Add 500 g of flour and 2 l of water.", "500 g", "mass", "kg"),
        ("Add 500 g of flour and 2 l of water.", "2 l", "volume", "l"),
        ("The race lasted 24 h in all.", "24 h", "duration", "hour"),
        ("The screen has a 4 ms response time.", "4 ms", "duration", "millisecond"),
        ("The Brennik farm covers 40 ha of wheat.", "40 ha", "area", "km2"),
        ("It ships with a 2 TB drive.", "2 TB", "data storage", "B"),
        ("Workers there got 1 Sv in an hour.", "1 Sv", "radiation absorbed dose", "sievert"),
        ("A chocolate bar now costs 85p at Tollin's.", "85p", "money", "GBP"),
        ("The cell is 20 μm wide.", "20 μm", "length", "m"),
        ("Each tablet has 3 μg of the drug.", "3 μg", "mass", "kg"),
    ],
)
def test_symbols_that_are_words_right_after_digits(
    res: QuantityResources, text: str, span: str, kind: str, unit: str
) -> None:
    q = one(text, span, res)
    assert (q.kind, q.normalized.unit if q.normalized else None) == (kind, unit)


@pytest.mark.parametrize(
    "text",
    [
        "She lives at 3170 W. Harrow Road.",  # a direction, not watts
        "Take exit 12 W 34 to the port.",  # a code
        "There were 12 TB cases in Ostrava last year.",  # tuberculosis, not terabytes
        "The price went up by 20 p for some.",  # pence are written glued
        "The house at 1080 p street",  # no pence above 99
    ],
)
def test_symbols_stay_words_elsewhere(res: QuantityResources, text: str) -> None:
    assert all(kind in ("number", "count") for _, kind, _, _ in spans(text, res)), spans(text, res)


def test_lists_of_numbers_without_spaces(res: QuantityResources) -> None:
    assert [(t, v) for t, _, v, _ in spans("Read rules 22,24,26,31 first.", res)] == [
        ("22", 22.0), ("24", 24.0), ("26", 26.0), ("31", 31.0)
    ]  # fmt: skip
    # thousands separators stay one number; a European decimal is not a list
    assert [t for t, *_ in spans("About 1,234,567 people voted.", res)] == ["About 1,234,567"]


def test_either_or_gives_two_values(res: QuantityResources) -> None:
    found = spans("The levy will be either 4 or 6 percent.", res)
    assert [(t, v) for t, _, v, _ in found] == [("4", 4.0), ("6 percent", 6.0)]
    q = one("The levy will be 4 or 6 percent.", "4 or 6 percent", res)
    assert (q.low, q.high, q.alternative) == (4.0, 6.0, True)


def test_a_leading_hundred(res: QuantityResources) -> None:
    assert one("Hundred thousand people marched in Pellora.", "Hundred thousand", res).value == 100_000.0


@pytest.mark.parametrize(
    ("text", "span", "kind", "normalized"),
    [
        (
            "The Tarvel central bank cut its rate by 25 basis points.",
            "25 basis points",
            "percentage point",
            0.25,
        ),
        ("Spreads widened 40 bps on Friday.", "40 bps", "percentage point", 0.4),
        ("The air in the lab held 420 ppm of carbon dioxide.", "420 ppm", "proportion", 420.0),
        ("The engine redlines at 6,500 rpm.", "6,500 rpm", "rotation speed", 6500.0),
        ("The motor makes 350 Nm of torque.", "350 Nm", "torque", 350.0),
        ("Its rear camera has 50 megapixels.", "50 megapixels", "image resolution", 50.0),
        ("The lamp gives 800 lumens.", "800 lumens", "luminous flux", 800.0),
        ("The capacitor stores 10 farads.", "10 farads", "capacitance", 10.0),
    ],
)
def test_measures_quantulum3_knows(
    res: QuantityResources, text: str, span: str, kind: str, normalized: float
) -> None:
    q = one(text, span, res)
    assert q.kind == kind and q.normalized is not None
    assert q.normalized.value == pytest.approx(normalized)


def test_names_and_degree_signs_stay_what_they_were(res: QuantityResources) -> None:
    # a brand or a person's name after a number is no unit; a bare degree sign is settled by its sentence
    assert all(
        k in ("number", "count") for _, k, _, _ in spans("Orvik sold 3 Tesla cars and 2 Henry rifles.", res)
    )
    q = one("Absolute zero is −273.15° on the Celsius scale.", "−273.15°", res)
    assert q.kind == "temperature"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Korda ranks between the tenth and the fifteenth in the league.", 10.0, 15.0),
        ("The team finished higher than the 3rd but lower than the 8th.", 3.0, 8.0),
        ("Orsa was between the twenty-first and the thirtieth on the list.", 21.0, 30.0),
        ("Orders of 20~30 units a day were normal.", 20.0, 30.0),
    ],
)
def test_ranges_of_ranks_and_tilde(res: QuantityResources, text: str, low: float, high: float) -> None:
    found = find_quantities(text, res)
    assert [(q.low, q.high) for q in found] == [(low, high)], spans(text, res)


def test_ranks_in_dates_stay_dates(res: QuantityResources) -> None:
    assert find_quantities("The fair ran between the 10th and the 15th of May.", res) == []


def test_flows_and_accelerations_with_powers(res: QuantityResources) -> None:
    for text, span, unit in [
        ("The river carried 3 m³/s of water.", "3 m³/s", "meter**3/second"),
        ("The dam lets out 40 m3/s.", "40 m3/s", "meter**3/second"),
        ("The sled pulls 5 m/s² at the start.", "5 m/s²", "meter/second**2"),
    ]:
        q = one(text, span, res)
        assert q.normalized is not None and q.normalized.unit == unit
    assert one("The flat is 80 m² in size.", "80 m²", res).kind == "area"


def test_products_of_units_with_negative_powers(res: QuantityResources) -> None:
    q = one("Sound moves at 343 m s-1 in the Varro tunnel.", "343 m s-1", res)
    assert q.normalized is not None and q.normalized.unit == "meter/second"
    assert one("Its density is 1000 kg m−3.", "1000 kg m−3", res).kind == "compound"
    # two lengths in a row stay lengths
    assert [t for t, *_ in spans("It is 5 m tall and 3 m wide.", res)] == ["5 m", "3 m"]


def test_more_abbreviations(res: QuantityResources) -> None:
    assert one("He ran 100 yds.", "100 yds", res).kind == "length"
    assert one("The bus went 90 kmph.", "90 kmph", res).kind == "speed"


def test_number_words_in_compound_adjectives(res: QuantityResources) -> None:
    assert [(t, k, v) for t, k, v, _ in spans("A three-judge panel heard the four-term senator.", res)] == [
        ("three", "number", 3.0), ("four", "number", 4.0)
    ]  # fmt: skip
    q = one("After his five-minute speech, Dalen left.", "five-minute", res)
    assert (q.kind, q.value, q.unit) == ("duration", 5.0, "minute")
    for text in (
        "It was a one-sided game.",
        "It is the twenty-first time.",
        "A minute detail.",
        "a 4K-ready set",
    ):
        assert find_quantities(text, res) == [], spans(text, res)


def test_energy_in_the_unit_a_reader_expects(res: QuantityResources) -> None:
    assert spans("A serving has 300 kcal.", res) == [("300 kcal", "energy", 300.0, "kcal")]
    assert spans("The pulse carried 3 kJ.", res) == [("3 kJ", "energy", 3.0, "J")]
    assert spans("The plant made 2 MWh.", res) == [("2 MWh", "energy", 2.0, "kWh")]


def test_european_grouping_and_scaled_digit_fractions(res: QuantityResources) -> None:
    assert spans("The Brenn hall cost €1.250.000 to build.", res) == [
        ("€1.250.000", "money", 1_250_000.0, "EUR")
    ]
    assert [(t, v) for t, _, v, _ in spans("The bill was 1.111,11 in Tarnow.", res)] == [
        ("1.111,11", 1111.11)
    ]
    assert [(t, v) for t, _, v, _ in spans("The bill was 1,111.11 in Tarnow.", res)] == [
        ("1,111.11", 1111.11)
    ]
    assert find_quantities("The host is 192.168.100.200 on the list.", res) == []  # an address
    assert [(t, v) for t, _, v, _ in spans("A 1.5 rise.", res)] == [("1.5", 1.5)]  # one dot: a decimal
    assert one("About 1/4 million came.", "About 1/4 million", res).value == 250_000.0


def test_calories_in_news_are_food_calories(res: QuantityResources) -> None:
    assert spans("The snack has 441 calories.", res) == [("441 calories", "energy", 441.0, "kcal")]


@pytest.mark.parametrize(
    ("text", "span", "value", "code"),
    [
        ("Lunch cost forty bucks in Darnay.", "forty bucks", 40.0, "USD"),
        ("A pint is 6 quid there.", "6 quid", 6.0, "GBP"),
        ("The fare is 300 naira.", "300 naira", 300.0, "NGN"),
        ("Tickets cost 150 rand.", "150 rand", 150.0, "ZAR"),
        ("The Velmar deal is worth R300m.", "R300m", 300e6, "ZAR"),
        ("A coffee costs 20 zloty.", "20 zloty", 20.0, "PLN"),
        ("The rent deposit is 9,000 kronor.", "9,000 kronor", 9000.0, "SEK"),
        ("The fee is KSh 500.", "KSh 500", 500.0, "KES"),
        ("It sells for ₦5,000.", "₦5,000", 5000.0, "NGN"),
        ("A stamp costs 50c now.", "50c", 0.5, "USD"),
    ],
)
def test_more_currencies(res: QuantityResources, text: str, span: str, value: float, code: str) -> None:
    q = one(text, span, res)
    assert q.kind == "money" and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (pytest.approx(value), code)


def test_a_lone_r_is_no_rand(res: QuantityResources) -> None:
    assert all(k != "money" for _, k, _, _ in spans("He was R 2 on the list of 40.", res))


def test_one_of_a_unit_never_inside_an_idiom(res: QuantityResources) -> None:
    assert find_quantities("There was no sign of a quid-pro-quo, or a quid pro quo, said Ulm.", res) == []
    assert find_quantities("He wanted to make a quick buck.", res) == []
    assert spans("It costs a penny.", res) == [("a penny", "money", 1.0, "GBP")]


def test_astronomical_units_and_abbreviations_with_slashes(res: QuantityResources) -> None:
    q = one("The Korrin probe is 1.5 AU from the Sun.", "1.5 AU", res)
    assert q.normalized is not None and q.normalized.unit == "km"
    assert all(k == "number" for _, k, _, _ in spans("The station sits at 40 N, 74 W.", res))
    assert spans("Row 12 N/A.", res) == [("12", "number", 12.0, None)]


def test_unit_tables_do_not_depend_on_the_hash_seed() -> None:
    """quantulum3 files "Mm" under "mm" too, in an order that follows the string hash seed: millimetres must
    win in every process."""
    import os
    import subprocess
    import sys

    code = (
        "from parallax.annotation.quantities import load_quantity_resources, find_quantities;"
        "q = find_quantities('a 9 mm pipe', load_quantity_resources())[0];"
        "print(q.normalized.value)"
    )
    import parallax

    src = os.path.dirname(os.path.dirname(parallax.__file__))
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert float(out.stdout) == pytest.approx(0.009)


def test_a_decade_is_a_span_of_time(res: QuantityResources) -> None:
    # round 6: the hedge and "ago" belong to the span, and a decade is normalised to ten years
    assert spans("The Ulvar dam was built more than a decade ago.", res) == [
        ("more than a decade ago", "duration", 1.0, "year")
    ]
    # no span of one year; round 9: a frequency, as "three times a year"
    assert spans("We meet once a year.", res) == [("once a year", "frequency", 1.0, "count/year")]
    assert spans("We did so a year ago.", res) == [("a year ago", "duration", 1.0, "year")]
