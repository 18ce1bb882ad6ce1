"""Sixth round of statements and denials, on invented sentences: a demonstrative with a noun of saying
pointing back ("disputed that characterization"), a statement named by its owner and a noun, a passive
denial of an active statement; and what must not pair (a plan called wrong, an earlier exchange told in a
clause of time, shared words about another proposition). Also the invented stories of
:mod:`contradiction_stories6` through the real stages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.referring import read_referring

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contradiction_stories6 import ROUND6
from dispute_check import analyse, check


@pytest.mark.parametrize(
    "sentence",
    [
        "Representatives of the firms disputed that characterization.",
        "The ministry rejected this account.",
        "Aides to the mayor denied that version of the meeting.",
    ],
)
def test_a_noun_of_saying_with_a_demonstrative_points_back(annotator: Any, sentence: str) -> None:
    assert read_referring(annotator.nlp(sentence)).back == "untrue"


@pytest.mark.parametrize(
    "sentence",
    [
        "That is wrong, the parents said.",  # a judgement of a deed, not of a statement
        "When a reporter said that was false, the minister changed the subject.",  # an earlier exchange
        "The firms did not dispute that characterization.",  # negated
        "The firms disputed the characterization that they had agreed.",  # names what it denies
        "The court rejected that appeal.",  # a thing refused, not a statement
    ],
)
def test_no_pointing_back(annotator: Any, sentence: str) -> None:
    assert read_referring(annotator.nlp(sentence)).back == ""


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Sara Veld dismissed Reil's assessment as wishful thinking.", "reil"),
        ("The union did not agree with Reil's assessment.", ""),  # negated agreement: not read (yet)
        ("Veld disputed the minister's rationale.", ""),  # no proper name as the owner
    ],
)
def test_a_statement_named_by_its_owner(annotator: Any, sentence: str, owner: str) -> None:
    named = read_referring(annotator.nlp(sentence)).owner
    assert named == (frozenset({owner}) if owner else frozenset())


@pytest.mark.parametrize("story", ROUND6, ids=[s["name"] for s in ROUND6])
def test_round6_stories(annotator: Any, story: Any) -> None:
    failed = [(name, shown) for name, ok, shown in check(story, analyse(story, annotator)) if not ok]
    assert not failed


@pytest.mark.parametrize(
    ("negated", "plain", "expected"),
    [
        # a passive denial of an active statement, and the other way round
        (
            "The Tillen footbridge has not been repaired.",
            "The city had repaired the Tillen footbridge.",
            True,
        ),
        ("The city has not repaired the Tillen footbridge.", "The Tillen footbridge was repaired.", True),
        # what is acted on differs
        ("The Tillen footbridge has not been repaired.", "The city had repaired the Orsk road.", False),
        # a question left open is not the negation of a ruling on a content
        (
            "The court has never ruled on whether the levy applies to visitors.",
            "The court ruled in 1990 that the levy applied to visitors.",
            False,
        ),
    ],
)
def test_a_negated_clause_answers_a_plain_one(
    annotator: Any, negated: str, plain: str, expected: bool
) -> None:
    from parallax.story.compare.denials import answers
    from parallax.story.compare.propositions import clauses

    mine = [p for p in clauses(annotator.nlp(negated)) if p.negative]
    theirs = list(clauses(annotator.nlp(plain)))
    assert any(answers(p, q) for p in mine for q in theirs) is expected
