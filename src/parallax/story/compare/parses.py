"""Sentences parsed once each for the pairing of statements and denials, keeping only what is read from
each parse (never the Doc): the denial reading (:mod:`.denial_reading`), the estimate of a count
(:mod:`.estimates`), the clauses the sentence asserts (:mod:`.propositions`), what it says of statements it
does not state (:mod:`.referring`) and of reports (:mod:`.reports`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from parallax.common.memory import release_memory
from parallax.model import Claim
from parallax.story.compare.attributes import Attribute, read_attributes
from parallax.story.compare.denial_reading import DenialReading, read_denial
from parallax.story.compare.estimates import Estimate, read_estimate
from parallax.story.compare.existence import Thing, read_things
from parallax.story.compare.propositions import Proposition, clauses
from parallax.story.compare.referring import Referring, read_referring
from parallax.story.compare.replies import Reply, read_reply
from parallax.story.compare.reports import ReportReading, read_reports

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["PARSE_BATCH", "Parses"]

# Sentences parsed at a time: the parses of one batch are read, then freed.
PARSE_BATCH = 16


@dataclass(frozen=True)
class _Reading:
    """What the pairing reads from one parsed sentence, kept instead of its Doc: the denial reading, the
    estimate of a count, and the clauses it asserts (not those it denies ("denied that P" does not state
    P, so two denials of P are never each other's target), nor questions and conditions ("to investigate
    whether X colluded"))."""

    denial: DenialReading
    estimate: Estimate | None
    clauses: list[Proposition]
    referring: Referring
    reports: ReportReading
    things: list[Thing]
    reply: Reply
    attributes: list[Attribute]


def _read(doc: Doc) -> _Reading:
    denial = read_denial(doc)
    denied = {(p.start, p.text) for p in denial.named}
    return _Reading(
        denial=denial,
        estimate=read_estimate(doc),
        clauses=[
            p
            for p in clauses(doc)
            if (p.start, p.text) not in denied
            and not _denying(p, denial.named)
            and not p.open_question
            and not p.disowned
        ],
        referring=read_referring(doc),
        reports=read_reports(doc),
        things=read_things(doc),
        reply=read_reply(doc),
        attributes=read_attributes(doc),
    )


def _denying(clause: Proposition, denied: list[Proposition]) -> bool:
    """The clause holds a proposition the sentence denies ("the e-mails belied the insistence that P"): the
    clause of the denial, which does not state P (its words hold P's, and would match P's figures)."""
    return any(d.start > clause.start and d.text in clause.text for d in denied)


class Parses:
    """Sentences parsed once each, in batches of :data:`PARSE_BATCH`, as the denials ask for them. Only
    what is read from each parse is kept (:class:`_Reading`), never the Doc: a story of thousands of
    sentences holds their propositions, not their parses."""

    def __init__(self, nlp: Language | None) -> None:
        self._nlp = nlp
        self._read: dict[str, _Reading] = {}

    def add(self, claims: Iterable[Claim]) -> None:
        if self._nlp is None:
            return
        texts = [t for t in dict.fromkeys(c.text for c in claims) if t not in self._read]
        for text, doc in zip(texts, self._nlp.pipe(texts, batch_size=PARSE_BATCH), strict=True):
            self._read[text] = _read(doc)
        if texts:
            # The parse's working memory is freed but stays resident in the C heap, and the next parse
            # does not always fit in it: given back, a story's peak is one batch's, not the sum of holes.
            release_memory()

    def reading(self, claim: Claim) -> DenialReading | None:
        read = self._read.get(claim.text)
        if read is None:
            return None
        denial = read.denial  # a copy: the caller may keep or extend its lists
        return replace(denial, named=list(denial.named), counter=list(denial.counter))

    def estimate(self, claim: Claim) -> Estimate | None:
        read = self._read.get(claim.text)
        return read.estimate if read is not None else None

    def referring(self, claim: Claim) -> Referring:
        """What the sentence says of statements it does not state (:mod:`.referring`)."""
        read = self._read.get(claim.text)
        return read.referring if read is not None else Referring()

    def reports(self, claim: Claim) -> ReportReading:
        """What the sentence says of reports (:mod:`.reports`)."""
        read = self._read.get(claim.text)
        return read.reports if read is not None else ReportReading()

    def things(self, claim: Claim) -> list[Thing]:
        """The things the sentence says are there or not (:mod:`.existence`)."""
        read = self._read.get(claim.text)
        return read.things if read is not None else []

    def reply(self, claim: Claim) -> Reply:
        """The short negative reply the sentence holds and what it says to "you" (:mod:`.replies`)."""
        read = self._read.get(claim.text)
        return read.reply if read is not None else Reply()

    def attributes(self, claim: Claim) -> list[Attribute]:
        """What the sentence says things are, or are not (:mod:`.attributes`)."""
        read = self._read.get(claim.text)
        return read.attributes if read is not None else []

    def clauses(self, claim: Claim) -> list[Proposition]:
        """The clauses the sentence asserts (see :class:`_Reading`); none when it was not parsed."""
        read = self._read.get(claim.text)
        return read.clauses if read is not None else []
