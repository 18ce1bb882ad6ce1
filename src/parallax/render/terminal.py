"""The report in the terminal (rich): per story the sources, an overview table of the measures that
two or more outlets give, then disputes, agreements and what one outlet alone reports (ranked, at most
ten points a section), and the timeline.

Each point is a short block that wraps to any terminal width; article text goes in as plain ``Text``,
never as markup. Lines carry no trailing spaces, so piped output is clean."""

from __future__ import annotations

import re

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from parallax.model import Comparison, Report, TimelineEvent
from parallax.render.view import StoryView, plural, story_view
from parallax.render.wording import TIMELINE_PART_TITLES, opening, when

_STYLE = {
    "contradiction": "bold red",
    "disagreement": "yellow",
    "evolving": "magenta",
    "agreement": "green",
    "unique": "cyan",
}
_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _most_reported(events: list[TimelineEvent], limit: int) -> list[TimelineEvent]:
    """At most ``limit`` events in date order: those most reported, then the latest (the news of the story is
    its latest days, not the first entries of a long list)."""
    if len(events) <= limit:
        return events
    order = {id(e): i for i, e in enumerate(events)}
    kept = sorted(events, key=lambda e: (len(e.article_ids), order[id(e)]), reverse=True)[:limit]
    return sorted(kept, key=lambda e: order[id(e)])


def _overview(console: Console, view: StoryView) -> None:
    """Measures by outlet; columns are headed by source numbers (the Sources line names them)."""
    if not view.overview:
        return
    table = Table(
        title="Overview", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False
    )
    table.add_column("Measure", ratio=3, min_width=12, overflow="fold")
    for source in view.columns:
        table.add_column(f"[{source.number}]", ratio=2, min_width=6, overflow="fold")
    for row in view.overview:
        cells = []
        for source in view.columns:
            found = row.cells.get(source.number, [])
            cells.append(Text("; ".join(c.value for c in found) or "–"))
        measure = Text(row.measure, style="bold")
        # The kind in brackets: without colour, "diverted disagreement" would read as one phrase.
        measure.append(
            f" ({row.kind}{', background' if row.background else ''})", style=_STYLE.get(row.kind, "")
        )
        table.add_row(measure, *cells)
    console.print(table)
    console.print()


def _point(console: Console, view: StoryView, comp: Comparison) -> None:
    style = _STYLE.get(comp.kind, "")
    heading = Text("● ", style=style)
    heading.append(comp.kind.upper(), style=style)
    heading.append("  " + view.heading(comp), style="bold")
    if comp.background:
        heading.append("  (background)", style="dim")
    heading.append("  " + view.cite_numbers((), comp.article_ids), style="dim")
    console.print(heading)
    console.print(Padding(Text(opening(comp.explanation)), (0, 0, 0, 2), expand=False))
    for quote in view.quotes(comp)[:4]:
        claim = quote.claim
        line = Text(f"[{view.number.get(claim.article_id, '?')}] ", style="dim")
        if claim.headline:
            line.append("Headline: ", style="bold")
        if claim.speaker:
            line.append(claim.speaker + ": ", style="italic")
        for text, figure in quote.pieces(200):
            line.append(text, style="bold" if figure else "")
        console.print(Padding(line, (0, 0, 0, 4), expand=False))
    console.print()


def _story(console: Console, report: Report, view: StoryView) -> None:
    story = view.story
    console.rule(Text(story.title, style="bold"))
    console.print(Text("Sources: " + "; ".join(f"[{s.number}] {s.dated_label}" for s in view.sources)))
    if story.failed:
        console.print(Text(f"Not analysed: {story.failed}", style="bold red"))
    console.print()
    _overview(console, view)
    for section in view.sections:
        console.print(Text(section.title, style="bold underline"))
        for comp in section.points:
            _point(console, view, comp)
        if section.hidden:
            console.print(Text(f"… {section.hidden} more (see --html, --markdown or --json)", style="dim"))
            console.print()
    parts = view.timeline_parts()
    shown = {"": 12, "Ahead": 6, "Earlier": 6}
    for title, events in parts:
        console.print(
            Text(f"Timeline: {TIMELINE_PART_TITLES[title].lower()}" if title else "Timeline", style="bold underline")
        )
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column()
        for event in _most_reported(events, shown[title]):
            text = Text(_clip(event.text, 160) + " ")
            text.append(view.cite_numbers(event.claim_ids, event.article_ids), style="dim")
            grid.add_row(when(event.date), text)
        console.print(Padding(grid, (0, 0, 0, 2), expand=False))
        if len(events) > shown[title]:
            console.print(Text(f"  … {len(events) - shown[title]} more dated events", style="dim"))


def render_terminal(report: Report, console: Console) -> None:
    """Print a readable report; article text is printed as text, never as markup."""
    with console.capture() as capture:
        console.print(
            Text.assemble(
                ("Parallax", "bold"),
                f": {plural(len(report.articles), 'article')}, "
                f"{plural(len(report.stories), 'story', 'stories')}, {len(report.rejected)} rejected",
            )
        )
        for story in report.stories:
            _story(console, report, story_view(report, story))
    console.file.write(_TRAILING.sub(r"\1", capture.get()))
    console.file.flush()
