"""Eleventh round of statements and denials, on invented sentences and stories (every name invented): word
families of existence (:func:`.existence._family`), an infinitive in a noun's clause is no deed done, negated
sentences after a denial only when about what it denies, and more ways of denying ("it is hard to see how
P", "X mistakenly stated that P")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.denial_reading import read_denial
from parallax.story.compare.existence import _family
from parallax.story.compare.propositions import clauses

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, paired, plain_story, point_texts

# ---------------------------------------------------------------------------------- word families


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("collusion", "collude"),
        ("racism", "racist"),
        ("obstruction", "obstruct"),
        ("interference", "interfere"),
        ("discrimination", "discriminate"),
        ("conspiracy", "conspire"),
        ("amnesty", "amnesty"),
    ],
)
def test_one_word_family(a: str, b: str) -> None:
    assert _family(a, b) and _family(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("emergency", "emerge"),  # a shared start, no endings of one family
        ("presence", "president"),
        ("presentation", "preservation"),  # one ending, another root
        ("collusion", "collect"),
        ("constitution", "construction"),
    ],
)
def test_not_one_word_family(a: str, b: str) -> None:
    assert not _family(a, b) and not _family(b, a)


def test_no_evidence_against_the_deed_of_its_family(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Governor Tomas Brell said on Monday that the mayor obstructed the inquiry into the Halden "
            "contracts. He spoke in Halden.",
        ),
        (
            "b",
            "The Ostrava panel found no evidence of obstruction of the inquiry by the mayor in the 2024 review. The "
            "report was released on Monday.",
        ),
    )
    assert paired(
        point_texts(analyse(story, annotator)), "obstructed the inquiry", "no evidence of obstruction"
    )


def test_no_emergency_is_not_set_against_what_emerged(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Governor Tomas Brell said on Monday that new problems emerged at the Halden plant. He spoke in "
            "Halden.",
        ),
        (
            "b",
            "Minister Ida Korr said there was no emergency at the Halden plant. The plant reopened on Monday.",
        ),
    )
    assert not point_texts(analyse(story, annotator))


# ---------------------------------------------------------------------------------- infinitives


@pytest.mark.parametrize(
    ("sentence", "verb", "infinitive"),
    [
        ("The council unveiled its plans to build a bridge over the river.", "build", True),
        ("Vell announced a bid to sell the club to Marrin.", "sell", True),
        ("The council built a bridge over the river.", "build", False),
        ("Vell sought to sell the club to Marrin.", "sell", False),  # a verb's complement, not a noun's
        ("The panel sent Vell a request to provide the records.", "provide", False),  # no noun of intention
    ],
)
def test_an_infinitive_in_a_nouns_clause(annotator: Any, sentence: str, verb: str, infinitive: bool) -> None:
    found = [p for p in clauses(annotator.nlp(sentence)) if verb in p.predicates]
    assert found and found[0].infinitive is infinitive


def test_plans_to_build_are_no_deed_done(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Mayor Lena Vost unveiled the council's plans to build a bridge over the Halden river in 2024, the "
            "Courier reported.",
        ),
        (
            "b",
            "Minister Ida Korr denied that the council built a bridge over the Halden river. She spoke on Monday.",
        ),
    )
    assert not point_texts(analyse(story, annotator))


def test_a_denied_deed_still_answers_the_deed(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Mayor Lena Vost said the council built a bridge over the Halden river in 2024, the Courier reported.",
        ),
        (
            "b",
            "Minister Ida Korr denied that the council built a bridge over the Halden river. She spoke on Monday.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "Lena Vost said", "Ida Korr denied")


# ---------------------------------------------------------------------------------- what follows a denial

_BRIDGE = "Mayor Lena Vost said the council built a bridge over the Halden river in 2024."
_DENIED = "Minister Ida Korr denied that the council built a bridge over the Halden river."


def test_a_negated_sentence_about_another_thing_is_no_part_of_the_denial(annotator: Any) -> None:
    story = plain_story(
        ("a", f"{_BRIDGE} Vost said Governor Aldo Pren will attend the opening on Friday."),
        ("b", f"{_DENIED} Governor Aldo Pren will not attend the opening on Friday, Korr said."),
    )
    points = point_texts(analyse(story, annotator))
    assert paired(points, "Lena Vost said", "Ida Korr denied")
    assert not paired(points, "Ida Korr denied", "will not attend")
    assert paired(points, "Pren will attend", "Pren will not attend")


def test_a_negated_sentence_about_what_is_denied_is_part_of_the_denial(annotator: Any) -> None:
    story = plain_story(
        ("a", f"{_BRIDGE} Vost spoke in Halden."),
        ("b", f"{_DENIED} The council has not built a bridge over the Halden river, Korr said."),
    )
    points = point_texts(analyse(story, annotator))
    assert paired(points, "Ida Korr denied", "has not built a bridge")


# ---------------------------------------------------------------------------------- more ways of denying


@pytest.mark.parametrize(
    ("sentence", "predicate", "doubt"),
    [
        ("It is hard to see how the council could have built the bridge, Korr said.", "build", True),
        ("It's difficult to imagine how Vell won the vote.", "win", True),
        ("The Courier mistakenly reported that the council built the bridge.", "build", False),
        ("Vell wrongly claimed that the council sold the land.", "sell", False),
    ],
)
def test_more_ways_of_denying(annotator: Any, sentence: str, predicate: str, doubt: bool) -> None:
    reading = read_denial(annotator.nlp(sentence))
    assert [p for p in reading.named if predicate in p.predicates]
    assert reading.doubt is doubt


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not hard to see how the council built the bridge.",  # affirms it
        "It is hard to see the bridge from the road.",  # no "how"
        "Korr said that the council built the bridge.",  # no word of mistake
        "Vell never wrongly claimed that the council sold the land.",
    ],
)
def test_no_denial_named(annotator: Any, sentence: str) -> None:
    assert not read_denial(annotator.nlp(sentence)).named


def test_a_statement_said_to_be_mistaken_answers_the_statement(annotator: Any) -> None:
    story = plain_story(
        ("a", f"{_BRIDGE} Vost spoke in Halden."),
        (
            "b",
            "The Courier mistakenly reported that the council built a bridge over the Halden river, the Halden "
            "Post wrote on Monday.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "Lena Vost said", "mistakenly reported")


def test_hard_to_see_how_answers_what_it_doubts(annotator: Any) -> None:
    story = plain_story(
        ("a", f"{_BRIDGE} Vost spoke in Halden."),
        (
            "b",
            "It is hard to see how the council could have built a bridge over the Halden river, Minister Ida "
            "Korr said on Monday.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "Lena Vost said", "hard to see how")


def test_a_correction_does_not_answer_another_that_calls_the_claim_false(annotator: Any) -> None:
    story = plain_story(
        ("a", "Vost repeated her false claim that the council built a bridge over the Halden river in 2024."),
        (
            "b",
            "Vost claimed, falsely, that the council built a bridge over the Halden river, the Post wrote.",
        ),
    )
    assert not point_texts(analyse(story, annotator))


def test_a_correction_with_nothing_stated_is_not_shown_alone(annotator: Any) -> None:
    story = plain_story(
        ("a", "Mayor Lena Vost spoke in Halden on Monday about the 2024 budget."),
        (
            "b",
            "“The budget is sound,” Vost said in June before incorrectly suggesting that the council had sold "
            "the Halden land.",
        ),
    )
    result = analyse(story, annotator)
    assert not [c for c in result.comparisons if c.topic.startswith("Denial:")]
