"""Thirteenth round of statements and denials, on invented sentences and stories (every name invented): a
denial of wrongdoing answers what the denier is accused of, an accusation may name the accused by a pronoun
that stands for the sentence's named subject, and two denials by one denier of the same accusation are one
point."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.propositions import clauses, same_possession
from parallax.story.compare.referring import read_referring

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, paired, plain_story, point_texts

# ---------------------------------------------------------------------------------- denials of wrongdoing


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Kessler has denied any wrongdoing.", "kessler"),
        ("The mayor's office denied any wrongdoing by Kessler in the sale of the harbour.", "kessler"),
        ("Orlov's lawyers denied any misconduct by Orlov.", "orlov"),
        ("Kessler denied any impropriety in the deal.", "kessler"),
    ],
)
def test_a_denial_of_wrongdoing_names_its_denier(annotator: Any, sentence: str, denier: str) -> None:
    reading = read_referring(annotator.nlp(sentence))
    assert denier in reading.denier
    assert reading.denies_charges


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler did not deny any wrongdoing.",
        "Kessler denied the request for a recount.",
        "The report found no wrongdoing by Kessler.",
    ],
)
def test_no_denial_of_wrongdoing(annotator: Any, sentence: str) -> None:
    reading = read_referring(annotator.nlp(sentence))
    assert not reading.denier
    assert not reading.denies_charges


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        ("Kessler faces charges that he took bribes from a builder.", True),
        ("Kessler is unlikely to resign amid charges that he used his office to help a donor.", True),
        # the pronoun is not the sentence's subject's when it is said by someone, or the subject is a group
        ("Brenn said Kessler faces charges that he took bribes.", False),
        ("The councillors face charges that he took bribes.", False),
        # a report is no accusation
        ("Kessler was named in a report that he took bribes.", False),
    ],
)
def test_a_pronoun_of_the_accused(annotator: Any, sentence: str, accused: bool) -> None:
    assert ("kessler" in read_referring(annotator.nlp(sentence)).accused) is accused


def test_a_pronoun_of_the_accused_is_not_one_alleged_by_a_report(annotator: Any) -> None:
    # (a denial of "the report" answers what a report says of the denier, by name)
    assert not read_referring(annotator.nlp("Kessler faces charges that he took bribes.")).alleged


def test_a_denial_of_wrongdoing_answers_the_accusation(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Senator Ivo Kessler is unlikely to resign amid charges that he used his office to help a donor in "
            "Halden. The vote is due in May.",
        ),
        (
            "b",
            "The Halden council met on Monday. The senator's office denied any wrongdoing by Kessler in his "
            "dealings with the donor.",
        ),
    )
    assert paired(
        point_texts(analyse(story, annotator)), "amid charges that he used", "denied any wrongdoing"
    )


def test_a_denial_of_wrongdoing_does_not_answer_a_papers_report(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "In 2019 the Daily Lantern published a report that Kessler had taken gifts from a builder in "
            "Halden. The paper printed it on its front page.",
        ),
        ("b", "The Halden council met on Monday. Kessler has denied any wrongdoing."),
    )
    assert not paired(point_texts(analyse(story, annotator)), "published a report", "denied any wrongdoing")


def test_two_denials_of_one_accusation_are_one_point(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Senator Ivo Kessler is unlikely to resign amid charges that he used his office to help a donor in "
            "Halden. Kessler's office denied any wrongdoing by Kessler in his dealings with the donor. The vote "
            "is due in May.",
        ),
        ("b", "The Halden council met on Monday. Senator Kessler disputed the charges."),
    )
    points = [p for p in point_texts(analyse(story, annotator)) if any("amid charges" in t for t in p)]
    assert len(points) == 1
    assert any("denied any wrongdoing" in t for t in points[0])
    assert any("disputed the charges" in t for t in points[0])


# ---------------------------------------------------------------------------------- a light clause disowned


def _light(annotator: Any, sentence: str) -> Any:
    return next(p for p in clauses(annotator.nlp(sentence)) if not p.predicates and p.object_heads)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Varga said that she has a law degree.", "Brenn said Varga has a law degree.", True),
        ("Varga said that she has a law degree.", "Brenn said Varga has a house in Halden.", False),
        ("Varga said that she has a law degree.", "Brenn said Varga has no law degree.", False),
    ],
)
def test_two_light_clauses(annotator: Any, first: str, second: str, same: bool) -> None:
    assert same_possession(_light(annotator, first), _light(annotator, second)) is same


def test_a_light_clause_disowned_answers_the_one_who_said_it(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Mayor Ilse Varga told reporters on Monday that she has a law degree. The council met in Halden.",
        ),
        (
            "b",
            "The city hall later said that Varga “mistakenly stated that she has a law degree,” according to "
            "a clerk. The council met in Halden.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "told reporters on Monday", "mistakenly stated")


def test_a_light_clause_disowned_does_not_answer_another_speaker(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "“Did Varga just say she has a law degree?” the blogger Tomas Brenn wrote on Monday. The council "
            "met in Halden.",
        ),
        (
            "b",
            "The city hall later said that Varga “mistakenly stated that she has a law degree,” according to "
            "a clerk. The council met in Halden.",
        ),
    )
    assert not paired(point_texts(analyse(story, annotator)), "Did Varga just say", "mistakenly stated")
