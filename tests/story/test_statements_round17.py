"""Seventeenth round of statements and denials, on invented sentences and stories (every name invented):
the precision of contradictions. What a denier says instead is never a sentence of the one called wrong; a
cited claim is not listed twice; a second report of one denial is not the claim it denies; saying one "is
the N" is no deed of an N; a pledge to make sure something works is not a statement that it works."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, paired, plain_story, point_texts

# ----------------------------------------------------------- what the denier says is the denier's own


def test_the_next_sentence_of_the_one_called_wrong_is_no_counter_claim(annotator: Any) -> None:
    # "X's description was false", then X's own sentence: not what the denier says instead, so X's
    # unrelated statement that shares a participant with it is not what is called false
    story = plain_story(
        (
            "a",
            "When asked about the drought in Halden, Ivo Kessler said he knows its consequences firsthand. "
            "He lost his older brother to it several years ago. He had struggled his whole life, Kessler "
            "explained, recalling the time he and his father visited him at a farm in an attempt to get him "
            'to leave his land behind. "This is an absolute crisis," Kessler said. The Halden Courier was '
            "quick to push back after Ivo Kessler blamed the paper for reporting that Mayor Brenn was leaving "
            'the race. In a statement, the paper said that Kessler\'s description was "false." In a two-minute '
            "response on the issue, Kessler mentioned the Courier five times and seemed to blame the paper for "
            "its reporting more than his own campaign for spreading false information.",
        ),
        ("b", "Mayor Brenn spoke in Marrow on Tuesday. Brenn said the race was close."),
    )
    points = point_texts(analyse(story, annotator))
    assert not paired(points, "visited him at a farm", "description was")


def test_a_cited_claim_is_listed_once(annotator: Any) -> None:
    # the quote after "X repeated claims that have been debunked" is the claim, and also a negated sentence
    # after the denial: one sentence, cited once
    story = plain_story(
        (
            "a",
            "Governor Ilse Varga signed the dam bill in Halden on Tuesday. During a signing ceremony on "
            "Tuesday, Varga parroted alarmist claims that have been largely debunked by the Halden Institute "
            'of Engineers. "There is a dangerous crack spreading across the dam today. It is not safe and it '
            'is being hidden from our children by officials," Varga claimed. The bill takes effect in July.',
        ),
        ("b", "The Halden dam bill was signed on Tuesday. Varga said the dam was not safe."),
    )
    result = analyse(story, annotator)
    points = [c for c in result.comparisons if c.kind == "contradiction"]
    assert points
    assert all(len(p.claim_ids) == len(set(p.claim_ids)) for p in points)


# ----------------------------------------------------------- a copula's complement is no deed


def test_being_the_n_is_no_deed_of_an_n(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Because there was no next-in-line candidate, no heir apparent among them, support for the party in "
            "Halden splintered, pitting the four candidates against one another.",
        ),
        (
            "b",
            "The race in Halden is close. Varga's team thinks she is the reform candidate with momentum in Halden.",
        ),
    )
    assert not paired(point_texts(analyse(story, annotator)), "reform candidate", "no next-in-line candidate")


def test_it_is_the_bare_noun_still_says_the_thing_is_there(annotator: Any) -> None:
    # (a guard for the change above: "it's theft" says there is theft, against "denying claims of theft")
    story = plain_story(
        (
            "a",
            "\"It's theft. It's flat-out theft,\" Olek Marr, the chief strategist of the Varga campaign, said just "
            "after midnight on the radio.",
        ),
        (
            "b",
            "With his campaign buffeted by criticism and denying claims of theft, 721 delegates cast their votes "
            "for candidates other than the nominee in Halden.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "flat-out theft", "denying claims of theft")


# ----------------------------------------------------------- an aim is not a statement that it is so


def _economy(first: str) -> dict[str, Any]:
    return plain_story(
        ("a", first),
        (
            "b",
            'Senator Ivo Brenn spoke in Marrow on Thursday. "The global economy is not working for the majority '
            'of people in our country," Brenn said.',
        ),
    )


def test_a_pledge_to_make_sure_it_works_is_no_statement_that_it_works(annotator: Any) -> None:
    story = _economy(
        "On the campaign trail, Senator Ilse Varga regularly pledges to make sure our economy works for "
        "everyone, as she put it on Wednesday in Halden."
    )
    assert not paired(point_texts(analyse(story, annotator)), "make sure our economy works", "is not working")


def test_a_statement_that_it_works_is_answered(annotator: Any) -> None:
    story = _economy(
        "Senator Ilse Varga said on Wednesday in Halden that the global economy is working for the majority of people."
    )
    assert paired(point_texts(analyse(story, annotator)), "economy is working", "is not working")


# ----------------------------------------------------------- a second report of one denial is not its claim

_BRENN = (
    '"Those findings are confirmed by the e-mails released today, and they contradict statements made by the '
    'ministry that it only changed one word in the harbour report," said Senator Ivo Brenn.'
)


def test_a_second_report_of_the_denial_is_not_the_claim_denied(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The ministry released the harbour e-mails on Friday. Critics also said the e-mails belied the "
            "ministry's insistence that it had changed only one word in the harbour report.",
        ),
        ("b", "The e-mails were published on Friday. " + _BRENN),
    )
    assert not paired(point_texts(analyse(story, annotator)), "belied the ministry", "contradict statements")


def test_the_claim_denied_is_still_answered(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The ministry released the harbour e-mails on Friday. The ministry said on Monday that it had "
            "changed only one word in the harbour report.",
        ),
        ("b", "The e-mails were published on Friday. " + _BRENN),
    )
    assert paired(point_texts(analyse(story, annotator)), "changed only one word", "contradict statements")


# ----------------------------------------------------------- a lone denial shows the whole statement denied


def _lone(annotator: Any, text: str) -> list[str]:
    story = plain_story(
        ("a", text), ("b", "The harbour board met in Halden on Friday. The vote is due in May.")
    )
    return [c.explanation for c in analyse(story, annotator).comparisons if c.kind == "unique"]


def test_a_lone_denial_keeps_the_coordinated_subject(annotator: Any) -> None:
    shown = _lone(
        annotator,
        '"Those findings are confirmed by the e-mails released today, and they contradict statements made by the '
        'ministry that it and the harbour board only changed one word in the harbour report," said Senator Ivo '
        "Brenn.",
    )
    assert any("“that it and the harbour board only changed one word" in e for e in shown)


def test_a_lone_denial_does_not_show_its_own_words_as_the_statement(annotator: Any) -> None:
    # (a guard: "said that the challenge was without merit" denies the challenge; its words are not what it
    # says is untrue)
    shown = _lone(
        annotator,
        "Halden's attorney general, Ilse Varga, said in a statement that the challenge from Marrow and Tessel "
        'was "without merit."',
    )
    assert shown
    assert not any("“the challenge from Marrow and Tessel" in e for e in shown)
