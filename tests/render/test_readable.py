"""The reports are written for readers: entity kinds in words, source numbers once and in order, timeline
dates as a reader writes them, one citation per source (invented articles and names)."""

from __future__ import annotations

import io
import re

from rich.console import Console

from parallax.model import (
    Article,
    Claim,
    Comparison,
    Entity,
    Report,
    Story,
    SummarySentence,
    TimelineEvent,
    Variant,
)
from parallax.render import render_html, render_markdown
from parallax.render.terminal import render_terminal
from parallax.render.view import story_view
from parallax.render.wording import kind_name, source_numbers


def _claim(cid: str, article: str, text: str) -> Claim:
    return Claim(id=cid, article_id=article, start=0, end=len(text), text=text)


def _report() -> Report:
    articles = [
        Article(id="aa1", source="a.txt", outlet="Brisk Ledger", text="The quarry closes in June."),
        Article(id="bb2", source="b.txt", outlet="Fenwold Post", text="Forty workers will lose their jobs."),
        Article(id="cc3", source="c.txt", outlet="Tarn Gazette", text="The owners blamed diesel prices."),
        Article(id="dd4", source="d.txt", outlet="Wire Desk", text="x", copy_of="cc3"),
    ]
    claims = [
        _claim("c-1", "cc3", "The owners blamed diesel prices."),
        _claim("b-1", "bb2", "Forty workers will lose their jobs."),
        _claim("a-1", "aa1", "The quarry closes in June."),
        _claim("b-2", "bb2", "The quarry will shut in June."),
        _claim("b-3", "bb2", "Workers heard the news in spring."),
        _claim("d-1", "dd4", "The owners  blamed diesel prices."),
    ]
    story = Story(
        id="s1",
        title="Quarry to close",
        article_ids=["aa1", "bb2", "cc3", "dd4"],
        claims=claims,
        comparisons=[
            Comparison(
                kind="agreement",
                topic="diesel",
                claim_ids=["d-1", "b-1", "c-1", "a-1"],
                article_ids=["dd4", "bb2", "cc3", "aa1"],
                explanation="All blame diesel.",
            )
        ],
        entities=[
            Entity(
                id="e1",
                name="Brannoch Quarry Company",
                label="ORG",
                variants=[
                    Variant(text="Brannoch Quarry Company", article_ids=["dd4", "bb2", "cc3", "aa1", "bb2"])
                ],
                article_ids=["aa1", "bb2", "cc3", "dd4"],
            ),
            Entity(
                id="e2",
                name="Velmish",
                label="NORP",
                variants=[Variant(text="Velmish", article_ids=["cc3"])],
                article_ids=["cc3"],
            ),
        ],
        summary=[
            SummarySentence(
                text="The quarry closes in June.",
                article_ids=["cc3", "aa1", "bb2"],
                claim_ids=["b-1", "c-1", "b-2", "a-1", "b-3"],
            )
        ],
        timeline=[
            TimelineEvent(date="2026-SP", text="Workers heard.", article_ids=["bb2"], claim_ids=["b-3"]),
            TimelineEvent(
                date="2026-06", text="Closure.", article_ids=["aa1", "bb2"], claim_ids=["b-2", "a-1", "b-1"]
            ),
            TimelineEvent(date="2026-W30", text="Diesel.", article_ids=["cc3", "dd4"], claim_ids=[]),
            TimelineEvent(date="2026-Q4", text="Sale.", article_ids=["aa1"], claim_ids=["a-1"]),
        ],
    )
    return Report(articles=articles, stories=[story])


def test_kinds_are_words_and_source_numbers_are_unique_and_in_order() -> None:
    assert kind_name("NORP") == "group or nationality" and kind_name("GPE") == "place"
    assert kind_name("ORG") == "organisation" and kind_name("WORK_OF_ART") == "work"
    assert source_numbers(["x3", "x1", "x3", "x2"], {"x1": 1, "x2": 2, "x3": 3}) == "1, 2, 3"
    assert source_numbers(["x3", "zz"], {"x3": 3}) == "3, ?"


def test_cited_gives_each_source_once_in_source_order_with_its_first_claim() -> None:
    report = _report()
    view = story_view(report, report.stories[0])
    cited = view.cited(report.stories[0].summary[0].claim_ids, report.stories[0].summary[0].article_ids)
    assert [c.number for c in cited] == [1, 2, 3]
    assert [c.claim_id for c in cited] == ["a-1", "b-1", "c-1"]
    # No known claim: the articles, copies counting as their source.
    assert [(c.number, c.claim_id) for c in view.cited([], ["dd4", "cc3", "aa1"])] == [(1, None), (3, None)]


def test_markdown_is_written_for_readers() -> None:
    md = render_markdown(_report())
    assert "(organisation)" in md and "(group or nationality)" in md
    assert "NORP" not in md and "(ORG)" not in md
    assert "Brannoch Quarry Company (1, 2, 3)" in md
    assert "The quarry closes in June. [1][2][3]" in md
    timeline = md.split("### Timeline")[1].split("###")[0]
    dates = re.findall(r"^- ([^:]+):", timeline, re.MULTILINE)
    assert dates == ["spring 2026", "June 2026", "week 30 of 2026", "Q4 2026"]
    assert "Closure. [1][2]" in timeline and "Diesel. [3]" in timeline
    assert "2026-SP" not in md


def test_html_is_written_for_readers() -> None:
    page = render_html(_report())
    assert "<td>group or nationality</td>" in page and "<td>NORP</td>" not in page
    assert "Brannoch Quarry Company (1, 2, 3)" in page
    assert '<time title="2026-SP">spring 2026</time>' in page
    assert '<time title="2026-W30">week 30 of 2026</time>' in page
    summary = page.split('id="s1-summary"')[1].split("<h3")[0]
    assert re.findall(r">\[(\d)\]</a>", summary) == ["1", "2", "3"]
    assert 'href="#s1-b-1"' in summary and "#s1-b-2" not in summary
    timeline = page.split('id="s1-timeline"')[1].split("<h3")[0]
    closure = timeline.split("Closure.")[1].split("</tr>")[0]
    assert re.findall(r">\[(\d)\]</a>", closure) == ["1", "2"]
    diesel = timeline.split("Diesel.")[1].split("</tr>")[0]
    assert re.findall(r">\[(\d)\]</a>", diesel) == ["3"] and 'href="#s1-a3"' in diesel


def test_terminal_timeline_dates_are_written_for_readers() -> None:
    out = io.StringIO()
    render_terminal(_report(), Console(file=out, width=100, color_system=None))
    text = out.getvalue()
    assert "spring 2026" in text and "week 30 of 2026" in text and "2026-SP" not in text
    assert "Closure. [1][2]" in text


def test_a_point_quotes_each_sentence_once_in_source_order() -> None:
    report = _report()
    view = story_view(report, report.stories[0])
    assert [c.id for c in view.point_claims(report.stories[0].comparisons[0])] == ["a-1", "b-1", "d-1"]
    md = render_markdown(report)
    point = md.split("All blame diesel.")[1].split("###")[0]
    assert re.findall(r"^  - \[(\d)\]", point, re.MULTILINE) == ["1", "2", "3"]
    assert "All blame diesel. [1][2][3]" in md
    page = render_html(report)
    assert (
        page.count("The owners  blamed diesel prices.</li>")
        + page.count("The owners blamed diesel prices.</li>")
        == 1
    )
