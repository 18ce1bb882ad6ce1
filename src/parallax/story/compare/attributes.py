"""What a thing is said to be, and one speaker saying it is not: "the war is a war of Vell's choosing"
against "the war was not a war of Vell's choosing"; "whether to raise the fee is a simple question"
against "that is not a simple question". Read from the dependency parse.

* **An attribute**: a clause of "be" that the sentence asserts (the main clause, what a verb of saying
  says, or what a claim it names says; not a condition, a question, a relative clause or a possibility)
  with a noun as its attribute ("is a hoax", "is the party of low taxes"). What it is, as stems: the
  noun's phrase with the verbs of its clauses ("a war of Vell's choosing" -> war, vell, choos; "a time to
  relax" -> time, relax); whether it is negated ("is not", not "is not only"); its subject (stems of its
  phrase), or none when the subject is a pronoun, a demonstrative or a clause ("that is not a simple
  question", "whether to raise it is a simple question"). A clause with no subject read is left out.
* **A dispute**: a negated attribute against the same attribute affirmed by another speaker: the same
  noun, every word of the negated phrase in the affirmed one ("not a hoax" answers "a total hoax", not
  the other way round), about the same thing: subjects sharing a word; or, when a subject is a pronoun
  or a clause, a negated phrase of two words or more said near the other in one article (an exchange),
  or naming someone, or of three words or more.

Categories only: the verb "be", negation, pronouns and clauses; no word of any story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.model import Claim, Comparison
from parallax.story.compare.denials import disputed_point, same_speaker
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.propositions import SAYING_NOUNS, clause_heads, stems_of
from parallax.story.text_features import is_denial

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MAY_DENY", "Attribute", "attribute_disputes", "read_attributes"]

# A sentence that may say something is not something (parsed only then): "is not", "wasn't", "it's not".
MAY_DENY = re.compile(
    r"\b(?:is|are|was|were|[’']s|[’']re)\s+not\b|\b(?:is|are|was|were)\s*n[’']t\b", re.IGNORECASE
)
# Roles of a clause its sentence asserts: the main clause, or what a verb of saying says.
_ASSERTED = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
# "is not only a X (but ...)": no negation of X.
_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "solely"})
# Auxiliaries of a possibility: no statement of what a thing is.
_POSSIBLE = frozenset({"can", "could", "may", "might"})
# Claims apart (in one article) within which two sentences with a pronoun or clause subject are an exchange.
NEAR = 6
# Words of a phrase of a noun left out of what it is: its clauses are not what the thing is said to be.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "punct", "cc", "conj"})


@dataclass(frozen=True)
class Attribute:
    """What a clause says its subject is (see the module docstring)."""

    head: str
    phrase: frozenset[str]
    negative: bool
    # Stems of the subject's phrase; empty when the subject is a pronoun, a demonstrative or a clause.
    subject: frozenset[str]
    # Stems of the proper names in the phrase ("a war of Vell's choosing" -> vell).
    names: frozenset[str] = frozenset()


def _phrase(noun: Token) -> list[Token]:
    """The noun's phrase without its clauses: its modifiers, possessors and prepositional objects."""
    out: list[Token] = []
    stack = [noun]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSES)
    return out


def _asserted(verb: Token) -> bool:
    """The clause of ``verb`` is what its sentence asserts, or what a claim it names says ("his claim that
    the war is a war of choice"); not a condition, a question, a relative clause or a possibility ("an order
    could say that they are not citizens")."""
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
            return False
        if any(c.dep_ == "aux" and c.lemma_.casefold() in _POSSIBLE for c in verb.children):
            return False
        if verb.dep_ == "ROOT" or verb.head is verb:
            return True
        if verb.head.pos_ == "NOUN" and verb in clause_heads(verb.head):
            return verb.head.lemma_.casefold() in SAYING_NOUNS
        if verb.dep_ not in _ASSERTED:
            return False
        verb = verb.head
    return False


