"""One measure worded differently by each outlet lands in one comparison; different measures stay apart.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, q

from parallax.model import Comparison
from parallax.story.compare import compare_claims

DISPUTES = ("disagreement", "evolving", "contradiction")


def with_figures(comparisons: list[Comparison]) -> list[Comparison]:
    return [c for c in comparisons if c.figures]


def holding(comparisons: list[Comparison], text: str) -> Comparison:
    (found,) = [c for c in comparisons if any(f.text == text for f in c.figures)]
    return found


def test_the_dead_in_five_wordings_are_one_agreement_and_the_injured_another(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The landslide in Perova killed 23 people and injured 40, officials said.",
            q("23 people", 23, unit="count"),
            bare("40", 40),
        ),
        claim(
            "b1",
            "b",
            "Twenty-three villagers died when the hillside gave way above Perova.",
            q("Twenty-three villagers", 23, unit="count"),
        ),
        claim("c1", "c", "The landslide left 23 dead and 41 wounded.", bare("23", 23), bare("41", 41)),
        claim(
            "d1",
            "d",
            "Twenty-three residents of Perova lost their lives, the regional governor said.",
            q("Twenty-three residents", 23, unit="count"),
        ),
        claim(
            "e1",
            "e",
            "The death toll stands at 23, with about 40 people hurt.",
            bare("23", 23),
            q("about 40 people", 40, unit="count", qualifier="about"),
        ),
    ]
    found = with_figures(compare_claims(claims, articles(*"abcde"), [], {}, nlp=nlp))
    dead = holding(found, "Twenty-three villagers")
    assert dead.kind == "agreement" and not dead.outliers
    assert {f.claim_id for f in dead.figures} == {"a1", "b1", "c1", "d1", "e1"}
    assert all(f.text not in ("40", "41", "about 40 people") for f in dead.figures)
    hurt = holding(found, "41")
    assert hurt.kind == "agreement" and {f.text for f in hurt.figures} == {"40", "41", "about 40 people"}
    assert not [c for c in found if c.kind in DISPUTES]
    # The name is a phrase of the cited sentences that says what happened, not a bare noun.
    assert dead.measure is not None and any(w in dead.measure for w in ("killed", "died", "dead", "toll"))


def test_a_rising_toll_worded_differently_is_one_evolving_measure(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Eleven miners were killed in the blast at the Darvik pit.",
            q("Eleven miners", 11, unit="count"),
        ),
        claim("b1", "b", "The death toll at the Darvik pit rose to 15 on Thursday.", bare("15", 15)),
        claim(
            "c1",
            "c",
            "Seventeen miners have now died after the Darvik blast.",
            q("Seventeen miners", 17, unit="count"),
        ),
    ]
    arts = articles("a", "b", "c", a="2026-04-01", b="2026-04-02", c="2026-04-03")
    (point,) = with_figures(compare_claims(claims, arts, [], {}, nlp=nlp))
    assert point.kind == "evolving"
    assert [v.value for v in point.values] == ["Eleven miners", "15", "Seventeen miners"]


def test_parts_of_the_dead_stay_apart_from_the_total(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Thirty people died in the fire at the Lomsk depot, including six firefighters.",
            q("Thirty people", 30, unit="count"),
            q("six firefighters", 6, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "The fire at the Lomsk depot killed 30 people, the city said.",
            q("30 people", 30, unit="count"),
        ),
        claim(
            "c1",
            "c",
            "Six firefighters were among the dead at the Lomsk depot.",
            q("Six firefighters", 6, unit="count"),
        ),
    ]
    found = with_figures(compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp))
    total = holding(found, "30 people")
    assert total.kind == "agreement" and {f.text for f in total.figures} == {"Thirty people", "30 people"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_lone_figures_of_different_things_make_no_dispute(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Two patients in Kessa were diagnosed with the fever this week.",
            q("Two patients", 2, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "The region has recorded 26 cases of the fever since the outbreak began.",
            q("26 cases", 26, unit="count"),
        ),
        claim(
            "c1",
            "c",
            "The fever takes two main forms, the health office said.",
            q("two main forms", 2, unit="count"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES or c.kind == "agreement"]


def test_groups_of_other_nationalities_and_years_are_not_counts_of_the_event(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The crash killed 14 Veltish tourists near the Orsa pass.",
            q("14 Veltish tourists", 14, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "Nine Tarnish tourists were killed in the crash near the Orsa pass.",
            q("Nine Tarnish tourists", 9, unit="count"),
        ),
        claim("c1", "c", "A crash on the same pass killed travellers in 2019.", bare("2019", 2019)),
    ]
    found = with_figures(compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp))
    assert not [c for c in found if c.kind in DISPUTES]
    assert all(f.text != "2019" for c in found for f in c.figures)


def test_durations_in_different_units_are_one_measure(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The two states have been at odds over the Selm valley for more than six decades.",
            q("more than six decades", 6, unit="decade", qualifier="more than", kind="duration"),
        ),
        claim(
            "b1",
            "b",
            "The quarrel over the Selm valley has lasted over 60 years.",
            q("over 60 years", 60, unit="year", qualifier="over", kind="duration"),
        ),
    ]
    (point,) = with_figures(compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp))
    assert point.kind == "agreement"
    assert {f.text for f in point.figures} == {"more than six decades", "over 60 years"}


def test_firms_providers_and_companies_of_one_count_join(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The agency's roster now counts 12 providers of launch services.",
            q("12 providers", 12, unit="count"),
        ),
        claim("b1", "b", "Twelve firms can now bid for the launches.", q("Twelve firms", 12, unit="count")),
        claim(
            "c1",
            "c",
            "The agency said 12 companies are eligible to bid on the launches.",
            q("12 companies", 12, unit="count"),
        ),
    ]
    (point,) = with_figures(compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp))
    assert point.kind == "agreement" and len(point.figures) == 3


def test_close_counts_of_different_things_are_no_dispute(nlp: Any) -> None:
    things = [
        claim(
            "a1",
            "a",
            "The measure was voted down by all 40 Unionists in the chamber.",
            q("40 Unionists", 40, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "The measure is far from the 45 votes it needs in the chamber.",
            q("45 votes", 45, unit="count"),
        ),
    ]
    found = compare_claims(things, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_list_of_the_dead_by_group_is_no_outlier_of_the_total(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "A gunman opened fire at the Tessel academy, killing six pupils and two guards.",
            q("six pupils", 6, unit="count"),
            q("two guards", 2, unit="count"),
        ),
        claim(
            "b1", "b", "Eight people were killed at the Tessel academy.", q("Eight people", 8, unit="count")
        ),
        claim("c1", "c", "The attack on the Tessel academy left 8 dead.", bare("8", 8)),
        claim(
            "d1",
            "d",
            "Eight people died in the shooting at the Tessel academy.",
            q("Eight people", 8, unit="count"),
        ),
    ]
    found = with_figures(compare_claims(claims, articles(*"abcd"), [], {}, nlp=nlp))
    total = holding(found, "8")
    assert total.kind == "agreement" and not total.outliers
    assert {f.claim_id for f in total.figures} == {"b1", "c1", "d1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_the_rescued_are_not_an_outlier_of_those_aboard(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "The barge was carrying 96 passengers.", q("96 passengers", 96, unit="count")),
        claim("b1", "b", "There were 96 passengers on the barge.", q("96 passengers", 96, unit="count")),
        claim(
            "c1",
            "c",
            "The barge had 96 passengers aboard; divers saved 70 passengers.",
            q("96 passengers", 96, unit="count"),
            q("70 passengers", 70, unit="count"),
        ),
        claim(
            "d1",
            "d",
            "The barge carried 96 passengers, the owner said.",
            q("96 passengers", 96, unit="count"),
        ),
    ]
    found = with_figures(compare_claims(claims, articles(*"abcd"), [], {}, nlp=nlp))
    aboard = holding(found, "96 passengers")
    assert aboard.kind == "agreement" and not aboard.outliers
    assert all(f.text != "70 passengers" for f in aboard.figures)


def test_one_precise_value_named_as_two_things_is_one_agreement(nlp: Any) -> None:
    # One outlet dates the figure ("since 2019"), the other names it otherwise: the value ties them.
    claims = [
        claim(
            "a1",
            "a",
            "Since 2019 the council has taken $385 million from the budget of the Vessa port.",
            q("$385 million", 385e6, unit="USD", kind="money"),
        ),
        claim(
            "b1",
            "b",
            "Dockers protested against the $385 million raid on the harbour fund.",
            q("$385 million", 385e6, unit="USD", kind="money"),
        ),
    ]
    (point,) = with_figures(compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp))
    assert point.kind == "agreement" and len(point.figures) == 2


def test_lengths_of_one_event_worded_apart_are_one_measure(nlp: Any) -> None:
    meeting = [
        claim(
            "a1",
            "a",
            "Governor Ilse Brandt hosted her Kessanese counterpart for two days of talks at her estate.",
            q("two days", 2, unit="day", kind="duration"),
        ),
        claim(
            "b1",
            "b",
            "After the two-day summit, Brandt said the neighbours would get along better.",
            q("two-day", 2, unit="day", kind="duration"),
        ),
    ]
    (point,) = with_figures(compare_claims(meeting, articles("a", "b"), [], {}, nlp=nlp))
    assert point.kind == "agreement" and len(point.figures) == 2
    waiting = [
        claim(
            "a1",
            "a",
            "The council refused for three months to release the audit of the Vessa port.",
            q("three months", 3, unit="month", kind="duration"),
        ),
        claim(
            "b1",
            "b",
            "I do not know why it took three months to say so, the councillor said.",
            q("three months", 3, unit="month", kind="duration"),
        ),
    ]
    (point,) = with_figures(compare_claims(waiting, articles("a", "b"), [], {}, nlp=nlp))
    assert point.kind == "agreement" and len(point.figures) == 2


def test_sites_and_locations_of_one_count_join(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The league said it was looking at five sites for the final against Orvia.",
            q("five sites", 5, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "Five locations are being considered for the final, the league said.",
            q("Five locations", 5, unit="count"),
        ),
        claim(
            "c1",
            "c",
            "Officials are reviewing five venues for the final.",
            q("five venues", 5, unit="count"),
        ),
    ]
    (point,) = with_figures(compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp))
    assert point.kind == "agreement" and len(point.figures) == 3


def test_one_number_beside_two_names_is_not_one_measure(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Tarvo Melin, 31, said the queue moved slowly.", bare("31", 31)),
        claim("b1", "b", "Ilse Brandt, 31, a nurse from Castorp, said she waited all night.", bare("31", 31)),
        claim("c1", "c", "The ferry carried 31 passengers to Castorp.", q("31 passengers", 31, unit="count")),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in ("agreement", *DISPUTES)]


def test_a_length_that_says_nothing_of_what_it_measures_makes_no_dispute(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Councillors in Castorp have started to rally around a national 15 week limit on night shifts.",
            q("15 week", 15, unit="week", kind="duration"),
        ),
        claim(
            "b1",
            "b",
            "Coming less than 60 days before the vote, it has riled some councillors.",
            q("less than 60 days", 60, unit="day", qualifier="less than", kind="duration"),
        ),
    ]
    # Both sentences name the council (one entity), and the values are not far apart.
    council = frozenset({"castorp-council"})
    found = compare_claims(claims, articles("a", "b"), [], {"a1": council, "b1": council}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_fact_stated_twice_by_one_source_keeps_the_time_it_was_given(nlp: Any) -> None:
    # Outlet A's headline repeats, with no time, the two cases its body dates to last week.
    claims = [
        claim(
            "a1",
            "a",
            "Two people in Castorp have been diagnosed with the fever.",
            q("Two people", 2, unit="count"),
        ),
        claim(
            "a2",
            "a",
            "A third case was reported on Sunday after two people were diagnosed with the fever last week.",
            q("two people", 2, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "Three cases of the fever have been diagnosed in Castorp.",
            q("Three cases", 3, unit="count"),
        ),
        claim(
            "c1",
            "c",
            "With three confirmed cases, residents of Castorp are worried.",
            q("three confirmed cases", 3, unit="count"),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]
    assert holding(found, "Three cases").kind == "agreement"
