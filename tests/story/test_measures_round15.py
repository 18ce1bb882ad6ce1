"""What a figure measures, fifteenth round: figures kept apart or joined by what their sources write.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, bare, claim, holding, q

from parallax.story.compare import compare_claims
from parallax.story.compare.measures import read_measure

DISPUTES = ("disagreement", "evolving", "contradiction")


def _area(text: str, value: float, qualifier: str | None = None) -> Any:
    return q(text, value, unit="km2", kind="area", qualifier=qualifier)


def test_a_source_writing_two_numbers_keeps_two_areas_apart(nlp: Any) -> None:
    # Each outlet gives the one reserve's area and the two reserves' area together; the values agree
    # within their hedges, but each outlet writes them as two different numbers: two measures.
    claims = [
        claim(
            "a1",
            "a",
            "At more than 2,040 square kilometres, the Velmor Heath reserve is the largest in Dorran.",
            _area("more than 2,040 square kilometres", 2040, "more than"),
        ),
        claim(
            "a2",
            "a",
            "Together, the two new parks will shield close to 2,080 square kilometres of open moor.",
            _area("close to 2,080 square kilometres", 2080, "close to"),
        ),
        claim(
            "b1",
            "b",
            "Ministry maps show the Velmor Heath reserve covers 2,043 square kilometres of upland.",
            _area("2,043 square kilometres", 2043),
        ),
        claim(
            "b2",
            "b",
            "Farmers said the government was locking up 2,090 square kilometres of grazing in two provinces.",
            _area("2,090 square kilometres", 2090),
        ),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (heath,) = holding(found, "2,043 square kilometres")
    assert {f.claim_id for f in heath.figures} == {"a1", "b1"}
    assert not [c for c in found if c.kind in DISPUTES]


def test_numbers_written_apart_hedges_aside() -> None:
    from parallax.story.compare.judging import written_apart
    from parallax.story.compare.measures import FigureMeasure
    from parallax.story.compare.values import FigureItem

    def item(text: str, value: float, qualifier: str | None = None, unit: str = "km2") -> FigureItem:
        quantity = q(text, value, unit=unit, kind="area" if unit == "km2" else "money", qualifier=qualifier)
        c = claim("x", "a", f"It was {text}.", quantity)
        return FigureItem(c, c.quantities[0], unit, value, value, FigureMeasure(), frozenset(), "a", "")

    assert written_apart(
        item("more than 2,040 sq km", 2040, "more than"), item("close to 2,080 sq km", 2080, "close to")
    )
    assert not written_apart(item("2,051 sq km", 2051), item("2,000 sq km", 2000))
    assert not written_apart(item("$43 million", 43e6, unit="USD"), item("$43,885,310", 43885310, unit="USD"))
    assert not written_apart(item("about 2,040 sq km", 2040, "about"), item("2,040 sq km", 2040))


def test_the_subject_a_figure_is_stated_of_is_what_it_measures(nlp: Any) -> None:
    # "X's margin was 12 percent" measures the margin, as "a margin of 12 percent" does.
    said = claim(
        "a1",
        "a",
        "The Velco chief said the ferry line's average profit margin was 12 percent in the spring.",
        q("12 percent", 12, unit="percent", kind="percent"),
    )
    of = claim(
        "b1",
        "b",
        "Velco's ferry line earned a profit margin of about 12 percent over those three seasons.",
        q("about 12 percent", 12, unit="percent", kind="percent", qualifier="about"),
    )
    measures = [read_measure(nlp(c.text), c, c.quantities[0], "2026-03-09") for c in (said, of)]
    assert [m.thing for m in measures] == ["margin", "margin"]
    # a person's name is no measured thing ("Tarvo Melin was 31"): left to the age reader
    named = claim("c1", "c", "The skipper, Tarvo Melin, was 31 when the ferry sank.", bare("31", 31))
    assert read_measure(nlp(named.text), named, named.quantities[0], "2026-03-09").thing is None


def test_a_count_of_who_wants_is_reported_not_demanded(nlp: Any) -> None:
    # "Nearly 40 percent of members wanted a new chair": a share of the members, not a demanded value; what
    # the verb demands or offers keeps its frame ("want 40 new buses", "a 5 percent raise was proposed").
    def frame(text: str, quantity: Any) -> str:
        made = claim("a1", "a", text, quantity)
        return read_measure(nlp(made.text), made, made.quantities[0], "2026-03-09").frame

    share = q("Nearly 40 percent", 40, unit="percent", kind="percent", qualifier="nearly")
    assert (
        frame("Nearly 40 percent of Orvell club members wanted a new chair, a poll found.", share)
        == "reported"
    )
    firms = q("Twelve firms", 12, unit="count", counted="firms")
    assert frame("Twelve firms offered bids for the Dorran ferry contract last week.", firms) == "reported"
    buses = q("40", 40, unit="count", counted="buses")
    assert frame("Orvell council members want 40 new buses for the harbour routes.", buses) == "demanded"
    raise_ = q("5 percent", 5, unit="percent", kind="percent")
    assert frame("A 5 percent raise was proposed by the Dorran ferry board on Monday.", raise_) == "offered"


def test_a_span_counted_forward_is_the_story_own_time(nlp: Any) -> None:
    # "over the next decade" is the span a projection covers, not another time; "over the last decade" is.
    def background(text: str, quantity: Any) -> bool:
        made = claim("a1", "a", text, quantity)
        return read_measure(nlp(made.text), made, made.quantities[0], "2026-03-09").background

    money = q("about $40 billion", 40e9, unit="USD", kind="money", qualifier="about")
    ahead = "The Orvell budget office said the ferry plan would add about $40 billion to the deficit over the next decade."
    assert not background(ahead, money)
    coming = "Velco expects to spend about $40 billion on new ferries in the coming years, its chief said."
    assert not background(coming, money)
    past = "The Orvell budget office said the ferry plan added about $40 billion to the deficit over the last decade."
    assert background(past, money)


def test_a_projection_ahead_joins_another_outlet_but_is_no_point_alone(nlp: Any) -> None:
    ahead = "The Orvell budget office said the ferry plan would add about $40 billion to the deficit over the next decade."
    money = q("about $40 billion", 40e9, unit="USD", kind="money", qualifier="about")
    alone = [claim("a1", "a", ahead, money)]
    assert compare_claims(alone, articles("a"), [], {}, nlp=nlp) == []
    other = claim(
        "b1",
        "b",
        "Budget analysts in Orvell put the plan's cost to the deficit at $40 billion over ten years.",
        q("$40 billion", 40e9, unit="USD", kind="money"),
    )
    found = compare_claims([*alone, other], articles("a", "b"), [], {}, nlp=nlp)
    (cost,) = holding(found, "about $40 billion")
    assert {f.claim_id for f in cost.figures} == {"a1", "b1"}
    assert cost.kind == "agreement"
