"""What a denial denies, read from the dependency parse: the proposition it names, or the one it sets
against it.

A denial names what it denies in one of these ways (all read from the parse, none from a word list of
propositions):

* a clausal complement of a verb of denial: "denied that P", "rejected that P";
* a noun of saying that governs a clause: "denied the report that P", "rejected claims that P",
  "dismissed X's statement that P", "X's statement that P was untrue";
* a counter-claim in the same sentence: "contradicted X and claimed P", "dismissed X's statements and
  said P", "denied it, saying P", "disputed the figure, saying P" (the proposition the denier puts in place
  of X's);
* a noun of saying or an event said to be untrue, made up or not to have happened: "there is no truth to
  the report that P", "the story that P was fabricated", "the meeting with X never happened" (the event
  noun is the predicate: "meeting" is "meet").

A personal pronoun that is the subject of the denied proposition ("X denied that it overbooked flights")
stands for the names before it in the sentence. Propositions themselves: :mod:`.propositions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from parallax.story.compare.pronouns import names_of
from parallax.story.compare.propositions import (
    MISTAKEN,
    NO_WORDS,
    SAYING_NOUNS,
    SUBJECT_ROLES,
    Proposition,
    clause_heads,
    noun_phrase,
    numbers_in,
    proposition,
    stems_of,
)
from parallax.story.text_features import stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DenialReading", "read_denial"]

# Verbs that say a statement is wrong, by lemma.
_DENY_LEMMAS = frozenset(
    {"deny", "reject", "dismiss", "refute", "contradict", "dispute", "rebut", "debunk", "belie", "disprove"}
)
# Words that call the statement they are said of untrue (the complement of "was": "... was untrue").
_UNTRUE_LEMMAS = frozenset(
    {
        "untrue",
        "false",
        "wrong",
        "baseless",
        "incorrect",
        "groundless",
        "inaccurate",
        "unfounded",
        "fabricated",
    }
)
# Nouns that call a statement untrue, said of it by a verb of calling: "called reports that P nonsense",
# "branded the claim that P a lie".
_UNTRUE_NOUNS = frozenset(
    "nonsense rubbish lie lies fiction fantasy myth falsehood falsehoods hoax smear fabrication garbage "
    "baloney malarkey invention".split()
)
_CALLING = frozenset({"call", "brand", "label", "describe", "term", "deem", "dismiss"})
# Verbs of occurring: "the meeting never happened" denies the meeting.
_OCCUR_LEMMAS = frozenset({"happen", "occur"})
# Nouns of truth that deny what they are said of when negated: "there is no truth to the report".
_TRUTH_NOUNS = frozenset({"truth", "basis", "merit", "foundation"})
# Nouns of asking or proposing: denying, rejecting or dismissing one refuses it, it denies no statement.
_REQUEST_NOUNS = frozenset(
    "request call appeal demand bid application petition proposal offer motion plan permission access "
    "entry bail visa invitation plea suggestion idea".split()
)
# Nouns for what someone said or holds true, besides the nouns of saying: denying, disputing or dismissing
# one says a statement is untrue ("dismissed the criticism", "disputed the figures").
_STATEMENT_NOUNS = frozenset(
    "characterization characterisation critique criticism concern concerns rationale comment notion theory "
    "finding findings conclusion figure figures number numbers estimate count tally data statistic account "
    "version narrative argument premise assessment analysis description portrayal interpretation testimony "
    "evidence speculation attack attacks assertion insinuation implication premise charge charges "
    "assumption belief view".split()
)
# Nouns of a part in a deed: denying one denies a statement that one took part ("denied wrongdoing",
# "denied any role in the attacks").
_GUILT_NOUNS = frozenset(
    "wrongdoing involvement responsibility knowledge role guilt link links connection connections "
    "collusion misconduct impropriety part participation existence presence contact contacts "
    "relationship affair wrongdoings crime crimes".split()
)
# Endings that make a noun of a verb: "payment" is "pay", "meeting" is "meet".
_NOUN_ENDINGS = ("ment", "ing", "al")
# Verbs that state a claim ("Iran claims the drone entered its airspace").
_SAYING_VERBS = frozenset({"claim", "say", "allege", "insist", "assert", "contend", "argue", "maintain"})
# Verbs of saying: "denied saying that", "denied having said it" name no deed.
_SAID_VERBS = frozenset({"say", "tell", "state", "write", "claim"})
# Verbs that call a statement made up, said of it in the passive: "the story that P was fabricated".
_INVENTED_LEMMAS = frozenset({"fabricate", "invent", "concoct"})
# Words that make "deny" affirm: "it is hard to deny that P", "difficult to deny" (and "no one can deny",
# "would not deny": a negated or subjectless-by-"no" denial, read from the parse).
_HARD = frozenset({"hard", "difficult", "impossible", "tough", "futile"})
# Words of doubt: what they govern is said to be unlikely so ("questioned whether P", "doubts that P",
# "is skeptical that P", "voiced skepticism that P"); "question" only with "whether" or "if" (not
# "questioned the witness").
_DOUBT_VERBS = frozenset({"question", "doubt"})
_DOUBT_ADJECTIVES = frozenset({"doubtful", "skeptical", "sceptical", "unconvinced", "dubious"})
_DOUBT_NOUNS = frozenset({"doubt", "skepticism", "scepticism"})
_QUESTION_MARKS = frozenset({"whether", "if"})
# Verbs of seeing how something could be: said to be hard ("it is hard to see how P", "difficult to
# imagine how P"), they doubt P.
_SEEING_HOW = frozenset({"see", "imagine", "understand", "explain"})


@dataclass
class DenialReading:
    """What a denial sentence denies (``named``) and what it says instead (``counter``)."""

    named: list[Proposition] = field(default_factory=list)
    counter: list[Proposition] = field(default_factory=list)
    # The sentence's only words of denial refuse a request ("denied his request", "dismissed calls to
    # resign"), call a thing, not a statement, false ("a false prophet"), or affirm ("it is hard to deny
    # that P", "no one can deny that P", "he did not deny it"): it denies no statement.
    refusal: bool = False
    # The sentence itself states the claim it then denies: "X claims P, but Y deny that claim".
    states_claim: bool = False
    # The names of who denies (the subjects of its verbs of denial): a sentence that tells of X's denial
    # ("X called him a liar, something X has denied") is another report of it, not what it answers.
    by: frozenset[str] = frozenset()
    # What it names it only doubts ("questioned whether P", "is skeptical that P"): set against P when P is
    # stated, never shown alone as a denial.
    doubt: bool = False
    # What it names is said to be mistaken by the one who tells it ("X mistakenly stated that P"): the
    # teller's correction, set against P when another sentence states P (never against a sentence that
    # itself calls P false), never shown alone.
    disowns: bool = False


def _clauses_under(tok: Token) -> list[Proposition]:
    out: list[Proposition] = []
    for verb in clause_heads(tok):
        out.append(proposition(verb))
        out += [proposition(c) for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return out


def _said_before(verb: Token, cue: Token) -> bool:
    """``verb`` says something (a verb of saying with a clause) before the denial ``cue`` and apart from
    it: the cue neither in what it says nor governing it ("Iran claims P, but they deny that claim"; not
    "X said the report that P was false")."""
    if verb.pos_ != "VERB" or verb.lemma_.casefold() not in _SAYING_VERBS:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(said) and not any(cue in c.subtree for c in said) and cue not in verb.ancestors


def _nominal(noun: Token) -> Proposition:
    """An event named by a noun as a proposition: the noun is its predicate ("meeting" -> "meet"), the
    objects of its prepositions and its modifiers its participants ("the meeting with the executives")."""
    participants = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    participants += [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    tokens = [t for a in participants for t in noun_phrase(a)]
    lemma = noun.lemma_.casefold()
    verbs = {
        lemma[: -len(end)] for end in _NOUN_ENDINGS if lemma.endswith(end) and len(lemma) - len(end) >= 3
    }
    return Proposition(
        predicates=stems_of([noun]) | {stem(v) for v in verbs},
        arguments=stems_of(tokens),
        argument_heads=stems_of(participants),
        objects=stems_of(tokens),
        numbers=numbers_in(noun.subtree),
        text=" ".join(t.text for t in noun.subtree),
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _affirming(verb: Token) -> bool:
    """A verb of denial that affirms: negated ("did not deny", "never denied", "can't deny"), with a
    subject of "no" ("no one can deny", "nobody denies"), or said to be hard ("it is hard to deny",
    "difficult to dispute")."""
    if _negated(verb):
        return True
    for c in verb.children:
        if c.dep_ in SUBJECT_ROLES and (
            c.lower_ in NO_WORDS or c.lower_ == "nobody" or any(d.lower_ == "no" for d in c.children)
        ):
            return True
        if c.dep_ in ("advmod", "acomp") and c.lemma_.casefold() in _HARD:
            return True
    pair = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.casefold() == "confirm"]
    if verb.dep_ == "conj" and verb.head.lemma_.casefold() == "confirm":
        pair.append(verb.head)
    if pair and any(
        c.lower_ in ("nor", "neither") or c.dep_ == "neg" for t in [verb, *pair] for c in t.children
    ):
        return True  # "would neither confirm nor deny", "did not confirm or deny": no denial
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for k in verb.children for c in k.children):
        return True  # "deny whether": no denial
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.casefold() in _HARD
        or any(c.dep_ == "acomp" and c.lemma_.casefold() in _HARD for c in head.children)
    )


def _of_a_thing(verb: Token) -> bool:
    """A verb of denial said of a thing, not of a statement, a person or a part in a deed: "dismissed
    the legislation", "the court dismissed a challenge", "deny the possibility of blessing" (it refuses or
    throws out; no statement is said to be untrue)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    for noun in objects:
        lemma = noun.lemma_.casefold()
        if noun.pos_ != "NOUN" or lemma in SAYING_NOUNS | _STATEMENT_NOUNS | _GUILT_NOUNS:
            return False
        if clause_heads(noun) or any(c.lower_ in ("any", "such") for c in noun.children):
            return False
    return True


