"""Citations of summary sentences and timeline events: one link per source (invented articles)."""

from __future__ import annotations

import re

from parallax.model import Article, Claim, Report, Story, SummarySentence, TimelineEvent
from parallax.render.view import story_view
from parallax.render.wording import when
from parallax.web.pages import citations, cite_sources


def _claim(cid: str, article: str, text: str) -> Claim:
    return Claim(id=cid, article_id=article, start=0, end=len(text), text=text)


def test_a_sentence_drawn_from_many_claims_cites_each_source_once_in_order() -> None:
    articles = [
        Article(id="aa1", source="a.txt", outlet="Brisk Ledger", text="x"),
        Article(id="bb2", source="b.txt", outlet="Fenwold Post", text="x"),
    ]
    claims = [
        _claim("b-1", "bb2", "The quarry will close in June."),
        _claim("a-1", "aa1", "The quarry closes in June, the owners said."),
        _claim("b-2", "bb2", "Forty workers will lose their jobs."),
        _claim("b-3", "bb2", "The owners blamed the price of diesel."),
    ]
    story = Story(
        id="s1",
        title="Quarry to close",
        article_ids=["aa1", "bb2"],
        claims=claims,
        summary=[
            SummarySentence(
                text="The quarry closes in June.",
                article_ids=["aa1", "bb2"],
                claim_ids=["b-1", "a-1", "b-2", "b-3"],
            )
        ],
        timeline=[
            TimelineEvent(date="2026-06-01", text="Closure", article_ids=["bb2"], claim_ids=["b-2", "b-3"]),
            TimelineEvent(date="2026-05-01", text="Talks", article_ids=["aa1", "bb2"], claim_ids=[]),
        ],
    )
    view = story_view(Report(articles=articles, stories=[story]), story)
    cites, links = citations(view)
    summary = str(cite_sources(view, cites, links, story.summary[0].claim_ids, story.summary[0].article_ids))
    numbers = re.findall(r">\[(\d+)\]</a>", summary)
    assert numbers == sorted(set(numbers)) and len(numbers) == 2
    # Each source's link goes to the first claim of that source the sentence rests on.
    first_b = view.number["bb2"]
    assert f'#c-b-1" title="[{first_b}] Fenwold Post"' in summary
    event = str(cite_sources(view, cites, links, story.timeline[0].claim_ids, story.timeline[0].article_ids))
    assert re.findall(r">\[(\d+)\]</a>", event) == [str(first_b)] and "#c-b-2" in event
    # No claim: the articles' own pages, once each.
    talks = str(cite_sources(view, cites, links, [], story.timeline[1].article_ids))
    assert len(re.findall(r'href="/articles/[a-z0-9]+"', talks)) == 2


def test_timeline_dates_are_written_for_readers() -> None:
    assert when("2026-03-09") == "2026-03-09"
    assert when("2026-03") == "March 2026"
    assert when("2026-SP") == "spring 2026"
    assert when("2026-FA") == "autumn 2026"
    assert when("2026-Q3") == "Q3 2026"
    assert when("2026-W10") == "week 10 of 2026"
    assert when("2026-03-09TEV") == "2026-03-09 evening"
    assert when("2026") == "2026"
    assert when("2026-13") == "2026-13"  # not a month: as it is
    assert when("PAST_REF") == "PAST_REF"
