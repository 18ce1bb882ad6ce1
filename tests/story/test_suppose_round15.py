"""Fifteenth round, suppose15 (false figure disputes on stories nobody tuned on), on invented sentences and
stories (every name invented): a figure of a supposition ("would then need to win 55 percent if ...", "in
that scenario ... might make the threshold 15 provinces") never makes a dispute; it may still agree, and a
dispute the reported figures make by themselves stays."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parallax.story.compare.holders import doer
from parallax.story.compare.polls import about_a_poll, makers
from parallax.story.compare.suppositions import supposed

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dispute_check import analyse, plain_story

# --------------------------------------------------------------------------------- figures of a supposition


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("In that scenario, the assembly might make the threshold 15 provinces.", "15", True),
        ("Even if Dolan split the districts, he would then need to win 55 percent of the rest.", "55", True),
        ("If there is a drop in turnout, that is 60 council seats.", "60", True),
        ("If the nominee cannot get 60 votes in the chamber, the rule will change.", "60", True),
        ("In that case, the council would have to find another 12 million krona.", "12", True),
        ("Could the levy really raise 40 percent more next year?", "40", True),
        # a modal alone is an estimate or a forecast
        ("As many as 3,000 workers could lose their jobs at the Orvel plant.", "3,000", False),
        ("The bridge would cost $5 billion over ten years.", "5", False),
        # a condition of the clause above leaves the figure's own clause as reported
        ("Varn hinted that she may resign before her term ends in 2031.", "2031", False),
        ("All Brenner has to do is win 91 percent of the remaining districts.", "91", False),
        # a concession holds either way
        ("Dolan will have many delegates after voting in 11 provinces, even if he wins none.", "11", False),
        ("More than 200 people were arrested in Tessary.", "200", False),
    ],
)
def test_a_figure_of_a_supposition(annotator: Any, sentence: str, figure: str, expected: bool) -> None:
    doc = annotator.nlp(sentence)
    at = sentence.index(figure)
    token = next(t for t in doc if t.idx >= at)
    assert supposed(token) is expected


def _kinds(annotator: Any, *texts: str) -> list[str]:
    result = analyse(plain_story(*((chr(ord("a") + k), t) for k, t in enumerate(texts))), annotator)
    return sorted(
        c.kind for c in result.comparisons if c.kind in ("disagreement", "evolving", "contradiction")
    )


def test_a_supposed_share_is_no_dispute_with_a_reported_one(annotator: Any) -> None:
    assert not _kinds(
        annotator,
        "Now all Brenner has to do is win 91 percent of the remaining delegates to clinch the nomination.",
        "Even if Dolan managed to split the delegates in Tuesday's contests, he would then need to win 55 "
        "percent of the remaining delegates to tie.",
    )


def test_a_supposed_count_is_no_dispute_with_a_reported_one(annotator: Any) -> None:
    assert not _kinds(
        annotator,
        "The convention delegates made the threshold nine provinces at the Orvel meeting.",
        "Suppose Dolan wins a majority in 20 provinces. In that scenario, the convention delegates might make "
        "the threshold 15 provinces, the analyst said.",
    )


def test_reported_figures_still_disagree_beside_a_supposed_one(annotator: Any) -> None:
    # the reported figures dispute by themselves: the group stays a dispute
    assert _kinds(
        annotator,
        "Dolan won 44 percent of the votes cast in the Tessary mayoral race, officials said.",
        "Dolan won 51 percent of the votes cast in the Tessary mayoral race, the party said.",
        "If the recount goes his way, Dolan would then have won 58 percent of the votes cast in the Tessary "
        "mayoral race.",
    ) == ["disagreement"]


# ------------------------------------------------------------------------------------ which poll a figure is of


def _sentence(annotator: Any, text: str) -> Any:
    return next(iter(annotator.nlp(text).sents))


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A Kessel Institute poll released Tuesday found Dolan at 31 percent.", {"kessel", "institute"}),
        ("The poll, conducted by Varnholt, surveyed 1,015 adults.", {"varnholt"}),
        (
            "Dolan leads with 40 percent, according to a Tessary Courier/Orvel News survey.",
            {"courier", "orvel"},
        ),
        ("The margin of sampling error is plus or minus six percentage points.", set()),
    ],
)
def test_the_makers_of_a_poll(annotator: Any, sentence: str, names: set[str]) -> None:
    found = makers(_sentence(annotator, sentence))
    assert names <= found
    assert bool(found) is bool(names)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The margin of sampling error is plus or minus six percentage points.", True),
        ("Pollsters interviewed 812 likely voters by telephone.", True),
        ("A Kessel Institute poll released Tuesday found Dolan at 31 percent.", True),
        ("Polls close at 8 p.m. in the 40 districts of Orvel.", False),
        ("More than 200 people were arrested in Tessary.", False),
    ],
)
def test_a_sentence_about_a_poll(annotator: Any, sentence: str, expected: bool) -> None:
    assert about_a_poll(_sentence(annotator, sentence)) is expected


def test_two_polls_samples_and_margins_are_no_dispute(annotator: Any) -> None:
    assert not _kinds(
        annotator,
        "Dolan has support from 52 percent of Varsian primary voters, according to a Tessary Courier survey "
        "released on Thursday. The nationwide telephone poll was conducted May 6 to 10 with 418 Varsian "
        "primary voters. The margin of sampling error is plus or minus six percentage points.",
        "Dolan and Brenner are tied, according to an online Kessel Institute poll out Thursday. Out of 459 "
        "registered Varsian primary voters, the margin of error is plus or minus 4.57 percentage points.",
    )


def test_one_polls_figures_still_disagree(annotator: Any) -> None:
    # both outlets report the one poll, by its makers, and give different margins
    assert _kinds(
        annotator,
        "Dolan leads Brenner, according to a Kessel Institute poll released Thursday. The Kessel Institute "
        "poll has a margin of error of plus or minus three percentage points.",
        "Dolan leads Brenner, according to a Kessel Institute poll released Thursday. The Kessel Institute "
        "poll has a margin of error of plus or minus five percentage points.",
    ) == ["disagreement"]


# ------------------------------------------------------------------------- a person's and a group's doing


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Even so, in March she raised $3.2 million, according to her filings.", "million", "person"),
        ("Senator Maria Dolan raised $3.2 million in March.", "million", "person"),
        ("The committee raised $1.9 million in March.", "million", "organisation"),
        ("The group met in Orvel and raised $1.9 million.", "million", "organisation"),
        # a noun narrowed by a name or a possessor may be one person's; a plural pronoun says nothing
        ("Her committee raised $1.9 million in March.", "million", None),
        ("They raised $1.9 million in March.", "million", None),
        ("The levy raised 40 percent more than planned.", "percent", None),
    ],
)
def test_who_does_what_a_figure_is_the_object_of(
    annotator: Any, sentence: str, figure: str, expected: Any
) -> None:
    doc = annotator.nlp(sentence)
    root = next(t for t in doc if t.text == figure)
    verb = root.head
    assert doer(None, verb, root) == expected


def test_a_persons_and_a_groups_sums_are_no_dispute(annotator: Any) -> None:
    assert not _kinds(
        annotator,
        "Senator Ilse Varn has struggled with donors. Even so, in March she raised $3.2 million, according to "
        "her campaign filings.",
        "All told, the group, whose members met last week to plan attacks on Senator Varn, raised $1.9 million "
        "in March.",
    )


def test_two_reports_of_one_groups_sum_still_disagree(annotator: Any) -> None:
    assert _kinds(
        annotator,
        "All told, the group, whose members met last week to plan attacks on Senator Varn, raised $1.9 million "
        "in March.",
        "The group, which met last week to plan attacks on Senator Varn, raised $2.6 million in March.",
    ) == ["disagreement"]