def read_denial(doc: Doc | Iterable[Token]) -> DenialReading:
    """The proposition a denial names and the one it says instead (see the module docstring)."""
    reading = DenialReading()
    tokens = list(doc)
    cues = [
        t
        for t in tokens
        if (t.pos_ == "VERB" and t.lemma_.casefold() in _DENY_LEMMAS) or t.lemma_.casefold() in _UNTRUE_LEMMAS
    ]
    reading.refusal = bool(cues) and all(
        (t.pos_ == "VERB" and t.lemma_.casefold() in _DENY_LEMMAS and _affirming(t))
        or (
            t.pos_ == "VERB"
            and any(
                c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.casefold() in _REQUEST_NOUNS
                and not clause_heads(c)
                for c in t.children
            )
        )
        or (t.dep_ == "amod" and t.lemma_.casefold() in _UNTRUE_LEMMAS)
        or (t.pos_ == "VERB" and t.lemma_.casefold() in _DENY_LEMMAS and _of_a_thing(t))
        for t in cues
    )
    reading.states_claim = any(_said_before(t, cue) for cue in cues[:1] for t in tokens if t.i < cue.i)
    for tok in tokens:
        lemma = tok.lemma_.casefold()
        if tok.pos_ == "VERB" and lemma in _DENY_LEMMAS and not _affirming(tok):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            reading.by |= frozenset().union(*(names_of(c) for c in subjects)) if subjects else frozenset()
            # "denied that P"
            reading.named += [proposition(c) for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
            # "denied calling her a racist", "denies taking the money": the deed the denier denies, with
            # the denier as its subject (not "denied having said that": what was said is not named).
            reading.named += [
                proposition(c)
                for c in tok.children
                if c.dep_ in ("xcomp", "dobj")
                and c.tag_ == "VBG"
                and c.lemma_.casefold() not in _SAID_VERBS
                and not any(d.tag_ == "VBN" and d.lemma_.casefold() in _SAID_VERBS for d in c.children)
                and any(d.dep_ in ("dobj", "oprd", "attr", "dative") and d.pos_ != "PRON" for d in c.children)
            ]
            # "denied the report that P", "dismissed X's statement that P"
            for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                reading.named += _clauses_under(obj)
                for prep in (c for c in obj.children if c.dep_ == "prep"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        reading.named += _clauses_under(pobj)
            # "... and claimed P", "..., saying P": what the denier says instead.
            for other in tok.children:
                if other.dep_ in ("conj", "advcl") and other.pos_ == "VERB":
                    complements = [c for c in other.children if c.dep_ == "ccomp"]
                    reading.counter += [proposition(c) for c in complements]
        elif lemma in _DOUBT_VERBS | _DOUBT_ADJECTIVES | _DOUBT_NOUNS and not _no_doubt(tok):
            doubted = _doubted(tok)
            reading.named += doubted
            reading.doubt = reading.doubt or bool(doubted)
        elif tok.pos_ == "VERB" and lemma in _SEEING_HOW and _said_hard(tok):
            # "it is hard to see how P": P is doubted
            doubted = [
                proposition(c)
                for c in tok.children
                if c.dep_ == "ccomp"
                and c.i > tok.i
                and c.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "advmod" and m.lower_ == "how" for m in c.children)
            ]
            reading.named += doubted
            reading.doubt = reading.doubt or bool(doubted)
        elif (
            tok.pos_ == "VERB"
            and lemma in _SAID_VERBS | _SAYING_VERBS | {"report", "suggest", "believe", "think"}
            and any(c.dep_ == "advmod" and c.lower_ in MISTAKEN for c in tok.children)
            and not _negated(tok)
        ):
            # "X mistakenly stated that P", "wrongly claimed P": P is said to be untrue
            disowned = [proposition(c) for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
            reading.named += disowned
            reading.disowns = reading.disowns or bool(disowned)
        elif lemma in _UNTRUE_LEMMAS and tok.dep_ in ("acomp", "attr", "oprd"):
            # "X's statement that P was untrue"
            for subject in (c for c in tok.head.children if c.dep_ in SUBJECT_ROLES):
                reading.named += _clauses_under(subject)
        elif lemma in _UNTRUE_NOUNS and tok.pos_ == "NOUN":
            # "called reports that P complete nonsense", "branded the claims that P a lie"
            calling = next(
                (a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.casefold() in _CALLING), None
            )
            for noun in calling.subtree if calling is not None else ():
                if noun.i < tok.i and noun.pos_ == "NOUN" and noun.lemma_.casefold() in SAYING_NOUNS:
                    reading.named += _clauses_under(noun)
        elif tok.pos_ == "VERB" and lemma in _INVENTED_LEMMAS:
            # "the story that P was fabricated"
            for subject in (c for c in tok.children if c.dep_ == "nsubjpass"):
                reading.named += _clauses_under(subject)
        elif tok.pos_ == "VERB" and lemma in _OCCUR_LEMMAS and _negated(tok):
            # "the meeting with X never happened": the event the subject names
            for subject in (c for c in tok.children if c.dep_ in SUBJECT_ROLES and c.pos_ == "NOUN"):
                reading.named += _clauses_under(subject) or [_nominal(subject)]
        elif lemma in _TRUTH_NOUNS and any(c.lower_ == "no" for c in tok.children):
            # "there is no truth to the report that P"
            for prep in (c for c in tok.children if c.dep_ == "prep"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    reading.named += _clauses_under(pobj)
    # "the claim that he took money": "he" stands for the names before it in the sentence.
    # ... and for the sentence's own subject, the denier ("the hospital called reports that it ...").
    names = [t for t in tokens if t.pos_ == "PROPN"]
    heads = [t for t in tokens if t.dep_ == "nsubj" or (t.dep_ == "ROOT" and t.pos_ == "NOUN")]
    names += [t for h in heads[:1] if h.pos_ == "NOUN" for t in noun_phrase(h)]
    # (a teller's correction may name a clause of a light verb alone: "X mistakenly stated that he has Y")
    reading.named = [
        _resolve(p, names)
        for p in reading.named
        if p.predicates or (reading.disowns and p.subject_heads and p.object_heads)
    ]
    reading.counter = [p for p in reading.counter if p.predicates and (p.subjects or p.arguments)]
    return reading


def _said_hard(verb: Token) -> bool:
    """An infinitive said to be hard: "it is hard to see", "it's difficult to imagine" (the verb hangs
    on a word of difficulty, or on a verb whose complement is one), not negated ("not hard to see")."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.casefold() in _HARD and head.pos_ == "ADJ":
        return not _negated(head.head) and not _negated(head)
    return not _negated(head) and any(
        c.dep_ == "acomp" and c.lemma_.casefold() in _HARD and not _negated(c) for c in head.children
    )


def _no_doubt(tok: Token) -> bool:
    """A word of doubt that affirms: negated or with "no" ("does not doubt that P", "there is no doubt
    that P", "I have no doubt"), or of a verb that is ("is not skeptical that P")."""
    if _negated(tok) or any(c.lower_ in ("no", "little") for c in tok.children):
        return True
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and _negated(tok.head)


def _doubted(tok: Token) -> list[Proposition]:
    """The clauses a word of doubt governs: "questioned whether P" (a verb of questioning with "whether" or
    "if"), "doubts that P", "is skeptical that P", "voiced skepticism that P"."""
    lemma = tok.lemma_.casefold()
    if tok.pos_ == "VERB" and lemma in _DOUBT_VERBS:
        heads = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if lemma == "question":
            heads = [
                h for h in heads if any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in h.children)
            ]
    elif tok.pos_ == "ADJ" and lemma in _DOUBT_ADJECTIVES:
        heads = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    elif tok.pos_ == "NOUN" and lemma in _DOUBT_NOUNS:
        heads = [h for h in clause_heads(tok) if h.i > tok.i]
    else:
        return []
    return [proposition(h) for h in heads if h.pos_ in ("VERB", "AUX")]


def _resolve(p: Proposition, names: list[Token]) -> Proposition:
    """A proposition whose subject is a personal pronoun, with the names before it as its subject."""
    before = stems_of(t for t in names if t.i < p.start)
    if not p.pronoun or not before:
        return p
    return replace(p, subjects=p.subjects | before, subject_heads=p.subject_heads | before)
