"""What a sentence with a word of denial denies, read from the parse (invented sentences): affirmations
worded with "deny", refusals of things, the clause a denial names when the parse hangs it on a noun; and
when a negated statement answers another speaker's plain one."""

from __future__ import annotations

from typing import Any

import pytest

from parallax.story.compare.denial_reading import read_denial
from parallax.story.compare.denials import _counts, answers
from parallax.story.compare.estimates import read_estimate
from parallax.story.compare.propositions import clauses


@pytest.fixture(scope="module")
def nlp() -> Any:
    from parallax.annotation.pipeline import load_annotator

    return load_annotator().nlp


@pytest.mark.parametrize(
    "sentence",
    [
        "It is hard to deny that the Varnok levee failed, the engineer wrote.",
        "No one can deny that the Ostrel dam was too low.",
        "The ministry did not deny that the Ostrel dam was too low.",
        "A spokeswoman said she could neither confirm nor deny whether the Brask inquiry had begun.",
        "The Ostrel ministry would not confirm or deny that the Brask inquiry had begun.",
        "The Halden council dismissed the zoning proposal on Tuesday.",
        "The bylaw was dismissed by the Halden council.",
        "The tribunal rejected an appeal from the Kessel shipping group.",
    ],
)
def test_no_statement_is_denied(nlp: Any, sentence: str) -> None:
    reading = read_denial(nlp(sentence))
    assert reading.refusal
    assert not reading.named


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel shipping group denied any wrongdoing.",
        "Mayor Lotte Brenn dismissed the inspectors' findings.",
        "Brenn disputed the figures published by the Ostrel agency.",
        "Brenn denied the allegations.",
        "The audit was confirmed by the records, and they contradict statements by the Brask council that "
        "the road had been finished in May.",
    ],
)
def test_a_statement_is_denied(nlp: Any, sentence: str) -> None:
    assert not read_denial(nlp(sentence)).refusal


@pytest.mark.parametrize(
    ("sentence", "subject", "predicate"),
    [
        ("Kasimir Velt denied reports that fuel leaked into the Orvane harbour.", "fuel", "leak"),
        ("Velt rejected claims that fuel had leaked into the harbour.", "fuel", "leak"),
        ("Velt denied that any fuel had leaked into the harbour.", "fuel", "leak"),
    ],
)
def test_the_clause_a_denial_names(nlp: Any, sentence: str, subject: str, predicate: str) -> None:
    named = read_denial(nlp(sentence)).named
    assert any(subject in p.subject_heads and predicate in p.predicates for p in named), named


def _clause(nlp: Any, sentence: str, predicate: str) -> Any:
    return next(p for p in clauses(nlp(sentence)) if predicate in p.predicates)


@pytest.mark.parametrize(
    ("negated", "plain", "expected"),
    [
        # the same subject, predicate and time, opposite polarity
        ("The Castor mill will not close, its owner said.", "Fenn said the Castor mill would close.", True),
        ("The Castor mill did not close, its owner said.", "Fenn said the Castor mill closed in May.", True),
        # another thing, another time, another object
        (
            "The Castor bridge will not close, its owner said.",
            "Fenn said the Castor mill would close.",
            False,
        ),
        ("The Castor mill did not close last winter.", "Fenn said the Castor mill would close.", False),
        (
            "The mill will not sell the land, its owner said.",
            "Fenn said the mill would sell two trucks.",
            False,
        ),
    ],
)
def test_a_negated_statement_answers_a_plain_one(nlp: Any, negated: str, plain: str, expected: bool) -> None:
    predicate = "close" if "close" in negated else "sell"
    assert answers(_clause(nlp, negated, predicate), _clause(nlp, plain, predicate)) is expected


@pytest.mark.parametrize(
    ("estimate", "claim", "expected"),
    [
        # another figure for the same count, said of the same place
        (
            "Police put the number of marchers in Velna at 4,000.",
            "Organisers said 20,000 people marched through Velna on Saturday.",
            True,
        ),
        (
            "The union put the number of strikers at the Pelt works at 900.",
            "3,000 workers struck at Pelt.",
            True,
        ),
        # the same figure within a tenth; another place; another thing counted
        (
            "Police put the number of marchers in Velna at 19,000.",
            "Organisers said 20,000 people marched through Velna on Saturday.",
            False,
        ),
        (
            "Police put the number of marchers in Velna at 4,000.",
            "Organisers said 20,000 people marched through Ostrel on Saturday.",
            False,
        ),
        (
            "Police put the number of marchers in Velna at 4,000.",
            "The Velna council said 20,000 homes had lost power.",
            False,
        ),
    ],
)
def test_an_estimate_of_a_count_against_another_figure(
    nlp: Any, estimate: str, claim: str, expected: bool
) -> None:
    read = read_estimate(nlp(estimate))
    assert read is not None
    assert any(_counts(read, p) for p in clauses(nlp(claim))) is expected


def test_a_lone_denial_names_no_relative_clause_as_the_statement() -> None:
    """ "claims that have been debunked": the words after "that" hold no clause with a subject, so the
    point shows the sentence, not "have been debunked ..." as the statement denied."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from dispute_check import analyse

    from parallax.annotation.pipeline import load_annotator

    story = {
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-03-02",
                "Councillor Ivo Brandt repeated claims that have been debunked by the Ostrel health board.",
            ),
            ("b", "Outlet B", "2026-03-02", "The Ostrel health board said 40 clinics would open in May."),
        ]
    }
    result = analyse(story, load_annotator())
    topics = [c.topic for c in result.comparisons if c.topic.startswith("Denial")]
    assert topics and all(not t.startswith("Denial: have been") for t in topics), topics
