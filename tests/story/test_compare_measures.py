"""What a figure measures, read from the parse of its sentence (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from handmade import claim, q

from parallax.story.compare.measures import FigureMeasure, read_measure


def measure(
    nlp: Any, text: str, quantity: Any, published: str = "2026-03-09", dates: tuple[tuple[str, str], ...] = ()
) -> FigureMeasure:
    c = claim("x", "a", text, quantity, dates=dates)
    return read_measure(nlp(c.text), c, c.quantities[0], published)


def test_roles_of_people_counts(nlp: Any) -> None:
    assert (
        measure(
            nlp,
            "At least 40 people were killed in the blast in Vardo.",
            q("At least 40 people", 40, unit="count"),
        ).role
        == "killed"
    )
    assert (
        measure(
            nlp,
            "The blast in Vardo injured 120 people, the hospital said.",
            q("120 people", 120, unit="count"),
        ).role
        == "injured"
    )
    assert (
        measure(nlp, "Police arrested 12 suspects overnight.", q("12 suspects", 12, unit="count")).role
        == "arrested"
    )
    assert (
        measure(
            nlp,
            "Some 3,000 residents were evacuated from the valley.",
            q("Some 3,000 residents", 3000, unit="count"),
        ).role
        == "evacuated"
    )
    toll = measure(nlp, "The death toll rose to 52 on Friday.", q("52", 52, unit="count"))
    assert toll.role == "killed" and toll.changed and "toll" in toll.phrase


def test_a_distance_has_its_reference_point_and_frame(nlp: Any) -> None:
    done = measure(
        nlp, "The rebels pulled back 30 kilometres from the river crossing.", q("30 kilometres", 30)
    )
    assert done.reference is not None and "crossing" in done.reference and done.frame == "reported"
    assert "from the river crossing" in done.phrase
    wanted = measure(
        nlp,
        "Talvia demanded that the rebels stay at least 50 kilometres from the crossing.",
        q("at least 50 kilometres", 50, qualifier="at least"),
    )
    assert wanted.frame == "demanded"
    offered = measure(
        nlp, "Mirova offered to keep its units 80 kilometres from the crossing.", q("80 kilometres", 80)
    )
    assert offered.frame == "offered"


def test_background_time_and_restriction(nlp: Any) -> None:
    past = measure(
        nlp,
        "In 2004, a similar flood killed 300 people in the delta.",
        q("300 people", 300, unit="count"),
        dates=(("2004", "2004"),),
    )
    assert past.background
    now = measure(
        nlp,
        "The flood killed 30 people on Tuesday.",
        q("30 people", 30, unit="count"),
        dates=(("Tuesday", "2026-03-03"),),
    )
    assert not now.background
    rate = measure(
        nlp,
        "Ostravia sees up to a dozen cases a year.",
        q("up to a dozen cases", 12, unit="count", qualifier="up to"),
    )
    assert rate.background
    place = measure(nlp, "Officials counted 26 cases in Belmark last month.", q("26 cases", 26, unit="count"))
    assert "belmark" in place.restriction
    nation = measure(nlp, "The crash killed 14 Veltish tourists.", q("14 Veltish tourists", 14, unit="count"))
    assert "veltish" in nation.restriction


def test_parts_and_ratios(nlp: Any) -> None:
    part = measure(nlp, "Forty people died, including 12 children.", q("12 children", 12, unit="count"))
    assert part.part
    ratio = measure(nlp, "The town had 10 times as many cases as reported.", q("10", 10, unit="count"))
    assert ratio.ratio


def test_a_length_of_time_measures_its_event(nlp: Any) -> None:
    fair = measure(
        nlp,
        "Mayor Orla Venn opened a three-day peace conference in Castorp on Monday.",
        q("three-day", 3, unit="day", kind="duration"),
    )
    assert fair.thing == "conference" and "Orla" not in fair.phrase
    talks = measure(
        nlp,
        "The delegates met in Castorp for two days of talks.",
        q("two days", 2, unit="day", kind="duration"),
    )
    assert talks.thing == "talk"
    answer = measure(
        nlp,
        "It took the council four months to answer the petition.",
        q("four months", 4, unit="month", kind="duration"),
    )
    assert "answer" in answer.words
    strike = measure(
        nlp, "The dock strike in Castorp lasted nine days.", q("nine days", 9, unit="day", kind="duration")
    )
    assert strike.thing == "strike"


def test_a_time_of_an_earlier_conjunct_does_not_date_the_figure(nlp: Any) -> None:
    later = measure(
        nlp,
        "The agency first reported the leak in 2019, and inspectors found 40 damaged pipes.",
        q("40 damaged pipes", 40, unit="count"),
    )
    assert not later.background
    shared = measure(
        nlp,
        "In 2019, the agency reported the leak and inspectors found 40 damaged pipes.",
        q("40 damaged pipes", 40, unit="count"),
    )
    assert shared.background


def test_more_and_remaining_make_a_count_a_part(nlp: Any) -> None:
    remaining = measure(
        nlp,
        "The remaining 40 houses in Castorp were emptied on Monday.",
        q("40 houses", 40, unit="count"),
    )
    assert remaining.part
    more = measure(
        nlp, "Five more firms joined the Vessa scheme on Monday.", q("Five more firms", 5, unit="count")
    )
    assert more.part
    hedged = measure(
        nlp,
        "More than 40 patients were taken to the hospital in Castorp.",
        q("More than 40 patients", 40, unit="count"),
    )
    assert not hedged.part


def test_an_earlier_stage_dates_the_figure_only_in_its_own_clause(nlp: Any) -> None:
    earlier = measure(
        nlp,
        "Two people were diagnosed with the fever in Castorp last week.",
        q("Two people", 2, unit="count"),
    )
    assert earlier.background
    reported = measure(
        nlp,
        "Last week an official said the ferry had carried 40 passengers to Castorp.",
        q("40 passengers", 40, unit="count"),
    )
    assert not reported.background
    length = measure(
        nlp,
        "The nine-day strike at the Vessa docks came to an end last week.",
        q("nine-day", 9, unit="day", kind="duration"),
    )
    assert not length.background


def test_a_publication_date_with_no_numeric_month_is_not_a_crash() -> None:
    """A published value whose month part is not a number (seen in real metadata) dates nothing."""
    from parallax.story.compare.figure_time import _earlier

    assert _earlier("2016-03", "2016-SP") is False
    assert _earlier("2016-03-02", "2016-05-20") is True
    assert _earlier("2015", "2016-SP") is True
