"""Consensus, outliers and evolution of figures across outlets (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, q

from parallax.model import Comparison
from parallax.story.compare import compare_claims


def figures_of(comparisons: list[Comparison]) -> dict[frozenset[str], Comparison]:
    return {frozenset(f.text for f in c.figures): c for c in comparisons if c.figures}


def test_a_majority_agrees_and_the_other_figure_is_an_outlier(nlp: Any) -> None:
    ids = "abcde"
    claims = [
        claim(
            f"{i}1",
            i,
            f"The storm killed {n} people in the port of Kelsa, officials said.",
            q(f"{n} people", n, unit="count"),
        )
        for i, n in zip(ids, (41, 41, 41, 41, 63), strict=True)
    ]
    comparisons = compare_claims(claims, articles(*ids), [], {}, nlp=nlp)
    (point,) = [c for c in comparisons if c.figures]
    assert point.kind == "agreement" and point.consensus == "41 people"
    assert [f.text for f in point.outliers] == ["63 people"]
    assert point.measure is not None and "killed" in point.measure
    assert {v.outlet for v in point.values} == {f"Outlet {i.upper()}" for i in ids}


def test_a_split_is_a_disagreement_and_hedges_agree(nlp: Any) -> None:
    split = [
        claim("a1", "a", "The storm killed 41 people in Kelsa.", q("41 people", 41, unit="count")),
        claim("b1", "b", "The storm killed 63 people in Kelsa.", q("63 people", 63, unit="count")),
    ]
    (point,) = [c for c in compare_claims(split, articles("a", "b"), [], {}, nlp=nlp) if c.figures]
    assert point.kind == "disagreement" and not point.consensus
    hedged = [
        claim(
            "a1",
            "a",
            "The storm killed about 50 people in Kelsa.",
            q("about 50 people", 50, unit="count", qualifier="about"),
        ),
        claim(
            "b1",
            "b",
            "The storm killed at least 50 people in Kelsa.",
            q("at least 50 people", 50, unit="count", qualifier="at least"),
        ),
        claim("c1", "c", "The storm killed 50 people in Kelsa.", q("50 people", 50, unit="count")),
    ]
    (point,) = [c for c in compare_claims(hedged, articles("a", "b", "c"), [], {}, nlp=nlp) if c.figures]
    assert point.kind == "agreement" and not point.outliers


def test_two_lower_bounds_and_a_bound_far_from_a_range_differ(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Talvia demanded that the rebels stay at least 40 kilometres from the crossing.",
            q("at least 40 kilometres", 40, qualifier="at least"),
        ),
        claim(
            "b1",
            "b",
            "Talvia demanded that the rebels stay at least 60 kilometres from the crossing.",
            q("at least 60 kilometres", 60, qualifier="at least"),
        ),
        claim(
            "c1",
            "c",
            "Talvia demanded that the rebels stay 70 to 80 kilometres from the crossing.",
            q("70 to 80 kilometres", 70, 80),
        ),
    ]
    (point,) = [c for c in compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp) if c.figures]
    assert point.kind == "disagreement"
    assert "(demanded)" in point.topic


def test_the_dead_and_the_injured_are_two_measures(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The collapse killed 12 people and injured 30 people, the mayor said.",
            q("12 people", 12, unit="count"),
            q("30 people", 30, unit="count"),
        ),
        claim(
            "b1",
            "b",
            "Twelve people were killed and 30 were injured when the roof collapsed.",
            q("Twelve people", 12, unit="count"),
            q("30", 30, unit="count"),
        ),
    ]
    found = figures_of(compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp))
    assert found[frozenset({"12 people", "Twelve people"})].kind == "agreement"
    assert found[frozenset({"30 people", "30"})].kind == "agreement"


def test_a_rising_toll_is_evolving_in_time_order(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "At least 19 people were killed in the quake, the ministry said.",
            q("At least 19 people", 19, unit="count", qualifier="at least"),
        ),
        claim("b1", "b", "The death toll from the quake rose to 27 on Tuesday.", q("27", 27, unit="count")),
        claim("c1", "c", "Rescuers said 31 people had died in the quake.", q("31 people", 31, unit="count")),
    ]
    arts = articles("a", "b", "c", a="2026-03-09", b="2026-03-10", c="2026-03-11")
    (point,) = [c for c in compare_claims(claims, arts, [], {}, nlp=nlp) if c.figures]
    assert point.kind == "evolving"
    assert [v.value for v in point.values] == ["At least 19 people", "27", "31 people"]


def test_one_article_giving_before_and_after_is_not_a_dispute(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Last year the agency picked nine firms for the programme.",
            q("nine firms", 9, unit="count"),
            dates=(("Last year", "2025"),),
        ),
        claim(
            "a2",
            "a",
            "The agency has now picked 14 firms for the programme.",
            q("14 firms", 14, unit="count"),
        ),
        claim("b1", "b", "There are now 14 firms in the programme.", q("14 firms", 14, unit="count")),
    ]
    comparisons = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in comparisons if c.kind in ("disagreement", "evolving")]
    assert any(c.kind == "agreement" and {f.text for f in c.figures} == {"14 firms"} for c in comparisons)


def test_background_rates_elsewhere_do_not_meet_the_story_count(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Ostravia sees up to a dozen cases a year.",
            q("up to a dozen cases", 12, unit="count", qualifier="up to"),
        ),
        claim(
            "b1",
            "b",
            "Belmark recorded 11 deaths between 2009 and 2018.",
            q("11 deaths", 11, unit="count"),
            dates=(("2009", "2009"), ("2018", "2018")),
        ),
        claim(
            "b2",
            "b",
            "Two people in Belmark have been diagnosed this week.",
            q("Two people", 2, unit="count"),
        ),
        claim(
            "c1",
            "c",
            "Two people have been diagnosed in Belmark this week.",
            q("Two people", 2, unit="count"),
        ),
    ]
    comparisons = compare_claims(claims, articles("a", "b", "c"), [], {}, nlp=nlp)
    assert not [c for c in comparisons if c.kind in ("disagreement", "evolving")]
    assert any(c.kind == "agreement" and c.claim_ids == ["b2", "c1"] for c in comparisons)


def test_copies_of_one_article_count_as_one_source(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Repairs will cost 4.2 million euros, the authority said.",
            q("4.2 million euros", 4.2e6, unit="EUR"),
        ),
        claim(
            "b1",
            "b",
            "Repairs will cost 4.2 million euros, the authority said.",
            q("4.2 million euros", 4.2e6, unit="EUR"),
        ),
    ]
    arts = articles("a", "b")
    arts[1] = arts[1].model_copy(update={"copy_of": "a"})
    (only,) = compare_claims(claims, arts, [], {}, nlp=nlp)
    assert only.kind == "unique"
    # The point names the one source with the outlets that carried it, and lists its value once: it never
    # reads as if each copy were another outlet giving the figure.
    assert "(also carried by" in only.explanation
    assert only.explanation.count("4.2 million euros") == 1
    assert [c.kind for c in compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)] == ["agreement"]


def _vague(text: str, low: float) -> Any:
    from parallax.model import NormalizedQuantity, Quantity

    norm = NormalizedQuantity(value=None, low=low, high=None, unit="count")
    return Quantity(start=0, end=len(text), text=text, low=low, qualifier=text, kind="count", normalized=norm)


def test_orders_of_magnitude_alone_make_no_dispute(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "Scores of supporters greeted the marchers in Delva.", _vague("Scores", 20)),
        claim(
            "b1",
            "b",
            "Several hundred supporters greeted the marchers in Delva.",
            _vague("Several hundred", 200),
        ),
    ]
    comparisons = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in comparisons if c.kind in ("disagreement", "evolving")]


def test_a_count_of_the_missing_falling_with_time_is_evolving(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Fourteen climbers were missing on Mount Selk.",
            q("Fourteen climbers", 14, unit="count"),
        ),
        claim("b1", "b", "Nine climbers were missing on Mount Selk.", q("Nine climbers", 9, unit="count")),
        claim("c1", "c", "Nine climbers remain missing on Mount Selk.", q("Nine climbers", 9, unit="count")),
    ]
    comparisons = compare_claims(
        claims, articles("a", "b", "c", b="2026-03-10", c="2026-03-10"), [], {}, nlp=nlp
    )
    (point,) = [c for c in comparisons if c.figures]
    assert point.kind == "evolving"
    assert point.values[0].value == "Fourteen climbers"
