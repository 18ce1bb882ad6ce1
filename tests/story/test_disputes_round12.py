"""Twelfth round of statements and denials, on invented sentences and stories (every name invented): a
negated quantifier of the subject makes a clause negative, the allegations against a denier are not those
against a group of others named after the denier, and a denial of "the charges" answers accusations, not a
paper's report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.propositions import clauses

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, plain_story, point_texts

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
