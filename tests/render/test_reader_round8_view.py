"""What a demanding reader needs from a point: a heading that says what it is about, the figure visible and
marked in each quoted sentence, one value per outlet written once, points told first ranked first, and
background marked. Stories, outlets and sentences invented for these tests."""

from __future__ import annotations

import io

from rich.console import Console

from parallax.model import Article, Claim, Comparison, FigureRef, OutletValue, Report, Story
from parallax.render import render_html, render_markdown, render_terminal
from parallax.render.view import story_view

LEAD_A = "Floods closed the Tarrow valley road on Sunday, the county said."
LATE_A = (
    "Residents of the upper valley, many of whom had already left their farms by the time the first warnings "
    "were sounded across the district on Saturday evening, said the waters rose faster than in any year "
    "anyone could remember, and that 340 sheep were lost."
)
BODY_B = "The county said the Tarrow valley road would stay closed. Some 340 sheep drowned, farmers said."


def _articles() -> list[Article]:
    a_text = LEAD_A + " " + "Filler sentence about the weather. " * 20 + LATE_A
    return [
        Article(id="a", source="a.txt", outlet="Valley Courier", text=a_text),
        Article(id="b", source="b.txt", outlet="Hill Gazette", text=BODY_B),
    ]


def _claim(cid: str, article: Article, sentence: str, speaker: str | None = None) -> Claim:
    start = article.text.index(sentence)
    return Claim(
        id=cid, article_id=article.id, start=start, end=start + len(sentence), text=sentence, speaker=speaker
    )


def _figure(claim: Claim, text: str) -> FigureRef:
    at = claim.start + claim.text.index(text)
    return FigureRef(claim_id=claim.id, start=at, end=at + len(text), text=text)


def _report(points: list[Comparison], claims: list[Claim]) -> Report:
    articles = _articles()
    story = Story(id="s", title="Valley floods", article_ids=["a", "b"], claims=claims, comparisons=points)
    return Report(articles=articles, stories=[story])


def _claims() -> dict[str, Claim]:
    a, b = _articles()
    return {
        "a1": _claim("a1", a, LEAD_A, speaker="the county"),
        "a2": _claim("a2", a, LATE_A),
        "b1": _claim(
            "b1", b, "The county said the Tarrow valley road would stay closed.", speaker="the county"
        ),
        "b2": _claim("b2", b, "Some 340 sheep drowned, farmers said."),
    }


def _sheep(claims: dict[str, Claim]) -> Comparison:
    return Comparison(
        kind="agreement",
        topic="sheep lost",
        measure="sheep lost",
        claim_ids=["a2", "b2"],
        article_ids=["a", "b"],
        explanation="2 sources agree on “sheep lost”.",
        figures=[_figure(claims["a2"], "340"), _figure(claims["b2"], "Some 340")],
    )


def _statement() -> Comparison:
    return Comparison(
        kind="agreement",
        topic="the county: Floods closed the Tarrow valley road on Sunday, the county…",
        measure=None,
        claim_ids=["a1", "b1"],
        article_ids=["a", "b"],
        speakers=["the county"],
        explanation="2 sources report what the county said in the same sense.",
    )


def test_a_statement_point_is_headed_by_its_speaker_not_a_clipped_sentence() -> None:
    claims = _claims()
    report = _report([_statement()], list(claims.values()))
    view = story_view(report, report.stories[0])
    assert view.heading(_statement()) == "What the county said"
    md = render_markdown(report)
    assert "**AGREEMENT · What the county said**" in md
    assert "Floods closed the Tarrow valley road on Sunday, the county…" not in md


def test_the_figure_of_a_long_sentence_is_shown_and_marked() -> None:
    claims = _claims()
    report = _report([_sheep(claims)], list(claims.values()))
    view = story_view(report, report.stories[0])
    quotes = {q.claim.id: q for q in view.quotes(_sheep(claims))}
    pieces = quotes["a2"].pieces(200)
    assert ("340", True) in pieces  # the figure, 230 characters into the sentence, is kept and marked
    assert pieces[0] == ("…", False)
    assert sum(len(t) for t, _ in pieces) <= 205
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=100, color_system=None))
    assert "340 sheep were lost" in out.getvalue()
    assert "**Some 340**" in render_markdown(report)
    assert '<strong class="figure">340</strong>' in render_html(report)


