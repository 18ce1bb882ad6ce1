"""What a reader is told: outlet names, values as written, and the sentences that explain each point."""

from __future__ import annotations

import math
from collections.abc import Sequence

from parallax.common.outlets import reader_outlet
from parallax.model import Article, Claim, Quantity


class SourceNamer:
    """Names of sources for explanations: the outlet a reader knows (never a machine id), else "source N"
    numbered as the report numbers its sources.

    Copies of one article (``Article.copy_of``, or a group of near-duplicates) count as one source:
    :meth:`source` gives the article they copy.
    """

    def __init__(self, articles: Sequence[Article], duplicates: Sequence[Sequence[str]]) -> None:
        self.articles = {a.id: a for a in articles}
        self.representative: dict[str, str] = {}
        for group in duplicates:
            for article_id in group:
                self.representative[article_id] = group[0]
        for article in articles:
            if article.copy_of and article.copy_of != article.id:
                self.representative[article.id] = self.representative.get(article.copy_of, article.copy_of)

        self.fallback: dict[str, str] = {}
        numbers: dict[str, int] = {}
        for article in articles:
            root = self.representative.get(article.id, article.id)
            numbers.setdefault(root, len(numbers) + 1)
            self.fallback[article.id] = f"source {numbers[root]}"

    def source(self, article_id: str) -> str:
        return self.representative.get(article_id, article_id)

    def name(self, article_id: str) -> str:
        article = self.articles.get(article_id)
        named = reader_outlet(article.outlet, article.source) if article else None
        return named or self.fallback.get(article_id, "an unnamed source")

    def published(self, article_id: str) -> str | None:
        article = self.articles.get(article_id)
        return article.published if article else None


def fmt_number(value: float) -> str:
    if value == math.inf:
        return "∞"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.1f}"


def describe_quantity(quantity: Quantity) -> str:
    """'85 kilometers (≈ 85 km)' style text of a quantity as written and normalised."""
    text = quantity.text
    norm = quantity.normalized
    if norm is None or norm.unit is None:
        return text
    if norm.low is not None and norm.high is not None and norm.low != norm.high:
        canon = f"{fmt_number(norm.low)}–{fmt_number(norm.high)} {norm.unit}"
    elif norm.value is not None:
        canon = f"{fmt_number(norm.value)} {norm.unit}"
    else:
        return text
    return text if canon.replace(",", "") in text.replace(",", "") else f"{text} (≈ {canon})"


def speakers(claims: Sequence[Claim]) -> list[str]:
    seen: dict[str, None] = {}
    for claim in claims:
        if claim.speaker:
            seen.setdefault(claim.speaker, None)
    return list(seen)


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def who_note(claims: Sequence[Claim], namer: SourceNamer, agree: bool) -> str:
    """Who the figures come from: one speaker reported by several outlets, several speakers, or the outlets."""
    names = speakers(claims)
    sources = {namer.source(c.article_id) for c in claims}
    if len(names) == 1 and all(c.speaker for c in claims) and len(sources) > 1:
        alike = (
            "the outlets report the same speaker alike"
            if agree
            else "the outlets report the same speaker differently"
        )
        return f" All are attributed to {names[0]}: {alike}."
    if len(names) > 1:
        return f" The figures come from different speakers ({', '.join(names)})."
    if not names:
        return " The outlets state it in their own voice."
    return ""


def listing(values: Sequence[tuple[str, Sequence[str]]]) -> str:
    """'Outlet A: 85 km; Outlet B: 53 miles (≈ 85.3 km)'."""
    return "; ".join(f"{name}: {', '.join(texts)}" for name, texts in values)


def carried_by(names: Sequence[str]) -> str:
    """'A' or 'A (also carried by B, C)' for one source whose copies several outlets carry (the wording of
    the sources line and of the statement points)."""
    unique = list(dict.fromkeys(names))
    return unique[0] if len(unique) == 1 else f"{unique[0]} (also carried by {', '.join(unique[1:])})"


def time_note(claims: Sequence[Claim], namer: SourceNamer) -> str:
    """A note that the reports were published on different dates, when they were."""
    dates = sorted({(namer.published(c.article_id) or "") for c in claims} - {""})
    if len(dates) > 1:
        return (
            f" The reports differ in time (published {dates[0]} to {dates[-1]}): the figure may have changed"
            " as the story developed."
        )
    return ""
