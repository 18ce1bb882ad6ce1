"""Eighth round of what a figure measures: figures are grouped with a wide tolerance, then judged by
their own written precision and hedges. Sentences written for these tests (invented places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, q

from parallax.model import Comparison
from parallax.story.compare import compare_claims
from parallax.story.compare.judging import written_step

DISPUTES = ("disagreement", "evolving", "contradiction")


def holding(comparisons: list[Comparison], claim_id: str, text: str) -> list[Comparison]:
    return [c for c in comparisons if any(f.claim_id == claim_id and f.text == text for f in c.figures)]


def money(text: str, value: float, qualifier: str | None = None) -> Any:
    return q(text, value, unit="USD", kind="money", qualifier=qualifier)


def test_written_precision_of_a_number() -> None:
    step = written_step("$5.6 billion")
    assert step is not None and abs(step - 0.1 / 5.6) < 1e-6
    step = written_step("53 miles")
    assert step is not None and abs(step - 1 / 53) < 1e-6
    step = written_step("1,400")
    assert step is not None and abs(step - 100 / 1400) < 1e-6
    assert written_step("a dozen") is None


def test_two_amounts_one_digit_apart_are_one_measure_in_dispute(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The governor asked the assembly for $4.3 billion for the new canal locks.",
            money("$4.3 billion", 4.3e9),
        ),
        claim(
            "b1",
            "b",
            "The governor wants $4.4 billion for the canal locks, aides said.",
            money("$4.4 billion", 4.4e9),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = holding(found, "a1", "$4.3 billion")
    assert {f.claim_id for f in group.figures} == {"a1", "b1"}
    assert group.kind == "disagreement"


def test_a_hedged_amount_agrees_with_a_precise_one_and_equal_values_agree(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The governor asked the assembly for nearly $5 billion for the new canal locks.",
            money("nearly $5 billion", 5e9, qualifier="nearly"),
        ),
        claim(
            "b1",
            "b",
            "The governor wants $4.8 billion for the canal locks, aides said.",
            money("$4.8 billion", 4.8e9),
        ),
        claim(
            "c1",
            "c",
            "Aides said the governor wants $4.8 billion for the canal locks.",
            money("$4.8 billion", 4.8e9),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (group,) = holding(found, "a1", "nearly $5 billion")
    assert {f.claim_id for f in group.figures} == {"a1", "b1", "c1"}
    assert group.kind == "agreement" and not group.outliers


def test_a_conversion_rounded_to_miles_still_agrees(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The patrols pulled back 85 km from the Velnar border on Sunday.",
            q("85 km", 85.0),
        ),
        claim(
            "b1",
            "b",
            "The patrols pulled back 53 miles from the Velnar border on Sunday.",
            q("53 miles", 85.295),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (group,) = holding(found, "a1", "85 km")
    assert group.kind == "agreement" and {f.claim_id for f in group.figures} == {"a1", "b1"}


def test_a_range_of_ages_is_a_limit_and_coordinated_ages_are_ages(nlp: Any) -> None:
    from handmade import bare

    from parallax.model import NormalizedQuantity

    def age(text: str, low: float, high: float | None = None) -> Any:
        value = low if high is None else None
        norm = NormalizedQuantity(value=value, low=low, high=high or low, unit="year")
        return q(text, low, high, unit="year", kind="age").model_copy(update={"normalized": norm})

    claims = [
        claim("a1", "a", "The girl, a 15-year-old from Tarrow, was not named.", age("15-year-old", 15)),
        claim(
            "b1",
            "b",
            "The statute covers anyone between 13 and 17 years old in the province.",
            age("13 and 17 years old", 13, 17),
        ),
        claim("b2", "b", "The girl was 15 at the time, the paper said.", age("15", 15)),
        claim(
            "a2",
            "a",
            "Ansel and Brita Kovar, aged 17 and 12 respectively, were not at home.",
            age("17", 17),
            bare("12", 12),
        ),
        claim("c1", "c", "Brita Kovar, 12, was at school that day.", bare("12", 12)),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (girl,) = holding(found, "a1", "15-year-old")
    assert {f.claim_id for f in girl.figures} == {"a1", "b2"}
    assert not holding(found, "b1", "13 and 17 years old") or "a1" not in {
        f.claim_id for c in holding(found, "b1", "13 and 17 years old") for f in c.figures
    }
    (younger,) = holding(found, "a2", "12")
    assert younger.kind == "agreement" and {f.claim_id for f in younger.figures} == {"a2", "c1"}


def test_one_rate_of_two_named_holders_stays_two_measures(nlp: Any) -> None:
    def share(text: str, value: float, qualifier: str | None = None) -> Any:
        return q(text, value, unit="percent", kind="percent", qualifier=qualifier)

    claims = [
        claim(
            "a1",
            "a",
            "Last year the Vargas paid an effective tax rate of 33.4 percent, their returns show.",
            share("33.4 percent", 33.4),
        ),
        claim(
            "a2",
            "a",
            "Lind paid an effective tax rate of roughly 33 percent over the decade.",
            share("roughly 33 percent", 33.0, qualifier="roughly"),
        ),
        claim(
            "b1",
            "b",
            "Olle Lind said his average tax rate was 33 percent over those years.",
            share("33 percent", 33.0),
        ),
        claim(
            "c1",
            "c",
            "The Vargas' effective tax rate for 2025 was 33.4 percent, the filing shows.",
            share("33.4 percent", 33.4),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (vargas,) = holding(found, "a1", "33.4 percent")
    assert {f.claim_id for f in vargas.figures} == {"a1", "c1"}
    assert vargas.kind == "agreement"
    (lind,) = holding(found, "b1", "33 percent")
    assert {f.claim_id for f in lind.figures} == {"a2", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_close_counts_of_two_things_tied_by_value_alone_stay_apart(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "We have 41 districts in states where no governor's race will be run, Mora said.",
            q("41", 41, unit="count", counted="districts"),
        ),
        claim(
            "b1",
            "b",
            "Mora said they have 41 districts in states with no governor's race this year.",
            q("41", 41, unit="count", counted="districts"),
        ),
        claim(
            "c1",
            "c",
            "In total, 42 council seats are in play this year across the region.",
            q("42", 42, unit="count", counted="council seats"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (districts,) = holding(found, "a1", "41")
    assert districts.kind == "agreement" and {f.claim_id for f in districts.figures} == {"a1", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_near_miss_beside_a_plain_majority_is_an_outlier_but_a_bound_makes_no_majority(nlp: Any) -> None:
    def pages(cid: str, outlet: str, value: int) -> Any:
        text = f"Prosecutors filed a {value}-page indictment against the Dorrel councillor on Monday."
        return claim(cid, outlet, text, q(f"{value}-page", value, unit="count", counted="indictment"))

    found = compare_claims(
        [pages("a1", "a", 61), pages("b1", "b", 61), pages("c1", "c", 62)],
        articles("a", "b", "c"),
        [],
        {},
        nlp=nlp,
    )
    (group,) = holding(found, "a1", "61-page")
    assert group.kind == "agreement"
    assert [f.claim_id for f in group.outliers] == ["c1"]
    claims = [
        claim(
            "a1",
            "a",
            "The governor demanded more than $4 billion for the canal locks.",
            money("more than $4 billion", 4e9, qualifier="more than"),
        ),
        claim(
            "b1", "b", "The governor demanded $4.3 billion for the canal locks.", money("$4.3 billion", 4.3e9)
        ),
        claim(
            "c1", "c", "The governor demanded $4.4 billion for the canal locks.", money("$4.4 billion", 4.4e9)
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (group,) = holding(found, "b1", "$4.3 billion")
    assert group.kind == "disagreement" and {f.claim_id for f in group.figures} == {"a1", "b1", "c1"}
