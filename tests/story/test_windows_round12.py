"""Twelfth round: a length of time written as a window ("the first 13 weeks", "the past two days") names a span
of time, not a measure of a thing; it never makes a disagreement with a plain length of another value, and
may still agree with an equal one. Sentences written for these tests (invented places and names)."""

from __future__ import annotations

from typing import Any

import pytest
from handmade import articles, claim, q

from parallax.model import Comparison, Quantity
from parallax.story.compare import compare_claims

_ENTITIES = {"a1": frozenset({"e1"}), "c1": frozenset({"e1"})}


def figure_groups(comparisons: list[Comparison]) -> list[set[str]]:
    return [{f.claim_id for f in c.figures} for c in comparisons if c.figures]


def _weeks(text: str, value: float) -> Quantity:
    return q(text, value, unit="week", kind="duration")


def _compare(plain: str, window: str, value: float, nlp: Any) -> list[set[str]]:
    figure = window.split(" ", 2)[2]
    claims = [
        claim("a1", "a", f"The Orvian law bars trawls at {plain} of a season.", _weeks(plain, 6)),
        claim("c1", "c", f"Trawls are performed in {window} of a season.", _weeks(figure, value)),
    ]
    return figure_groups(compare_claims(claims, articles("a", "c"), [], _ENTITIES, nlp=nlp))


@pytest.mark.parametrize("window", ["the first 13 weeks", "the last 13 weeks", "the past 13 weeks"])
def test_a_window_of_time_is_no_disagreement_with_a_plain_length(nlp: Any, window: str) -> None:
    assert {"a1", "c1"} not in _compare("six weeks", window, 13, nlp)


def test_a_window_may_still_agree_with_an_equal_length(nlp: Any) -> None:
    assert {"a1", "c1"} in _compare("six weeks", "the first six weeks", 6, nlp)


def test_two_plain_lengths_still_disagree(nlp: Any) -> None:
    # The control: without the window, the same two sentences make one measure disputed.
    assert {"a1", "c1"} in _compare("six weeks", "the full 13 weeks", 13, nlp)
