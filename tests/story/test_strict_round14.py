"""Fourteenth round, strict14 (precision of figure disputes), on invented figures: two figures of a
would-be dispute that count different things are kept apart (:func:`figures.split_things`), not set
against each other as two outlets' values of one measure; figures of one thing still are."""

from __future__ import annotations

from handmade import claim, q

from parallax.story.compare.figures import split_things
from parallax.story.compare.measures import FigureMeasure
from parallax.story.compare.values import FigureItem


def _item(source: str, value: float, counted: str | None, thing: str | None, *words: str) -> FigureItem:
    text = f"{value:g}"
    return FigureItem(
        claim=claim(f"{source}1", source, f"Brenner counted {text} in Orvel.", q(text, value, unit="count")),
        quantity=q(text, value, unit="count", counted=counted),
        unit="count",
        low=value,
        high=value,
        measure=FigureMeasure(thing=thing, words=frozenset(words)),
        entity_ids=frozenset(),
        source=source,
        published="2026-03-09",
    )


def _sizes(items: list[FigureItem]) -> list[list[str]]:
    return [[i.source for i in part] for part in split_things(items)]


def test_one_counted_noun_of_two_kinds_is_kept_apart() -> None:
    # "318 votes cast ... won" against "45 electoral votes": one noun, two kinds of it
    cast = _item("a", 318, "votes", "vote", "vote", "votes", "cast", "win")
    electoral = _item("b", 45, "electoral votes", "vote", "vote", "votes", "electoral")
    assert _sizes([cast, electoral]) == [["a"], ["b"]]


def test_a_count_of_contests_and_a_lead_are_kept_apart() -> None:
    contests = _item("a", 9, "contests", "contest", "contest", "contests", "last", "win")
    lead = _item("b", 12, None, None, "lead", "varn", "brenner")
    assert _sizes([contests, lead]) == [["a"], ["b"]]


def test_counts_of_one_thing_stay_together() -> None:
    # the same noun with the same modifiers, or two nouns of one class, or a shared measure word
    assert _sizes(
        [_item("a", 318, "votes", "vote", "vote", "cast"), _item("b", 391, "votes", "vote", "vote", "win")]
    ) == [["a", "b"]]
    assert _sizes(
        [
            _item("a", 150, "migrants", "migrant", "migrant", "prepare"),
            _item("b", 130, "immigrants", "immigrant", "immigrant", "arrive"),
        ]
    ) == [["a", "b"]]
    assert _sizes(
        [_item("a", 9, "ferries", "ferry", "ferry", "sail"), _item("b", 12, None, None, "sail")]
    ) == [["a", "b"]]
