"""What an amount is for and what unit of time a figure is a rate per, read from the dependency parse.

* :func:`purpose`: what an amount of money pays for ("$5 billion *for the wall*", "spend billions of
  dollars *on a wall*"): words of the amount's measure, whatever each outlet calls the amount;
* :func:`rate_unit`: the unit of time a figure is given per ("a dozen cases *a year*", "*per* day"): a
  rate and a count are two measures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parallax.story.compare.lexicon import THING_CLASSES, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that say what an amount of money is for, and nouns of money one looks through.
_PURPOSE_PREPOSITIONS = frozenset({"for", "on", "toward", "towards"})
_MONEY_NOUNS = frozenset({"funding", "fund", "money", "dollar", "financing", "appropriation"})
# Words too general to name what an amount is for (as in :mod:`.measures`).
_GENERIC = frozenset(
    "be have do say tell report add make get go come take give other people person thing time way".split()
)


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


_RATE_ADVERBS = {"annually": "year", "yearly": "year", "daily": "day", "weekly": "week", "monthly": "month"}


def rate_unit(heads: Sequence[Token]) -> str | None:
    """The unit of time a figure is a rate per: "a dozen cases *a year*", "*per* day", "*each* week",
    "*annually*" on the figure, its noun or its predicate; else None."""
    for head in heads:
        for child in head.children:
            lemma = _lemma(child)
            if child.dep_ == "advmod" and child.lower_ in _RATE_ADVERBS:
                return _RATE_ADVERBS[child.lower_]
            if (
                child.dep_ == "npadvmod"
                and lemma in TIME_UNITS
                and any(d.lower_ in ("a", "an", "per", "each", "every") for d in child.children)
            ):
                return lemma
            if child.dep_ == "prep" and child.lower_ == "per":
                unit = next((_lemma(o) for o in child.children if o.dep_ == "pobj"), None)
                if unit in TIME_UNITS:
                    return unit
    return None


def purpose(root: Token, of_object: Token | None, verb: Token | None) -> frozenset[str]:
    """The lemmas of what an amount of money is for: the objects of "for", "on" or "toward" on the amount
    ("$5 billion for the wall", "$5 billion in funding for the wall") or on the verb it is the object of
    ("spend billions of dollars on a wall", "appropriate $5.7 billion for that project"); through a noun
    of money itself ("funding for the wall": the wall)."""
    heads = [root, *([of_object] if of_object is not None else [])]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
    if root.dep_ == "pobj" and root.head.lower_ in _PURPOSE_PREPOSITIONS:
        heads.append(root.head.head)  # "his demand for $5 billion for the wall": the demand's "for"
    if verb is not None:
        heads.append(verb)  # "appropriate $5.7 billion for the project", "repeated his demand ... for a wall"
    found: set[str] = set()
    seen: set[int] = set()
    while heads:
        head = heads.pop()
        if head.i in seen:
            continue
        seen.add(head.i)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _PURPOSE_PREPOSITIONS:
                for obj in (o for o in prep.children if o.dep_ == "pobj" and o.i != root.i):
                    if _lemma(obj) in THING_CLASSES["money"] | _MONEY_NOUNS:
                        heads.append(obj)  # "in funding for the wall": go on to the wall
                    elif obj.pos_ in ("NOUN", "PROPN"):
                        found.add(_lemma(obj))
            elif prep.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
                heads.append(prep)  # "$5 billion in funding": the funding's own "for"
    return frozenset(w for w in found if w not in _GENERIC and len(w) > 2)
