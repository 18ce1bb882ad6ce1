"""Figures of a supposition, read from the dependency parse of the figure's own clause: "he *would then*
need to win 55 percent *if* he split the rest", "*if* there is a drop-off, that is 60 electoral votes",
"*in that scenario* the delegates *might* make the threshold 15 states", "*could* it reach 40 percent?".

The figure's own clause is the nearest verb above it and the verbs it is the open complement of ("need *to
win*"). It is a supposition when that clause is a condition ("if", "unless") or holds one, is what someone
supposes or imagines ("suppose that she wins 20 seats"), is a question, or has a modal of possibility or of
the conditional ("might", "could", "would", "may") together with a word that points back to a supposed case
("then", "in that case", "in this scenario"). A modal alone ("as many as 3,000 workers could lose their
jobs", "the bill would cost $5 billion") is an estimate or a forecast, not a supposition; a condition of the
clause above ("she may resign *before her term ends in 2031*") leaves the figure's own clause as it is.

Such a figure says what would be, not what an outlet reports: it may agree with reported figures, but it
never makes a dispute (:func:`.figures.split_suppositions`). Categories only: the markers of a condition,
the verbs of supposing, the modals and the words of a supposed case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["supposed"]

_CONDITION = frozenset({"if", "unless", "suppose", "supposing", "assuming"})
_SUPPOSING = frozenset({"suppose", "imagine", "assume", "hypothesize", "hypothesise", "pretend"})
_MODALS = frozenset({"might", "could", "would", "may", "'d"})
# Nouns of a supposed case, pointed back to by a demonstrative ("in that case", "in such a scenario").
_CASE_NOUNS = frozenset({"case", "scenario", "event", "eventuality", "situation", "world"})
_POINTING = frozenset({"that", "this", "such", "which"})


def _condition(verb: Token) -> bool:
    """The clause is a condition or holds one."""
    for child in verb.children:
        if child.dep_ == "mark" and child.lower_ in _CONDITION:
            return True
        if (
            child.dep_ == "advcl"
            and any(g.dep_ == "mark" and g.lower_ in _CONDITION for g in child.children)
            and not any(g.dep_ == "advmod" and g.lower_ == "even" for g in child.children)
        ):
            return True  # not a concession ("11 states, even if he wins none"): that holds either way
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SUPPOSING


def _supposed_case(verb: Token) -> bool:
    """A modal of possibility or the conditional with a word pointing back to a supposed case ("would
    then", "might, in that scenario,")."""
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "then":
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "under"):
            for case in (o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in _CASE_NOUNS):
                if any(d.lower_ in _POINTING for d in case.children if d.dep_ in ("det", "predet", "amod")):
                    return True
    return False


def _question(verb: Token) -> bool:
    """The clause's sentence asks a question."""
    sentence = verb.sent
    last = next(
        (t for t in reversed(sentence) if not t.is_space and t.text not in ('"', "”", "’", "'")), None
    )
    return last is not None and last.text == "?"


def supposed(root: Token) -> bool:
    """The figure whose head token is ``root`` is said of a supposition (see the module docstring)."""
    # the nearest verb above the figure, else its sentence's root (a copula the tagger took for an adverb)
    verb = next((a for a in [root, *root.ancestors] if a.pos_ in ("VERB", "AUX")), root.sent.root)
    if _question(verb):
        return True
    while True:
        if _condition(verb) or _supposed_case(verb):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
