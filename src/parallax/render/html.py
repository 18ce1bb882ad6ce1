"""The report as one self-contained HTML page.

Everything from the articles is escaped by Jinja2's autoescape; the page has a
Content-Security-Policy that allows no network access at all (no scripts, no
remote styles, fonts or images), so a report opened from disk loads nothing.
Citations are plain links to the cited sentence in the article, highlighted
with the CSS ``:target`` rule; each names its outlet (title and aria-label).
No script is needed; the page fits a 390 px screen without horizontal scroll
(wide tables scroll inside their own box).
"""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, FileSystemLoader, select_autoescape

from parallax.model import Report
from parallax.render.common import html_id
from parallax.render.view import plural, story_view
from parallax.render.wording import TIMELINE_PART_TITLES, kind_name, opening, source_numbers, when


def _environment() -> Environment:
    folder = str(resources.files("parallax") / "render" / "templates")
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["html_id"] = html_id
    env.globals.update(
        plural=plural,
        kind_name=kind_name,
        opening=opening,
        source_numbers=source_numbers,
        when=when,
        timeline_part_titles=TIMELINE_PART_TITLES,
    )
    return env


def render_html(report: Report) -> str:
    """A single HTML file: overview and ranked points first, then summary, timeline, entities, articles."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, stories=[story_view(report, s) for s in report.stories])
