"""Fourteenth round (precision on stories nobody tuned on), on invented sentences and stories (every name
invented): a share is a share of a whole, and two shares of different wholes, or a share whose whole is
written beside a bare one, are never shown as a dispute."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.figure_wholes import same_whole, share_whole

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, plain_story

# ---------------------------------------------------------------------------------------- shares' wholes


def _whole(annotator: Any, sentence: str, figure: str) -> Any:
    doc = annotator.nlp(sentence)
    at = sentence.index(figure)
    tokens = [t for t in doc if at <= t.idx < at + len(figure)]
    return share_whole(tokens, figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "head", "narrowing"),
    [
        ("Dolan won 44 percent of the votes cast in the county.", "44 percent", "vote", {"cast"}),
        ("Nearly 3 in 10 registered Varsian voters stayed home.", "Nearly 3 in 10", "voter", {"register"}),
        ("Four in 10 farmers said the levy was unfair.", "Four in 10", "farmer", set()),
        ("Tolls make up half of the agency's revenue.", "half", "revenue", set()),
        ("Brenner polled 38 percent among older voters.", "38 percent", "voter", {"old"}),
    ],
)
def test_the_whole_of_a_share(
    annotator: Any, sentence: str, figure: str, head: str, narrowing: set[str]
) -> None:
    whole = _whole(annotator, sentence, figure)
    assert whole is not None
    assert whole[0] == head
    assert narrowing <= whole[1]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Turnout was about 35 percent on Tuesday.", "about 35 percent"),
        ("Brenner trails them at 13 percent.", "13 percent"),
    ],
)
def test_a_bare_share_names_no_whole(annotator: Any, sentence: str, figure: str) -> None:
    assert _whole(annotator, sentence, figure) is None


def test_same_whole() -> None:
    voters = ("voter", frozenset({"democratic", "primary"}))
    assert same_whole(voters, ("voter", frozenset({"primary"})))
    assert same_whole(voters, ("voter", frozenset()))
    assert not same_whole(voters, ("voter", frozenset({"likely", "republican"})))
    assert not same_whole(voters, ("democrat", frozenset()))
    assert not same_whole(voters, None)
    assert same_whole(None, None)


# ------------------------------------------------------------------------------- no dispute between wholes


def _disputes(annotator: Any, a: str, b: str) -> list[Any]:
    result = analyse(plain_story(("a", a), ("b", b)), annotator)
    return [c for c in result.comparisons if c.kind in ("disagreement", "evolving", "contradiction")]


def test_shares_of_two_electorates_are_no_dispute(annotator: Any) -> None:
    # two polls of two parties' voters
    disputes = _disputes(
        annotator,
        "Mayor Ilse Varn has support from 52 percent of Kelmish primary voters, a Tessary poll found. "
        "The poll was taken over four days.",
        "The senator and the mogul each have the support of 27 percent of likely Dorvan voters in the state, "
        "according to an online poll out Thursday.",
    )
    assert not disputes


def test_a_share_of_a_whole_and_a_bare_share_are_no_dispute(annotator: Any) -> None:
    disputes = _disputes(
        annotator,
        "Fishermen accounted for half of voters in three of the nine harbour districts where polls were held.",
        "Support for the harbour levy declined in almost every district, dropping roughly 40 percent in Orvel.",
    )
    assert not disputes


def test_shares_of_one_whole_still_disagree(annotator: Any) -> None:
    disputes = _disputes(
        annotator,
        "Dolan won 44 percent of the votes cast in the Tessary mayoral race, officials said.",
        "Dolan won 51 percent of the votes cast in the Tessary mayoral race, the party said.",
    )
    assert [c.kind for c in disputes] == ["disagreement"]


# ------------------------------------------------------------------------- one quotation, cut in two places


def test_a_longer_quotation_with_a_negated_sentence_of_its_own_is_no_dispute(annotator: Any) -> None:
    result = analyse(
        plain_story(
            (
                "a",
                "Mayor Ilse Varn spoke at the harbour on Monday. “It’s something I’ve been fighting for a long "
                "time despite, frankly, being a big winner from the old harbour rules. But I’m working for you "
                "now. I’m not working for the shipowners,” Varn said.",
            ),
            (
                "b",
                "Mayor Ilse Varn spoke at the harbour on Monday. “It’s something I’ve been fighting for a long "
                "time despite, frankly, being a big winner from the old harbour rules,” Varn said.",
            ),
        ),
        annotator,
    )
    assert not [c for c in result.comparisons if c.kind == "disagreement"]


def test_a_quotation_reported_negated_is_still_a_dispute(annotator: Any) -> None:
    result = analyse(
        plain_story(
            ("a", "“The harbour levy will be raised in the spring,” Mayor Ilse Varn said on Monday."),
            ("b", "“The harbour levy will not be raised in the spring,” Mayor Ilse Varn said on Monday."),
        ),
        annotator,
    )
    assert [c.kind for c in result.comparisons if c.kind == "disagreement"] == ["disagreement"]


# ------------------------------------------------------------------------------------- windows of time


def test_two_windows_of_time_with_nothing_in_common_are_no_dispute(annotator: Any) -> None:
    # (a third outlet's lengths of time make the window word rare enough to tie the two windows before)
    result = analyse(
        plain_story(
            (
                "a",
                "Dolan said that over the last five days he has begun to unmask the true nature of Brenner.",
            ),
            (
                "b",
                "There has been a lot of talk in the last 24 hours about one of our candidates, Ilse Varn said.",
            ),
            (
                "c",
                "The dockers' strike lasted three weeks. Talks on the harbour took four months. The ferry was "
                "closed for two years. The council sat for six hours. The audit ran for ten months. The bridge "
                "works took eight years.",
            ),
        ),
        annotator,
    )
    assert not [c for c in result.comparisons if c.kind in ("disagreement", "evolving", "contradiction")]
