"""Eighth round of statements and denials, on invented sentences and stories (every name invented): a
refusal as a negation ("refused to apologise" against "has apologised"), the one who says a clause read
from the parse when the claims stage names no speaker, "the country" and "the chairman" standing for the
one such name before them, the pronoun of an infinitive's sayer ("is expected to announce that he ..."),
a report noun before a name ("denied the rumours, which spread through Halvern"), and a denier's denial
against a claim that an unnamed one did it ("a Liberal councillor had called him a liar")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.propositions import accused_unnamed, clauses

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, paired, plain_story, point_texts


def _clause(annotator: Any, sentence: str, predicate: str) -> Any:
    return next(p for p in clauses(annotator.nlp(sentence)) if predicate in p.predicates)


# ---------------------------------------------------------------------------------- clauses


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Senator Oda Brill refused to apologise for the remarks.", "apologize"),
        ("The council declined to publish the audit.", "publish"),
    ],
)
def test_a_refusal_is_a_negation_of_its_complement(annotator: Any, sentence: str, predicate: str) -> None:
    clause = _clause(annotator, sentence, predicate)
    assert clause.negative
    assert clause.role == "ROOT"


def test_a_plain_complement_is_no_refusal(annotator: Any) -> None:
    clause = _clause(annotator, "Senator Oda Brill agreed to apologise for the remarks.", "apologize")
    assert not clause.negative


def test_british_and_american_spellings_are_one_predicate(annotator: Any) -> None:
    a = _clause(annotator, "Brill has apologised for the remarks.", "apologize")
    b = _clause(annotator, "Brill has apologized for the remarks.", "apologize")
    assert a.predicates == b.predicates


@pytest.mark.parametrize(
    ("sentence", "predicate", "subject"),
    [
        # the one place named before "the country"
        (
            "Brill railed against Estoria and its leaders, promising the country would pay for the dam.",
            "pay",
            "estoria",
        ),
        # the one person named before "the chairman"
        (
            "An aide who spoke with Tarn told the Courier that the chairman would seek another term.",
            "seek",
            "tarn",
        ),
    ],
)
def test_a_definite_description_stands_for_the_one_name_before_it(
    annotator: Any, sentence: str, predicate: str, subject: str
) -> None:
    assert subject in _clause(annotator, sentence, predicate).subject_heads


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        # two places named before it: which one is meant is not known
        ("Brill railed against Estoria and Lusitania, promising the country would pay for the dam.", "pay"),
        # another modifier: not the one named
        ("Brill praised Estoria, saying the neighbouring country would pay for the dam.", "pay"),
    ],
)
def test_a_description_with_no_single_name_is_not_resolved(
    annotator: Any, sentence: str, predicate: str
) -> None:
    heads = _clause(annotator, sentence, predicate).subject_heads
    assert "estoria" not in heads and "ostland" not in heads


def test_the_sayer_of_an_infinitive_resolves_its_pronoun(annotator: Any) -> None:
    sentence = "Chairman Ivo Tarn is expected to announce that he will not seek a second term."
    clause = _clause(annotator, sentence, "seek")
    assert "tarn" in clause.subject_heads
    assert not clause.pronoun


@pytest.mark.parametrize(
    ("sentence", "predicate", "sayer"),
    [
        (
            "Earlier, Brill railed against the plan, promising that Estoria would never pay for the dam.",
            "pay",
            "brill",
        ),
        ("Mayor Holt said the bridge would close in May.", "close", "holt"),
    ],
)
def test_who_says_a_clause_is_read_from_the_parse(
    annotator: Any, sentence: str, predicate: str, sayer: str
) -> None:
    assert sayer in _clause(annotator, sentence, predicate).said_by


def test_nobody_says_a_plain_clause(annotator: Any) -> None:
    assert not _clause(annotator, "The bridge closed in May.", "close").said_by


def test_an_unnamed_accuser_is_answered_by_the_deniers_denial(annotator: Any) -> None:
    denied = _clause(annotator, "Brede denied that he ever called the mayor a liar.", "call")
    claim = _clause(
        annotator, "Varn came to believe that a Liberal councillor had called her a liar.", "call"
    )
    assert accused_unnamed(denied, claim)
    named = _clause(annotator, "Varn believed that Councillor Ott had called her a liar.", "call")
    assert not accused_unnamed(denied, named)  # a named accuser: the same proposition or not, by name
    other = _clause(annotator, "Varn came to believe that a Liberal councillor had praised her.", "praise")
    assert not accused_unnamed(denied, other)


# ---------------------------------------------------------------------------------- stories


def test_a_refusal_against_a_report_that_it_was_done(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Senator Oda Brill has apologised for her remarks about the harbour workers, a union leader said. "
            "The union met on Monday.",
        ),
        (
            "b",
            "Senator Oda Brill refused to apologize for her remarks about the harbour workers, her office said. "
            "She spoke in Velden.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "has apologised", "refused to apologize")


def test_a_refusal_of_something_else_is_not_paired(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Senator Oda Brill has apologised for her remarks, a union leader said. The union met on Monday.",
        ),
        ("b", "Senator Oda Brill refused to resign over her remarks, her office said. She spoke in Velden."),
    )
    assert not point_texts(analyse(story, annotator))


def test_a_vow_told_without_attribution_against_a_promise(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Mayor Gus Tarrow has spent a year railing against Estoria and its leaders, promising the country "
            "would pay for the construction of the dam. Tarrow spoke in Velden.",
        ),
        (
            "b",
            "Earlier this year, former president Ilan Brisk railed against Tarrow in an interview, promising "
            "that Estoria would never pay for that dam. Brisk lives in Ostra.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "promising the country", "would never pay")


def test_one_speaker_told_twice_is_no_contradiction(annotator: Any) -> None:
    story = plain_story(
        ("a", "Brisk said in an interview that Estoria would never pay for the dam. Brisk lives in Ostra."),
        ("b", "Estoria will pay for the dam, Brisk said in March. He lives in Ostra."),
    )
    assert not point_texts(analyse(story, annotator))


def test_a_denial_of_the_rumours_answers_the_report_before_it(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The Ledger published a story on Monday claiming that Senator Ivo Tarn had taken money from a "
            "builder. Tarn vehemently denied the rumors, which spread through Halvern on Tuesday.",
        ),
        ("b", "Tarn spoke in Halvern on Tuesday. The builder said nothing."),
    )
    assert paired(
        point_texts(analyse(story, annotator)), "claiming that Senator Ivo Tarn", "denied the rumors"
    )


def test_an_unnamed_accuser_and_the_named_denier(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "As criticism grew, Mayor Ilka Varn came to believe that a Liberal councillor had called her a "
            "liar. The council met on Monday.",
        ),
        ("b", "Councillor Tomas Brede denied that he ever called the mayor a liar. He spoke to the Courier."),
    )
    assert paired(
        point_texts(analyse(story, annotator)), "a Liberal councillor", "denied that he ever called"
    )


def test_an_unnamed_one_who_did_something_else_is_not_paired(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "As criticism grew, Mayor Ilka Varn came to believe that a Liberal councillor had praised her "
            "rival. The council met on Monday.",
        ),
        ("b", "Councillor Tomas Brede denied that he ever called the mayor a liar. He spoke to the Courier."),
    )
    assert not point_texts(analyse(story, annotator))


def test_a_report_noun_with_its_owners_name_answers_the_owners_report(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The Halvern Courier reported on Monday that Senator Ivo Tarn had taken money from a builder. "
            "Tarn denied the allegations, which the Halvern Courier first reported, on Tuesday.",
        ),
        ("b", "Tarn spoke in Ostra on Tuesday. The builder said nothing."),
    )
    points = point_texts(analyse(story, annotator))
    assert paired(points, "had taken money from a builder", "denied the allegations")
