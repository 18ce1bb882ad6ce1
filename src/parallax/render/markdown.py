"""The report as Markdown: overview table and ranked points first, then summary, timeline, entities."""

from __future__ import annotations

from parallax.model import Comparison, Report
from parallax.render.view import StoryView, plural, story_view


def _md(text: str) -> str:
    """Escape the characters that Markdown would read as markup or HTML."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _cites(article_ids: list[str], number: dict[str, int]) -> str:
    """'[1][3]': the numbers of the cited sources that are in this story, each once."""
    seen: list[int] = []
    for a in article_ids:
        if a in number and number[a] not in seen:
            seen.append(number[a])
    return "".join(f"[{n}]" for n in seen)


def _overview(view: StoryView) -> list[str]:
    if not view.overview:
        return []
    head = "| Measure | " + " | ".join(f"[{s.number}] {_md(s.outlet)}" for s in view.columns) + " |"
    lines = ["### Overview", "", head, "|" + " --- |" * (len(view.columns) + 1)]
    for row in view.overview:
        cells = []
        for source in view.columns:
            found = row.cells.get(source.number, [])
            cells.append("; ".join(f"{_md(c.value)} [{c.number}]" for c in found) or "–")
        lines.append(f"| {_md(row.measure)} ({row.kind}) | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _point(view: StoryView, comp: Comparison) -> list[str]:
    label = comp.kind.upper()
    lines = [
        f"- **{label} · {_md(comp.measure or comp.topic)}**: {_md(comp.explanation)} {_cites(comp.article_ids, view.number)}"
    ]
    for claim_id in comp.claim_ids:
        claim = view.claims.get(claim_id)
        if claim is None:
            continue
        who = f" ({_md(claim.speaker)})" if claim.speaker else ""
        lines.append(f'  - [{view.number.get(claim.article_id, "?")}]{who}: "{_md(claim.text)}"')
    return lines


def render_markdown(report: Report) -> str:
    lines: list[str] = ["# Parallax report", ""]
    lines.append(
        f"{plural(len(report.articles), 'article')}, {plural(len(report.stories), 'story', 'stories')}, "
        f"{plural(len(report.rejected), 'input')} rejected."
    )
    lines.append("")
    for story in report.stories:
        view = story_view(report, story)
        lines += [f"## {_md(story.title)}", ""]
        lines.append("Sources: " + "; ".join(f"[{s.number}] {_md(s.label)}" for s in view.sources))
        lines.append("")
        lines += _overview(view)
        for section in view.sections:
            lines += [f"### {section.title}", ""]
            for comp in section.points:
                lines += _point(view, comp)
            if section.hidden:
                lines.append(f"- … {section.hidden} more (all are in the JSON report)")
            lines.append("")
        if story.summary:
            lines += ["### Summary", ""]
            for sentence in story.summary:
                lines.append(f"{_md(sentence.text)} {_cites(sentence.article_ids, view.number)}")
            lines.append("")
        if story.timeline:
            lines += ["### Timeline", ""]
            for event in story.timeline:
                lines.append(f"- {event.date}: {_md(event.text)} {_cites(event.article_ids, view.number)}")
            lines.append("")
        if story.entities:
            lines += ["### Entities", ""]
            for entity in story.entities:
                variants = ", ".join(
                    f"{_md(v.text)} ({', '.join(str(view.number.get(a, '?')) for a in v.article_ids)})"
                    for v in entity.variants
                )
                lines.append(f"- **{_md(entity.name)}** ({entity.label}): {variants}")
            lines.append("")
    if report.rejected:
        lines += ["## Rejected inputs", ""]
        for item in report.rejected:
            lines.append(f"- {_md(item.source)}: {_md(item.reason)} ({item.code}, {item.stage})")
        lines.append("")
    return "\n".join(lines)
