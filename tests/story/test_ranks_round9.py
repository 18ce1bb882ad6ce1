"""Ninth round: ordinals that rank or number a noun as measures ("the third-ranking Republican", "his
third straight victory", "the first contender to enter", "a second surgery"). Sentences written for these
tests (invented places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim

from parallax.model import Comparison
from parallax.story.compare import compare_claims
from parallax.story.compare.figure_ordinals import ranked_spans

DISPUTES = ("disagreement", "evolving", "contradiction")


def figure_groups(comparisons: list[Comparison]) -> list[set[tuple[str, str]]]:
    return [{(f.claim_id, f.text) for f in c.figures} for c in comparisons if c.figures]


def test_ranked_spans_reads_words_digits_and_numbers() -> None:
    text = "Varn, the No. 3 Republican and the 45th president, won his third straight race."
    assert [(text[s:e], n) for s, e, n in ranked_spans(text)] == [("3", 3), ("45th", 45), ("third", 3)]
    assert ranked_spans("He came third.") == []


def test_one_rank_written_three_ways_is_one_agreement(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Varn, who is the third-ranking Republican in the assembly, spoke on Monday."),
        claim("b1", "b", "Third-Highest Ranking Republican In Assembly Calls For Reform"),
        claim("c1", "c", "Varn is the No. 3 Republican in the assembly, aides said."),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    assert {("a1", "third"), ("b1", "Third"), ("c1", "3")} in figure_groups(found)
    (group,) = [c for c in found if any(f.claim_id == "a1" for f in c.figures)]
    assert group.kind == "agreement"


def test_two_ranks_of_one_class_are_two_people_not_a_dispute(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Varn, the third-ranking Republican in the assembly, backed the bill."),
        claim("b1", "b", "Dole, the second-ranking Republican in the assembly, opposed the bill."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES and c.figures]
    assert not [g for g in figure_groups(found) if {("a1", "third"), ("b1", "second")} <= g]


def test_a_streak_is_one_measure_whatever_its_noun(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Kessel scored his third straight victory in the caucuses on Tuesday."),
        claim("b1", "b", "In the Orvian caucuses, Kessel gets a third straight win."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert {("a1", "third"), ("b1", "third")} in figure_groups(found)


def test_first_ranks_only_as_said_of_a_holder(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Dorn announced his run, making him the first major candidate to do so."),
        claim("b1", "b", "Dorn became the first contender to enter the race."),
        claim("a2", "a", "For the first time in its history the debt of Orvia fell."),
        claim("b2", "b", "The debt of Orvia fell for the first time in 70 years."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    groups = figure_groups(found)
    assert {("a1", "first"), ("b1", "first")} in groups
    assert not [g for g in groups if {"a2", "b2"} & {cid for cid, _ in g}]


def test_one_number_of_two_series_stays_apart(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Senator Lind underwent a second surgery related to her injuries."),
        claim("b1", "b", "Lind remained in hospital after a second surgery for her injuries."),
        claim("b2", "b", "Lind's second marriage ended in Varnia, her aides said."),
        claim("a2", "a", "The Fourth Amendment protects them, and on May 3rd the court met."),
        claim("b3", "b", "The Fourth Amendment protects them, and on May 3rd the court met."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    groups = figure_groups(found)
    assert {("a1", "second"), ("b1", "second")} in groups
    texts = {text for g in groups for _, text in g}
    assert not texts & {"Fourth", "3rd"}


def test_someones_first_is_a_rank(nlp: Any) -> None:
    claims = [
        claim("a1", "a", '"As president, my first priority will be to rebuild the navy," Lind said.'),
        claim("b1", "b", "Lind's first priority will be rebuilding the navy, she told Orvian voters."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert {("a1", "first"), ("b1", "first")} in figure_groups(found)
