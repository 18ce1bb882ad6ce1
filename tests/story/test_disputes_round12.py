"""Twelfth round of statements and denials, on invented sentences and stories (every name invented): a
negated quantifier of the subject makes a clause negative, the allegations against a denier are not those
against a group of others named after the denier, and a denial of "the charges" answers accusations, not a
paper's report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.attributes import read_attributes
from parallax.story.compare.phrases import quoted_untrue
from parallax.story.compare.propositions import clauses
from parallax.story.compare.referring import read_referring

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, paired, plain_story, point_texts

# ---------------------------------------------------------------------------------- negated quantifiers


@pytest.mark.parametrize(
    ("sentence", "verb", "negative"),
    [
        ("Not all towns will choose to open the schools.", "choos", True),
        ("Not every member voted for the budget.", "vote", True),
        ("All towns will choose to open the schools.", "choos", False),
        ("Every member voted for the budget.", "vote", False),
    ],
)
def test_a_negated_quantifier_makes_the_clause_negative(
    annotator: Any, sentence: str, verb: str, negative: bool
) -> None:
    found = [p for p in clauses(annotator.nlp(sentence)) if any(v.startswith(verb) for v in p.predicates)]
    assert found
    assert found[0].negative is negative


def test_two_negated_quantifiers_are_no_contradiction(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The Varn league met in Halden on Monday. Advocates argue that not every state will choose to make "
            "the change. They want to require the states to extend the program. “The first year is a crucial "
            "time,” said Dr. Olek Brandt, director of the league. “Even with those grants, not all states will "
            "choose to extend Varncare.”",
        ),
        ("b", "The Varn league met in Halden on Monday."),
    )
    assert not point_texts(analyse(story, annotator))


# ---------------------------------------------------------------------------------- the allegations


@pytest.mark.parametrize(
    ("sentence", "alleged"),
    [
        ("The Daily Lantern reported that several Kessler aides refused to testify.", False),
        ("The Daily Lantern reported that Kessler's allies paid the builder.", False),
        ("The Daily Lantern reported that Kessler had paid the builder.", True),
        ("The Daily Lantern reported that Mr. Kessler paid the builder.", True),
    ],
)
def test_a_group_named_after_the_denier_is_not_the_denier(
    annotator: Any, sentence: str, alleged: bool
) -> None:
    assert ("kessler" in read_referring(annotator.nlp(sentence)).alleged) is alleged


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        ("Prosecutors allege that Kessler took bribes from a builder.", True),
        ("Prosecutors charged Kessler with taking bribes.", True),
        ("The Daily Lantern reported that Kessler had approached the girl.", False),
        ("The Lantern published a report that Kessler had approached the girl.", False),
    ],
)
def test_who_is_accused(annotator: Any, sentence: str, accused: bool) -> None:
    reading = read_referring(annotator.nlp(sentence))
    assert "kessler" in reading.alleged
    assert ("kessler" in reading.accused) is accused


@pytest.mark.parametrize(
    ("sentence", "charges"),
    [
        ("Kessler disputed the charges.", True),
        ("Kessler denied the charges against him.", True),
        ("Kessler denied the allegations.", False),
        ("Kessler denied the report.", False),
        ("Kessler did not dispute the charges.", False),
    ],
)
def test_a_denial_of_the_charges(annotator: Any, sentence: str, charges: bool) -> None:
    assert read_referring(annotator.nlp(sentence)).denies_charges is charges


def test_the_charges_are_not_a_papers_report(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Prosecutors are preparing charges against a senator over his ties to a builder. Senator Ivo "
            "Kessler disputed the charges. He spoke in Halden on Monday.",
        ),
        (
            "b",
            "In 2019 the Daily Lantern published a report that Kessler had taken gifts from a builder in "
            "Halden. Kessler angrily denied the report at the time.",
        ),
    )
    points = point_texts(analyse(story, annotator))
    assert paired(points, "published a report", "angrily denied")
    assert not paired(points, "published a report", "disputed the charges")


def test_the_charges_answer_an_accusation(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Senator Ivo Kessler spoke in Halden on Monday. Kessler disputed the charges. He said he would "
            "stay in office.",
        ),
        (
            "b",
            "Prosecutors alleged on Monday that Kessler took bribes from a builder in 2019. The case was filed in "
            "Halden.",
        ),
    )
    assert paired(
        point_texts(analyse(story, annotator)), "alleged on Monday that Kessler took", "disputed the charges"
    )


def test_a_denial_does_not_answer_a_report_about_the_deniers_aides(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The Halden Post reported this week that several Kessler aides refused to answer questions before "
            "the grand jury.",
        ),
        ("b", "Senator Ivo Kessler spoke in Halden on Monday. Kessler angrily denied the allegations."),
    )
    assert not paired(point_texts(analyse(story, annotator)), "several Kessler aides", "angrily denied")


# ---------------------------------------------------------------------------------- what a thing is said to be


@pytest.mark.parametrize(
    ("sentence", "head", "negative", "subject"),
    [
        ("“That is not a simple question,” Vost said.", "question", True, set()),
        (
            "Whether the council should sell the pier is a simple question, Brenn said.",
            "question",
            False,
            set(),
        ),
        (
            "The tunnel in Ostrava was not a project of the governor's choosing.",
            "project",
            True,
            {"tunnel", "ostrava"},
        ),
        (
            "Brenn repeated his claim that the tunnel is a project of the governor's choosing.",
            "project",
            False,
            {"tunnel"},
        ),
        ("It is not only a tax but a fee.", "tax", False, set()),
    ],
)
def test_what_a_thing_is_said_to_be(
    annotator: Any, sentence: str, head: str, negative: bool, subject: set[str]
) -> None:
    found = [a for a in read_attributes(annotator.nlp(sentence)) if a.head == head]
    assert found
    assert found[0].negative is negative
    assert found[0].subject == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "If the plan is a success, the council will pay.",  # a condition
        "The mayor, who is not a lawyer, spoke on Monday.",  # a relative clause
        "The plan could be a success.",  # a possibility
    ],
)
def test_no_attribute_asserted(annotator: Any, sentence: str) -> None:
    assert not read_attributes(annotator.nlp(sentence))


def test_that_is_not_a_simple_question(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The Halden council met on Monday. “That is not a simple question,” Mayor Lena Vost said. “I think whether or not we should sell the pier is a pretty simple "
            "question, but I will move on,” Councillor Ivo Brenn said.",
        ),
        ("b", "The Halden council met on Monday."),
    )
    assert paired(
        point_texts(analyse(story, annotator)), "That is not a simple question", "pretty simple question"
    )


def test_a_thing_said_not_to_be_what_another_said_it_is(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Councillor Ivo Brenn spoke in Halden on Monday. He repeated his claim that the tunnel is a "
            "project of the governor's choosing.",
        ),
        (
            "b",
            "Mayor Lena Vost spoke in Halden on Monday. “The tunnel in Ostrava was not a project of the "
            "governor's choosing,” Vost said.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "his claim that the tunnel", "was not a project")


@pytest.mark.parametrize(
    ("plain", "negated"),
    [
        # one word, a pronoun subject, another article: what "it" is is not known
        ("“It is a total hoax,” Councillor Ivo Brenn said.", "“It is not a hoax,” Mayor Lena Vost said."),
        # two things
        (
            "“The tunnel is a costly project,” Councillor Ivo Brenn said.",
            "“The pier is not a costly project,” Mayor Lena Vost said.",
        ),
    ],
)
def test_no_dispute_over_what_a_thing_is(annotator: Any, plain: str, negated: str) -> None:
    story = plain_story(
        ("a", f"The Halden council met on Monday. {plain}"),
        ("b", f"The Halden council met on Tuesday. {negated}"),
    )
    assert not point_texts(analyse(story, annotator))


# ---------------------------------------------------------------------------------- a quoted phrase called untrue


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        (
            "“Citing a 'lack of local demand' is nothing more than fantasy,” Vost said.",
            ["lack of local demand"],
        ),
        ("The idea of a “clean break” is a myth, Brenn said.", ["clean break"]),
        ("He repeated the false claim of a “stolen harbour vote” on Monday.", ["stolen harbour vote"]),
        ("The so-called “green harbour deal” was approved on Monday.", []),  # no word of untruth
        ("Vost called the plan a “harbour fix,” and said it was approved.", []),  # nothing called untrue
        ("The “deal” is a myth, Brenn said.", []),  # one word
    ],
)
def test_a_quoted_phrase_called_untrue(sentence: str, phrases: list[str]) -> None:
    assert quoted_untrue(sentence) == phrases


def test_a_quoted_phrase_called_untrue_answers_who_uses_it(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The Halden ministry will not hold the harbour lease sale, citing a lack of local demand for the "
            "leases, a ministry spokesman said on Monday.",
        ),
        (
            "b",
            "Senator Lena Vost spoke in Halden on Monday. “Citing a 'lack of local demand' is nothing more than "
            "fantasy from a ministry that shuns the harbour,” Vost said.",
        ),
    )
    assert paired(
        point_texts(analyse(story, annotator)), "citing a lack of local demand", "nothing more than"
    )


def test_a_quoted_phrase_called_untrue_by_its_own_speaker_is_no_dispute(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Senator Lena Vost said on Monday that the ministry cited a lack of local demand for the leases in "
            "Halden.",
        ),
        (
            "b",
            "Senator Lena Vost spoke in Halden on Monday. “Citing a 'lack of local demand' is nothing more than "
            "fantasy,” Vost said.",
        ),
    )
    assert not paired(
        point_texts(analyse(story, annotator)), "cited a lack of local demand", "nothing more than"
    )
