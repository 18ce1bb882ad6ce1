"""Quantity categories of the seventh round (issue 8): unit breadth and unit forms. Frame rates ("60fps"), ounces of
a drink or a vessel (fluid ounces), unit names that are also names or words read right after digits ("1.5 tesla",
"40 amps", "3 carats", "1920 pixels"), "millimeters of mercury" in pint's name, powers glued to any unit of length
("40 µm2"), angles and power per a unit ("radians per second", "watts per square metre"), computing speed
("teraflops"), lower-case data sizes and battery charges ("16gb", "5000mah"), the singular "second" and "minute"
after one or a decimal, "20-of-24" statistics, three decimals as a thousands group in a count ("1.000 lamps"); and
the readings that must stay as they were. Sentences written for this test (invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

from parallax.annotation.quantities import QuantityResources, load_quantity_resources


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The port of Vantor Quest runs at a steady 60fps on the new console.", "60fps", 60.0),
        ("Brimley's camera records at 120 fps in slow motion.", "120 fps", 120.0),
        ("The trailer was cut at 24 frames per second.", "24 frames per second", 24.0),
    ],
)
def test_frame_rates_are_counts_per_second(
    res: QuantityResources, text: str, span: str, value: float
) -> None:
    q = one(text, span, res)
    assert q.value == value
    assert q.normalized is not None and q.normalized.unit == "count/second" and q.normalized.value == value


@pytest.mark.parametrize(
    ("text", "span", "litres"),
    [
        ("Pour the jam into 8-ounce jelly jars and seal them.", "8-ounce", 0.2366),
        ("Dr. Kessin told runners to drink 12 ounces of water before the start.", "12 ounces", 0.3549),
        ("The cafe sells a 16-oz. bottle of lemonade.", "16-oz", 0.4732),
    ],
)
def test_ounces_of_a_drink_are_fluid_ounces(
    res: QuantityResources, text: str, span: str, litres: float
) -> None:
    q = one(text, span, res)
    assert q.kind == "volume"
    assert q.normalized is not None and q.normalized.unit == "l"
    assert q.normalized.value == pytest.approx(litres, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Halvard mint sold 4 ounces of gold.", "4 ounces"),
        ("Orlen ordered a 16-ounce steak.", "16-ounce"),
    ],
)
def test_other_ounces_stay_a_mass(res: QuantityResources, text: str, span: str) -> None:
    q = one(text, span, res)
    assert q.kind == "mass" and q.normalized is not None and q.normalized.unit == "kg"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The scanner at Orrin Clinic works at 1.5 tesla.", "1.5 tesla", "tesla"),
        ("Each magnet reached 3 teslas in the trial.", "3 teslas", "tesla"),
        ("The patient received 2 gray in one session.", "2 gray", "gray"),
        ("The source emitted 40 curies of radiation.", "40 curies", "curie"),
        ("The heater draws 15 amps at full power.", "15 amps", "ampere"),
        ("Add 2 moles of salt to the tank.", "2 moles", "mole"),
        ("The buffer was a 0.5 molar solution.", "0.5 molar", "molar"),
        ("The chamber held 4 atmospheres during the test.", "4 atmospheres", "atmosphere"),
        ("The banner is 1920 pixels wide.", "1920 pixels", "pixel"),
        ("The fluid's viscosity was 12 poise at room temperature.", "12 poise", "poise"),
    ],
)
def test_unit_names_that_are_names_or_words_after_digits(
    res: QuantityResources, text: str, span: str, unit: str
) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == unit
    assert q.kind not in ("count", "number")


@pytest.mark.parametrize(
    "text",
    [
        "Marla saw 5 gray wolves near the lake.",
        "A 30 amp fuse blew in the shed.",
        "Tobin found 2 moles in the garden.",
        "The dealer sold 500 Teslas in May.",
        "The firm hired 3 Henry Street tenants.",
    ],
)
def test_the_same_words_before_a_noun_or_as_names_stay_no_unit(res: QuantityResources, text: str) -> None:
    units = [u for _, kind, _, u in spans(text, res) if kind not in ("count", "number")]
    assert units == [], spans(text, res)


def test_pixels_per_inch_stay_a_density(res: QuantityResources) -> None:
    q = one("The Lumo screen has 401 pixels per inch.", "401 pixels per inch", res)
    assert q.kind == "rate" and q.normalized is not None and q.normalized.unit == "count/inch"


def test_millimeters_of_mercury_in_pint_name(res: QuantityResources) -> None:
    q = one("Her blood pressure was 120 millimeters of mercury.", "120 millimeters of mercury", res)
    assert q.normalized is not None and q.normalized.unit == "millimeter_Hg" and q.normalized.value == 120.0


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit", "value"),
    [
        ("Each pore of the Ardent filter is 40 µm2.", "40 µm2", "area", "m2", 4e-11),
        ("The sample held 5 mm3 of fluid.", "5 mm3", "volume", "m3", 5e-9),
        ("The shed covers 12 ft2.", "12 ft2", "area", "m2", 1.1148),
    ],
)
def test_powers_glued_to_any_length(
    res: QuantityResources, text: str, span: str, kind: str, unit: str, value: float
) -> None:
    q = one(text, span, res)
    assert q.kind == kind and q.normalized is not None and q.normalized.unit == unit
    assert q.normalized.value == pytest.approx(value, rel=1e-3)


def test_a_number_before_an_ordinal_stays_alone(res: QuantityResources) -> None:
    assert spans("Dray ran the 5 km 2nd leg.", res)[0][0] == "5 km"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The rotor turned at 12.5 radians per second.", "12.5 radians per second", "radian/second"),
        (
            "The roof panels get 1,000 watts per square metre at noon.",
            "1,000 watts per square metre",
            "watt/meter**2",
        ),
    ],
)
def test_angles_and_power_per_a_unit_are_rates(
    res: QuantityResources, text: str, span: str, unit: str
) -> None:
    q = one(text, span, res)
    assert q.kind == "rate" and q.normalized is not None and q.normalized.unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit", "value"),
    [
        ("The Pelton console offers 10.7 teraflop graphics.", "10.7 teraflop", "teraflop", 10.7),
        ("The Norrby supercomputer reaches 200 petaflops.", "200 petaflops", "petaflop", 200.0),
    ],
)
def test_computing_speed(res: QuantityResources, text: str, span: str, unit: str, value: float) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == unit and q.normalized.value == value


def test_lower_case_data_sizes_and_battery_charges(res: QuantityResources) -> None:
    text = "The Kestrel phone has 16gb of storage, a 5000mah battery and 1 Gb of modem buffer."
    size = one(text, "16gb", res)
    assert size.normalized is not None and size.normalized.unit == "B" and size.normalized.value == 16e9
    battery = one(text, "5000mah", res)
    assert battery.kind == "charge" and battery.normalized is not None
    assert battery.normalized.unit == "milliampere_hour"
    bits = one(text, "1 Gb", res)
    assert bits.normalized is not None and bits.normalized.value == 1.25e8


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The hatch stayed open for 1 second.", "1 second", "second"),
        ("Varga won the sprint by 0.5 second.", "0.5 second", "second"),
        ("The ad ran for 1.5 minute on air.", "1.5 minute", "minute"),
    ],
)
def test_singular_second_and_minute_after_one_or_a_decimal(
    res: QuantityResources, text: str, span: str, unit: str
) -> None:
    q = one(text, span, res)
    assert q.kind == "duration" and q.normalized is not None and q.normalized.unit == unit


def test_an_ordinal_second_stays_no_duration(res: QuantityResources) -> None:
    found = spans("Pellam finished 2 second in the heat.", res)
    assert all(kind != "duration" for _, kind, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Ruiz was 20-of-24 passing for the Owls.", ["20", "24"]),
        ("Brandt went 3-for-5 at the plate.", ["3", "5"]),
    ],
)
def test_statistics_n_of_m_are_two_numbers(res: QuantityResources, text: str, numbers: list[str]) -> None:
    assert [s for s, _, _, _ in spans(text, res)] == numbers


def test_three_in_one_stays_a_product_name(res: QuantityResources) -> None:
    assert [s for s, _, _, _ in spans("The Kivo 3-in-1 charger is sold out.", res)] == ["3"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The festival hung 1.000 paper lamps over the square.", "1.000", 1000.0),
        ("Organisers set out 2.500 chairs.", "2.500", 2500.0),
    ],
)
def test_three_decimals_in_a_count_are_a_thousands_group(
    res: QuantityResources, text: str, span: str, value: float
) -> None:
    q = one(text, span, res)
    assert q.kind == "count" and q.value == value


def test_three_decimals_of_a_measure_stay_decimals(res: QuantityResources) -> None:
    q = one("The Brask index rose 1.250 points.", "1.250 points", res)
    assert q.value == 1.25


def test_small_calories_are_calories(res: QuantityResources) -> None:
    q = one("Heating the cup took 500 small calories.", "500 small calories", res)
    assert q.normalized is not None and q.normalized.unit == "kcal" and q.normalized.value == 0.5


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit", "value"),
    [
        ("The Tolva studio has 450 sq. ft. of floor space.", "450 sq. ft", "area", "m2", 41.806),
        ("Workers moved 5 cu. yd. of gravel.", "5 cu. yd", "volume", "m3", 3.8228),
        ("The valve opening is 2 sq. in. wide.", "2 sq. in", "area", "m2", 0.00129),
        ("Each tile is 25 square centimetres.", "25 square centimetres", "area", "m2", 0.0025),
        ("The plot measures 300 metres squared.", "300 metres squared", "area", "m2", 300.0),
    ],
)
def test_square_and_cubic_written_out_or_abbreviated(
    res: QuantityResources, text: str, span: str, kind: str, unit: str, value: float
) -> None:
    q = one(text, span, res)
    assert q.kind == kind and q.normalized is not None and q.normalized.unit == unit
    assert q.normalized.value == pytest.approx(value, rel=1e-3)


def test_millimetres_of_mercury_with_a_space(res: QuantityResources) -> None:
    q = one("Her pressure was 120 mm Hg at the clinic.", "120 mm Hg", res)
    assert q.kind == "pressure" and q.normalized is not None and q.normalized.unit == "millimeter_Hg"


@pytest.mark.parametrize(
    ("text", "span", "kg"),
    [
        ("Emissions of Vesland fell to 35 MtCO2e last year.", "35 MtCO2e", 3.5e10),
        ("The region emits 4.5 Gt CO2 in a year.", "4.5 Gt CO2", 4.5e12),
        ("The glaciers lost 2.1 gigatonnes of ice.", "2.1 gigatonnes", 2.1e12),
    ],
)
def test_tonnes_of_carbon_dioxide_and_megatonnes_weigh(
    res: QuantityResources, text: str, span: str, kg: float
) -> None:
    q = one(text, span, res)
    assert q.kind == "mass" and q.normalized is not None and q.normalized.unit == "kg"
    assert q.normalized.value == pytest.approx(kg, rel=1e-3)


def test_a_megaton_blast_stays_energy(res: QuantityResources) -> None:
    assert one("The Ostrava test yielded 50 megatons.", "50 megatons", res).kind == "energy"


def test_torque_with_plural_pounds(res: QuantityResources) -> None:
    q = one("The Sorell V8 makes 480 ft-lbs of torque.", "480 ft-lbs", res)
    assert q.kind == "torque" and q.normalized is not None and q.normalized.unit == "N*m"


def test_cubic_feet_abbreviated_without_a_space(res: QuantityResources) -> None:
    q = one("The Tarn wagon holds 21.7 cu.ft. in total.", "21.7 cu.ft", res)
    assert q.kind == "volume" and q.normalized is not None and q.normalized.unit == "m3"
