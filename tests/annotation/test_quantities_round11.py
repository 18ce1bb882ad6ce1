"""Quantity categories of the eleventh round (issue 8): short and plural abbreviations of time units, "half a dozen"
and "half a million", powers of ten written out, ages in apposition to a person word and after "died at",
"a magnitude of 4.2", heights in feet alone, and tons of a weighed substance. Sentences written for this test
(invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

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


# --- ages: in apposition to a word for a person, and after "died at" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A woman, 61, was rescued from the Tarrow canal.", "61", 61.0),
        ("The driver, 19, was unhurt, Velm police said.", "19", 19.0),
        ("Police charged a teenager, 16, over the Omsby fire.", "16", 16.0),
        ("The painter Orla Brisk died at 88 in Dresk.", "88", 88.0),
        ("The senator, who died at 91, served four terms.", "91", 91.0),
    ],
)
def test_ages_in_apposition_and_at_death(text: str, span: str, value: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "age" and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (value, "year")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The blast killed a woman, 3 men and a dog near Tarn.", "3"),  # no comma after the figure
        ("The chemist Ivo Pell died at 3:15 a.m. on Friday.", "3"),  # a time of day
        ("The chemist Ivo Pell died at 7 pm on Friday.", "7 pm"),
    ],
)
def test_not_ages(text: str, span: str, res: QuantityResources) -> None:
    assert all(kind != "age" for _, kind, _, _ in spans(text, res)), spans(text, res)


# --- magnitudes ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The Varo quake had a magnitude of 4.2, the survey said.", "4.2", 4.2),
        ("The star Kelos brightened to a magnitude of 3.5 last week.", "3.5", 3.5),
    ],
)
def test_magnitude_of(text: str, span: str, value: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "magnitude" and q.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The magnitude of 300 job cuts shocked Dresk.",  # a whole number: the size of something counted
        "Sales at Ostrava Mills grew by an order of magnitude of 1.5.",
    ],
)
def test_not_magnitude_of(text: str, res: QuantityResources) -> None:
    assert all(kind != "magnitude" for _, kind, _, _ in spans(text, res)), spans(text, res)


# --- "half-dozen", "a half-million"; powers of ten written out --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Half a dozen Velm farmers blocked the road.", "Half a dozen", 6.0),
        ("The Omsby club signed a half-dozen new players.", "a half-dozen", 6.0),
        ("Half-million homes in Dresk lost power.", "Half-million", 500_000.0),
        ("A half-million fans crowded into Tarn.", "A half-million", 500_000.0),
        ("The Pell lab counted about 10 to the power of 11 cells.", "about 10 to the power of 11", 1e11),
        ("The Kelos probe detects 10 to the 9th power particles.", "10 to the 9th power", 1e9),
        ("The Brisk colony holds 10^4 ants.", "10^4", 1e4),
    ],
)
def test_written_numbers(text: str, span: str, value: float, res: QuantityResources) -> None:
    assert one(text, span, res).value == value


def test_half_million_money(res: QuantityResources) -> None:
    q = one("The Harrow council won a half-million-dollar grant.", "a half-million-dollar", res)
    assert q.kind == "money" and q.normalized is not None and q.normalized.value == 500_000.0


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The Orla twins moved from 5 to the 6th floor.", "5", 5.0),  # "to the 6th" without "power" is no power
        ("The Harrow show runs a half-hour.", "a half-hour", 0.5),
    ],
)
def test_not_powers(text: str, span: str, value: float, res: QuantityResources) -> None:
    assert one(text, span, res).value == value


# --- heights: feet alone, and whole feet then inches without their unit -------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "metres"),
    [
        ("The Omsby sea wall is 6 ft high.", "6 ft", 1.8288),
        ("Kel Varga, at 6 ft, is the shortest keeper in the league.", "6 ft", 1.8288),
        ("Ivo Brisk is 5 foot 11.", "5 foot 11", 1.8034),
        ("Ivo Brisk stands six feet two and weighs 90 kilos.", "six feet two", 1.8796),
        ("Orla Pell was 6 feet 2 and lean.", "6 feet 2", 1.8796),
        ("Orla Pell was 5ft 4in tall.", "5ft 4in", 1.6256),  # the inches' unit, when written, is read first
    ],
)
def test_heights(text: str, span: str, metres: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == "m"
    assert abs(q.normalized.value - metres) < 1e-3


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Tarn crane lifted it 5 feet 3 times.", "5 feet"),  # a count of times follows
        ("The Dresk fence runs 20 feet 3 yards from the road.", "20 feet"),
        ("Ivo Brisk is 5 foot 11.5 now.", "5 foot"),  # decimals: no inches of a height
    ],
)
def test_not_bare_inches(text: str, span: str, res: QuantityResources) -> None:
    one(text, span, res)


# --- tons of a weighed substance are metric (quantity_senses.weighed_tons) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "kg"),
    [
        ("The Velm aid agency delivered 500 tons of grain.", "500 tons", 500_000.0),
        ("Customs officers at Tarn seized 2 tons of cocaine.", "2 tons", 2_000.0),
        ("The Omsby plant emits 1.2 million tons of carbon dioxide a year.", "1.2 million tons", 1.2e9),
        ("The Dresk freighter carried 3,000 tons of steel beams.", "3,000 tons", 3e6),
    ],
)
def test_weighed_tons(text: str, span: str, kg: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and q.normalized.unit == "kg"
    assert abs(q.normalized.value - kg) < 1e-6 * kg


@pytest.mark.parametrize(
    ("text", "span", "kg"),
    [
        ("A 20-ton truck overturned near Calder.", "20-ton", 20 * 907.18474),  # no substance named
        ("The Brisk works cut output by 10,000 tons.", "10,000 tons", 10_000 * 907.18474),
        ("The Pell yard shipped 500 short tons of coal.", "500 short tons", 500 * 907.18474),
    ],
)
def test_tons_not_weighed(text: str, span: str, kg: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.normalized is not None and abs(q.normalized.value - kg) < 1e-6 * kg


# --- "inches of water": a depth unless the sentence speaks of pressure (quantity_senses.water_depth) ---------------


def test_water_depth(res: QuantityResources) -> None:
    q = one("The Tarn storm left 3 inches of water in the Pell cellar.", "3 inches", res)
    assert q.kind == "length" and q.normalized is not None and abs(q.normalized.value - 0.0762) < 1e-6


def test_water_pressure(res: QuantityResources) -> None:
    q = one("The Velm duct pressure was 4 inches of water.", "4 inches of water", res)
    assert q.kind == "pressure"
