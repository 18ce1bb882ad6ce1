"""What a figure measures, thirteenth round: dates of one thing worded apart by outlets.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, holding, q, sentenced

from parallax.story.claims import extract_claims
from parallax.story.compare import compare_claims
from parallax.story.compare.figure_ages import age_reading

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_a_day_worded_apart_joins_although_its_outlet_gives_the_year_elsewhere(nlp: Any) -> None:
    # Outlet A gives the year of the enrollment beside B's day (one group) and the day itself in a
    # sentence whose words B's does not share: A's year is no second home of the day.
    claims = [
        claim(
            "a1",
            "a",
            "The Harlow council postponed the 2027 ferry enrollment, its clerk said.",
            dates=(("2027", "2027"),),
        ),
        claim(
            "a2",
            "a",
            "The new deadline is March 9, 2027, Ines Mills said.",
            dates=(("March 9, 2027", "2027-03-09"),),
        ),
        claim(
            "b1",
            "b",
            "Ferry enrollment will last until March 9, 2027, instead of Jan. 5.",
            dates=(("March 9, 2027", "2027-03-09"), ("Jan. 5", "2027-01-05")),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-11-04"), [], {}, nlp=nlp)
    (day,) = [c for c in holding(found, "March 9, 2027") if len(c.figures) >= 2]
    assert day.kind == "agreement"
    assert {"a2", "b1"} <= {f.claim_id for f in day.figures}
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_date_placing_a_length_of_time_dates_what_lasted_it(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Velmar bridge lanes were closed for four days in September, snarling traffic in Harlow.",
            dates=(("September", "2026-09"),),
        ),
        claim(
            "b1",
            "b",
            "The county closed two of the three Velmar bridge lanes in September in a feud with the mayor.",
            dates=(("September", "2026-09"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-11-04"), [], {}, nlp=nlp)
    (month,) = holding(found, "September")
    assert month.kind == "agreement"
    assert {f.claim_id for f in month.figures} == {"a1", "b1"}


def test_a_second_age_coordinated_after_a_stated_age_is_an_age() -> None:
    def read(text: str, number: str) -> str | None:
        c = claim("x", "x", text, bare(number, float(number)))
        age = age_reading(c, c.quantities[-1])
        return age.kind if age is not None else None

    assert (
        read("Lena Ost, who will be 71 at the next vote and 75 at the end of her term, spoke.", "75") == "age"
    )
    assert read("She would be 64 in May, and 68 when the lease ends.", "68") == "age"
    # Not ages: no age stated before "and"; a year between; a count of a noun after a number of things.
    assert read("The Velmar plant hired 71 welders in May and 75 in June.", "75") is None
    assert read("He was 45 in 2019 and 12 of his aides left.", "12") is None


def test_a_coordinated_age_agrees_with_the_same_age_stated_alone(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Lena Ost, who will be 71 at the next vote and 75 at the end of a second term, shrugged.",
            bare("71", 71),
            bare("75", 75),
        ),
        claim("b1", "b", "You would be 75 at the end of a second term, the host told Ost.", bare("75", 75)),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (end,) = [c for c in holding(found, "75") if len(c.figures) >= 2]
    assert end.kind == "agreement"
    assert {f.claim_id for f in end.figures} == {"a1", "b1"}


def test_a_bare_number_set_against_a_count_counts_its_noun(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Police said there were six arrests in Velmar on Monday, compared to 47 the night before.",
            q("six", 6, unit="count", counted="arrests"),
            bare("47", 47),
        ),
        claim(
            "b1",
            "b",
            "Officers made 47 arrests in Velmar on Sunday night as crowds gathered.",
            q("47", 47, unit="count", counted="arrests"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (night,) = [c for c in holding(found, "47") if len(c.figures) >= 2]
    assert night.kind == "agreement"
    assert {f.claim_id for f in night.figures} == {"a1", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_an_outcome_count_and_a_count_of_another_thing_stay_apart_at_close_values(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Officers made 47 arrests in Velmar overnight as crowds gathered.",
            q("47", 47, unit="count", counted="arrests"),
        ),
        claim(
            "b1",
            "b",
            "The minister met about 50 community leaders at the Harlow college.",
            q("about 50", 50, unit="count", qualifier="about", counted="community leaders"),
        ),
        claim(
            "c1",
            "c",
            "Police made at least 47 arrests in Velmar after bottles were thrown.",
            q("at least 47", 47, unit="count", qualifier="at least", counted="arrests"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    (arrests,) = [c for c in holding(found, "47") if len(c.figures) >= 2]
    assert {f.claim_id for f in arrests.figures} == {"a1", "c1"}


def test_a_sentence_ranking_an_owned_noun_by_an_ordinal_is_a_claim() -> None:
    pieces = (
        "The count went late into the night.",
        "Ines Mills rolled to her third straight win in the Velmar primaries.",
        "Ms. Ost's first priority will be to fund the Harlow port.",
        "The first buses left at dawn.",
    )
    claims = extract_claims(sentenced("a", pieces), [], {})
    # An ordinal with no owner ("the first buses") makes no claim by itself.
    assert [c.text for c in claims] == list(pieces[1:3])
