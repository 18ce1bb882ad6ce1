"""A figure an outlet gives in its headline is a claim of its article, compared with the other outlets'
figures, cited as the headline, and counted once per outlet with the same figure in its body.

Headlines and bodies are written for these tests (invented places, outlets and names)."""

from __future__ import annotations

import io

import pytest
from handmade import titled
from rich.console import Console

from parallax.model import (
    Annotation,
    Article,
    Attribution,
    Claim,
    Comparison,
    DateMention,
    Entity,
    EntityMention,
    FigureRef,
    Headline,
    NormalizedQuantity,
    Quantity,
    Report,
    Sentence,
    Span,
    Story,
    Variant,
)
from parallax.pipeline import analyze
from parallax.render import render_html, render_markdown
from parallax.render.terminal import render_terminal
from parallax.story.claims import extract_claims, headline_claim, headline_entity_ids

QUAKE_PLAIN = (
    "Rescue teams searched collapsed buildings in the mountain town of Orsk in Varnesia on Tuesday after the "
    "earthquake struck the region overnight.\n\nThe Varnesian interior ministry said the quake had a "
    "magnitude of 6.8 and that aftershocks continued through the morning."
)
QUAKE_120 = (
    "A powerful earthquake struck the mountain region of Varnesia overnight, killing 120 people, the "
    "interior ministry said on Tuesday.\n\nRescue teams searched collapsed buildings in the town of Orsk, "
    "and aftershocks continued through the morning."
)
QUAKE_120_AGAIN = (
    "The earthquake that struck Varnesia overnight killed 120 people, the interior ministry said on "
    "Tuesday.\n\nRescue teams searched collapsed buildings in the mountain town of Orsk as aftershocks "
    "continued through the morning, and the army sent tents to the region."
)
QUAKE_95 = (
    "The earthquake that hit Varnesia overnight killed 95 people, the interior ministry said on Tuesday, "
    "as rescue teams searched collapsed buildings in Orsk.\n\nAftershocks continued through the morning "
    "in the mountain region."
)


def _killed(report: Report) -> Comparison:
    """The one comparison of the story that holds a figure of 120 or 95."""
    (story,) = report.stories
    found = [c for c in story.comparisons if any(f.text in ("120", "95") for f in c.figures)]
    assert len(found) == 1, [(c.kind, c.measure, [f.text for f in c.figures]) for c in story.comparisons]
    return found[0]


def test_a_title_figure_joins_another_outlets_body_figure() -> None:
    report = analyze(
        [
            titled("a", "Daily Courier", "Quake kills 120 in Varnesia | Daily Courier", QUAKE_PLAIN),
            titled("b", "Evening Post", "Earthquake in the mountains of Varnesia", QUAKE_120),
        ]
    )
    comp = _killed(report)
    assert comp.kind == "agreement"
    assert {f.claim_id for f in comp.figures} == {"a#title", "b#s0"}
    assert comp.outlets == ["Daily Courier", "Evening Post"]
    (story,) = report.stories
    title = next(c for c in story.claims if c.id == "a#title")
    assert title.headline and title.text == "Quake kills 120 in Varnesia"
    figure = next(f for f in comp.figures if f.claim_id == "a#title")
    assert title.text[figure.start - title.start : figure.end - title.start] == "120"
    # The reader is told it is the headline, in every format.
    markdown = render_markdown(report)
    assert "[1] headline: “Quake kills **120** in Varnesia”" in markdown  # the figure marked
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=120, color_system=None))
    assert "[1] Headline: Quake kills 120 in Varnesia" in out.getvalue()
    page = render_html(report)
    assert 'aria-label="[1] Daily Courier, headline"' in page
    assert (
        '<span class="headline">Headline:</span> Quake kills <strong class="figure">120</strong> in Varnesia'
        in page
    )
    assert 'id="s1-a#title"' in page  # the citation's target: the article's title


