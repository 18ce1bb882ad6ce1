"""The report as one self-contained HTML page.

Everything from the articles is escaped by Jinja2's autoescape; the page has a
Content-Security-Policy that allows no network access at all (no scripts, no
remote styles, fonts or images), so a report opened from disk loads nothing.
Citations are plain links to the cited sentence in the article, highlighted
with the CSS ``:target`` rule; no script is needed.
"""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, FileSystemLoader, select_autoescape

from parallax.model import Report, Story
from parallax.render.common import claim_index, outlet_name, paragraph_segments, story_articles

_KINDS = ("contradiction", "disagreement", "agreement", "unique")


def _environment() -> Environment:
    folder = str(resources.files("parallax") / "render" / "templates")
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _story_view(report: Report, story: Story) -> dict[str, object]:
    articles = story_articles(report, story)
    number = {a.id: k for k, a in enumerate(articles, start=1)}
    claims = claim_index(story)
    by_article: dict[str, list] = {a.id: [] for a in articles}
    for claim in story.claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    groups = []
    for kind in _KINDS:
        items = [c for c in story.comparisons if c.kind == kind]
        if items:
            groups.append({"kind": kind, "items": items})
    return {
        "story": story,
        "groups": groups,
        "claims": claims,
        "number": number,
        "articles": [
            {
                "article": a,
                "outlet": outlet_name(a),
                "paragraphs": paragraph_segments(a.text, by_article.get(a.id, [])),
            }
            for a in articles
        ],
    }


def render_html(report: Report) -> str:
    """A single HTML file: comparison first, then summary, timeline, entities, and the clean articles."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, stories=[_story_view(report, s) for s in report.stories])
