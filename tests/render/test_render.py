"""Renderers: HTML is escaped and self-contained, Markdown and JSON carry the report."""

from __future__ import annotations

import json
import re

import pytest

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
from parallax.render import render_html, render_json, render_markdown

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _report() -> Report:
    text = f"The council said 40 km. {EVIL} Second paragraph.\n\nThe mayor said 25 miles."
    article = Article(id="a1", source="a1.txt", title=f"Title {EVIL}", outlet="Post <b>", text=text)
    other = Article(
        id="a2", source="a2.txt", title="Other", outlet="Courier", text="The mayor said 25 miles."
    )
    claims = [
        Claim(
            id="a1#s0", article_id="a1", start=0, end=24, text="The council said 40 km.", speaker="council"
        ),
        Claim(id="a2#s0", article_id="a2", start=0, end=24, text="The mayor said 25 miles.", speaker="mayor"),
    ]
    story = Story(
        id="s1",
        title=f"Story {EVIL}",
        article_ids=["a1", "a2"],
        entities=[
            Entity(
                id="e1",
                name=EVIL,
                label="PERSON",
                variants=[Variant(text=EVIL, article_ids=["a1"])],
                article_ids=["a1"],
            )
        ],
        claims=claims,
        comparisons=[
            Comparison(
                kind="disagreement",
                topic=f"distance {EVIL}",
                claim_ids=["a1#s0", "a2#s0"],
                article_ids=["a1", "a2"],
                explanation=f"40 km vs 25 miles {EVIL}",
            )
        ],
        summary=[SummarySentence(text=EVIL, article_ids=["a1"])],
        timeline=[TimelineEvent(date="2024-01-02", text=EVIL, article_ids=["a1"], claim_ids=["a1#s0"])],
    )
    return Report(articles=[article, other], stories=[story])


def test_html_escapes_article_text_and_loads_nothing() -> None:
    page = render_html(_report())
    assert "<script" not in page.lower().replace("<script>alert", "")  # only escaped forms remain
    assert "&lt;script&gt;" in page and "<img" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert 'href="#s1-a1#s0"' in page and 'id="s1-a1#s0"' in page  # citation and its target
    # Each citation names its outlet; the reader's view shows no schema version; a skip link comes first.
    assert 'title="[1] Post &lt;b&gt;" aria-label="[1] Post &lt;b&gt;"' in page
    assert "Schema" not in page and "1.0" not in page
    assert page.index('class="skip"') < page.index("<h1>")


def test_html_ids_hold_no_white_space_and_every_citation_finds_its_target() -> None:
    # Article and story ids come from inputs (JSONL ids, file names) and may hold spaces; an HTML id may not.
    report = _report()
    renamed = {"a1": "a 1", "a2": "a\t1"}  # two ids that would collide if white space were only dropped
    data = report.model_dump_json()
    for old, new in renamed.items():
        data = data.replace(f'"{old}', f'"{json.dumps(new)[1:-1]}')
    data = data.replace('"s1"', '"story one"')
    page = render_html(Report.model_validate_json(data))
    ids = re.findall(r'\bid="([^"]*)"', page)
    assert ids and all(not re.search(r"\s", i) for i in ids)
    assert len(ids) == len(set(ids))
    targets = re.findall(r'href="#([^"]*)"', page)
    claim_links = [t for t in targets if "#s0" in t]
    assert len(claim_links) >= 2 and len({t for t in claim_links}) == 2
    assert all(t in ids for t in targets)


def test_markdown_escapes_and_cites() -> None:
    text = render_markdown(_report())
    assert "<script>" not in text and "\\<script\\>" in text
    assert "### Disputes" in text and "[1][2]" in text


def test_json_round_trips() -> None:
    data = json.loads(render_json(_report()))
    assert data["schema_version"] and data["stories"][0]["comparisons"][0]["kind"] == "disagreement"
    assert Report.model_validate(data) == _report()


@pytest.mark.parametrize("kind", ["agreement", "contradiction", "unique"])
def test_each_kind_is_shown(kind: str) -> None:
    report = _report()
    report.stories[0].comparisons[0].kind = kind  # type: ignore[assignment]
    assert f'data-kind="{kind}"' in render_html(report)