def test_one_outlets_title_and_body_figure_count_once() -> None:
    """Daily Courier gives at least 120 in its headline and 120 in its body, Evening Post 120, Morning
    Herald 95: two of three sources agree, short of the three-quarter majority an agreement with an
    outlier needs. Counted twice, Daily Courier would make it three of four."""
    report = analyze(
        [
            titled("a", "Daily Courier", "Quake kills at least 120 in Varnesia", QUAKE_120_AGAIN),
            titled("b", "Evening Post", "Earthquake in the mountains of Varnesia", QUAKE_120),
            titled("c", "Morning Herald", "Rescuers dig through the rubble in Orsk", QUAKE_95),
        ]
    )
    comp = _killed(report)
    assert {f.claim_id for f in comp.figures} == {"a#title", "a#s0", "b#s0", "c#s0"}
    assert comp.kind == "disagreement"
    assert comp.outliers == []
    assert comp.explanation.startswith("3 sources")


def test_a_title_figure_its_body_repeats_is_left_to_the_body() -> None:
    """The same value in the same unit in the headline and the body: the body's sentence carries it, and
    the headline makes no claim (it has no other figure)."""
    report = analyze(
        [
            titled("a", "Daily Courier", "Quake kills 120 in Varnesia", QUAKE_120_AGAIN),
            titled("b", "Evening Post", "Earthquake in the mountains of Varnesia", QUAKE_120),
        ]
    )
    comp = _killed(report)
    assert {f.claim_id for f in comp.figures} == {"a#s0", "b#s0"}
    assert comp.kind == "agreement"
    (story,) = report.stories
    assert not any(c.headline for c in story.claims)


# --------------------------------------------------------------------------- claims from hand-made records

BODY = "The Orsk bridge stays closed. Mayor Jana Petrek said repairs would take 12 weeks."


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def _annotation(headline: Headline | None) -> Annotation:
    twelve = _span(BODY, "12 weeks")
    return Annotation(
        id="a",
        source="a.txt",
        published="2026-03-11",
        text=BODY,
        sentences=[Sentence(start=0, end=29), Sentence(start=30, end=len(BODY))],
        entities=[EntityMention(**_span(BODY, "Jana Petrek").model_dump(), label="PERSON")],
        quantities=[
            Quantity(
                **twelve.model_dump(),
                value=12,
                low=12,
                high=12,
                unit="weeks",
                kind="duration",
                normalized=NormalizedQuantity(value=84, low=84, high=84, unit="day"),
            )
        ],
        headline=headline,
    )


PETREK = Entity(
    id="e1",
    name="Jana Petrek",
    label="PERSON",
    variants=[Variant(text="Jana Petrek", article_ids=["a"]), Variant(text="Petrek", article_ids=["a"])],
)


def test_a_headline_without_a_figure_makes_no_claim() -> None:
    title = "Petrek says Orsk bridge repairs will go on"
    headline = Headline(
        text=title,
        entities=[EntityMention(**_span(title, "Petrek").model_dump(), label="PERSON")],
        attributions=[
            Attribution(
                kind="indirect",
                speaker=_span(title, "Petrek"),
                cue=_span(title, "says"),
                content=_span(title, "Orsk bridge repairs will go on"),
            )
        ],
    )
    annotation = _annotation(headline)
    assert headline_claim(annotation, [PETREK]) is None
    claims = extract_claims(annotation, [PETREK], {})
    assert [c.id for c in claims] == ["a#s1"]
    assert not any(c.headline for c in claims)


