"""The whole a share is a share of, read from the dependency parse: "73 percent *of the votes cast*",
"half *of federal revenue*", "four in 10 *voters*", "46 percent *among Hispanic voters*".

A share says how much of something: two shares of different wholes ("26 percent of Democrats", "25
percent of likely Republican voters"; "21 percent of the state's population", "30 percent of the
population in another state") are two measures, and a share whose whole is written is not the same
measure as a bare share beside it ("Carson trails them at 13 percent", "turnout was 39%") when the two
would be shown as a dispute. A whole is its head noun's lemma and the words that narrow it: adjective,
compound, possessive and participle modifiers and the objects of its prepositions ("the black vote", "votes
*cast*", "the population *in Arizona*"). Two wholes are the same when their heads are and the words that
narrow them, when both have some, share one.

Categories only: the prepositions of a share ("of", "among"), the "N in 10" form and parse relations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Whole", "same_whole", "share_whole"]

# The head noun's lemma and the lemmas of the words that narrow it.
Whole = tuple[str, frozenset[str]]

_SHARE_PREPOSITIONS = frozenset({"of", "among"})
# "four in 10 voters", "nearly 3 in 10", "one out of five": the whole is the noun the figure counts.
_IN_N = re.compile(r"\b(?:in|out of)\s+(?:\d+|ten|five|four|three|two)\b", re.IGNORECASE)
_NARROWING = frozenset({"amod", "compound", "poss", "nmod", "acl"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def _narrowing(head: Token) -> frozenset[str]:
    words: set[str] = set()
    for child in head.children:
        if child.dep_ in _NARROWING and child.pos_ in _CONTENT:
            words.add(child.lemma_.lower())
        elif child.dep_ == "prep":
            words |= {o.lemma_.lower() for o in child.children if o.dep_ == "pobj" and o.pos_ in _CONTENT}
    return frozenset(w for w in words if w.isalpha() or "-" in w)


def share_whole(tokens: Sequence[Token], text: str) -> Whole | None:
    """The whole the share written as ``tokens`` (its text ``text``) is of, or None when no whole is written."""
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    for token in tokens:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _SHARE_PREPOSITIONS and child.i not in inside:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                        return obj.lemma_.lower(), _narrowing(obj)
    if _IN_N.search(text):
        # the noun the figure hangs on, after it ("four in 10 voters"; "3 in 10 voters" parsed as "3 in
        # voters")
        after = [
            t
            for token in tokens
            for t in (token.head, *(c for c in token.children if c.dep_ == "pobj"))
            if t.i not in inside and t.i > max(inside) and t.pos_ in ("NOUN", "PROPN")
        ]
        if after:
            return after[0].lemma_.lower(), _narrowing(after[0])
    return None


def same_whole(a: Whole | None, b: Whole | None) -> bool:
    """Two shares may measure one thing: neither names its whole, or both name the same one (the same
    head; the words that narrow them, when both have some, share one)."""
    if a is None or b is None:
        return a is None and b is None
    if a[0] != b[0]:
        return False
    return not (a[1] and b[1] and not a[1] & b[1])
