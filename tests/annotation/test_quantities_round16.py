"""Quantity categories of the sixteenth round (issues 8 and 9), from what the comparison golds' figures got no reading
for: odds written with hyphens, a number in words starting a sentence after a figure, an owner's
figure, a number before a month and its day, partitive and elided counts. Sentences
written for this test (invented names)."""

from __future__ import annotations

import pytest
from quantity_helpers import one, spans

from parallax.annotation.quantities import QuantityResources, find_quantities, load_quantity_resources


@pytest.fixture(scope="module")
def res() -> QuantityResources:
    return load_quantity_resources()


# --- odds and shares written with hyphens: "a one-in-three chance", "1-in-4 adults" -----------------------------------


@pytest.mark.parametrize(
    ("text", "span", "share"),
    [
        ("Mayor Quill gave her party a one-in-three chance of holding the council.", "one-in-three", 1 / 3),
        ("Orvane Says Two-in-Three Chance Of A Strike", "Two-in-Three", 2 / 3),
        ("The Tessel survey found 1-in-4 adults skip breakfast.", "1-in-4", 0.25),
        ("Roughly one - in - five Brellan households rent.", "Roughly one - in - five", 0.2),
    ],
)
def test_hyphenated_odds_are_a_share(text: str, span: str, share: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "fraction" and q.value == pytest.approx(share)
    assert q.normalized is not None and q.normalized.unit == "percent"


@pytest.mark.parametrize(
    "text",
    [
        "The Dorrel levee was built for a 1-in-100-year flood.",
        "Kessa sells a three-in-one shampoo.",
    ],
)
def test_hyphenated_products_and_return_periods_are_no_share(text: str, res: QuantityResources) -> None:
    assert not any(q.kind == "fraction" for q in find_quantities(text, res)), spans(text, res)


# --- a number in words starting a sentence right after a figure, and an owner's figure ------------------------------


def test_number_word_after_a_figure_and_full_stop_is_read(res: QuantityResources, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Tarn council voted 11 to 4. Nine mostly rural members backed the plan."
    q = next(q for q in find_quantities(text, res, nlp(text)) if q.text == "Nine")
    assert q.kind == "count" and q.value == 9 and q.counted is not None and q.counted.endswith("members")


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        (
            "If Orla’s 3,000 new inspectors were all auditors, the backlog would clear.",
            "3,000",
            "new inspectors",
        ),
        ("Brenner's 40 cows were sold at the Delly fair.", "40", "cows"),
    ],
)
def test_owner_figure_is_not_part_of_a_name(
    text: str, span: str, counted: str, res: QuantityResources
) -> None:
    q = one(text, span, res)
    assert q.kind == "count" and q.counted == counted


def test_number_after_a_name_stays_a_name(res: QuantityResources) -> None:
    assert not any(q.text == "737" for q in find_quantities("She flew the Corvax 737 home.", res))


# --- a number before a month and its day: "the 19 Sept. 11 hijackers" --------------------------------------------------


def test_number_before_month_and_day_counts(res: QuantityResources) -> None:
    q = one("Twelve of the 14 Sept. 9 marchers were students.", "14", res)
    assert q.kind == "count" and q.counted == "marchers"


def test_day_before_month_stays_a_date(res: QuantityResources) -> None:
    assert not any(q.text == "19" for q in find_quantities("The Harle fair opened on 19 Sept. 2001.", res))


# --- partitive and elided counts: "18 of them", "seven of the 12 jurors", "the 10 who said" -------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("You take 18 of them and the Pallis seats are lost.", "18"),
        ("Seven of the 12 Marrow jurors agreed.", "Seven"),
        ("Every Drosk member, including the 10 who said they would abstain, voted yes.", "10"),
    ],
)
def test_partitive_and_elided_counts(text: str, span: str, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "count"


@pytest.mark.parametrize(
    "text", ["Only one of them left the Brisk hall.", "Vell is a Tarran, but one who rarely votes."]
)
def test_one_of_them_and_one_who_stay_pronouns(text: str, res: QuantityResources) -> None:
    assert not any(q.value == 1 and q.kind == "count" for q in find_quantities(text, res)), spans(text, res)


# --- a number in words after a label word that counts the plural after it: "block three state laws" ---------------


def test_number_word_after_a_label_word_counts_its_plural(res: QuantityResources) -> None:
    q = one("The Vell ministry moved to block three state laws on Monday.", "three", res)
    assert q.kind == "count" and q.counted == "state laws"


@pytest.mark.parametrize("text", ["Round three of the Tessel talks began.", "Pell closed block 5 on Monday."])
def test_labels_stay_labels(text: str, res: QuantityResources) -> None:
    assert find_quantities(text, res) == [], spans(text, res)


# --- "one-fourth of all": a fraction, not the pronoun "one" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "share"),
    [
        ("The Arlo plans serve more than one-fourth of all members.", "more than one-fourth", 0.25),
        ("The Arlo plans serve one - fifth of all members.", "one - fifth", 0.2),
    ],
)
def test_one_nth_of_is_a_fraction(text: str, span: str, share: float, res: QuantityResources) -> None:
    q = one(text, span, res)
    assert q.kind == "fraction" and q.value == pytest.approx(share)
