"""The report as Markdown: comparison first, then summary, timeline, entities and sources."""

from __future__ import annotations

from parallax.model import Report
from parallax.render.common import claim_index, outlet_name, story_articles

_KIND_TITLE = {
    "contradiction": "Contradictions",
    "disagreement": "Disagreements",
    "agreement": "Agreements",
    "unique": "Reported by one outlet only",
}


def _md(text: str) -> str:
    """Escape the characters that Markdown would read as markup or HTML."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _cites(article_ids: list[str], number: dict[str, int]) -> str:
    """'[1][3]': the numbers of the cited articles that are in this story."""
    return "".join(f"[{number[a]}]" for a in article_ids if a in number)


def render_markdown(report: Report) -> str:
    lines: list[str] = ["# Parallax report", ""]
    lines.append(
        f"{len(report.articles)} articles, {len(report.stories)} stories, {len(report.rejected)} inputs rejected."
    )
    lines.append("")
    for story in report.stories:
        articles = story_articles(report, story)
        names = {a.id: outlet_name(a) for a in articles}
        number = {a.id: k for k, a in enumerate(articles, start=1)}
        claims = claim_index(story)
        lines += [f"## {_md(story.title)}", ""]
        lines.append("Sources: " + "; ".join(f"[{number[a.id]}] {_md(names[a.id])}" for a in articles))
        lines.append("")
        for kind in ("contradiction", "disagreement", "agreement", "unique"):
            items = [c for c in story.comparisons if c.kind == kind]
            if not items:
                continue
            lines += [f"### {_KIND_TITLE[kind]}", ""]
            for comp in items:
                lines.append(f"- **{_md(comp.topic)}**: {_md(comp.explanation)} {_cites(comp.article_ids, number)}")
                for claim_id in comp.claim_ids:
                    claim = claims.get(claim_id)
                    if claim is None:
                        continue
                    who = f" ({_md(claim.speaker)})" if claim.speaker else ""
                    lines.append(f"  - [{number.get(claim.article_id, '?')}]{who}: \"{_md(claim.text)}\"")
            lines.append("")
        if story.summary:
            lines += ["### Summary", ""]
            for sentence in story.summary:
                lines.append(f"{_md(sentence.text)} {_cites(sentence.article_ids, number)}")
            lines.append("")
        if story.timeline:
            lines += ["### Timeline", ""]
            for event in story.timeline:
                lines.append(f"- {event.date}: {_md(event.text)} {_cites(event.article_ids, number)}")
            lines.append("")
        if story.entities:
            lines += ["### Entities", ""]
            for entity in story.entities:
                variants = ", ".join(
                    f"{_md(v.text)} ({', '.join(str(number.get(a, '?')) for a in v.article_ids)})" for v in entity.variants
                )
                lines.append(f"- **{_md(entity.name)}** ({entity.label}): {variants}")
            lines.append("")
    if report.rejected:
        lines += ["## Rejected inputs", ""]
        for item in report.rejected:
            lines.append(f"- {_md(item.source)}: {_md(item.reason)} ({item.code}, {item.stage})")
        lines.append("")
    return "\n".join(lines)
