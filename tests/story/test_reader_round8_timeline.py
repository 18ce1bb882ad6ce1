"""The timeline as a reader takes it: the story's own days first, then what is ahead, then background; the
news kept when the list is cut; times of day in the order of the day. Invented events."""

from __future__ import annotations

import io

from rich.console import Console

from parallax.model import Article, Claim, DateMention, Report, Story, TimelineEvent
from parallax.render import render_html, render_markdown, render_terminal
from parallax.render.wording import when
from parallax.story.timeline import build_timeline, date_sort_key, timeline_parts


def _event(date: str, text: str, articles: list[str] | None = None) -> TimelineEvent:
    return TimelineEvent(date=date, text=text, article_ids=articles or ["a"])


EVENTS = [
    _event("1987", "The old dam was built in 1987."),
    _event("2025-11", "A first survey found cracks in November."),
    _event("2026-03-02", "Engineers closed the dam on Monday."),
    _event("2026-03-04", "The county said on Wednesday the lake would be drained."),
    _event("2026-09", "Repairs are due to end in September."),
]


def test_parts_put_the_story_first_then_ahead_then_background() -> None:
    parts = timeline_parts(EVENTS, ["2026-03-04", "2026-03-05T09:00:00"])
    assert [(title, [e.date for e in events]) for title, events in parts] == [
        ("", ["2026-03-02", "2026-03-04"]),
        ("Ahead", ["2026-09"]),
        ("Earlier", ["1987", "2025-11"]),
    ]
    # No publication date: nothing to measure against, one list.
    assert [title for title, _ in timeline_parts(EVENTS, [None])] == [""]


def test_renderers_show_the_story_s_days_before_the_background() -> None:
    articles = [Article(id="a", source="a.txt", outlet="Lake Gazette", text="x", published="2026-03-04")]
    story = Story(id="s", title="Dam drained", article_ids=["a"], timeline=EVENTS)
    report = Report(articles=articles, stories=[story])
    md = render_markdown(report)
    timeline = md.split("### Timeline", 1)[1]
    assert (
        timeline.index("Engineers closed") < timeline.index("Earlier (background)") < timeline.index("1987")
    )
    assert timeline.index("Ahead") < timeline.index("Repairs are due")
    page = render_html(report)
    assert page.index("Engineers closed") < page.index("Earlier (background)") < page.index("The old dam")
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=100, color_system=None))
    text = out.getvalue()
    assert text.index("Engineers closed") < text.index("earlier (background)") < text.index("The old dam")


def test_a_cut_timeline_keeps_the_most_reported_and_latest_events() -> None:
    claims = [
        Claim(
            id=f"c{i}",
            article_id="a",
            start=0,
            end=10,
            text=f"Event number {i} happened to the harbour wall {'x' * i}.",
            dates=[DateMention(start=0, end=1, text="x", value=f"20{10 + i}-05-01")],
        )
        for i in range(6)
    ]
    events = build_timeline(claims, limit=3)
    assert [e.date for e in events] == ["2013-05-01", "2014-05-01", "2015-05-01"]


def test_times_of_day_are_read_and_sorted_in_the_order_of_the_day() -> None:
    values = ["2026-03-02TAF", "2026-03-02T10:15", "2026-03-02TMO", "2026-03-02", "2026-03-02T16:40"]
    assert sorted(values, key=date_sort_key) == [
        "2026-03-02",
        "2026-03-02TMO",
        "2026-03-02T10:15",
        "2026-03-02TAF",
        "2026-03-02T16:40",
    ]
    assert when("2026-03-02T10:15") == "2026-03-02 10:15"
