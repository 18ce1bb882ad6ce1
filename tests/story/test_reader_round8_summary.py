"""The summary as a reader uses it: each sentence links to the sentences it rests on, a sentence giving another
value of a disputed figure is not cited as saying the same, and a dispute is one short line. Invented text."""

from __future__ import annotations

from parallax.model import Annotation, Claim, Comparison, FigureRef, OutletValue, Sentence
from parallax.story.summary import summarize

A = [
    "The Tarrow valley road was closed on Sunday after floods swept away a bridge near Orlin.",
    "The county said the road would stay closed for three weeks while the bridge is rebuilt.",
]
B = [
    "Floods swept away a bridge near Orlin on Sunday and the Tarrow valley road was closed.",
    "The county said the road would stay closed for five weeks while the bridge is rebuilt.",
]
C = [
    "Farmers near Orlin counted their losses after the floods of Sunday and the closure of the road.",
    "The county said the road would stay closed for three weeks while the bridge is rebuilt.",
]


def _annotation(aid: str, sentences: list[str]) -> tuple[Annotation, list[Claim]]:
    text = " ".join(sentences)
    spans, claims, pos = [], [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        spans.append(Sentence(start=start, end=start + len(sentence)))
        claims.append(
            Claim(id=f"{aid}{i}", article_id=aid, start=start, end=start + len(sentence), text=sentence)
        )
        pos = start + len(sentence)
    return Annotation(id=aid, source=aid, text=text, sentences=spans), claims


def _value(outlet: str, text: str, weeks: float, claim: Claim) -> OutletValue:
    at = claim.start + claim.text.index(text)
    return OutletValue(
        outlet=outlet,
        value=text,
        low=weeks,
        high=weeks,
        unit="week",
        article_ids=[claim.article_id],
        figures=[FigureRef(claim_id=claim.id, start=at, end=at + len(text), text=text)],
    )


def _story() -> tuple[list[Annotation], list[Claim], Comparison]:
    (a, ca), (b, cb), (c, cc) = _annotation("a", A), _annotation("b", B), _annotation("c", C)
    dispute = Comparison(
        kind="disagreement",
        topic="road closed",
        measure="road closed",
        claim_ids=["a1", "b1", "c1"],
        article_ids=["a", "b", "c"],
        explanation="3 sources give different figures for “road closed”: a long explanation follows here.",
        values=[
            _value("Valley Courier", "three weeks", 3, ca[1]),
            _value("Hill Gazette", "five weeks", 5, cb[1]),
            _value("Orlin Post", "three weeks", 3, cc[1]),
        ],
    )
    return [a, b, c], [*ca, *cb, *cc], dispute


def test_summary_sentences_cite_their_claims_and_not_other_values_of_a_dispute() -> None:
    annotations, claims, dispute = _story()
    summary = summarize(annotations, [dispute], claims)
    three = next(s for s in summary if "three weeks" in s.text)
    assert "b" not in three.article_ids  # five weeks is another value, not the same sentence
    assert "c" in three.article_ids  # three weeks again: the same
    assert three.claim_ids and all(cid[0] in three.article_ids for cid in three.claim_ids)
    lead = summary[0]
    assert lead.claim_ids and lead.claim_ids[0] in {"a0", "b0"}


def test_a_dispute_is_one_short_line_naming_who_gives_which_value() -> None:
    annotations, claims, dispute = _story()
    line = summarize(annotations, [dispute], claims)[-1]
    assert line.text == (
        "The outlets differ on “road closed”: Valley Courier, Orlin Post: three weeks; Hill Gazette: five weeks."
    )
    assert line.claim_ids == ["a1", "b1", "c1"]


def test_the_summary_gives_the_story_s_own_disputes_not_background_ones() -> None:
    annotations, claims, dispute = _story()
    old = dispute.model_copy(
        update={"background": True, "measure": "road closed in 1990", "article_ids": ["a", "b", "c"]}
    )
    own = Comparison(
        kind="contradiction",
        topic="Is the county right?",
        claim_ids=["a1", "b1"],
        article_ids=["a", "b"],
        explanation="the farmers say the county is wrong: “The road was never safe.” (against the county: “…”).",
    )
    lines = summarize(annotations, [old, own], claims, max_disputes=3)
    assert lines[-1].text == "The farmers say the county is wrong."
    assert not any("road closed in 1990" in line.text for line in lines)  # background: not the story's
