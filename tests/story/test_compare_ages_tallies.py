"""A vote written alone in its sentence is a claim and a figure; ages written as bare numbers are compared
as ages, never with lengths of time, and two different ages are not a dispute. Sentences written for
these tests (invented places and names)."""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, q

from parallax.model import Annotation, Comparison, Quantity, Sentence
from parallax.story.claims import extract_claims
from parallax.story.compare import compare_claims
from parallax.story.compare.figure_ages import age_reading

DISPUTES = ("disagreement", "evolving", "contradiction")


def holding(comparisons: list[Comparison], claim_id: str, text: str) -> Comparison:
    (found,) = [c for c in comparisons if any(f.claim_id == claim_id and f.text == text for f in c.figures)]
    return found


def test_a_sentence_whose_only_figure_is_a_vote_is_a_claim() -> None:
    text = "The council met on a wet evening. The final tally was 97-1. Nobody spoke after 9."
    sentences, at = [], 0
    for piece in ("The council met on a wet evening.", "The final tally was 97-1.", "Nobody spoke after 9."):
        start = text.index(piece, at)
        sentences.append(Sentence(start=start, end=start + len(piece)))
        at = start + len(piece)
    quantities = []
    for written, low, high in (("97-1", 1.0, 97.0), ("9", 9.0, 9.0)):
        start = text.index(written)
        value = low if low == high else None
        quantities.append(
            Quantity(
                start=start,
                end=start + len(written),
                text=written,
                value=value,
                low=low,
                high=high,
                kind="number",
            )
        )
    annotation = Annotation(id="a", source="a.txt", text=text, sentences=sentences, quantities=quantities)
    claims = extract_claims(annotation, [], {})
    # The vote makes a claim; a bare number that counts nothing still does not.
    assert [c.text for c in claims] == ["The final tally was 97-1."]


def test_one_vote_written_three_ways_is_one_agreement(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The final tally was 97-1.",
            bare("97-1", 1, None).model_copy(update={"value": None, "high": 97}),
        ),
        claim(
            "b1",
            "b",
            "The Ostrava senate overrode the veto 97 to 1 on Wednesday.",
            bare("97 to 1", 1).model_copy(update={"value": None, "high": 97}),
        ),
        claim(
            "c1",
            "c",
            "Senators voted 97-1 to override, with one member of the Green bloc opposed.",
            bare("97-1", 1).model_copy(update={"value": None, "high": 97}),
        ),
    ]
    found = compare_claims(claims, articles(*"abc"), [], {}, nlp=nlp)
    vote = holding(found, "b1", "97 to 1")
    assert vote.kind == "agreement" and {f.claim_id for f in vote.figures} == {"a1", "b1", "c1"}


def test_ages_read_from_the_words_around_a_bare_number() -> None:
    def read(text: str, number: str, qualifier: str | None = None) -> Quantity | None:
        c = claim("x", "x", text, bare(number, float(number.split()[-1]), qualifier))
        return age_reading(c, c.quantities[0])

    labrador = read("Kessel, who is 46, said in his announcement that he would run.", "46")
    assert labrador is not None and labrador.kind == "age" and labrador.normalized is not None
    assert labrador.normalized.value == 46 and labrador.normalized.unit == "year"
    assert read("Moravec, then 32, drove her home.", "32") is not None
    older = read("Anyone 19 or older may apply.", "19")
    assert older is not None and older.qualifier == "at least"
    assert read("The law allows it for adults over 21.", "over 21", "over") is not None
    assert read("Ilse Varga, 58, said the plant would close.", "58") is not None
    # Not ages: a count, a bare number in a list, a page number.
    assert read("The council voted and 35 favored the delay.", "35") is None
    assert read("Trains leave at 7, 9 and 11.", "9") is None
    assert read("The report, on page 46, lists the sites.", "46") is None
    assert read("The toll rose to 20 on Monday and then 25 by nightfall.", "25") is None
    assert read("The toll rose to 20, then 25, by nightfall.", "25") is None


