"""Lengths of time counted back from publication: "the inquiry began two years ago", "a month ago".

The annotation reads "two years ago" as a date (resolved against the article's own date), and a date
that writes no calendar part is no date figure (:mod:`.figure_dates`). Yet the count it writes is a
figure: how long ago the event was, that is how long it has run when the event is a start ("the
investigation began more than two years ago" and "a two-year investigation"; "the attack a month ago"
in two outlets). A date mention that counts units of time back from now ("two years ago", "more than
a year ago", "a month ago") is read here as a length of time, in days, with its hedge ("more than"),
and measured by its predicate as any other length of time (:func:`.measures.read_measure`). Bare
deictic dates ("last year", "on Tuesday") count nothing and stay out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from parallax.model import Claim, DateMention, NormalizedQuantity, Quantity
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.figure_parses import claim_parses, offset_in_claim
from parallax.story.compare.lexicon import TIME_UNITS
from parallax.story.compare.measures import read_measure
from parallax.story.compare.values import FigureItem, claim_figure, interval

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_AGO = re.compile(
    r"^(?P<qualifier>(?:more than|less than|nearly|almost|about|around|roughly|some|over|under|just over"
    r"|just under|at least)\s+)?(?P<number>\d{1,3}|"
    + "|".join(_NUMBER_WORDS)
    + r")\s+(?P<unit>"
    + "|".join(sorted(TIME_UNITS))
    + r")(?P<plural>s?)\s+ago$",
    re.IGNORECASE,
)
# Verbs whose event runs from the date on: what they start lasts as long as the count back.
START_VERBS = frozenset("begin start launch open commence".split())
# Durations read here compare with a tolerance of this share (as the comparison's default).
TOLERANCE = 0.05


def counted_back(text: str) -> tuple[str | None, float, str, int] | None:
    """(qualifier, number, unit, characters before "ago") of a date that counts back from now ("more
    than two years ago": ("more than", 2, "year", 19)), else None."""
    m = _AGO.match(text.strip())
    if m is None:
        return None
    number = m.group("number").lower()
    value = float(number) if number.isdigit() else float(_NUMBER_WORDS[number])
    qualifier = m.group("qualifier").strip().lower() if m.group("qualifier") else None
    return qualifier, value, m.group("unit").lower(), m.end("plural")


def _started(doc: Doc, claim: Claim, mention: DateMention) -> list[str]:
    """The lemmas of what a start verb above the date starts: its subject and the verb it takes ("the
    investigation began", "began investigating"), or [] when the predicate is no start."""
    at = offset_in_claim(claim, mention.start, mention.text)
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None) if at >= 0 else None
    verb = (
        next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None) if token is not None else None
    )
    if verb is None or verb.lemma_.lower() not in START_VERBS:
        return []
    return [
        c.lemma_.lower()
        for c in verb.children
        if (c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")) or c.dep_ == "xcomp"
    ]


def counted_back_items(
    claims: Sequence[Claim],
    docs: Mapping[str, Doc],
    nlp: Language | None,
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
) -> list[FigureItem]:
    """Every date mention that counts units of time back from publication, as a length of time."""
    found = [
        (c, d, read) for c in claims for d in c.dates if d.type == "DATE" and (read := counted_back(d.text))
    ]
    if not found:
        return []
    parsed = claim_parses([c for c, _, _ in found], docs, nlp)
    items: list[FigureItem] = []
    for claim, mention, (qualifier, value, unit, length) in found:
        doc = parsed.get(claim.id)
        if doc is None:
            continue
        text = mention.text[:length].rstrip()
        norm = NormalizedQuantity(value=value, low=value, high=value, unit=unit)
        quantity = Quantity(
            start=mention.start, end=mention.start + len(text), text=text, value=value, low=value,
            high=value, unit=unit, qualifier=qualifier, kind="duration", normalized=norm,
        )  # fmt: skip
        rng = interval(quantity, TOLERANCE)
        if rng is None:
            continue
        published = namer.published(claim.article_id) or ""
        measure = read_measure(doc, claim, quantity, published)
        if measure.ratio:
            continue
        # Counted back from publication, the figure is of the story's own time; when its predicate is a
        # start ("the inquiry began two years ago"), it is the length of what started.
        started = _started(doc, claim, mention)
        measure = replace(
            measure,
            background=False,
            words=measure.words | frozenset(started),
            thing=started[0] if started else measure.thing,
        )
        items.append(claim_figure(claim, quantity, rng, measure, claim_entities, namer))
    return items
