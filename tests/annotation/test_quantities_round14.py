"""Quantity categories of the fourteenth round (issue 9 via issue 8): figures the annotation gave nothing for.
"a couple of weeks" (about two weeks, hedged), "a decade-plus" (more than a decade), "twice" and "thrice" counting
occasions (as "three times" does), and a count whose noun comes after an adverb ("Nine mostly rural towns").
Sentences written for this test (invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

from parallax.annotation.nlp import load_nlp
from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources
from parallax.config import Settings


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


# --- a couple of periods: about two, hedged -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The Orvel council will vote within a couple of weeks.", "a couple of weeks", "week"),
        ("If they do not settle in the next couple weeks, the Tarn mill closes.", "couple weeks", "week"),
        ("Mara Liss was held for a couple days at the Dunmore station.", "a couple days", "day"),
        ("The Kesh bridge reopened a couple of months later.", "a couple of months", "month"),
    ],
)
def test_couple_of_periods(text: str, span: str, unit: str, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "duration" and q.qualifier == "about" and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (2.0, unit)


def test_couple_of_things_is_no_length(res: QuantityResources) -> None:
    assert spans("A couple of farmers from Brell joined the march.", res) == []


# --- a period and more ----------------------------------------------------------------------------------------


def test_period_plus(res: QuantityResources) -> None:
    q = one('Inspector Vane called it "a decade-plus fraud" at the Holm yards.', "a decade-plus", res)
    assert q.kind == "duration" and q.qualifier == "more than" and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (10.0, "year")


# --- twice and thrice: a count of occasions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Dev Aslan said he was stopped twice on the Corran highway.", "twice", 2.0),
        ("The Pellam mayor has been elected thrice since the flood.", "thrice", 3.0),
    ],
)
def test_occasions(text: str, span: str, value: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "count" and q.counted == "times" and q.normalized is not None
    assert (q.normalized.value, q.normalized.unit) == (value, "count")


@pytest.mark.parametrize(
    "text",
    [
        "The Vossa reservoir is twice as large as the old one.",
        "Lena Marsh earns twice the salary of her deputy.",
        "The Ardle plant produced twice what it made in spring.",
        "The twice-weekly Ferrin Gazette closed.",
        "Costs at the Brook depot rose twice faster than planned.",
    ],
)
def test_twice_as_multiplier_is_no_count(text: str, res: QuantityResources) -> None:
    assert not [q for q in find_quantities(text, res) if q.text.lower() in ("twice", "thrice")], spans(
        text, res
    )


def test_twice_a_week_stays_a_frequency(res: QuantityResources) -> None:
    q = one("The Kell ferry sails twice a week.", "twice a week", res)
    assert q.kind == "frequency"


# --- the counted noun after an adverb of degree ---------------------------------------------------------------


def test_counted_noun_after_adverb(res: QuantityResources) -> None:
    nlp = load_nlp(Settings().spacy_model)
    text = "Nine mostly rural towns joined the Tessel compact on Monday."
    found = [q for q in find_quantities(text, res, nlp(text)) if q.text == "Nine"]
    assert len(found) == 1
    assert found[0].kind == "count" and found[0].counted == "mostly rural towns"


# --- a half-dozen written with a spaced hyphen ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Mayor Ilse Vorn drew a half - dozen standing ovations in Brell.", "a half - dozen", 6.0),
        ("A half - million tourists visited the Kesh caves.", "A half - million", 500_000.0),
    ],
)
def test_half_scale_with_spaced_hyphen(text: str, span: str, value: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "count" and q.value == value
