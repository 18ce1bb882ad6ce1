"""The reader's view: sources with their carriers, the overview table, ranked and capped sections."""

from __future__ import annotations

import io
import re

from rich.console import Console

from parallax.model import (
    Article,
    Claim,
    Comparison,
    FigureRef,
    OutletValue,
    Report,
    Story,
    TimelineEvent,
)
from parallax.render import render_html, render_markdown, render_terminal
from parallax.render.view import story_view


def _article(
    aid: str, outlet: str | None, text: str, copy_of: str | None = None, source: str | None = None
) -> Article:
    return Article(id=aid, source=source or f"{aid}.txt", outlet=outlet, text=text, copy_of=copy_of)


def _figure_comparison(
    kind: str, measure: str, values: dict[str, str], background: bool = False
) -> Comparison:
    return Comparison(
        kind=kind,  # type: ignore[arg-type]
        topic=measure,
        measure=measure,
        claim_ids=[f"{a}#s0" for a in values],
        article_ids=list(values),
        explanation=f"{measure}: " + ", ".join(values.values()),
        figures=[FigureRef(claim_id=f"{a}#s0", start=0, end=len(v), text=v) for a, v in values.items()],
        values=[
            OutletValue(
                outlet=a,
                value=v,
                article_ids=[a],
                figures=[FigureRef(claim_id=f"{a}#s0", start=0, end=len(v), text=v)],
            )
            for a, v in values.items()
        ],
        background=background,
    )


def _report(points: list[Comparison]) -> Report:
    articles = [
        _article("a", "Harbour Post", "Twelve people died, the coastguard said."),
        _article("b", "Valley Courier", "The coastguard said 12 people died."),
        _article(
            "c", None, "Twelve people died, the coastguard said.", source="pages/sh_8b19453030820413.txt"
        ),
        _article("d", "Hill Gazette", "Twelve people died, the coastguard said.", copy_of="a"),
    ]
    claims = [
        Claim(id=f"{a.id}#s0", article_id=a.id, start=0, end=len(a.text), text=a.text) for a in articles
    ]
    story = Story(
        id="s1", title="Ferry sinks", article_ids=[a.id for a in articles], claims=claims, comparisons=points
    )
    return Report(articles=articles, stories=[story])


def test_copies_count_as_one_source_carried_by_other_outlets_and_ids_are_never_outlets() -> None:
    report = _report([])
    view = story_view(report, report.stories[0])
    labels = [s.label for s in view.sources]
    assert labels == ["Harbour Post, carried by Hill Gazette", "Valley Courier", "source 3"]
    assert view.number["d"] == view.number["a"] == 1
    page = render_html(report)
    assert "sh_8b19453030820413" not in page.split("<h3")[0]  # not in the sources line
    assert "carried by Hill Gazette" in render_markdown(report)


def test_overview_table_rows_are_measures_given_by_two_outlets() -> None:
    points = [
        _figure_comparison("agreement", "people killed", {"a": "12", "b": "12 people", "c": "twelve"}),
        _figure_comparison("unique", "boats sent", {"a": "3 boats"}),
    ]
    report = _report(points)
    view = story_view(report, report.stories[0])
    assert [row.measure for row in view.overview] == ["people killed"]
    assert sorted(view.overview[0].cells) == [1, 2, 3]
    md = render_markdown(report)
    table = md.split("### Overview", 1)[1].split("###", 1)[0]
    assert "| people killed (agreement) | 12 [1] | 12 people [2] | twelve [3] |" in table
    assert "boats sent" not in table
    page = render_html(report)
    assert '<table class="overview"' in page and re.search(r'<th scope="row"[^>]*>people killed', page)


def test_sections_rank_story_points_first_and_show_at_most_ten() -> None:
    many = [_figure_comparison("unique", f"measure {i}", {"b": f"{i} units"}) for i in range(13)]
    background = _figure_comparison("agreement", "earlier toll", {"a": "40", "b": "40"}, background=True)
    own = _figure_comparison("agreement", "people killed", {"a": "12", "b": "12"})
    wide = _figure_comparison("agreement", "people missing", {"a": "2", "b": "2", "c": "2"})
    report = _report([*many, background, own, wide])
    view = story_view(report, report.stories[0])
    agreements = next(s for s in view.sections if s.key == "agreements")
    assert [c.measure for c in agreements.points] == ["people missing", "people killed", "earlier toll"]
    unique = next(s for s in view.sections if s.key == "unique")
    assert len(unique.points) == 10 and unique.hidden == 3
    assert "… 3 more" in render_markdown(report)
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=80, color_system=None))
    assert "… 3 more" in out.getvalue()
    assert '<details class="more"><summary>3 more</summary>' in render_html(report)


def test_terminal_output_has_no_trailing_spaces_and_wrapped_timeline_lines_stay_indented() -> None:
    report = _report([_figure_comparison("disagreement", "people killed", {"a": "12", "b": "14"})])
    long_text = "The ferry left the harbour in a storm and sank near the northern reef " * 3
    report.stories[0].timeline = [TimelineEvent(date="2024-05-01", text=long_text, article_ids=["a"])]
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=60, color_system=None))
    text = out.getvalue()
    assert not re.search(r"[ \t]+$", text, re.MULTILINE)
    lines = text.split("Timeline", 1)[1].strip("\n").splitlines()
    assert lines[0].lstrip().startswith("2024-05-01")
    assert len(lines) >= 2 and all(line.startswith(" " * 8) for line in lines[1:3])
    assert "1 story" in text.splitlines()[0]
