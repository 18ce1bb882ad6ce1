"""Seventh round of statements and denials, on invented sentences and stories (every name invented):
pronoun subjects resolved to the one who says the clause, a possibility answered by a refusal, a
denial of a deed ("denied calling her a liar") against the report of the accusation and never against a
sentence that tells of the same denial, a clause a verb calls mistaken, verdicts on a report's accuracy,
and a denial of "the claims in the article"."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.denial_reading import read_denial
from parallax.story.compare.propositions import clauses
from parallax.story.compare.reports import Verdict, read_reports

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, paired, plain_story, point_texts


def _clause(annotator: Any, sentence: str, predicate: str) -> Any:
    return next(p for p in clauses(annotator.nlp(sentence)) if predicate in p.predicates)


@pytest.mark.parametrize(
    ("sentence", "predicate", "subject"),
    [
        ("Halden hinted on Tuesday that he may resign before his term ends.", "resign", {"halden"}),
        ("“I will not resign,” said Mr. Halden.", "resign", {"halden"}),
        ("“I think we will win the vote,” Petra Solm said.", "win", {"petra", "solm"}),
        (
            "“We stand by our reporting,” the Courier's editor, Tom Reese, said.",
            "stand",
            {"courier", "tom", "reese"},
        ),
    ],
)
def test_a_pronoun_subject_stands_for_who_says_it(
    annotator: Any, sentence: str, predicate: str, subject: set[str]
) -> None:
    clause = _clause(annotator, sentence, predicate)
    assert subject <= clause.subject_heads
    assert not clause.pronoun


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("A spokesman said he would not comment on the audit.", "comment"),  # who speaks is not named
        ("He said he would not resign.", "resign"),  # the one who speaks is a pronoun too
        ("Halden will stay because he likes the job.", "like"),  # no verb of saying governs it
    ],
)
def test_a_pronoun_stays_a_pronoun_when_the_parse_does_not_say_who(
    annotator: Any, sentence: str, predicate: str
) -> None:
    assert _clause(annotator, sentence, predicate).pronoun


def test_a_clause_a_verb_calls_mistaken_is_disowned(annotator: Any) -> None:
    sentence = "Orla was upset because she mistakenly believed Brand heard the remarks and called her a liar."
    assert _clause(annotator, sentence, "call").disowned
    assert not _clause(annotator, "Orla believed Brand called her a liar.", "call").disowned


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Marek Voss denied calling Ilse Brand a racist.", ("voss", "call", "racist")),
        ("Voss denies taking the money.", ("voss", "take", "money")),
        ("Voss denied having said that.", None),  # what was said is not named
        ("Voss denied saying it.", None),
    ],
)
def test_a_denied_deed_is_named(annotator: Any, sentence: str, named: tuple[str, str, str] | None) -> None:
    reading = read_denial(annotator.nlp(sentence))
    if named is None:
        assert not reading.named
        return
    subject, predicate, thing = named
    assert any(
        subject in p.subject_heads and predicate in p.predicates and thing in p.objects for p in reading.named
    )


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        ("“We stand by our reporting,” the Courier's editor, Tom Reese, said.", [({"courier"}, True)]),
        ("The Courier maintained that its report was accurate.", [({"courier"}, True)]),
        ("“The Courier's account of the meeting is not accurate,” Ada Wendt said.", [({"courier"}, False)]),
        ("Wendt said the Courier report was false.", [({"courier"}, False)]),
        ("“We stand by our decision,” Tom Reese said.", []),  # a decision is no report
        ("Wendt said the account was not accurate.", []),  # whose account is not said
    ],
)
def test_verdicts_on_a_reports_accuracy(
    annotator: Any, sentence: str, verdicts: list[tuple[set[str], bool]]
) -> None:
    got = read_reports(annotator.nlp(sentence)).verdicts
    assert len(got) == len(verdicts)
    for verdict, (owner, accurate) in zip(got, verdicts, strict=True):
        assert isinstance(verdict, Verdict)
        assert owner <= verdict.owner
        assert verdict.accurate is accurate


def test_a_denial_of_the_claims_in_the_article_is_read(annotator: Any) -> None:
    assert read_reports(annotator.nlp("Dahl's office denied the claims in the article.")).denies_publication
    assert not read_reports(annotator.nlp("Dahl's office denied the claims.")).denies_publication


# ---------------------------------------------------------------------------------- stories


def test_a_possibility_is_answered_by_a_refusal(annotator: Any) -> None:
    story = plain_story(
        ("a", "Governor Pell Arvo hinted on Tuesday that he may resign before his term ends. He met aides."),
        ("b", "“I will not resign,” said Mr. Arvo on Wednesday. He spoke in Velden."),
    )
    assert paired(point_texts(analyse(story, annotator)), "he may resign", "I will not resign")


def test_a_call_to_resign_is_no_statement_that_one_may(annotator: Any) -> None:
    story = plain_story(
        ("a", "Councillor Ines Maro said on Tuesday that Arvo should resign before his term ends."),
        ("b", "“I will not resign,” said Governor Pell Arvo on Wednesday. He spoke in Velden."),
    )
    assert not point_texts(analyse(story, annotator))


def test_a_denied_accusation_against_its_report_not_against_a_report_of_the_denial(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Mayor Ilka Varn said on Monday that councillor Tomas Brede had called her a liar at a meeting.",
        ),
        ("b", "Varn was angry because Brede called her a liar, something Brede has denied. The council met."),
        ("c", "Brede denied calling Varn a liar. He said the meeting was calm."),
    )
    points = point_texts(analyse(story, annotator))
    assert paired(points, "had called her a liar", "denied calling Varn a liar")
    assert not paired(points, "something Brede has denied", "denied calling Varn a liar")


def test_a_denial_whose_target_is_absent_is_shown_alone(annotator: Any) -> None:
    story = plain_story(
        ("b", "Varn was angry because Brede called her a liar, something Brede has denied. The council met."),
        ("c", "Brede denied calling Varn a liar. He said the meeting was calm."),
    )
    result = analyse(story, annotator)
    assert not point_texts(result)
    assert any(
        "denied calling Varn a liar" in t
        for kind in ("unique", "agreement")
        for p in point_texts(result, kind)
        for t in p
    )


def test_a_mistaken_belief_is_not_what_a_denial_answers(annotator: Any) -> None:
    story = plain_story(
        ("a", "Varn was upset because she mistakenly believed Brede had called her a liar. The council met."),
        ("c", "Brede denied calling Varn a liar. He said the meeting was calm."),
    )
    assert not point_texts(analyse(story, annotator))


def test_standing_by_a_report_against_calling_it_inaccurate(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "“The Courier's account of the meeting is not accurate,” said Ada Wendt, a ministry spokeswoman.",
        ),
        (
            "b",
            "The Courier's editor, Tom Reese, said that “we stand by our reporting.” The ministry declined to comment.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "not accurate", "stand by our reporting")


def test_another_owners_report_is_not_disputed(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "“The Herald's account of the meeting is not accurate,” said Ada Wendt, a ministry spokeswoman.",
        ),
        (
            "b",
            "The Courier's editor, Tom Reese, said that “we stand by our reporting.” The ministry declined to comment.",
        ),
    )
    assert not point_texts(analyse(story, annotator))


def test_the_claims_in_the_article_are_what_the_article_says(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The Ledger published the story on Thursday, citing two officials who said Minister Ivo Dahl had "
            "ordered the audit stopped. The Ledger's editor, Rosa Fenn, said that “we stand by our reporting.” "
            "Dahl's office denied the claims in the article.",
        ),
        ("b", "Minister Ivo Dahl met auditors on Friday in Velden."),
    )
    points = point_texts(analyse(story, annotator))
    assert paired(points, "published the story", "denied the claims in the article")
    assert not paired(points, "stand by our reporting", "denied the claims in the article")