def _negative(verb: Token, noun: Token) -> bool:
    negations = [c for c in [*verb.children, *noun.children] if c.dep_ == "neg"]
    if not negations:
        return False
    doc = verb.doc
    return not any(n.i + 1 < len(doc) and doc[n.i + 1].lower_ in _NOT_ONLY for n in negations)


def read_attributes(doc: Doc | Iterable[Token]) -> list[Attribute]:
    """The attributes ``doc`` (one sentence) asserts (see :class:`Attribute`)."""
    out: list[Attribute] = []
    for tok in doc:
        if tok.dep_ != "attr" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = tok.head
        if verb.lemma_.casefold() != "be" or not _asserted(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if not subjects:
            continue  # no subject read: what is said to be so is not known
        noun_subjects = [s for s in subjects if s.pos_ in ("NOUN", "PROPN")]
        head = stems_of([tok])
        if not head:
            continue
        # The phrase with the verbs of the noun's clauses ("a time to relax" is not "a time to rebuild").
        phrase = _phrase(tok)
        clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]
        out.append(
            Attribute(
                head=next(iter(head)),
                phrase=stems_of(t for t in [*phrase, *clauses] if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")),
                negative=_negative(verb, tok),
                subject=stems_of(t for s in noun_subjects for t in _phrase(s)),
                names=stems_of(t for t in phrase if t.pos_ == "PROPN"),
            )
        )
    return out


def _answers(negated: Attribute, plain: Attribute, near: bool) -> bool:
    """The negated attribute says the plain one is not so (see the module docstring)."""
    if not negated.negative or plain.negative or negated.head != plain.head:
        return False
    if not negated.phrase <= plain.phrase:
        return False
    if negated.subject and plain.subject:
        return bool(negated.subject & plain.subject)
    # A pronoun or a clause for a subject: a phrase of two words or more, said near the other in one
    # article (an exchange), or naming someone, or of three words or more.
    return len(negated.phrase) >= 2 and (near or bool(negated.names) or len(negated.phrase) >= 3)


def attribute_disputes(
    claims: Sequence[Claim],
    attributes_of: Callable[[Claim], list[Attribute]],
    parse: Callable[[Sequence[Claim]], None],
    namer: SourceNamer,
    taken: set[str],
) -> list[Comparison]:
    """ "X is not a Y" said by one speaker against "X is a Y" said by another (see the module docstring),
    one point per negated sentence. ``taken``: claims already in a contradiction (updated)."""
    said = [c for c in claims if c.id not in taken and not c.text.rstrip().endswith("?")]
    saying = [c for c in said if c.speaker or c.cue]
    denying = [c for c in saying if MAY_DENY.search(c.text)]
    parse(denying)
    position = {c.id: n for n, c in enumerate(claims)}
    out: list[Comparison] = []
    for claim in denying:
        if claim.id in taken:
            continue
        negated = [a for a in attributes_of(claim) if a.negative]
        if not negated:
            continue
        heads = {a.head for a in negated}
        candidates = [
            c
            for c in saying
            if c.id != claim.id
            and c.id not in taken
            and c.text != claim.text
            and any(h[:4] in c.text.casefold() for h in heads)
            and not same_speaker(c, claim)
            and not is_denial(c.text)  # ("denied the claim that X is a Y" does not say X is a Y)
        ]
        parse(candidates)
        targets = [
            c
            for c in candidates
            if any(
                _answers(
                    a,
                    b,
                    c.article_id == claim.article_id and abs(position[c.id] - position[claim.id]) <= NEAR,
                )
                for a in negated
                for b in attributes_of(c)
            )
        ]
        if not targets:
            continue
        # (the one whose statement it is, when resolved to a named speaker; not "his")
        out.append(
            disputed_point(
                claim,
                targets,
                namer,
                lambda denier, who: f"{denier} says the opposite of {who or 'the earlier report'}",
            )
        )
        taken.update(c.id for c in [*targets, claim])
    return out
