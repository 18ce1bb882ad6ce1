"""Which poll a figure belongs to, read from the dependency parse of its sentence: "according to a *Kessel
Institute* survey, 52 percent ...", "a poll *by Varnholt* of 1,015 adults", "the margin of sampling error is
plus or minus six points".

A sentence is about a poll when it names one ("poll", "survey"), says that people were polled ("surveyed
1,015 adults", "interviewed"), or gives a margin of error. A poll is named by its makers: the proper nouns
written before the poll's noun ("a *Quinnipiac University* poll", "the *Tessary Times/Orvel News* survey")
or after "by" ("conducted *by Gallup*"). A figure of a sentence that names a poll's makers belongs to that
poll; one of a sentence about a poll that names none (a sample, a margin of error) belongs to the poll its
article names, else to its article's own unnamed poll.

Two polls are two measurements, not two outlets' values of one: figures of two polls never make a dispute
(:func:`.figures.split_polls`); figures of one poll, or one of them of no poll, may. Categories only: the
nouns and verbs of polling and the margin of error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token

__all__ = ["about_a_poll", "makers", "one_poll"]

_POLL_NOUNS = frozenset({"poll", "survey"})
_POLLING_VERBS = frozenset({"poll", "survey", "interview", "sample"})
_MAKER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
_NOT_MAKERS = frozenset({"DATE", "TIME"})


def _name_words(tokens: Iterable[Token], places: bool = False) -> set[str]:
    """The proper nouns of ``tokens``, lower case; a place's only with ``places`` (a place written before
    the poll's noun is where it polled: "a *Varsia* poll")."""
    skipped = _NOT_MAKERS if places else _NOT_MAKERS | {"GPE"}
    return {
        t.lower_
        for t in tokens
        if t.pos_ == "PROPN" and t.ent_type_ not in skipped and t.is_alpha and len(t.text) > 1
    }


def makers(sentence: Span) -> frozenset[str]:
    """The name words of the makers of the polls the sentence names (empty when it names none)."""
    out: set[str] = set()
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _POLL_NOUNS:
            continue
        for child in noun.children:
            if child.i < noun.i and child.dep_ in _MAKER_DEPS:
                out |= _name_words(child.subtree)
            if child.dep_ == "acl":  # "the poll, conducted by Gallup"
                for agent in (c for c in child.children if c.dep_ == "agent" or c.lower_ == "by"):
                    out |= _name_words(agent.subtree, places=True)
            if child.dep_ == "prep" and child.lower_ == "by":  # "a survey by the Kessel Institute"
                out |= _name_words(child.subtree, places=True)
    return frozenset(out)


def about_a_poll(sentence: Span) -> bool:
    """The sentence names a poll, says that people were polled, or gives a margin of error."""
    lemmas = {t.lemma_.lower() for t in sentence}
    if "margin" in lemmas and "error" in lemmas:
        return True
    return any(
        (t.pos_ == "NOUN" and t.lemma_.lower() in _POLL_NOUNS and t.tag_ != "NNS")
        or (t.pos_ == "VERB" and t.lemma_.lower() in _POLLING_VERBS)
        for t in sentence
    )


def one_poll(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two polls' keys (maker name words, or an article's own poll) name one poll: they share more than
    half of the smaller one's words ("Tessary Times/Orvel News" and "Orvel News"; not "Orvel News" and
    "Kessel News")."""
    return 2 * len(a & b) > min(len(a), len(b))
