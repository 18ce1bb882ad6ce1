"""Shapes of a figure's phrase read from the dependency parse, for :mod:`.measures`: whether "times" makes
a ratio, the event a length of time measures, and whether a counted noun is one of a list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions and verbs that make a length of time the length of an event ("for two days", "took a year").
_DURATION_PREPOSITIONS = frozenset({"for", "during", "over", "throughout"})
_DURATION_VERBS = frozenset({"take", "last", "spend", "run", "need", "require"})


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def multiplier(times: Token) -> bool:
    """ "times" makes a ratio when a comparison or a measure follows it ("times as many", "times more",
    "times the size", "times higher"), not when it counts occurrences ("expelled 27 times")."""
    following = times.doc[times.i + 1] if times.i + 1 < len(times.doc) else None
    if following is None:
        return False
    return following.lower_ in ("as", "that", "what") or following.tag_ in (
        "JJR",
        "RBR",
        "DT",
        "PRP$",
    )


def duration_event(root: Token, of_object: Token | None) -> tuple[Token | None, Token | None]:
    """The event a length of time measures, as a noun or a verb: "two days *of talks*", "a visit *for*
    two days", "the council *refused* for three months", "it *took* three months *to answer*", "the
    *strike* lasted a week"."""
    if of_object is not None and of_object.pos_ in ("NOUN", "PROPN"):
        return of_object, None
    if root.dep_ == "pobj" and root.head.lower_ in _DURATION_PREPOSITIONS:
        head = root.head.head
        if head.pos_ == "NOUN" and head.dep_ not in ("nsubj", "nsubjpass"):
            return head, None
        if head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # "the council for three months had refused": a misread attachment
        if head.pos_ in ("VERB", "AUX"):
            return None, head
    if root.dep_ in ("dobj", "npadvmod") and _lemma(root.head) in _DURATION_VERBS:
        taking = root.head
        purpose = next(
            (c for c in taking.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None
        )
        if purpose is not None:
            return None, purpose
        subject = next((c for c in taking.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ == "NOUN":
            return subject, None
    return None, None


def counted_in_a_list(noun: Token) -> bool:
    """The counted noun is one of a list of counted nouns ("eight students and two teachers"): a part of
    a total."""

    def counted(token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in token.children)

    if noun.dep_ == "conj" and counted(noun.head):
        return True
    return any(c.dep_ == "conj" and counted(c) and c.lemma_ != noun.lemma_ for c in noun.children)
