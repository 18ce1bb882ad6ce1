"""Quantity categories of the eighth round (issue 8): the sense of an ambiguous unit symbol from the words around it
("fps" a frame rate beside a camera, a speed beside a muzzle; "kt" a knot of wind or a kiloton of a blast), a dash
opening a line of a list is no minus sign, and the readings that must stay as they were. Sentences written for this
test (invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("The Harlow 9 rifle sends its bullet out of the muzzle at 2,900 fps.", "2,900 fps", "speed"),
        ("Wind tunnels at Kessing test the wing at airspeeds near 400 fps.", "400 fps", "speed"),
        ("The projectile's velocity was 1,150 fps at 100 yards.", "1,150 fps", "speed"),
        ("The Orla X camera shoots video at 240 fps for slow-motion footage.", "240 fps", "frame rate"),
        ("Tessaract Run holds a steady 60 FPS on the new console.", "60 FPS", "frame rate"),
        ("The drone films at 30fps.", "30fps", "frame rate"),  # no word of motion: the common sense
        ("Gusts reached 45 kt along the coast of Marrow Bay as the ship turned back.", "45 kt", "speed"),
        ("The warhead tested at Verrin had a yield of 20 kt.", "20 kt", "energy"),
    ],
)
def test_ambiguous_symbol_takes_its_sense_from_the_sentence(
    res: QuantityResources, text: str, span: str, kind: str
) -> None:
    assert one(text, span, res).kind == kind


def test_feet_per_second_are_normalised_as_a_speed(res: QuantityResources) -> None:
    q = one("The pellet left the barrel of Dane Orrey's air rifle at 900 fps.", "900 fps", res)
    assert q.normalized is not None and q.normalized.unit == "km/h"
    assert q.normalized.value == pytest.approx(900 * 0.3048 * 3.6, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Load data for the Brisk .308 cartridge:\n- Bullet: 150 grains\n- 2,750 fps\n- Range: 600 yards",
            "speed",
        ),
        ("Specifications of the Pellow Z9 camera:\n- 8K video\n- 2,750 fps\n- 45 megapixels", "frame rate"),
    ],
)
def test_a_line_of_a_list_takes_its_sense_from_the_lines_around_it(
    res: QuantityResources, text: str, kind: str
) -> None:
    q = one(text, "2,750 fps", res)
    assert q.kind == kind and q.value == 2750.0


def test_the_sense_stays_within_its_paragraph(res: QuantityResources) -> None:
    text = "The Corvo stream ran at 30fps all evening.\n\nLater we traveled by car at speed to the Velling offices."
    assert one(text, "30fps", res).kind == "frame rate"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Prices at the Hobb market:\n- 5 dollars a kilo\n- 12 dollars a crate", "5 dollars a kilo", 5.0),
        ("Distances:\n - 40 km to Sallow\n - 75 km to Brent", "40 km", 40.0),
        ("Camera specs:\n- 2,000 fps\n- 20 megapixels", "2,000 fps", 2000.0),
    ],
)
def test_a_dash_opening_a_line_of_a_list_is_no_minus(
    res: QuantityResources, text: str, span: str, value: float
) -> None:
    assert one(text, span, res).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The low at Ferris Point was -5 degrees Celsius.", "-5 degrees Celsius", -5.0),
        ("It fell to - 12 degrees Celsius overnight.", "- 12 degrees Celsius", -12.0),
        ("- 10 k", "- 10 k", -10000.0),  # a line alone is no list
    ],
)
def test_minus_signs_stay(res: QuantityResources, text: str, span: str, value: float) -> None:
    assert one(text, span, res).value == value


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Ms. Tarrow paid 300 pounds for the bicycle.", "300 pounds", "money"),
        ("The sack of Denley flour weighed 30 pounds.", "30 pounds", "mass"),
    ],
)
def test_pounds_keep_their_sense(res: QuantityResources, text: str, span: str, kind: str) -> None:
    assert one(text, span, res).kind == kind


def test_no_sense_words_keeps_the_reading(res: QuantityResources) -> None:
    assert ("120 fps", "frame rate", 120.0, "count/second") in spans("It ran at 120 fps.", res)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pellow cabin has a 3 x 4 m bedroom.", [("3", 3.0), ("4 m", 4.0)]),
        ("She handed out an 8-by-11-inch flyer.", [("8", 0.2032), ("11-inch", 0.2794)]),
        ("The Marden pool is 20 by 40 feet.", [("20", 6.096), ("40 feet", 12.192)]),
        ("They built a 10x12 ft shed behind the Orrin barn.", [("10", 3.048), ("12 ft", 3.6576)]),
        ("The sample box measures 2 × 3 × 4 cm.", [("2", 0.02), ("3", 0.03), ("4 cm", 0.04)]),
        ("The Tamsin site covers a 1,200 x 800 m plot.", [("1,200", 1200.0), ("800 m", 800.0)]),
    ],
)
def test_each_dimension_takes_the_unit_after_the_last(
    res: QuantityResources, text: str, expected: list[tuple[str, float]]
) -> None:
    lengths = [
        (q.text, q.normalized.value)
        for q in find_quantities(text, res)
        if q.kind == "length" and q.normalized is not None and q.normalized.unit == "m"
    ]
    assert [t for t, _ in lengths] == [t for t, _ in expected]
    assert [v for _, v in lengths] == pytest.approx([v for _, v in expected])


@pytest.mark.parametrize(
    "text",
    [
        "He drove a 4x4 truck to Hadley.",
        "The Corvin display shows 1920x1080 pixels at most.",
        "a 2-by-4 board",
    ],
)
def test_chains_without_a_length_are_no_dimensions(res: QuantityResources, text: str) -> None:
    assert not any(kind == "length" for _, kind, _, _ in spans(text, res))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Stennet rally starts at 9L15 p.m. on Friday.", "9L"),
        ("Watch it here: https://t.co/8FtYoQ2Xa9 now.", "8Ft"),
        ("The ticket code was 4K2jZuT.", "4K"),
    ],
)
def test_a_symbol_inside_a_code_is_no_unit(res: QuantityResources, text: str, code: str) -> None:
    assert not any(t.startswith(code) for t, _, _, _ in spans(text, res))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The Kestrel phone has a 16gb drive.", "16gb", "B"),
        ("Her Yarrow torch runs on a 5000mah cell.", "5000mah", "milliampere_hour"),
        ("The Solby farm measures 40km2 in all.", "40km2", "km2"),
    ],
)
def test_glued_units_that_end_their_token_stay(
    res: QuantityResources, text: str, span: str, unit: str
) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The Dorrin bridge girder carries 40 kip.", "40 kip", "kip"),
        ("The Hallow mill spins a 150 dtex thread.", "150 dtex", "decitex"),
        ("A relay on the Brell line drew 3 kamp.", "3 kamp", "kiloampere"),
        ("Her banner image is 120px wide.", "120px", "pixel"),
        ("The Tessel press applies 12 kgf on each mould.", "12 kgf", "force_kilogram"),
    ],
)
def test_rare_symbols_that_are_no_english_word_are_read_after_digits(
    res: QuantityResources, text: str, span: str, unit: str
) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == unit


@pytest.mark.parametrize(
    "text", ["Tap the 3 dot menu in the Harrow app.", "The 12 kip beam at Sallow was replaced."]
)
def test_short_names_are_read_only_where_their_measure_ends(res: QuantityResources, text: str) -> None:
    assert all(unit is None for _, _, _, unit in spans(text, res))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The jobless rate in Varna rose 0.4 ppt in June.", "percentage point"),
        ("Wells near the Corran plant held 70 ppt of the chemical in drinking water samples.", "proportion"),
    ],
)
def test_ppt_takes_its_sense_from_the_sentence(res: QuantityResources, text: str, kind: str) -> None:
    assert any(k == kind for t, k, _, _ in spans(text, res) if t.endswith("ppt"))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The Brannock lab cooled the sample to 4 K before the test.", "4 K", "degC"),
        ("Mirela Vost wore a 2 ct diamond ring to the gala.", "2 ct", "kg"),
        ("The Tarrow magnet produces a field of 1.5 G at its surface.", "1.5 G", "gauss"),
        ("The Hollin lamp gives 300 cd of light.", "300 cd", "candela"),
        ("The Pell farm sold 500 bu of wheat after the harvest.", "500 bu", "bushel"),
        ("Order 2 pt of beer at the Corran inn.", "2 pt", "l"),
    ],
)
def test_symbols_that_are_words_are_read_where_the_sentence_speaks_of_their_kind(
    res: QuantityResources, text: str, span: str, unit: str
) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Anna Felt ran a 5 K race in Dorrow.",
        "He scored 12 G in the Vessel Cup game.",
        "Meet me at 5 in the Harlan lobby.",
        "The 3 cd box set of the Merrow band sold out.",
        "It measured 12 ct in all.",  # round 9: a decimal figure ("12.5 ct in all") is carats (things count whole)
    ],
)
def test_symbols_that_are_words_stay_words_elsewhere(res: QuantityResources, text: str) -> None:
    assert all(unit is None for _, _, _, unit in spans(text, res))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Specs of the Tarn backpack - Weight:1.2kg, Volume:30L.", "1.2kg", "kg"),
        ("Set the banner to height:120px in the Morrow theme.", "120px", "pixel"),
    ],
)
def test_a_measure_after_a_label_and_a_colon(res: QuantityResources, text: str, span: str, unit: str) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == unit


@pytest.mark.parametrize(
    "text", ["Doors open at Time:10:30 sharp.", "Her record ID:12345 was lost.", "odds:3:1"]
)
def test_a_colon_without_a_unit_stays_glued(res: QuantityResources, text: str) -> None:
    assert spans(text, res) == []


def test_the_name_of_a_kind_is_a_word_of_its_topic(res: QuantityResources) -> None:
    q = one("The current through the Varrow coil peaked at 3 MA during the test.", "3 MA", res)
    assert q.kind == "current"
