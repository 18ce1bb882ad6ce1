"""A length written as only approximate ("a couple of months", "a decade-plus") that one outlet gives is no point
of its own; the same length written as a number is. Sentences written for this test (invented names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, q

from parallax.story.compare import compare_claims


def _alone(text: str, written: str, value: float, qualifier: str | None, nlp: Any) -> list[Any]:
    c = claim("a1", "a", text, q(written, value, unit="month", kind="duration", qualifier=qualifier))
    return holding(compare_claims([c], articles("a"), [], {}, nlp=nlp), written)


def test_a_couple_of_months_alone_is_no_point(nlp: Any) -> None:
    text = "The Orvel smelter will close for a couple of months, its owner Ilse Brandt said."
    assert _alone(text, "a couple of months", 2, "about", nlp) == []


def test_a_period_plus_alone_is_no_point(nlp: Any) -> None:
    text = "The Orvel smelter has run a decade-plus scheme of false invoices, Ilse Brandt said."
    assert _alone(text, "a decade-plus", 120, "more than", nlp) == []


def test_two_months_alone_is_a_point(nlp: Any) -> None:
    text = "The Orvel smelter will close for two months, its owner Ilse Brandt said."
    (point,) = _alone(text, "two months", 2, None, nlp)
    assert point.kind == "unique"
