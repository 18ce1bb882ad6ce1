"""Eleventh round of what a figure measures: a narrated earlier stage is background; a named place inside
a place phrase restricts the figure, whatever its spelling. Sentences written for these tests (invented
places and names)."""

from __future__ import annotations

from typing import Any

from handmade import claim, q

from parallax.story.compare.measures import FigureMeasure, read_measure

PUBLISHED = "2026-03-09"


def measure(nlp: Any, text: str, figure: str) -> FigureMeasure:
    made = claim("c1", "a", text, q(figure, 12, unit="count"))
    return read_measure(nlp(text), made, made.quantities[0], PUBLISHED)


def test_a_narrating_clause_dated_to_an_earlier_stage_is_background(nlp: Any) -> None:
    narrated = (
        "Rebels shelled the town of Orvell on Monday, and a week prior they had killed 12 soldiers near the bridge.",
        "The army retook the Tarsan valley after rebels killed 12 soldiers days earlier.",
        "The army retook the Tarsan valley, and rebels had killed 12 soldiers the previous month.",
    )
    for text in narrated:
        assert measure(nlp, text, "12 soldiers").background, text
    own = (
        "Rebels shelled the town of Orvell on Monday and killed 12 soldiers near the bridge.",
        "The army retook the Tarsan valley after rebels killed 12 soldiers on Monday.",
    )
    for text in own:
        assert not measure(nlp, text, "12 soldiers").background, text


def test_a_named_place_inside_a_place_phrase_restricts_the_figure(nlp: Any) -> None:
    assert measure(
        nlp, "Four people died in the Harvel district of Tarsa, officials said.", "Four people"
    ).restriction == {"harvel"}
    assert measure(
        nlp, "Four people died in the town of Orvell, officials said.", "Four people"
    ).restriction == {"orvell"}
    assert not measure(nlp, "Four people died in the district, officials said.", "Four people").restriction