def test_points_told_first_rank_first_among_equals() -> None:
    claims = _claims()
    late = _sheep(claims)
    early = Comparison(
        kind="agreement",
        topic="road closed",
        measure="road closed",
        claim_ids=["a1", "b1"],
        article_ids=["a", "b"],
        explanation="2 sources agree on “road closed”.",
    )
    report = _report([late, early], list(claims.values()))
    view = story_view(report, report.stories[0])
    agreements = next(s for s in view.sections if s.key == "agreements")
    assert [c.measure for c in agreements.points] == ["road closed", "sheep lost"]


def test_background_points_are_marked_for_the_reader() -> None:
    claims = _claims()
    old = _sheep(claims).model_copy(update={"background": True, "measure": "sheep lost in 1987"})
    report = _report([old], list(claims.values()))
    assert "(background)" in render_markdown(report)
    assert "(background)" in render_html(report)
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=100, color_system=None))
    assert "(background)" in out.getvalue()


def test_one_value_written_twice_by_one_outlet_is_one_cell_value() -> None:
    claims = _claims()
    comp = _sheep(claims).model_copy(
        update={
            "kind": "agreement",
            "measure": "road length",
            "values": [
                OutletValue(
                    outlet="Valley Courier",
                    value="12 kilometres",
                    low=12,
                    high=12,
                    unit="km",
                    article_ids=["a"],
                    figures=[_figure(claims["a2"], "340")],
                ),
                OutletValue(
                    outlet="Valley Courier",
                    value="7.5 miles",
                    low=12.07,
                    high=12.07,
                    unit="km",
                    article_ids=["a"],
                    figures=[_figure(claims["a2"], "340")],
                ),
                OutletValue(
                    outlet="Valley Courier",
                    value="12km",
                    low=12,
                    high=12,
                    unit="km",
                    article_ids=["a"],
                    figures=[_figure(claims["a2"], "340")],
                ),
                OutletValue(
                    outlet="Hill Gazette",
                    value="20 km",
                    low=20,
                    high=20,
                    unit="km",
                    article_ids=["b"],
                    figures=[_figure(claims["b2"], "Some 340")],
                ),
            ],
        }
    )
    report = _report([comp], list(claims.values()))
    view = story_view(report, report.stories[0])
    cells = view.overview[0].cells
    assert [c.value for c in cells[1]] == ["12 kilometres (7.5 miles)"]
    assert [c.value for c in cells[2]] == ["20 km"]


def test_explanations_open_with_a_capital_and_quotes_are_not_doubled() -> None:
    from parallax.render.wording import opening, quoted

    assert opening("the survey says the mayor is wrong.") == "The survey says the mayor is wrong."
    assert opening("3 sources agree.") == "3 sources agree."
    assert quoted('"It held," she said.') == '"It held," she said.'
    assert quoted("It held.") == "“It held.”"


def test_a_citation_names_every_source_even_when_only_some_claims_are_known() -> None:
    claims = _claims()
    report = _report([], list(claims.values()))
    view = story_view(report, report.stories[0])
    cited = view.cited(["a1"], ["a", "b"])
    assert [(c.number, c.claim_id) for c in cited] == [(1, "a1"), (2, None)]


def test_terminal_overview_sets_the_kind_apart_from_the_measure() -> None:
    claims = _claims()
    comp = _sheep(claims).model_copy(
        update={
            "values": [
                OutletValue(
                    outlet="Valley Courier",
                    value="340",
                    low=340,
                    high=340,
                    unit="count",
                    article_ids=["a"],
                    figures=[_figure(claims["a2"], "340")],
                ),
                OutletValue(
                    outlet="Hill Gazette",
                    value="Some 340",
                    low=340,
                    high=340,
                    unit="count",
                    article_ids=["b"],
                    figures=[_figure(claims["b2"], "Some 340")],
                ),
            ]
        }
    )
    report = _report([comp], list(claims.values()))
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=100, color_system=None))
    assert "sheep lost (agreement)" in out.getvalue()


def test_sources_lines_give_each_source_s_day() -> None:
    claims = _claims()
    report = _report([], list(claims.values()))
    report.articles[1].published = "2026-04-02T08:30:00"
    assert "[2] Hill Gazette (2026-04-02)" in render_markdown(report)
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=100, color_system=None))
    assert "[2] Hill Gazette (2026-04-02)" in out.getvalue()
