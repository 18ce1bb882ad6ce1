"""The report as Markdown: overview table and ranked points first, then summary, timeline, entities."""

from __future__ import annotations

from parallax.model import Comparison, Report
from parallax.render.view import StoryView, plural, story_view
from parallax.render.wording import TIMELINE_PART_TITLES, kind_name, opening, quoted, source_numbers, when


def _md(text: str) -> str:
    """Escape the characters that Markdown would read as markup or HTML."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _md_run(text: str) -> str:
    """:func:`_md` of a run inside a line, keeping the single spaces at its edges."""
    inner = _md(text)
    return (" " if text[:1].isspace() else "") + inner + (" " if text[-1:].isspace() and inner else "")


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
        kind = f"{row.kind}, background" if row.background else row.kind
        lines.append(f"| {_md(row.measure)} ({kind}) | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _point(view: StoryView, comp: Comparison) -> list[str]:
    label = comp.kind.upper()
    background = " (background)" if comp.background else ""
    lines = [
        f"- **{label} · {_md(view.heading(comp))}**{background}: {_md(opening(comp.explanation))} "
        f"{view.cite_numbers((), comp.article_ids)}"
    ]
    for quote in view.quotes(comp):
        claim = quote.claim
        who = f" ({_md(claim.speaker)})" if claim.speaker else ""
        where = " headline" if claim.headline else ""
        # Figures in bold; markup characters are escaped first, so the only ** are ours.
        body = "".join(f"**{_md(t).strip()}**" if figure else _md_run(t) for t, figure in quote.pieces())
        lines.append(f"  - [{view.number.get(claim.article_id, '?')}]{where}{who}: {quoted(body)}")
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
        lines.append("Sources: " + "; ".join(f"[{s.number}] {_md(s.dated_label)}" for s in view.sources))
        lines.append("")
        if story.failed:
            lines += [f"**Not analysed:** {_md(story.failed)}", ""]
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
                lines.append(
                    f"{_md(sentence.text)} {view.cite_numbers(sentence.claim_ids, sentence.article_ids)}"
                )
            lines.append("")
        if story.timeline:
            lines += ["### Timeline", ""]
            for title, events in view.timeline_parts():
                if title:
                    lines += [f"**{TIMELINE_PART_TITLES[title]}**", ""]
                for event in events:
                    cited = view.cite_numbers(event.claim_ids, event.article_ids)
                    lines.append(f"- {_md(when(event.date))}: {_md(event.text)} {cited}")
                lines.append("")
        if story.entities:
            lines += ["### Entities", ""]
            for entity in story.entities:
                variants = ", ".join(
                    f"{_md(v.text)} ({source_numbers(v.article_ids, view.number)})" for v in entity.variants
                )
                lines.append(f"- **{_md(entity.name)}** ({kind_name(entity.label)}): {variants}")
            lines.append("")
    if report.rejected:
        lines += ["## Rejected inputs", ""]
        for item in report.rejected:
            lines.append(f"- {_md(item.source)}: {_md(item.reason)} ({item.code}, {item.stage})")
        lines.append("")
    return "\n".join(lines)
