"""Counts worded apart, sixteenth round: equal small counts joined only on evidence that ties them.

Sentences written for these tests (invented places, parties and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, q

from parallax.story.compare import compare_claims


def _age(text: str, value: float) -> Any:
    # an age the annotation reads itself ("Ilse Varga, 58, said"): kind age, no counted words
    return q(text, value, unit="year", kind="age")


def test_ages_the_annotation_reads_beside_two_names_are_two_people_s(nlp: Any) -> None:
    # One outlet gives the chair's age twice; another gives the deputies' ages in one sentence, one of them
    # equal to the chair's. Ages beside two different names (titles aside) are two people's, never one.
    claims = [
        claim(
            "a1",
            "a",
            "The 71-year-old Varga, in the weeks before the vote, promised her caucus a majority.",
            _age("71-year-old", 71),
        ),
        claim(
            "b1",
            "b",
            "The caucus kept its old guard: Ms. Varga, 71, who represents Orvell, and her allies.",
            _age("71", 71),
        ),
        claim(
            "b2",
            "b",
            "Members re-elected Representative Tomas H. Orel, 72, as whip, and Representative Ilse K. Brandt, "
            "71, as the assistant leader.",
            _age("72", 72),
            _age("71", 71),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (chair,) = [c for c in found if any(f.claim_id == "a1" for f in c.figures)]
    assert {f.claim_id for f in chair.figures} == {"a1", "b1"}
    assert not [c for c in found if {"b1", "b2"} <= {f.claim_id for f in c.figures}]


def _count(text: str, value: float, counted: str) -> Any:
    return q(text, value, unit="count", counted=counted)


def test_a_small_count_of_one_group_stays_apart_from_a_class_mate_of_no_group(nlp: Any) -> None:
    # Two outlets count the black senators serving together; a third sentence counts two Orvian lawmakers
    # in a primary. Senators and lawmakers are one class of noun, but the lawmakers are of a named group the
    # senators are not: two counts, not one.
    claims = [
        claim(
            "a1",
            "a",
            "The appointment means two black senators will serve in the chamber at the same time.",
            _count("two", 2, "black senators"),
        ),
        claim(
            "b1",
            "b",
            "Tessa Brun joins Marek Olin as the chamber's two black senators this spring.",
            _count("two", 2, "black senators"),
        ),
        claim(
            "b2",
            "b",
            "The open seat could pit two Orvian lawmakers against each other in a bruising primary.",
            _count("two", 2, "Orvian lawmakers"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (senators,) = [c for c in holding(found, "two") if any(f.claim_id == "a1" for f in c.figures)]
    assert {f.claim_id for f in senators.figures} == {"a1", "b1"}


def test_small_counts_of_one_named_group_under_two_nouns_still_join(nlp: Any) -> None:
    # "five senior Orvian lawmakers" and "five Orvian senators": one group named alike, one count.
    claims = [
        claim(
            "a1",
            "a",
            "Five Orvian senators urged the minister to step aside after the remarks.",
            _count("Five", 5, "Orvian senators"),
        ),
        claim(
            "b1",
            "b",
            "Others, including five senior Orvian lawmakers, were less forgiving of the minister.",
            _count("five", 5, "senior Orvian lawmakers"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (five,) = holding(found, "Five")
    assert {f.claim_id for f in five.figures} == {"a1", "b1"}
    assert five.kind == "agreement"


def test_two_counts_that_list_the_same_items_count_one_thing(nlp: Any) -> None:
    # "three main aims — ..." and "three goals: ...": two nouns of no class, one small count, and the items
    # each outlet lists after its noun are the same: one count.
    claims = [
        claim(
            "a1",
            "a",
            "The Dorran plan, according to excerpts from the speech, has three main aims — securing harbour "
            "jobs; protecting the fishing fleet in a changing climate; and restoring the river delta.",
            _count("three", 3, "main aims"),
        ),
        claim(
            "b1",
            "b",
            'The minister said she was guided by three goals: "harbour jobs," "the protection of the fishing '
            'fleet" and "restoring the delta of the river."',
            _count("three", 3, "goals"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (three,) = holding(found, "three")
    assert {f.claim_id for f in three.figures} == {"a1", "b1"}
    assert three.kind == "agreement"


def test_two_counts_listing_different_items_stay_apart(nlp: Any) -> None:
    # Equal small counts under two nouns whose lists share nothing: two counts.
    claims = [
        claim(
            "a1",
            "a",
            "The Dorran plan has three main aims — securing harbour jobs; protecting the fishing fleet; and "
            "restoring the river delta.",
            _count("three", 3, "main aims"),
        ),
        claim(
            "b1",
            "b",
            "The minister named three rivals: Tomas Orel, Ilse Brandt and Marek Olin of the Velmor party.",
            _count("three", 3, "rivals"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in found if {"a1", "b1"} <= {f.claim_id for f in c.figures}]


def test_a_source_that_words_both_values_alike_tells_them_apart() -> None:
    # Outlet a: "reopen the ferry line for two weeks" (a rival motion) and, elsewhere, "reopen the ferry line
    # for three weeks"; outlet b: "reopen the ferry line for three weeks". Grouped as a dispute of a's two
    # weeks with b's three, it is parted: a itself writes the two values as two things.
    from parallax.story.compare.joining import split_told_apart
    from parallax.story.compare.measures import FigureMeasure
    from parallax.story.compare.values import FigureItem

    def item(source: str, text: str, days: float, words: frozenset[str]) -> FigureItem:
        quantity = q(text, days, unit="days", kind="duration")
        c = claim(
            f"{source}{days:g}", source, f"The motion would reopen the ferry line for {text}.", quantity
        )
        measure = FigureMeasure(words=words)
        return FigureItem(
            c, c.quantities[0], "day", days * 0.97, days * 1.03, measure, frozenset(), source, ""
        )

    reopen = frozenset({"reopen", "line"})
    two_a = item("a", "two weeks", 14, reopen)
    three_b = item("b", "three weeks", 21, reopen)
    three_a = item("a", "three weeks", 21, reopen)
    assert split_told_apart([two_a, three_b], [two_a, three_b, three_a]) == [[two_a], [three_b]]
    # no such figure of a elsewhere, or one worded otherwise: the dispute stands
    assert split_told_apart([two_a, three_b], [two_a, three_b]) == [[two_a, three_b]]
    other = item("a", "three weeks", 21, frozenset({"talks", "last"}))
    assert split_told_apart([two_a, three_b], [two_a, three_b, other]) == [[two_a, three_b]]
