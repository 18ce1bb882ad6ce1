"""Estimates of a count read from the dependency parse: "Police put the number of marchers at 4,000"."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.story.compare.propositions import SUBJECT_ROLES, noun_phrase, stems_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Estimate", "read_estimate"]

# Verbs that give an estimate of a count: "put the number of marchers at 4,000", "estimated the crowd at".
_ESTIMATE_VERBS = frozenset({"put", "estimate", "place", "set", "peg"})
# Nouns that stand for a count of something ("the number of marchers", "the toll", "the turnout").
_COUNT_NOUNS = frozenset(
    "number figure toll count tally total turnout crowd attendance size estimate death deaths".split()
)


@dataclass(frozen=True)
class Estimate:
    """One party's figure for a count: who gives it (stems), what is counted (stems of the counted noun
    and its phrase), the other participants named (places, events), and the value."""

    by: frozenset[str]
    counted: frozenset[str]
    others: frozenset[str]
    value: float
    text: str


def read_estimate(doc: Doc | Iterable[Token]) -> Estimate | None:
    """ "Police put the number of marchers in Velna at 4,000": a verb of estimating whose object is a
    count ("the number of X", "the crowd", "the toll") and whose "at" phrase gives the figure."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.casefold() not in _ESTIMATE_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.casefold() in _COUNT_NOUNS]
        values = [
            n
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "at"
            for n in p.children
            if n.dep_ == "pobj" and n.like_num and any(ch.isdigit() for ch in n.text)
        ]
        if not objects or not values:
            continue
        count = objects[0]
        counted = [o for p in count.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        heads = counted or [count]
        places = [o for h in heads for p in h.children if p.dep_ == "prep" for o in p.children]
        places += [
            o
            for p in verb.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj" and o not in values
        ]
        try:
            value = float(values[0].text.replace(",", ""))
        except ValueError:
            continue
        return Estimate(
            by=stems_of(t for c in verb.children if c.dep_ in SUBJECT_ROLES for t in noun_phrase(c)),
            counted=stems_of(t for h in heads for t in noun_phrase(h)),
            others=stems_of(t for o in places for t in noun_phrase(o)),
            value=value,
            text=" ".join(t.text for t in verb.subtree),
        )
    return None
