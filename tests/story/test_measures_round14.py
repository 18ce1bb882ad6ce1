"""What a figure measures, fourteenth round: numbers the readers gave nothing for, and lengths of time told
apart by what they are of.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, holding, q

from parallax.story.compare import compare_claims
from parallax.story.compare.figure_ages import age_reading
from parallax.story.compare.measures import read_measure

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_lengths_of_two_extensions_of_different_things_stay_apart(nlp: Any) -> None:
    # A two-year extension of the ferry subsidies and a 13-month extension of the jobless aid are two
    # measures: they share the event's noun, not what it is of.
    claims = [
        claim(
            "a1",
            "a",
            "Critics in Velmar attacked the two-year extension of the ferry subsidies for the islands.",
            q("two-year", 730, unit="day", kind="duration"),
        ),
        claim(
            "b1",
            "b",
            "The Velmar deal did not include money for a 13-month extension of the jobless aid.",
            q("13-month", 395, unit="day", kind="duration"),
        ),
    ]
    words = [read_measure(nlp(c.text), c, c.quantities[0], "2026-03-09").words for c in claims]
    assert "subsidy" in words[0] and "aid" in words[1]
    assert not words[0] & {"aid", "jobless"} and not words[1] & {"subsidy", "ferry"}
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]
    assert not [c for c in found if len(c.figures) >= 2]


def test_the_end_of_a_change_from_a_count_counts_its_noun(nlp: Any) -> None:
    # "from the six turbines ... to four": the four are turbines, as B's four turbines are.
    claims = [
        claim(
            "a1",
            "a",
            "The Dorran board cut the plan from the six wind turbines proposed by Velco to four.",
            q("six", 6, unit="count", counted="wind turbines"),
            bare("four", 4),
        ),
        claim(
            "b1",
            "b",
            "The board approved four wind turbines at the Dorran site, a spokesman for Velco said.",
            q("four", 4, unit="count", counted="wind turbines"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (approved,) = [c for c in holding(found, "four") if len(c.figures) >= 2]
    assert approved.kind == "agreement"
    assert {f.claim_id for f in approved.figures} == {"a1", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_the_end_of_a_change_from_a_length_is_no_count(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Dorran board extended the sign-up period from roughly six weeks to eight.",
            q("roughly six weeks", 42, unit="day", kind="duration", qualifier="roughly"),
            bare("eight", 8),
        ),
    ]
    found = compare_claims(claims, articles("a"), [], {}, nlp=nlp)
    assert holding(found, "eight") == []


def test_a_frequency_measures_the_noun_it_counts(nlp: Any) -> None:
    # "between 30 and 90 premature deaths each year" and "up to 90 premature deaths a year": both count deaths
    # per year (the noun inside the figure is what is measured, the year its unit), and the ranges agree.
    claims = [
        claim(
            "a1",
            "a",
            "The Kestrel smelter could lead to between 30 and 90 premature deaths each year, the study projects.",
            q("30 and 90 premature deaths each year", 30, 90, unit="count/year", kind="frequency"),
        ),
        claim(
            "b1",
            "b",
            "Up to 90 premature deaths a year could follow from the Kestrel smelter, the agency said.",
            q(
                "Up to 90 premature deaths a year",
                0,
                90,
                unit="count/year",
                kind="frequency",
                qualifier="up to",
            ),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (deaths,) = [c for c in found if len(c.figures) >= 2]
    assert deaths.kind == "agreement"
    assert {f.claim_id for f in deaths.figures} == {"a1", "b1"}
    measure = read_measure(nlp(claims[0].text), claims[0], claims[0].quantities[0], "2026-03-09")
    assert (measure.thing, measure.role, measure.per) == ("death", "killed", "year")


def test_an_age_limit_changed_to_a_bare_number_is_an_age() -> None:
    def read(text: str, number: str) -> str | None:
        c = claim("x", "x", text, bare(number, float(number)))
        age = age_reading(c, c.quantities[-1])
        return age.kind if age is not None else None

    assert read("We need to raise the minimum age to buy a hunting rifle in Corran to 21.", "21") == "age"
    assert read("Tessa Vane wants to lower the voting age for city elections to 16.", "16") == "age"
    # Not ages: no age before "to"; "page" is no age.
    assert read("The Corran council cut the page limit of filings to 21.", "21") is None
    assert read("The board raised the fleet to 21 in May.", "21") is None