def test_a_headline_with_a_figure_is_the_articles_first_claim() -> None:
    title = "Petrek: Orsk bridge shut for 14 weeks from Monday"
    fourteen = _span(title, "14 weeks")
    monday = _span(title, "Monday")
    headline = Headline(
        text=title,
        entities=[EntityMention(**_span(title, "Petrek").model_dump(), label="PERSON")],
        quantities=[
            Quantity(**fourteen.model_dump(), value=14, low=14, high=14, unit="weeks", kind="duration")
        ],
        dates=[DateMention(**monday.model_dump(), value="2026-03-09")],
    )
    annotation = _annotation(headline)
    name = _span(BODY, "Jana Petrek")
    claims = extract_claims(annotation, [PETREK], {("a", name.start, name.end): "e1"})
    assert [c.id for c in claims] == ["a#title", "a#s1"]
    title_claim = claims[0]
    assert title_claim.headline and not claims[1].headline
    assert (title_claim.start, title_claim.end, title_claim.text) == (0, len(title), title)
    assert [q.text for q in title_claim.quantities] == ["14 weeks"]
    assert [d.value for d in title_claim.dates] == ["2026-03-09"]
    assert headline_entity_ids(annotation, [PETREK]) == frozenset({"e1"})
    # The same 12 weeks as the body's would be left to the body: the headline keeps only its date.
    twelve = _span(title.replace("14", "12"), "12 weeks")
    repeated = headline.model_copy(
        update={
            "text": title.replace("14", "12"),
            "quantities": [
                Quantity(**twelve.model_dump(), value=12, low=12, high=12, unit="weeks", kind="duration")
            ],
        }
    )
    again = headline_claim(_annotation(repeated), [PETREK])
    assert again is not None and again.quantities == [] and [d.text for d in again.dates] == ["Monday"]
    # ... and when the body also dates something that Monday, the headline keeps its date: dates are
    # grouped by what they date, and one outlet's equal dates are joined (one source counted once).
    closed = _span(BODY, "stays closed")
    dated = _annotation(repeated).model_copy(
        update={"dates": [DateMention(**closed.model_dump(), value="2026-03-09")]}
    )
    kept = headline_claim(dated, [PETREK])
    assert kept is not None and kept.quantities == [] and [d.text for d in kept.dates] == ["Monday"]
    # Old callers may leave the headline out.
    assert [c.id for c in extract_claims(annotation, [PETREK], {}, headline=False)] == ["a#s1"]


@pytest.mark.parametrize("title", ['Quake kills 120 <script>alert("x")</script> & more in <b>Orsk</b>'])
def test_title_text_is_escaped_in_html_and_markdown(title: str) -> None:
    article = Article(id="a", source="a.txt", outlet="Daily <Courier>", title=title, text="Body text here.")
    claim = Claim(id="a#title", article_id="a", start=0, end=len(title), text=title, headline=True)
    other = Article(id="b", source="b.txt", outlet="Evening Post", title="Orsk", text="It killed 120 people.")
    body = Claim(id="b#s0", article_id="b", start=0, end=21, text="It killed 120 people.")
    comp = Comparison(
        kind="agreement",
        topic="people killed",
        measure="people killed",
        claim_ids=["a#title", "b#s0"],
        article_ids=["a", "b"],
        outlets=["Daily <Courier>", "Evening Post"],
        explanation="2 sources agree.",
        figures=[
            FigureRef(claim_id="a#title", start=11, end=14, text="120"),
            FigureRef(claim_id="b#s0", start=10, end=13, text="120"),
        ],
    )
    story = Story(id="s1", title=title, article_ids=["a", "b"], claims=[claim, body], comparisons=[comp])
    report = Report(articles=[article, other], stories=[story])
    page = render_html(report)
    assert "<script>" not in page and "<b>Orsk" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more in &lt;b&gt;Orsk&lt;/b&gt;" in page
    assert 'aria-label="[1] Daily &lt;Courier&gt;, headline"' in page
    markdown = render_markdown(report)
    assert "<script>" not in markdown
    assert "[1] headline: “Quake kills **120** \\<script\\>" in markdown
    # The headline's claim is not painted over the body's first sentence.
    assert '<mark class="claim" id="s1-a#title">Body' not in page