def test_an_age_agrees_with_an_age_and_never_disputes_a_length_of_time_or_another_age(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Kessel, who is 46, said he would challenge the party leader.", bare("46", 46)),
        claim(
            "b1",
            "b",
            "The 46-year-old lawmaker from Dravia announced his bid on Friday.",
            q("46-year-old", 46, unit="year", kind="age"),
        ),
        claim("b2", "b", "His rival, Tomas Orel, 52, has led the group since the split.", bare("52", 52)),
        claim(
            "c1",
            "c",
            "The group has not changed its leader in 40 years, Kessel said.",
            q("40 years", 40, unit="year", kind="duration"),
        ),
        claim("c2", "c", "Orel, then 44, won the post after a close vote.", bare("44", 44)),
    ]
    kessel, orel = frozenset({"kessel"}), frozenset({"orel"})
    named = {"a1": kessel, "b1": kessel, "b2": orel, "c1": kessel, "c2": orel}
    found = compare_claims(claims, articles(*"abc"), [], named, nlp=nlp)
    age = holding(found, "a1", "46")
    assert age.kind == "agreement" and {f.claim_id for f in age.figures} == {"a1", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_two_votes_of_one_day_are_two_measures_not_one_agreement(nlp: Any) -> None:
    def vote(text: str, high: float, low: float) -> Quantity:
        return bare(text, low).model_copy(update={"value": None, "high": high})

    claims = [
        claim(
            "a1",
            "a",
            "On the bill to delay the permit rule, the vote was 251 to 174.",
            vote("251 to 174", 251, 174),
        ),
        claim(
            "a2",
            "a",
            "On the bill to delay the licence rule, the vote was 264 to 161.",
            vote("264 to 161", 264, 161),
        ),
        claim(
            "b1",
            "b",
            "The Varnholm assembly voted 264-161 to delay the licence rule.",
            vote("264-161", 264, 161),
        ),
        claim(
            "b2", "b", "Moments later it voted 251-174 to delay the permit rule.", vote("251-174", 251, 174)
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    first = holding(found, "a1", "251 to 174")
    second = holding(found, "a2", "264 to 161")
    assert first is not second
    assert {f.text for f in first.figures} == {"251 to 174", "251-174"} and first.kind == "agreement"
    assert {f.text for f in second.figures} == {"264 to 161", "264-161"} and second.kind == "agreement"


def test_a_bare_number_whose_noun_the_clause_before_gives_counts_that_noun(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "But 22 Liberals backed the delay of the permit rule, and 35 favored postponing the licence rule.",
            q("22 Liberals", 22, unit="count"),
            bare("35", 35),
        ),
        claim(
            "b1",
            "b",
            "Thirty-five Liberals joined the majority to postpone the licence rule.",
            q("Thirty-five Liberals", 35, unit="count"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    licence = holding(found, "b1", "Thirty-five Liberals")
    assert licence.kind == "agreement" and {f.text for f in licence.figures} == {"35", "Thirty-five Liberals"}


def test_running_counts_since_two_different_starts_are_two_measures(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The agency has moved more than 9,000 residents since March and 4,000 since the Halden dam failed on May 2.",
            q("more than 9,000 residents", 9000, unit="count", qualifier="more than"),
            q("4,000", 4000, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "Officials said they had moved more than 9,000 residents since March and about 4,000 since May 2.",
            q("more than 9,000 residents", 9000, unit="count", qualifier="more than"),
            q("about 4,000", 4000, unit="count", qualifier="about"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    since_may = holding(found, "a1", "4,000")
    assert {f.text for f in since_may.figures} == {"4,000", "about 4,000"} and since_may.kind == "agreement"
    since_march = holding(found, "b1", "more than 9,000 residents")
    assert {f.claim_id for f in since_march.figures} == {"a1", "b1"} and since_march.kind == "agreement"


def test_one_year_one_outlet_gives_for_several_words_joins_the_others_giving_it(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "The Vessel case was decided in 1987 by a split court.", dates=(("1987", "1987"),)),
        claim("a2", "a", "Lawyers for the city cited the 1987 precedent again.", dates=(("1987", "1987"),)),
        claim("a3", "a", "The 1987 decision has never been narrowed.", dates=(("1987", "1987"),)),
        claim("b1", "b", "The court issued its Vessel ruling in 1987.", dates=(("1987", "1987"),)),
        claim("c1", "c", "Critics have attacked the 1987 ruling for decades.", dates=(("1987", "1987"),)),
    ]
    found = compare_claims(claims, articles(*"abc"), [], {}, nlp=nlp)
    dated = [c for c in found if any(f.text == "1987" for f in c.figures)]
    assert len(dated) == 1 and dated[0].kind == "agreement"
    assert {f.claim_id for f in dated[0].figures} == {"a1", "a2", "a3", "b1", "c1"}
