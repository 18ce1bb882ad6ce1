"""Dates of one event worded apart by outlets (round 11): the second of two coordinated participles, a
month and the year within which another outlet dates it.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding

from parallax.story.compare import compare_claims
from parallax.story.compare.figure_dates import read_date_measure

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_the_second_of_two_coordinated_participles_dates_their_noun(nlp: Any) -> None:
    text = "The Velmar zoning code, drafted in 2025 and adopted in 2026, was struck down by a judge."
    made = claim("a1", "a", text, dates=(("2025", "2025"), ("2026", "2026")))
    first, second = (read_date_measure(nlp(text), made, m) for m in made.dates)
    assert first is not None and second is not None
    assert "code" in first.words
    assert {"code", "adopt"} <= second.words
    # Two verbs of one subject, not participles of a noun: the second keeps its own event.
    text = "Mayor Ines Mills visited Harlow in 2025 and opened the new bridge in 2026."
    made = claim("a2", "a", text, dates=(("2025", "2025"), ("2026", "2026")))
    own = read_date_measure(nlp(text), made, made.dates[1])
    assert own is not None and "visit" not in own.words


def test_a_date_of_a_second_coordinated_participle_dates_its_noun(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Velmar zoning code, drafted in 2025 and adopted in 2026, was struck down by a judge.",
            dates=(("2025", "2025"), ("2026", "2026")),
        ),
        claim(
            "a2",
            "a",
            "The Harlow tenants' union sued the landlord in 2026, its lawyer said.",
            dates=(("2026", "2026"),),
        ),
        claim(
            "b1",
            "b",
            "By 2026, the Velmar council had passed a zoning code that limits towers.",
            dates=(("2026", "2026"),),
        ),
        claim(
            "b2",
            "b",
            "A Harlow ferry sank near the pier in 2026, the coast guard said.",
            dates=(("2026", "2026"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-11-04"), [], {}, nlp=nlp)
    (year,) = [c for c in holding(found, "2026") if len(c.figures) >= 2]
    assert year.kind == "agreement"
    assert {f.claim_id for f in year.figures} == {"a1", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_year_and_a_month_within_it_told_beside_one_kind_of_event_are_one_date(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The favourite is Dana Voss, who pulled off a surprise 2019 victory in the race for the Harlow seat.",
            dates=(("2019", "2019"),),
        ),
        claim(
            "b1",
            "b",
            "It would be her fourth race, starting with her win in a special election in March 2019.",
            dates=(("March 2019", "2019-03"),),
        ),
        claim(
            "b2",
            "b",
            "The Velmar ferry was rebuilt by Oskar Brandt's firm in June 2019.",
            dates=(("June 2019", "2019-06"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-02-11"), [], {}, nlp=nlp)
    (year,) = holding(found, "2019")
    assert year.kind == "agreement"
    assert {f.claim_id for f in year.figures} == {"a1", "b1"}  # not the ferry's June, told of nothing alike
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_month_and_a_day_of_two_events_stay_apart(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Mayor Ines Mills said in her November speech that the Harlow port would reopen.",
            dates=(("November", "2026-11"),),
        ),
        claim(
            "b1",
            "b",
            "Governor Brandt gives a victory speech during a news conference Monday, Nov. 14, 2026, in Velmar.",
            dates=(("Monday, Nov. 14, 2026", "2026-11-14"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-11-20"), [], {}, nlp=nlp)
    assert not [c for c in found if len(c.figures) >= 2]


def test_a_year_joins_the_month_within_it_before_an_equal_year_of_another_thing(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The agency will issue permits for moose hunted in 2025, with two trophies per hunter.",
            dates=(("2025", "2025"),),
        ),
        claim(
            "b1",
            "b",
            "The new policy applies to the antlers of moose killed in January 2025 near Velmar.",
            dates=(("January 2025", "2025-01"),),
        ),
        claim(
            "b2",
            "b",
            "Donors gave $5,000 to Ines Mills's 2025 campaign for the Harlow council.",
            dates=(("2025", "2025"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-03-02"), [], {}, nlp=nlp)
    (year,) = [c for c in found if len(c.figures) >= 2]
    assert year.kind == "agreement"
    assert {f.claim_id for f in year.figures} == {"a1", "b1"}


def test_a_month_without_its_year_does_not_join_a_year(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The agency will issue permits for moose hunted in 2025, with two trophies per hunter.",
            dates=(("2025", "2025"),),
        ),
        claim(
            "b1",
            "b",
            "The new policy applies to the antlers of moose killed in January near Velmar.",
            dates=(("January", "2025-01"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2025-06-02"), [], {}, nlp=nlp)
    assert not [c for c in found if len(c.figures) >= 2]
