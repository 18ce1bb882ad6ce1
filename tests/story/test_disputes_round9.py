"""Ninth round of statements and denials, on invented sentences and stories (every name invented): a thing
said to be there against "no evidence of" it or "there is no" such thing (:mod:`.existence`), a short
negative reply against what was just said to the one who replies (:mod:`.replies`), and a doubt ("questioned
whether P") against P."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.denial_reading import read_denial
from parallax.story.compare.existence import read_things
from parallax.story.compare.referring import read_referring
from parallax.story.compare.replies import read_reply

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, paired, plain_story, point_texts

# ---------------------------------------------------------------------------------- things


@pytest.mark.parametrize(
    ("sentence", "noun", "exists"),
    [
        ("“Undoubtedly, there is collusion,” Senator Vell said.", "collusion", True),
        ("The inquiry turned up no evidence of collusion between the aides and Estoria.", "collusion", False),
        ("Pask said he has seen no evidence of racism within the league.", "racism", False),
        ("There won't be an amnesty in the bill, Pask said.", "amnesty", False),
        ("Pask said there is no racism within the league.", "racism", False),
        ("The council passed a resolution condemning racism within the league.", "racism", True),
        ("Organisers disputed claims of racism, Pask said.", "racism", False),
    ],
)
def test_a_thing_said_to_be_there_or_not(annotator: Any, sentence: str, noun: str, exists: bool) -> None:
    things = [t for t in read_things(annotator.nlp(sentence)) if t.word == noun]
    assert [t.exists for t in things] == [exists]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pask said there is no doubt the plan will pass.",  # an idiom, no thing
        "Vell denied that there was collusion with Estoria.",  # denied, not said to be there
        "Vell does not believe there is collusion with Estoria.",  # a negated belief
        "If there is collusion, the inquiry will find it, Vell said.",  # a condition
    ],
)
def test_no_thing_is_said_to_be_there(annotator: Any, sentence: str) -> None:
    assert not [t for t in read_things(annotator.nlp(sentence)) if t.exists]


def test_no_evidence_against_there_is(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Senator Dara Vell spoke to reporters in Halden on Monday. “Undoubtedly, there is collusion,” Vell "
            "told the Courier after the summary was released.",
        ),
        (
            "b",
            "The letter follows the end of the Ostrava inquiry, which turned up no evidence of collusion between "
            "Marrin campaign aides and Estoria during the 2024 election. Marrin welcomed the result on Monday.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "there is collusion", "no evidence of collusion")


def test_no_evidence_against_the_deed_of_its_word_family(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Governor Tomas Brell said on Monday that the Marrin campaign sought to collude with the Estorian "
            "government to win the vote. He spoke in Halden.",
        ),
        (
            "b",
            "The Ostrava inquiry found no evidence of collusion between the Marrin campaign and Estoria in the "
            "2024 race. The report was released on Monday.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "sought to collude", "no evidence of collusion")


def test_no_evidence_of_one_thing_is_not_set_against_another(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Governor Tomas Brell said on Monday that there is corruption in the Marrin campaign. He spoke in "
            "Halden.",
        ),
        (
            "b",
            "The Ostrava inquiry found no evidence of collusion between the Marrin campaign and Estoria in the "
            "2024 race. The report was released on Monday.",
        ),
    )
    assert not point_texts(analyse(story, annotator))


def test_no_doubt_is_no_thing(annotator: Any) -> None:
    story = plain_story(
        ("a", "Governor Tomas Brell said there is no doubt the plan will pass. He spoke in Halden."),
        ("b", "Minister Ida Korr said there is doubt among the members of the council about the plan."),
    )
    assert not point_texts(analyse(story, annotator))


# ---------------------------------------------------------------------------------- replies


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("“Actually, I don't, and that's why we are here,” Governor Brell replied.", "do"),
        ("“No, we can't,” the minister said.", "can"),
        ("“I won't,” Brell answered.", "will"),
        ("“I don't know,” Brell replied.", ""),  # a verb follows: no reply left out
        ("“I don't think so,” Brell replied.", ""),
    ],
)
def test_a_short_negative_reply(annotator: Any, sentence: str, kind: str) -> None:
    assert read_reply(annotator.nlp(sentence)).kind == kind


def test_a_short_reply_answers_what_was_said_to_the_replier(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The governor spoke in Halden on Monday. “You have the power to stop the evictions in this city,” a "
            "student named Ilse Varn said from the back of the hall. “Actually, I don't, and that's why we are "
            "here,” Governor Tomas Brell replied.",
        ),
        ("b", "Governor Tomas Brell visited Halden on Monday. He said the council must act."),
    )
    assert paired(point_texts(analyse(story, annotator)), "You have the power", "Actually, I don't")


def test_a_reply_of_another_kind_answers_nothing(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "The governor spoke in Halden on Monday. “You will stop the evictions in this city,” a student "
            "named Ilse Varn said from the back of the hall. “Actually, I don't,” Governor Tomas Brell replied.",
        ),
        ("b", "Governor Tomas Brell visited Halden on Monday. He said the council must act."),
    )
    assert not point_texts(analyse(story, annotator))


# ---------------------------------------------------------------------------------- doubts


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Pask sent a letter questioning whether the client can invoke the right to silence.", "invoke"),
        ("Pask doubts that the mill will reopen in May.", "reopen"),
        ("Pask is skeptical that the mill will reopen in May.", "reopen"),
    ],
)
def test_a_doubt_names_what_it_doubts(annotator: Any, sentence: str, predicate: str) -> None:
    reading = read_denial(annotator.nlp(sentence))
    assert reading.doubt
    assert any(predicate in p.predicates for p in reading.named)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pask said there is no doubt that the mill will reopen in May.",
        "Pask does not doubt that the mill will reopen in May.",
        "Pask questioned the witness about the mill.",
    ],
)
def test_no_doubt_is_named(annotator: Any, sentence: str) -> None:
    reading = read_denial(annotator.nlp(sentence))
    assert not reading.named


def test_a_doubt_answers_the_statement_it_doubts(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Lawyer Mira Sand said on Monday that her client will invoke his right to silence and will not hand "
            "over the files. She spoke in Halden.",
        ),
        (
            "b",
            "Senator Oren Pask said on Tuesday that the panel sent a letter to the lawyer questioning whether her "
            "client can invoke the right to silence to avoid handing over the files.",
        ),
    )
    assert paired(point_texts(analyse(story, annotator)), "will invoke his right", "questioning whether")


def test_a_doubt_with_nothing_to_doubt_is_not_shown(annotator: Any) -> None:
    story = plain_story(
        ("a", "Lawyer Mira Sand said on Monday that the files are in Halden. She spoke in Halden."),
        (
            "b",
            "Senator Oren Pask said on Tuesday that the panel sent a letter to the lawyer questioning whether her "
            "client can invoke the right to silence.",
        ),
    )
    result = analyse(story, annotator)
    assert not point_texts(result)
    assert not any("questioning whether" in t for p in point_texts(result, "unique") for t in p)


# ---------------------------------------------------------------------------------- references


def test_rejected_that_notion_answers_the_argument_before_it(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Critics of the prosecutor met in Halden on Monday. Ilse Varn argued that he could not be fair "
            "because his brother had worked for the mill. Mr. Tomas Brell, speaking to a local radio station, "
            "categorically rejected that notion.",
        ),
        ("b", "Tomas Brell spoke in Halden on Monday. He said the trial would start in May."),
    )
    assert paired(point_texts(analyse(story, annotator)), "could not be fair", "rejected that notion")


def test_a_titled_denier_answers_what_was_said_of_the_title(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "On Saturday, the mayor of Velden, Dana Orr, said the governor's deputy mayor had threatened in May "
            "to withhold the flood aid unless she backed the plan. On Sunday, Ms. Orr issued a statement saying "
            "prosecutors had interviewed her about her account. The deputy mayor, Kim Tallis, emphatically "
            "denied the allegations on Monday.",
        ),
        ("b", "Kim Tallis visited Velden on Monday. She said the aid would arrive in June."),
    )
    points = point_texts(analyse(story, annotator))
    assert paired(points, "had threatened in May", "denied the allegations")
    assert not paired(points, "prosecutors had interviewed her", "denied the allegations")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Dana Orr said the governor's deputy mayor had threatened in May to withhold the aid.",
            "deputy mayor",
        ),
        ("Dana Orr alleged that the deputy mayor asked for money.", "deputy mayor"),
    ],
)
def test_the_title_of_one_said_to_have_done_something(annotator: Any, sentence: str, title: str) -> None:
    assert title in read_referring(annotator.nlp(sentence)).alleged_titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Orr said the governor's chief of staff had threatened in May to withhold the aid.",
        "Dana Orr said the deputy mayor would not withhold the aid.",  # not done, negated
        "Dana Orr said she met the deputy mayor in May.",  # the title is no subject of a deed
    ],
)
def test_no_deed_of_the_title(annotator: Any, sentence: str) -> None:
    assert "deputy mayor" not in read_referring(annotator.nlp(sentence)).alleged_titles


def test_the_title_of_a_denier(annotator: Any) -> None:
    reading = read_referring(
        annotator.nlp("The deputy mayor, Kim Tallis, emphatically denied the allegations.")
    )
    assert reading.denier_title == "deputy mayor"
    plain = read_referring(annotator.nlp("Kim Tallis emphatically denied the allegations."))
    assert plain.denier_title == ""


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "During a ceremony on Tuesday, Reeve has repeated claims that have been largely debunked by doctors.",
            "reeve",
        ),
        ("Reeve made baseless claims about the vaccine on Tuesday.", "reeve"),
    ],
)
def test_statements_called_untrue_by_their_own_words(annotator: Any, sentence: str, name: str) -> None:
    assert name in read_referring(annotator.nlp(sentence)).discredited


@pytest.mark.parametrize(
    "sentence",
    [
        "Reeve repeated claims that doctors have studied for years.",  # not called untrue
        "Reeve did not repeat claims that have been debunked by doctors.",  # negated
        "Doctors debunked the claims on Tuesday.",  # no owner named
    ],
)
def test_no_statements_called_untrue(annotator: Any, sentence: str) -> None:
    assert not read_referring(annotator.nlp(sentence)).discredited


def test_debunked_claims_answer_the_statement_quoted_beside_them(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "Governor Tate Reeve signed the bill on Tuesday. During a ceremony on Tuesday, Reeve echoed claims "
            "that have been largely debunked by the Velden Academy of Doctors. “The treatment is advancing under "
            "the guise of a false science,” Reeve claimed. Reeve said the law takes effect in July.",
        ),
        ("b", "Governor Tate Reeve signed the bill on Tuesday, his office said. It takes effect in July."),
    )
    result = analyse(story, annotator)
    points = point_texts(result)
    assert paired(points, "guise of a false science", "largely debunked")
    assert not paired(points, "takes effect in July", "largely debunked")
    # the one whose statement it is, not who debunked it
    assert [c.topic for c in result.comparisons if c.kind == "contradiction"] == ["Is Tate Reeve right?"]


def test_no_national_emergency_against_one_said_to_amount_to_it(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "President Ivo Marrin said on Friday that the situation on the northern border amounted to a national "
            "emergency. He spoke in Halden.",
        ),
        ("b", "“There is no national emergency,” Attorney General Dana Orr said in a statement on Friday."),
    )
    assert paired(point_texts(analyse(story, annotator)), "amounted to a national", "There is no national")


def test_no_national_emergency_is_not_set_against_another_kind(annotator: Any) -> None:
    story = plain_story(
        (
            "a",
            "President Ivo Marrin said on Friday that the situation at the mill amounted to a financial "
            "emergency. He spoke in Halden.",
        ),
        ("b", "“There is no national emergency,” Attorney General Dana Orr said in a statement on Friday."),
    )
    assert not point_texts(analyse(story, annotator))


@pytest.mark.parametrize(
    "sentence",
    [
        "Marrin said he hoped there were not enough votes to pass the bill.",
        "Orr said there is no significant presence of troops in the valley.",
    ],
)
def test_how_much_there_is_is_no_denial_that_it_is(annotator: Any, sentence: str) -> None:
    assert not [t for t in read_things(annotator.nlp(sentence)) if not t.exists]
