"""Claims, timeline and summary on hand-built annotations."""

from __future__ import annotations

from handmade import sentenced

from parallax.model import (
    Annotation,
    Attribution,
    Claim,
    Comparison,
    DateMention,
    Entity,
    EntityMention,
    NormalizedQuantity,
    Quantity,
    Sentence,
    Span,
    Variant,
)
from parallax.story.claims import extract_claims
from parallax.story.summary import summarize
from parallax.story.timeline import build_timeline, date_sort_key

TEXT = (
    "The bridge closed on Monday after cracks were found. "
    "It will stay shut for at least six weeks, Oleksandr Kovalenko said. "
    "Two days later ferries began to run. "
    "Nobody was hurt."
)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def _annotation() -> Annotation:
    sents = []
    pos = 0
    for piece in TEXT.split(". "):
        piece = piece if piece.endswith(".") else piece + "."
        start = TEXT.index(piece, pos)
        sents.append(Sentence(start=start, end=start + len(piece)))
        pos = start + len(piece)
    six = _span(TEXT, "at least six weeks")
    two = _span(TEXT, "Two days")
    return Annotation(
        id="a",
        source="a.txt",
        published="2026-03-11",
        text=TEXT,
        sentences=sents,
        entities=[EntityMention(**_span(TEXT, "Oleksandr Kovalenko").model_dump(), label="PERSON")],
        quantities=[
            Quantity(
                start=six.start,
                end=six.end,
                text=six.text,
                value=6,
                low=6,
                high=6,
                unit="weeks",
                qualifier="at least",
                kind="duration",
                normalized=NormalizedQuantity(value=42, low=42, high=42, unit="day"),
            ),
            Quantity(
                start=two.start,
                end=two.end,
                text=two.text,
                value=2,
                low=2,
                high=2,
                unit="days",
                kind="duration",
                normalized=NormalizedQuantity(value=2, low=2, high=2, unit="day"),
            ),
        ],
        dates=[
            DateMention(**_span(TEXT, "Monday").model_dump(), value="2026-03-09"),
            DateMention(**_span(TEXT, "Two days later").model_dump(), value="2026-03-11"),
        ],
        attributions=[
            Attribution(
                kind="direct",
                speaker=_span(TEXT, "Oleksandr Kovalenko"),
                cue=_span(TEXT, "said"),
                content=_span(TEXT, "It will stay shut for at least six weeks"),
            )
        ],
    )


def test_claims_carry_speaker_entity_quantities_and_dates() -> None:
    ann = _annotation()
    mention = ann.entities[0]
    entity = Entity(
        id="e1",
        name="Oleksandr Kovalenko",
        label="PERSON",
        variants=[Variant(text="Oleksandr Kovalenko", article_ids=["a"])],
        article_ids=["a"],
    )
    claims = extract_claims(ann, [entity], {("a", mention.start, mention.end): "e1"})
    assert [c.text for c in claims] == [
        "The bridge closed on Monday after cracks were found.",
        "It will stay shut for at least six weeks, Oleksandr Kovalenko said.",
        "Two days later ferries began to run.",
    ]
    first, second, third = claims
    assert [d.value for d in first.dates] == ["2026-03-09"] and first.speaker is None
    assert (
        second.speaker == "Oleksandr Kovalenko" and second.speaker_entity_id == "e1" and second.cue == "said"
    )
    assert [q.text for q in second.quantities] == ["at least six weeks"]
    # "Two days" belongs to the date "Two days later": it is not a figure of the story.
    assert third.quantities == [] and [d.value for d in third.dates] == ["2026-03-11"]
    assert all(ann.text[c.start : c.end].strip() == c.text for c in claims)
    assert not any(c.negated for c in claims)


def test_timeline_orders_and_merges_events() -> None:
    def c(cid: str, art: str, text: str, value: str) -> Claim:
        return Claim(
            id=cid,
            article_id=art,
            start=0,
            end=len(text),
            text=text,
            dates=[DateMention(start=0, end=1, text="x", value=value)],
        )

    claims = [
        c("b1", "b", "Ferries began to run across the harbour.", "2026-03-11"),
        c("a1", "a", "The bridge closed after cracks were found in supports.", "2026-03-09"),
        c("c1", "c", "The bridge closed when cracks were found in two supports.", "2026-03-09"),
        c("c2", "c", "Inspectors checked the bridge.", "2026-W10"),
    ]
    events = build_timeline(claims)
    assert [(e.date, e.article_ids) for e in events] == [
        ("2026-W10", ["c"]),
        ("2026-03-09", ["a", "c"]),
        ("2026-03-11", ["b"]),
    ]
    assert date_sort_key("2026-W10")[0] == "2026-03-02"
    # Seasons and quarters sort at their first month, not at January.
    assert date_sort_key("2026-SP")[0] == "2026-03-01"
    assert date_sort_key("2026-Q3")[0] == "2026-07-01"
    assert sorted(["2026-03-10", "2026-SU", "2026-SP", "2026-02-01"], key=date_sort_key) == [
        "2026-02-01",
        "2026-SP",
        "2026-03-10",
        "2026-SU",
    ]


def test_summary_cites_supporting_articles_and_includes_disputes() -> None:
    a = sentenced(
        "a",
        [
            "Port Elvan closed the Saltmarsh Bridge on Monday after engineers found cracks in its supports.",
            "Shop owners on the north bank fear they will lose many customers.",
        ],
    )
    b = sentenced(
        "b",
        [
            "The Saltmarsh Bridge in Port Elvan was closed on Monday after engineers found cracks in supports.",
            "Ferries will run every twenty minutes from Wednesday morning.",
        ],
    )
    dispute = Comparison(
        kind="disagreement",
        topic="closure",
        claim_ids=["a#s0"],
        article_ids=["a", "b"],
        explanation="2 sources give different figures.",
    )
    summary = summarize([a, b], [dispute], [Claim(id="a#s0", article_id="a", start=0, end=1, text="x")])
    assert summary[0].article_ids == ["a", "b"]
    assert "Saltmarsh Bridge" in summary[0].text
    texts = [s.text for s in summary]
    assert sum("cracks" in t for t in texts) == 1  # the two near-identical lead sentences are not both kept
    assert summary[-1].text == "2 sources give different figures." and summary[-1].claim_ids == ["a#s0"]
