"""The parses of the claim sentences that carry a comparable figure, made once each, in small batches.

The annotation stage does not keep spaCy's Doc, so the story stage parses again, but only the claim
sentences that carry a comparable figure (see :func:`parsed_parts`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy

from parallax.common.memory import release_memory
from parallax.model import Claim
from parallax.story.compare.lexicon import ROLE_WORDS, TIME_UNITS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Words in a sentence whose bare numbers may count an outcome ("the toll rose to 47", "left 43 dead"):
# the beginnings of the outcome words, so that every inflection matches.
_OUTCOME_HINT = re.compile(
    r"\b(?:" + "|".join(sorted({w[:5] for words in ROLE_WORDS.values() for w in words})) + ")",
    re.IGNORECASE,
)

# A date that writes a calendar part: a year or a month name ("in 2010", "June 25", "Dec. 27th"), not a
# deictic one ("last year", "on Tuesday", "a month ago").
_CALENDAR = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})\b|\b(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)
_DEICTIC = re.compile(
    r"\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight|past|coming)\b", re.IGNORECASE
)
# A month named with a word that places it from the article's own time ("this November", "last
# September"): the annotation resolves it to one month, which is as definite as the month written with
# its year.
_DEICTIC_MONTH = re.compile(
    r"^(?:this|last|next|coming|past)\s+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)$",
    re.IGNORECASE,
)

# A score, a vote or a poll written larger number first ("passed 65-33", "a 396-9 vote", "65 to 33", "46
# percent to 41 percent"): two numbers stated together, not a range.
_TALLY = re.compile(
    r"^\s*(\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent)?\s*(?:-|–|—|to)\s*(\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent)?\s*$",
    re.IGNORECASE,
)
# A number that modifies a noun through a hyphen ("a 225-page report", "a 10-round limit"; in text whose
# punctuation is set apart, "a 50 - member caucus"), that counts the members of a group named after it
# ("50 of our members"), or that counts a plural noun after a hyphenated modifier ("5,200 full-time
# workers", which the annotation leaves without a unit).
_COMPOUND_OR_PARTITIVE = re.compile(
    r"^(?:-[A-Za-z]|\s-\s(?!(?:to|or|and|nor|the|an?|in|of|by|for)\b)[A-Za-z]|\s+of\s+(?:our|their|the|his|her|its|these|those|my|your)\b"
    r"|\s+[A-Za-z]+-[A-Za-z]+(?:-[A-Za-z]+)?\s+[a-z]+s\b)"
)

#: Characters of figure sentences parsed in one batch: spaCy's working memory grows with them (about
#: 40 MB at 10,000 characters, 18 MB at 3,000), its speed hardly (sentences of ~150 characters).
PARSE_BATCH_CHARS = 3_000
#: Sentences parsed in one batch at most.
PARSE_BATCH_TEXTS = 64
#: Docs of sentences kept for a later claim with the same text (copies and wire stories repeat sentences
#: word for word): a parse costs about 700 bytes a token.
KEEP_REPEATED = 256


@dataclass(frozen=True)
class ParsedPart:
    """A run of consecutive claims of a story with the parses the figure readers ask of them, by claim
    id: ``figures``, those of the claims that carry a comparable figure (:func:`carries_figure`);
    ``parsed``, those and the parses of the claims ``also`` asked for (ordinals, dates counted back)."""

    claims: Sequence[Claim]
    figures: Mapping[str, Doc]
    parsed: Mapping[str, Doc]


def carries_figure(claim: Claim, units: AbstractSet[str]) -> bool:
    """The claim carries a figure whose measure its parse may say: a quantity of one of ``units``, a bare
    number near an outcome word, a written calendar date or clock time, a tally, a number counting the
    noun after it, an age, a percentage the annotation left bare."""
    from parallax.story.compare.figure_ages import age_shaped  # it reads offsets with this module's help
    from parallax.story.compare.figure_times import clock_minutes

    c = claim
    return (
        any(q.normalized is not None and q.normalized.unit in units for q in c.quantities)
        or (any(q.kind == "number" for q in c.quantities) and bool(_OUTCOME_HINT.search(c.text)))
        or any(d.type in ("DATE", "TIME") and written_calendar_date(d.text) for d in c.dates)
        or any(d.type == "TIME" and clock_minutes(d.text) is not None for d in c.dates)
        or any(written_tally(q.text) for q in c.quantities)
        or any(q.kind == "number" and counted_after(c, q.start, q.text) for q in c.quantities)
        or any(q.kind == "number" and age_shaped(c, q) for q in c.quantities)
        or any(q.kind == "number" and percent_after(c, q.start, q.text) for q in c.quantities)
    )


def _drop_tensor(doc: Doc) -> None:
    """Free the Doc's token vectors (``doc.tensor``, what tok2vec gave the tagger and parser: half of a
    parsed sentence's memory): the readers read tags, dependencies and lemmas, never vectors, and a Doc
    may wait for a repeated sentence (``keep``)."""
    doc.tensor = numpy.zeros((0,), dtype="float32")  # what spaCy gives a Doc that has none


def parsed_parts(
    claims: Sequence[Claim],
    nlp: Language | None,
    units: Iterable[str],
    also: Callable[[Claim], bool] = lambda _: False,
    keep: int = KEEP_REPEATED,
) -> Iterator[ParsedPart]:
    """The claims in runs, each with the parses of its figure sentences and of those ``also`` asks for.

    Every sentence is parsed once, in batches of at most :data:`PARSE_BATCH_CHARS` characters and
    :data:`PARSE_BATCH_TEXTS` sentences (one ``nlp.pipe`` call each); a run ends where its batch is
    full. A Doc lives while its run is read, and at most ``keep`` Docs wait for a later claim with the
    same text; one dropped earlier is parsed again in its later run. So a story holds a batch of Docs
    at a time, not one per sentence. Without ``nlp``, one run of every claim, without parses.
    """
    if nlp is None:
        yield ParsedPart(claims, {}, {})
        return
    wanted_units = set(units)
    figure_ids = {c.id for c in claims if carries_figure(c, wanted_units)}
    wanted = [c for c in claims if c.id in figure_ids or also(c)]
    uses = Counter(c.text for c in wanted)
    wanted_ids = {c.id for c in wanted}
    waiting: dict[str, Doc] = {}
    begin = 0
    batch: dict[str, None] = {}  # the texts of the run still to parse, in order
    size = 0
    for end, claim in enumerate(claims, 1):
        if claim.id in wanted_ids and claim.text not in waiting and claim.text not in batch:
            batch[claim.text] = None
            size += len(claim.text)
        if size < PARSE_BATCH_CHARS and len(batch) < PARSE_BATCH_TEXTS and end < len(claims):
            continue
        texts = list(batch)
        docs = dict(zip(texts, nlp.pipe(texts, batch_size=len(texts)), strict=True)) if texts else {}
        for fresh in docs.values():
            _drop_tensor(fresh)
        run = claims[begin:end]
        parsed: dict[str, Doc] = {}
        for c in run:
            if c.id in wanted_ids:
                parsed[c.id] = docs[c.text] if c.text in docs else waiting[c.text]
        yield ParsedPart(run, {k: d for k, d in parsed.items() if k in figure_ids}, parsed)
        for c in run:
            if c.id not in wanted_ids:
                continue
            uses[c.text] -= 1
            doc = waiting.pop(c.text, None)
            doc = docs.get(c.text) if doc is None else doc
            if uses[c.text] > 0 and doc is not None:
                waiting[c.text] = doc  # the most recently used last
                while len(waiting) > keep:
                    del waiting[next(iter(waiting))]
        if texts:
            del docs, parsed
            release_memory()  # the batch's parse working memory (see :class:`.parses.Parses`)
        begin, batch, size = end, {}, 0


def claim_parses(claims: Sequence[Claim], docs: Mapping[str, Doc], nlp: Language | None) -> dict[str, Doc]:
    """The parse of each claim: taken from ``docs`` when it has one, else made with the other missing ones in one batch (none without
    ``nlp``)."""
    found: dict[str, Doc] = {}
    missing: list[Claim] = []
    for claim in {c.id: c for c in claims}.values():
        doc = docs.get(claim.id)
        if doc is None:
            missing.append(claim)
        else:
            found[claim.id] = doc
    if missing and nlp is not None:
        texts = list(dict.fromkeys(c.text for c in missing))
        by_text = dict(zip(texts, nlp.pipe(texts), strict=True))
        found.update((c.id, by_text[c.text]) for c in missing)
    return found


def written_calendar_date(text: str) -> bool:
    """The date's text writes a year or a month, and is not deictic ("last week of May" is left out: it
    is read against each outlet's own publication date), but for a month placed from the article's time
    ("this November", "last September": see :func:`deictic_month`)."""
    return bool(_CALENDAR.search(text)) and (not _DEICTIC.search(text) or deictic_month(text))


def deictic_month(text: str) -> bool:
    """The date is a month named with a word that places it from the article's own time ("this
    November", "last September"); its resolved value says which year."""
    return bool(_DEICTIC_MONTH.match(text.strip()))


