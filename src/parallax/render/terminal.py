"""The report in the terminal (rich): for each story, the disputes first, then what is shared."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from parallax.model import Report
from parallax.render.common import claim_index, outlet_name, story_articles

_STYLE = {"contradiction": "bold red", "disagreement": "yellow", "agreement": "green", "unique": "cyan"}
_ORDER = {"contradiction": 0, "disagreement": 1, "agreement": 2, "unique": 3}


def render_terminal(report: Report, console: Console, max_unique: int = 8) -> None:
    """Print a readable report; article text is printed as text, never as markup."""
    console.print(
        f"[bold]Parallax[/bold]: {len(report.articles)} articles, {len(report.stories)} stories, "
        f"{len(report.rejected)} rejected"
    )
    for story in report.stories:
        articles = story_articles(report, story)
        number = {a.id: k for k, a in enumerate(articles, start=1)}
        claims = claim_index(story)
        console.rule(f"[bold]{escape(story.title)}[/bold]")
        console.print("Sources: " + "; ".join(f"[{number[a.id]}] {escape(outlet_name(a))}" for a in articles), markup=True)
        table = Table(show_lines=True, expand=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("topic")
        table.add_column("what the sources say", ratio=3)
        shown_unique = 0
        for comp in sorted(story.comparisons, key=lambda c: _ORDER[c.kind]):
            if comp.kind == "unique":
                shown_unique += 1
                if shown_unique > max_unique:
                    continue
            said = []
            for claim_id in comp.claim_ids[:4]:
                claim = claims.get(claim_id)
                if claim is not None:
                    who = f" {claim.speaker}:" if claim.speaker else ""
                    said.append(f"[{number.get(claim.article_id, '?')}]{who} {claim.text[:160]}")
            table.add_row(
                f"[{_STYLE[comp.kind]}]{comp.kind}[/]",
                escape(comp.topic),
                escape(comp.explanation) + "\n" + escape("\n".join(said)),
            )
        console.print(table)
        hidden = shown_unique - max_unique
        if hidden > 0:
            console.print(f"... and {hidden} more points reported by one outlet only (see --html or --json)")
        if story.timeline:
            console.print("[bold]Timeline[/bold]")
            for event in story.timeline[:12]:
                cites = "".join(f"[{number.get(a, '?')}]" for a in event.article_ids)
                console.print(f"  {event.date}  {escape(event.text[:120])} {escape(cites)}")
