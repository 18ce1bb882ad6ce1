"""The report in the terminal (rich): for each story, the disputes first, then what is shared.

Each point is a short block (kind and topic, the explanation, the cited claims) that wraps to any
terminal width; article text goes in as plain ``Text``, never as markup."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from parallax.model import Report
from parallax.render.common import claim_index, outlet_name, story_articles

_STYLE = {"contradiction": "bold red", "disagreement": "yellow", "agreement": "green", "unique": "cyan"}
_ORDER = {"contradiction": 0, "disagreement": 1, "agreement": 2, "unique": 3}


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _count(n: int, word: str, plural: str) -> str:
    return f"{n} {word if n == 1 else plural}"


def render_terminal(report: Report, console: Console, max_unique: int = 8) -> None:
    """Print a readable report; article text is printed as text, never as markup."""
    console.print(
        f"[bold]Parallax[/bold]: {_count(len(report.articles), 'article', 'articles')}, "
        f"{_count(len(report.stories), 'story', 'stories')}, {len(report.rejected)} rejected"
    )
    for story in report.stories:
        articles = story_articles(report, story)
        number = {a.id: k for k, a in enumerate(articles, start=1)}
        claims = claim_index(story)
        console.rule(f"[bold]{escape(story.title)}[/bold]")
        console.print(
            "Sources: " + "; ".join(f"[{number[a.id]}] {escape(outlet_name(a))}" for a in articles),
            markup=True,
        )
        shown_unique = 0
        for comp in sorted(story.comparisons, key=lambda c: _ORDER[c.kind]):
            if comp.kind == "unique":
                shown_unique += 1
                if shown_unique > max_unique:
                    continue
            cites = "".join(f"[{number.get(a, '?')}]" for a in comp.article_ids)
            heading = Text("● ", style=_STYLE[comp.kind])
            heading.append(comp.kind.upper(), style=_STYLE[comp.kind])
            heading.append("  " + comp.topic, style="bold")
            heading.append("  " + cites, style="dim")
            console.print(heading)
            console.print(Padding(Text(comp.explanation), (0, 0, 0, 2)))
            for claim_id in comp.claim_ids[:4]:
                claim = claims.get(claim_id)
                if claim is None:
                    continue
                line = Text(f"[{number.get(claim.article_id, '?')}] ", style="dim")
                if claim.speaker:
                    line.append(claim.speaker + ": ", style="italic")
                line.append(_clip(claim.text, 200))
                console.print(Padding(line, (0, 0, 0, 4)))
            console.print()
        hidden = shown_unique - max_unique
        if hidden > 0:
            points = _count(hidden, "more point", "more points")
            console.print(f"... and {points} reported by one outlet only (see --html or --json)")
        if story.timeline:
            console.print("[bold]Timeline[/bold]")
            # A grid keeps wrapped lines of an event indented under its text, not under its date.
            grid = Table.grid(padding=(0, 2))
            grid.add_column(no_wrap=True, style="bold")
            grid.add_column()
            for event in story.timeline[:12]:
                cites = "".join(f"[{number.get(a, '?')}]" for a in event.article_ids)
                line = Text(_clip(event.text, 160) + " ")
                line.append(cites, style="dim")
                grid.add_row(event.date, line)
            console.print(Padding(grid, (0, 0, 0, 2)))
