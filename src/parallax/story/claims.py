"""Claims: the sentences of a story's articles that state something comparable.

A sentence becomes a claim when it carries an attribution (someone said it), a
quantity, or a resolved date. The claim keeps its article, its offsets, the
speaker (as an entity of the story when it can be matched), the cue, its
quantities and dates, and whether it is negated or hedged.

The article's title (``Annotation.headline``) becomes a claim of its own, first among the article's
claims, when it gives a figure: a quantity or a resolved date ("Quake kills 120 in ..."). It is flagged
``headline`` and its offsets refer to the headline's text. A quantity the article's own body repeats
(the same value in the same unit) is left to the body: the outlet gives it once, and its two mentions
pull each other away from the other outlets' figures of that measure (figures are grouped by the words
of their sentences, and the headline's words are not the body's). A date the body repeats stays in the
headline: dates are grouped by the thing they date and equal dates of one outlet are joined, so the
headline's date joins the group that holds the body's and the other outlets' (a cited point of that
comparison, not a point of its own). The comparison counts each source once in any case (a headline's
figure and its body's are one source's).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

from parallax.model import (
    Annotation,
    Attribution,
    Claim,
    DateMention,
    Entity,
    Headline,
    NormalizedQuantity,
    Quantity,
)
from parallax.story.compare.figure_parses import written_tally
from parallax.story.text_features import is_denial, is_hedged, is_negated


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Spans of one text, found by range without scanning them all (a long article has thousands).

    :meth:`near` gives, in their original order, every item that may overlap ``[start, end)``: those
    starting before ``end`` and no further back than the longest item reaches."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int], end: Callable[[T], int]) -> None:
        order = sorted(range(len(items)), key=lambda i: start(items[i]))
        self._items = [(i, items[i]) for i in order]
        self._starts = [start(items[i]) for i in order]
        self._reach = max((end(item) - start(item) for item in items), default=0)

    def near(self, start: int, end: int) -> list[T]:
        lo = bisect_left(self._starts, start - self._reach)
        hi = bisect_left(self._starts, end)
        return [item for _, item in sorted(self._items[lo:hi], key=lambda pair: pair[0])]


def _speaker_entity(
    att: Attribution,
    article_id: str,
    mention_entity: Mapping[tuple[str, int, int], str],
    mentions: SpanIndex[tuple[int, int]],
    by_name: Mapping[str, str],
    labels: Mapping[str, str],
) -> str | None:
    if att.speaker is not None:
        # "Kelmar's ambassador to Orvia, Jana Petrek": the person, else the first name in the span.
        found = [
            mention_entity[(article_id, start, end)]
            for start, end in mentions.near(att.speaker.start, att.speaker.end)
            if _overlaps(start, end, att.speaker.start, att.speaker.end)
            and (article_id, start, end) in mention_entity
        ]
        people = [e for e in found if labels.get(e) == "PERSON"]
        if people or found:
            return (people or found)[0]
    if att.speaker_name:
        return by_name.get(att.speaker_name.casefold())
    return None


def _attribution_for(sentence: tuple[int, int], attributions: Sequence[Attribution]) -> Attribution | None:
    """The attribution whose content or cue lies in this sentence (content overlap first)."""
    start, end = sentence
    best: Attribution | None = None
    best_overlap = 0
    for att in attributions:
        overlap = min(end, att.content.end) - max(start, att.content.start)
        if att.cue.start >= start and att.cue.end <= end:
            overlap = max(overlap, 1)
        if overlap > best_overlap:
            best, best_overlap = att, overlap
    return best


def entity_names(entities: Sequence[Entity]) -> dict[str, str]:
    """Entity ids by each of their names and spellings, case folded."""
    by_name: dict[str, str] = {}
    for entity in entities:
        by_name.setdefault(entity.name.casefold(), entity.id)
        for variant in entity.variants:
            by_name.setdefault(variant.text.casefold(), entity.id)
    return by_name


def headline_entity_ids(
    annotation: Annotation, entities: Sequence[Entity], by_name: Mapping[str, str] | None = None
) -> frozenset[str]:
    """The story's entities that the article's headline names (by name or spelling: the headline's
    mentions are not among the body's resolved mentions); ``by_name``, when given, is
    :func:`entity_names` of ``entities`` made once by the caller."""
    if annotation.headline is None:
        return frozenset()
    if by_name is None:
        by_name = entity_names(entities)
    found = (by_name.get(m.text.casefold()) for m in annotation.headline.entities)
    return frozenset(e for e in found if e is not None)


# A length of time the date annotation resolves as one number of one unit ("P1W", "P20W", "PT24H").
_ISO_LENGTH = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
# Written as a number and a unit ("a week", "one - week", "20 - week", "three months"), not as a period
# ("the past decade", "weeks").
_WRITTEN_LENGTH = re.compile(
    r"^(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|hundred)(?:\s?-\s?|\s)(?:second|minute|hour|day|week|month|year|decade|century)s?$",
    re.IGNORECASE,
)
# A length written before "old" is an age ("an 18 - year - old gunman"): the number stays an age.
_AGE_AFTER = re.compile(r"^\s?-?\s?old\b", re.IGNORECASE)
_ISO_UNITS = {("", "Y"): "year", ("", "M"): "month", ("", "W"): "week", ("", "D"): "day",
              ("T", "H"): "hour", ("T", "M"): "minute", ("T", "S"): "second"}  # fmt: skip


def _takes_place(date: DateMention, quantity: Quantity) -> bool:
    """Whether a date overlapping a quantity takes its place: a date proper does ("two days later"), a length of
    time does not, nor a SET that is only the "per" part of a rate ("$28 an hour": the SET "an hour"); a SET
    that holds the whole quantity does ("every 90 days")."""
    if date.type == "DURATION":
        return False
    if date.type == "SET":
        return date.start <= quantity.start and quantity.end <= date.end
    return True


def length_of_time(date: DateMention) -> Quantity | None:
    """A length of time the date annotation gives (type DURATION, one number of one unit: "has lasted a
    week", "the one - week mark", "a 20 - week ban") as a quantity of kind ``duration``, as the quantity
    annotation gives "six weeks"; None for any other mention ("weeks", "the past decade" unresolved)."""
    m = _ISO_LENGTH.match(date.value or "") if date.type == "DURATION" else None
    unit = _ISO_UNITS.get((m.group(1), m.group(3))) if m else None
    if m is None or unit is None or not _WRITTEN_LENGTH.match(date.text):
        return None
    value = float(m.group(2))
    if value <= 0:
        return None
    norm = NormalizedQuantity(value=value, low=value, high=value, unit=unit)
    return Quantity(
        start=date.start, end=date.end, text=date.text, value=value, low=value, high=value, unit=unit,
        kind="duration", normalized=norm,
    )  # fmt: skip


def _sentence_figures(
    quantities: Sequence[Quantity], dates_near: Sequence[DateMention], start: int, end: int, text: str = ""
) -> tuple[list[Quantity], list[DateMention]]:
    """The quantities within ``start:end`` that are no part of a date ("two days later", "seven years ago"
    are dates), and the resolved dates within it.

    A length of time that only the date annotation gives ("a shutdown that has lasted a week", "the one -
    week mark", "a 20 - week ban", where the quantity annotation gives nothing or a bare "20") is a
    quantity of kind ``duration`` (:func:`length_of_time`); a bare number inside it is left out."""
    dates_in = [d for d in dates_near if d.start < end and d.end > start]
    kept = [
        q
        for q in quantities
        if q.start >= start
        and q.end <= end
        and not any(_overlaps(q.start, q.end, d.start, d.end) and _takes_place(d, q) for d in dates_in)
    ]
    lengths = [
        length
        for d in dates_in
        if d.start >= start
        and d.end <= end
        and (length := length_of_time(d)) is not None
        and not _AGE_AFTER.match(text[d.end : end])
        and not any(_overlaps(q.start, q.end, d.start, d.end) and q.kind != "number" for q in kept)
    ]
    if lengths:
        kept = [q for q in kept if not any(_overlaps(q.start, q.end, n.start, n.end) for n in lengths)]
        kept = sorted(kept + lengths, key=lambda q: q.start)
    dates = [
        d for d in dates_in if d.start >= start and d.end <= end and d.value and d.type in ("DATE", "TIME")
    ]
    return kept, dates


def _canonical(q: Quantity) -> tuple[object, ...] | None:
    """A quantity's value in its canonical unit, with its hedge; None for a bare number."""
    n = q.normalized
    if n is None or n.unit is None or (n.low is None and n.value is None):
        return None
    return (
        n.low if n.low is not None else n.value,
        n.high if n.high is not None else n.value,
        n.unit,
        q.qualifier,
    )


def _written(q: Quantity) -> tuple[object, ...]:
    """A quantity's number(s) as written, with its hedge."""
    return (q.low if q.low is not None else q.value, q.high if q.high is not None else q.value, q.qualifier)


def _repeated(q: Quantity, body: Sequence[Quantity]) -> bool:
    """The body gives the same value: in the same canonical unit, or, for a bare number ("Quake kills
    120"), the same number with the same hedge whatever it counts ("killed 120 people")."""
    canonical = _canonical(q)
    if canonical is not None:
        return any(_canonical(b) == canonical for b in body)
    return any(_written(b) == _written(q) for b in body)


def headline_claim(
    annotation: Annotation,
    entities: Sequence[Entity],
    by_name: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
) -> Claim | None:
    """The article's headline as a claim (id ``ARTICLE#title``, flagged ``headline``) when it gives a
    quantity its body does not repeat (:func:`_repeated`; a bare count too: "Quake kills 120" is the
    story's own toll) or a resolved date (repeated or not: see the module's note); None for a headline
    without one. Offsets refer to
    ``annotation.headline.text``. ``by_name`` (:func:`entity_names`) and ``names`` (entity id -> name),
    when given, are the maps of ``entities`` made once by the caller."""
    headline: Headline | None = annotation.headline
    if headline is None or not headline.text.strip():
        return None
    quantities, dates = _sentence_figures(
        headline.quantities, headline.dates, 0, len(headline.text), headline.text
    )
    quantities = [q for q in quantities if not _repeated(q, annotation.quantities)]
    if not quantities and not dates:
        return None
    text = headline.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    att = _attribution_for((start, end), headline.attributions)
    speaker: str | None = None
    speaker_entity_id: str | None = None
    if att is not None:
        if by_name is None:
            by_name = entity_names(entities)
        if names is None:
            names = {e.id: e.name for e in entities}
        written = att.speaker_name or (att.speaker.text if att.speaker is not None else None)
        speaker_entity_id = by_name.get(written.casefold()) if written else None
        speaker = names.get(speaker_entity_id or "") or written
    return Claim(
        id=f"{annotation.id}#title",
        article_id=annotation.id,
        start=start,
        end=end,
        headline=True,
        text=text[start:end],
        speaker=speaker,
        speaker_entity_id=speaker_entity_id,
        cue=att.cue.text if att is not None else None,
        quantities=quantities,
        dates=dates,
        negated=is_negated(text),
        hedged=is_hedged(text),
    )


# An ordinal of a rank the claims' ordinal patterns read: "first" to "tenth", or written with digits ("21st").
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
# An ordinal standing for the noun the clause names, with the series it ranks in: "the veto was his
# second of the year", "the provision is the first of its kind", "the veto — the second in his
# presidency — was expected" (:func:`~parallax.story.compare.figure_ordinals.read_rank` reads it).
_STANDING_ORDINAL = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|became|becomes)|[—–,])\s+(?:the\s+|[\w.]+\s?['’]s\s+|(?:his|her|its|their|our)\s+)?"
    rf"{_ORDINAL}\s*-?\s*(?:of|in)\b",
    re.IGNORECASE,
)


# An ordinal ranking a noun its owner is named by ("his third straight win", "Keystone his first
# priority", "the senator's second term"): the ordinal reader ranks the noun within its owner's series.
# Not an ordinal followed by a word that is no noun of it ("he issued his first last month").
_OWNED_ORDINAL = re.compile(
    r"(?:\b(?:his|her|its|their|our)|[\w.]+['’]s)\s+"
    rf"{_ORDINAL}\s+(?:(?:straight|consecutive|successive)\s+)?"
    r"(?!(?:last|next|this|that|these|those|the|and|but|for|with"
    r"|since|after|before|time|times)\b)[a-z]{3,}",
    re.IGNORECASE,
)


def _read_bare(article_id: str, start: int, end: int, text: str, quantities: Sequence[Quantity]) -> bool:
    """A bare number of the sentence says what it measures by the words beside it: joined by a hyphen to
    the noun it counts ("cleared the 60 - vote hurdle", "a 225-page report"), an age ("people under 18",
    "aged 17") or a percentage the annotation left bare ("90-plus percent"). The figure comparison reads
    such numbers (:func:`~parallax.story.compare.figure_parses.carries_figure`), so the sentence is a
    claim for it."""
    from parallax.story.compare.figure_ages import age_shaped
    from parallax.story.compare.figure_parses import counted_after, percent_after

    bare = [q for q in quantities if q.kind == "number"]
    if not bare:
        return False
    claim = Claim(id="", article_id=article_id, start=start, end=end, text=text.strip(), quantities=bare)
    return any(
        counted_after(claim, q.start, q.text) or age_shaped(claim, q) or percent_after(claim, q.start, q.text)
        for q in bare
    )


def extract_claims(
    annotation: Annotation,
    entities: Sequence[Entity],
    mention_entity: Mapping[tuple[str, int, int], str],
    headline: bool = True,
) -> list[Claim]:
    """Claims of one article, in text order: its headline's first (:func:`headline_claim`; not with
    ``headline=False``), then its sentences'. ``mention_entity`` maps (article, start, end) to entity ids."""
    names = {e.id: e.name for e in entities}
    labels = {e.id: e.label for e in entities}
    by_name = entity_names(entities)
    mentions = SpanIndex([(m.start, m.end) for m in annotation.entities], lambda m: m[0], lambda m: m[1])
    all_dates = SpanIndex(annotation.dates, lambda d: d.start, lambda d: d.end)
    all_quantities = SpanIndex(annotation.quantities, lambda q: q.start, lambda q: q.end)
    all_attributions = SpanIndex(
        annotation.attributions,
        lambda a: min(a.content.start, a.cue.start),
        lambda a: max(a.content.end, a.cue.end),
    )
    claims: list[Claim] = []
    title = headline_claim(annotation, entities, by_name, names) if headline else None
    if title is not None:
        claims.append(title)
    text = annotation.text
    for index, sent in enumerate(annotation.sentences):
        span = (sent.start, sent.end)
        quantities, dates = _sentence_figures(
            all_quantities.near(sent.start, sent.end),
            all_dates.near(sent.start, sent.end),
            sent.start,
            sent.end,
            text,
        )
        att = _attribution_for(span, all_attributions.near(sent.start, sent.end))
        sentence_text = text[sent.start : sent.end]
        # A bare numeral (kind "number": an index level, a figure read out of context) makes no claim; in
        # a claim it stays, for the comparison to read from the parse ("the toll rose to 47"). A score or
        # a vote written larger first ("the final tally was 97-1", "passed 220-212") is a figure.
        figures = [q for q in quantities if q.kind != "number" or written_tally(q.text)]
        # A sentence calling someone's statement untrue is a claim even with no figure or date, and so is
        # one whose bare number the comparison reads without a unit (:func:`_read_bare`), one that ranks
        # a thing it names by an ordinal standing for it (:data:`_STANDING_ORDINAL`) or one that ranks an
        # owner's noun by an ordinal (:data:`_OWNED_ORDINAL`).
        if (
            att is None
            and not figures
            and not dates
            and not is_denial(sentence_text)
            and not _read_bare(annotation.id, sent.start, sent.end, sentence_text, quantities)
            and not _STANDING_ORDINAL.search(sentence_text)
            and not _OWNED_ORDINAL.search(sentence_text)
        ):
            continue
        speaker: str | None = None
        speaker_entity_id: str | None = None
        cue: str | None = None
        if att is not None:
            speaker_entity_id = _speaker_entity(att, annotation.id, mention_entity, mentions, by_name, labels)
            if speaker_entity_id is not None:
                speaker = names.get(speaker_entity_id)
            if speaker is None:
                speaker = att.speaker_name or (att.speaker.text if att.speaker is not None else None)
            cue = att.cue.text
        claims.append(
            Claim(
                id=f"{annotation.id}#s{index}",
                article_id=annotation.id,
                start=sent.start,
                end=sent.end,
                text=sentence_text.strip(),
                speaker=speaker,
                speaker_entity_id=speaker_entity_id,
                cue=cue,
                quantities=quantities,
                dates=dates,
                negated=is_negated(sentence_text),
                hedged=is_hedged(sentence_text),
            )
        )
    return claims
