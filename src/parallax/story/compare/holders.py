"""Whose measure a figure gives, read from the dependency parse: "*the Clintons'* tax rate", "*Bush* paid
an effective tax rate of 36 percent", "Mr. Bush said *his* average rate was 36 percent", "the rate *of the
Varga family*".

One value of two holders is two measures ("the Clintons' rate" and "Jeb Bush's rate" stay apart however
close their values). Only names are holders (a proper noun, or a possessive pronoun whose antecedent is the
named subject of the clause that governs it): "the president's demand" and "Trump's demand" are not told
apart, since a common noun may name the same holder.

Besides the name, the kind of the one who does what a figure is the object of (:func:`doer`): one person
("*he* raised $5.7 million", "*Dolan* raised ...") or an organisation ("*the group* raised $4 million", "*the
committee* spent ..."). A person and an organisation are two holders; two people or two organisations may
be one (a pronoun's antecedent is not known).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
# Verbs whose named subject holds the measured thing ("Bush paid a rate of 36 percent", "Varga has 40
# acres"); not verbs of doing ("Trump signed a $1.3 trillion bill": the bill is not Trump's measure).
_HOLDING_VERBS = frozenset("have hold own pay earn receive get win keep".split())
_SUBJECTS = ("nsubj", "nsubjpass")
_PERSON_PRONOUNS = frozenset({"he", "she"})
# Nouns for organisations and bodies of people acting as one (not a campaign, which is one person's).
_ORGANISATION_NOUNS = frozenset(
    "group committee organization organisation party company firm corporation agency government council "
    "union association coalition foundation fund network board administration department ministry bank "
    "club alliance movement caucus institute society federation league".split()
)


def _name_words(token: Token) -> frozenset[str]:
    """The words of the name a token heads ("Jeb Bush", "the Clintons"), lower case, a plural "s" and a
    possessive ending dropped ("Clintons'" and "Clinton" are one family)."""
    words = [t for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i]
    out: set[str] = set()
    for word in words:
        text = word.text.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
        if text.endswith("s") and len(text) > 3:
            text = text[:-1]
        if len(text) > 1 and text.isalpha():  # not a title ("Mr.", "Sen.")
            out.add(text)
    return frozenset(out)


def _named(token: Token | None) -> bool:
    return token is not None and token.pos_ == "PROPN"


def _antecedent(pronoun: Token) -> Token | None:
    """The named subject of the nearest clause above a possessive pronoun ("Mr. Bush said his rate ...";
    the pronoun's own clause first when its subject is named); None when the nearest clause with a subject
    names none ("the IRS ... to audit Trump, whose returns weren't audited during his first years")."""
    for ancestor in pronoun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            subject = next((c for c in ancestor.children if c.dep_ in _SUBJECTS), None)
            if subject is None or subject.i in {t.i for t in pronoun.ancestors}:
                continue  # no subject, or the pronoun's own noun ("his rate was 36 percent")
            return subject if _named(subject) else None
    return None


def holder(noun: Token | None, verb: Token | None, root: Token) -> frozenset[str]:
    """The name words of whose measure the figure gives (empty when no name says it): the possessor of the
    measured noun, its "of" phrase naming someone, or the named subject of the verb the noun or the figure
    is the object of."""
    heads = [noun, root, root.head if root.dep_ == "appos" else None]  # "the Clintons' rate: 30 percent"
    for head in heads:
        if head is None:
            continue
        for child in head.children:
            if child.dep_ == "poss":
                if _named(child):
                    return _name_words(child)
                if child.lower_ in _POSSESSIVE_PRONOUNS:
                    antecedent = _antecedent(child)
                    if antecedent is not None:
                        return _name_words(antecedent)
            if child.dep_ == "prep" and child.lower_ == "of" and head is noun and head is not root:
                named = next((o for o in child.children if o.dep_ == "pobj" and _named(o)), None)
                if named is not None and named.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", ""):
                    return _name_words(named)
    carrier = noun if noun is not None else root
    if (
        verb is not None
        and carrier.dep_ == "dobj"
        and carrier.head.i == verb.i
        and (verb.lemma_ or "").lower() in _HOLDING_VERBS
    ):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and _named(subject):
            return _name_words(subject)
    return frozenset()


def different_holders(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both figures name whose measure they give, and the names share no word."""
    return bool(a and b and not a & b)


def doer(noun: Token | None, verb: Token | None, root: Token) -> str | None:
    """The kind of the subject of the verb the figure (or its noun) is the direct object of: "person"
    ("he", "she", a person's name), "organisation" (a noun of :data:`_ORGANISATION_NOUNS` that no name or
    possessor narrows, or an organisation's name), else None."""
    if verb is None or not any(
        t is not None and t.dep_ == "dobj" and t.head.i == verb.i for t in (noun, root)
    ):
        return None
    clause = verb
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    while subject is None and clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "the group met and raised $4 million"
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    if subject.lower_ in _PERSON_PRONOUNS or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON"):
        return "person"
    if subject.pos_ == "PROPN" and subject.ent_type_ == "ORG":
        return "organisation"
    if (
        subject.pos_ == "NOUN"
        and subject.lemma_.lower() in _ORGANISATION_NOUNS
        and not any(c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON") for c in subject.children)
    ):
        return "organisation"
    return None


def different_doers(a: str | None, b: str | None) -> bool:
    """One figure is a person's doing and the other an organisation's."""
    return {a, b} == {"person", "organisation"}