def written_tally(text: str) -> tuple[float, float] | None:
    """The two numbers of a score, a vote or a poll written larger first ("65-33", "65 to 33", "46 percent
    to 41 percent"), else None."""
    m = _TALLY.match(text)
    if m is None:
        return None
    first, second = float(m.group(1).replace(",", "")), float(m.group(3).replace(",", ""))
    if bool(m.group(2)) != bool(m.group(4)) and m.group(4):
        return None  # "65 to 33 percent": a range of one unit written once
    return (first, second) if first > second else None


def counted_after(claim: Claim, start: int, text: str) -> bool:
    """A bare number followed by a hyphenated noun ("225-page") or by "of" and a named group ("50 of our
    members"): the parse may say what it counts."""
    at = offset_in_claim(claim, start, text)
    return at >= 0 and bool(_COMPOUND_OR_PARTITIVE.match(claim.text[at + len(text) :]))


# A unit of time joined to a number by a hyphen ("a 15-week ban", "a 15 - week ban"): a length of time.
_HYPHEN_UNIT = re.compile(r"^\s?-\s?([A-Za-z]+)\b")


def hyphen_time_unit(claim: Claim, start: int, text: str) -> str | None:
    """The unit of time a bare number is joined to by a hyphen ("six - month window": "month"), else None."""
    at = offset_in_claim(claim, start, text)
    m = _HYPHEN_UNIT.match(claim.text[at + len(text) :]) if at >= 0 else None
    unit = m.group(1).lower().removesuffix("s") if m else None
    return unit if unit in TIME_UNITS else None


# "percent" after a bare number the annotation read without it ("90-plus percent", "90 - plus percent").
_PERCENT_AFTER = re.compile(r"^\s*(?:-?\s*plus\s*)?(?:percent|per\s+cent|%)", re.IGNORECASE)


def percent_after(claim: Claim, start: int, text: str) -> bool:
    """A bare number followed by "percent" that the annotation did not take with it ("90-plus percent")."""
    at = offset_in_claim(claim, start, text)
    return at >= 0 and bool(_PERCENT_AFTER.match(claim.text[at + len(text) :]))


def offset_in_claim(claim: Claim, start: int, text: str) -> int:
    """Where a mention (article offset ``start``) lies in the claim's own text (the stripped sentence)."""
    guess = max(0, start - claim.start)
    at = claim.text.find(text, max(0, guess - 8))
    return at if at >= 0 else claim.text.find(text)
