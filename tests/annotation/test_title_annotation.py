"""The title is annotated with the body, in the same spaCy stream, and headline style is read as such.

Headlines and bodies are written for these tests (invented places and names)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from parallax.annotation.headline import all_caps, headline_span, parse_form
from parallax.annotation.pipeline import Annotator, annotate_article, annotate_articles
from parallax.model import Annotation, Article, Headline

BODY = (
    "Rescue teams searched collapsed buildings in the mountain town of Orsk on Tuesday.\n\n"
    "The council meets Monday to vote on the repairs of the bridge."
)


def _headline(annotator: Annotator, title: str, published: str = "2026-03-11") -> Headline:
    record = annotate_article(
        Article(id="a", source="a.txt", title=title, published=published, text=BODY), annotator
    )
    assert record.headline is not None
    return record.headline


def _offsets_hold(headline: Headline) -> None:
    """Every finding's text is the headline's text at its offsets."""
    for item in [*headline.quantities, *headline.dates, *headline.entities]:
        assert headline.text[item.start : item.end] == item.text
    for att in headline.attributions:
        assert headline.text[att.cue.start : att.cue.end] == att.cue.text


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("Quake kills 120 in Varnesia | Daily Courier", "Quake kills 120 in Varnesia"),
        ("Quake kills 120 in Varnesia - Evening Post", "Quake kills 120 in Varnesia"),
        ("Quake kills 120 in Varnesia — The Orsk Times | World", "Quake kills 120 in Varnesia"),
        ("Live updates: Storm hits Kelmar coast, 14 dead", "Storm hits Kelmar coast, 14 dead"),
        ("Opinion | The bridge tolls of Orsk must go", "The bridge tolls of Orsk must go"),
        # The headline's own words after a dash stay: a lower-case phrase, a number, a long clause.
        ("Enrollment delayed -- for 2027", "Enrollment delayed -- for 2027"),
        ("Quake kills 120 - more feared dead", "Quake kills 120 - more feared dead"),
        ("Toll rises | Rescuers in Orsk say hundreds are still missing", None),
        # A title too short to lose anything keeps its name.
        ("Orsk - Daily Courier", "Orsk - Daily Courier"),
    ],
)
def test_labels_and_outlet_names_are_left_out(title: str, read: str | None) -> None:
    start, end = headline_span(title)
    assert title[start:end] == (title if read is None else read)


def test_all_caps_is_parsed_in_sentence_case_of_the_same_length() -> None:
    assert all_caps("QUAKE KILLS 120 IN VARNESIA")
    assert not all_caps("Quake Kills 120 In Varnesia")
    assert not all_caps("NATO meets in Orsk")
    assert parse_form("QUAKE KILLS 120 IN VARNESIA") == "Quake kills 120 in varnesia"
    assert parse_form("Quake kills 120 in Varnesia") == "Quake kills 120 in Varnesia"


def test_all_caps_headline_gives_its_figure_as_written(annotator: Annotator) -> None:
    headline = _headline(annotator, "QUAKE KILLS 120 IN VARNESIA")
    assert headline.text == "QUAKE KILLS 120 IN VARNESIA"
    assert [q.text for q in headline.quantities] == ["120"]
    _offsets_hold(headline)


def test_headline_without_a_verb_gives_its_figures(annotator: Annotator) -> None:
    headline = _headline(annotator, "120 dead, 300 hurt in Varnesia quake | Daily Courier")
    assert headline.text == "120 dead, 300 hurt in Varnesia quake"
    assert [q.value for q in headline.quantities] == [120, 300]
    assert [e.text for e in headline.entities] == ["Varnesia"]
    _offsets_hold(headline)


@pytest.mark.parametrize(
    ("published", "monday"),
    [
        ("2026-03-11", "2026-03-09"),  # a Wednesday: the Monday just gone
        ("2026-03-15", "2026-03-09"),  # a Sunday: still that Monday, not the coming one
        ("2026-03-09", "2026-03-09"),  # published on the Monday itself
    ],
)
def test_headline_present_tense_is_past(annotator: Annotator, published: str, monday: str) -> None:
    headline = _headline(annotator, "Storm hits Kelmar coast Monday", published)
    assert [(d.text, d.value) for d in headline.dates] == [("Monday", monday)]


def test_body_present_schedule_stays_a_coming_day(annotator: Annotator) -> None:
    """The same weekday in the body's present-tense schedule is the coming one: only the headline reads
    its present tense as past."""
    record = annotate_article(
        Article(
            id="a", source="a.txt", title="Storm hits Kelmar coast Monday", published="2026-03-11", text=BODY
        ),
        annotator,
    )
    assert record.headline is not None
    assert [d.value for d in record.headline.dates] == ["2026-03-09"]
    assert [d.value for d in record.dates if d.text == "Monday"] == ["2026-03-16"]


def test_headline_infinitive_is_future(annotator: Annotator) -> None:
    headline = _headline(annotator, "Storm to hit Kelmar coast Monday")
    assert [d.value for d in headline.dates] == ["2026-03-16"]


def test_headline_offsets_refer_to_the_headline_and_body_is_unchanged(annotator: Annotator) -> None:
    with_title = annotate_article(
        Article(id="a", source="a.txt", title="Mayor Brandt says Orsk will hire 300 officers", text=BODY),
        annotator,
    )
    without = annotate_article(Article(id="a", source="a.txt", text=BODY), annotator)
    assert without.headline is None
    assert with_title.headline is not None
    assert with_title.model_dump(exclude={"headline"}) == without.model_dump(exclude={"headline"})
    headline = with_title.headline
    _offsets_hold(headline)
    assert [q.value for q in headline.quantities] == [300]
    assert [a.cue.text for a in headline.attributions] == ["says"]


class _CountingNlp:
    """Wraps the spaCy model and records every ``pipe`` call and the texts it was given."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.calls: list[list[str]] = []

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        given = list(texts)
        self.calls.append(given)
        return iter(self.nlp.pipe(given, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


def test_titles_go_through_the_same_pipe_as_the_bodies(annotator: Annotator) -> None:
    counting = _CountingNlp(annotator.nlp)
    wrapped = dataclasses.replace(annotator, nlp=counting)
    articles = [
        Article(id=f"a{i}", source=f"a{i}.txt", title=title, published="2026-03-11", text=BODY)
        for i, title in enumerate(["Quake kills 120 in Varnesia", "Storm hits Kelmar coast Monday"])
    ]
    records = list(annotate_articles(articles, wrapped))
    assert len(counting.calls) == 1  # one stream: no second model run for the titles
    assert counting.calls[0] == [BODY, "Quake kills 120 in Varnesia", BODY, "Storm hits Kelmar coast Monday"]
    assert all(isinstance(r, Annotation) and r.headline is not None for r in records)
