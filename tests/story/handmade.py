"""Hand-written claims for the comparison tests (sentences written for Parallax; invented names)."""

from __future__ import annotations

from parallax.model import Annotation, Article, Claim, Comparison, DateMention, Quantity, Sentence
from parallax.model import NormalizedQuantity as Norm


def q(
    text: str,
    low: float,
    high: float | None = None,
    unit: str = "km",
    qualifier: str | None = None,
    kind: str | None = None,
    counted: str | None = None,
) -> Quantity:
    """A quantity as the annotation stage gives it (its offsets are set by :func:`claim`)."""
    high = low if high is None else high
    if kind is None:
        kind = {"count": "count", "km": "distance", "days": "duration"}.get(unit)
    return Quantity(
        start=0,
        end=len(text),
        text=text,
        value=low if low == high else None,
        low=low,
        high=high,
        unit=unit,
        qualifier=qualifier,
        kind=kind,
        counted=counted,
        normalized=Norm(value=low if low == high else None, low=low, high=high, unit=unit),
    )


def bare(
    text: str,
    value: float | None = None,
    qualifier: str | None = None,
    kind: str = "number",
    low: float | None = None,
    high: float | None = None,
) -> Quantity:
    """A number as the annotation gives it when it knows no unit: no canonical value ("the toll rose to 47");
    ``low`` and ``high`` default to the value."""
    return Quantity(
        start=0,
        end=len(text),
        text=text,
        value=value,
        low=value if low is None else low,
        high=value if high is None else high,
        qualifier=qualifier,
        kind=kind,
    )


def claim(
    cid: str,
    article: str,
    text: str,
    *quantities: Quantity,
    speaker: str | None = None,
    entity: str | None = None,
    cue: str | None = None,
    negated: bool = False,
    dates: tuple[tuple[str, str], ...] = (),
) -> Claim:
    """A claim whose quantities (and dates: (text, value)) are found in its text, left to right."""
    fixed = []
    at = 0
    for quantity in quantities:
        pos = text.index(quantity.text, at)
        at = pos + len(quantity.text)
        fixed.append(quantity.model_copy(update={"start": pos, "end": pos + len(quantity.text)}))
    found_dates = [
        DateMention(start=text.index(t), end=text.index(t) + len(t), text=t, value=v) for t, v in dates
    ]
    return Claim(
        id=cid,
        article_id=article,
        start=0,
        end=len(text),
        text=text,
        quantities=fixed,
        dates=found_dates,
        speaker=speaker,
        speaker_entity_id=entity,
        cue=cue,
        negated=negated,
    )


def articles(*ids: str, published: str = "2026-03-09", **dated: str) -> list[Article]:
    """Articles of outlets named after their ids ("a" -> "Outlet A"); ``dated`` sets some dates."""
    return [
        Article(
            id=i, source=f"{i}.txt", outlet=f"Outlet {i.upper()}", published=dated.get(i, published), text="x"
        )
        for i in ids
    ]


def timed(cid: str, article: str, text: str, *times: str, value: str = "2026-03-08T17:00") -> Claim:
    """A claim whose clock times (TIME mentions, as the date annotator gives them) are found in its text."""
    made = claim(cid, article, text, dates=tuple((t, value) for t in times))
    return made.model_copy(update={"dates": [d.model_copy(update={"type": "TIME"}) for d in made.dates]})


def holding(comparisons: list[Comparison], text: str) -> list[Comparison]:
    """The comparisons that hold a figure written ``text``."""
    return [c for c in comparisons if any(f.text == text for f in c.figures)]


def tally_claim(n: int, text: str) -> Claim:
    """A claim ``a#s<n>`` whose text carries a tally ("40-12"): a figure whose parse is read."""
    at = text.index("40-12")
    return Claim(
        id=f"a#s{n}",
        article_id="a",
        start=0,
        end=len(text),
        text=text,
        quantities=[Quantity(start=at, end=at + 5, text="40-12", kind="number")],
    )


def titled(aid: str, outlet: str, title: str, text: str) -> Article:
    """An article with a headline, published 2026-03-10."""
    return Article(id=aid, source=f"{aid}.txt", outlet=outlet, title=title, published="2026-03-10", text=text)


def sentenced(aid: str, sentences: list[str] | tuple[str, ...]) -> Annotation:
    """An annotation whose text is ``sentences`` joined by spaces, one sentence each."""
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        start = text.index(sentence, at)
        spans.append(Sentence(start=start, end=start + len(sentence)))
        at = start + len(sentence)
    return Annotation(id=aid, source=aid, text=text, sentences=spans)
