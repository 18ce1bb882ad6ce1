"""What a reader is told: outlet names, values as written, and the sentences that explain each point."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from parallax.common.outlets import reader_outlet
from parallax.model import Article, Claim, Quantity
from parallax.story.text_features import STOP_WORDS, stem, words


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
    """A number as a reader reads it: whole numbers with thousands separators, others to three significant
    digits ("0.305", "14.5", "85.3"), never "0.3" for 0.3048."""
    if value == math.inf:
        return "∞"
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    digits = 1 if abs(value) >= 10 else 2 if abs(value) >= 1 else 3
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


#: How a text may write each canonical unit: when it does, the value needs no conversion for a reader.
_WRITTEN_UNIT = {
    "km": ("km", "kilomet"),
    "m": ("metre", "meter", " m"),
    "kg": ("kg", "kilo"),
    "t": ("ton",),
    "l": ("litre", "liter"),
    "percent": ("%", "percent", "per cent"),
    "USD": ("$", "dollar", "usd"),
    "EUR": ("€", "euro", "eur"),
    "GBP": ("£", "pound", "gbp"),
    "JPY": ("¥", "yen"),
    "CNY": ("yuan", "renminbi", "rmb"),
    "INR": ("rupee", "₹"),
    "RUB": ("rouble", "ruble"),
    "°C": ("°c", "celsius"),
}
#: Canonical units that are words, written in the plural when the value is not one ("6 weeks").
_WORD_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


def _unit_text(value: float | None, unit: str) -> str:
    if unit in _WORD_UNITS and value != 1:
        return "centuries" if unit == "century" else unit + "s"
    return unit


def _written_in(text: str, unit: str) -> bool:
    """Whether ``text`` writes its value in the canonical ``unit`` already (so the canonical adds nothing)."""
    lowered = f" {text.casefold()}"
    forms = _WRITTEN_UNIT.get(unit, (unit.casefold(),))
    return any(form.casefold() in lowered for form in forms)


def describe_quantity(quantity: Quantity) -> str:
    """A quantity as written, with its canonical value after it only when that converts it for a reader
    ("53 miles (≈ 85.3 km)", "12 inches (≈ 0.305 m)"): never for counts ("two", not "two (≈ 2 count)"), nor
    when the text already gives the value in the canonical unit ("4.2 million euros", "six weeks")."""
    text = quantity.text
    norm = quantity.normalized
    if norm is None or norm.unit is None or norm.unit.startswith("count"):
        return text
    if _written_in(text, norm.unit):
        return text
    if norm.low is not None and norm.high is not None and norm.low != norm.high:
        canon = f"{fmt_number(norm.low)}–{fmt_number(norm.high)} {_unit_text(norm.high, norm.unit)}"
    elif norm.value is not None:
        canon = f"{fmt_number(norm.value)} {_unit_text(norm.value, norm.unit)}"
    else:
        return text
    return text if canon.replace(",", "") in text.replace(",", "") else f"{text} (≈ {canon})"


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def shared_words(texts: Sequence[str], limit: int = 4) -> list[str]:
    """Up to ``limit`` content words the texts repeat, as a reader wrote them ("crisis", not the stem "crisi"):
    the most repeated first, ties in alphabetical order (the same report on every run)."""
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    for text in texts:
        for found in _WORD.findall(text):
            word = next(iter(words(found)), "")
            if word in STOP_WORDS or len(word) <= 2:
                continue
            key = stem(word)
            counts[key] += 1
            written.setdefault(
                key,
                found
                if found[:1].isupper() and not found.isupper() and found != text.lstrip()[: len(found)]
                else word,
            )
    repeated = sorted((-n, written[key]) for key, n in counts.items() if n > 1)
    return [word for _, word in repeated[:limit]]


def speakers(claims: Sequence[Claim]) -> list[str]:
    seen: dict[str, None] = {}
    for claim in claims:
        if claim.speaker:
            seen.setdefault(claim.speaker, None)
    return list(seen)


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def name_list(names: Sequence[str]) -> str:
    """Names joined for a sentence: by commas, or by semicolons when a name holds a comma of its own ("the
    report, dated March 2; the city"), so that a reader can tell where each name ends."""
    return ("; " if any("," in n for n in names) else ", ").join(names)


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
        return f" The figures come from different speakers ({name_list(names)})."
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
