"""Propositions read from the dependency parse: who or what (subject), does what (predicate), to what
(arguments), with which figures; and, for a denial, the proposition it denies or the one it sets against.

A clause is a verb with its subject; a clause with no subject of its own takes it from the verb it hangs
on ("Iranian forces had pulled out" in "claimed Iranian forces had pulled out"; "forces to leave" in
"compel forces to leave": the object of the governing verb is the subject of its infinitive). Words are
compared as stems of their lemmas, so "withdrew" matches "withdrawn" and "forces" matches "force".

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
stands for the names before it in the sentence.

Two propositions are the same when they share subject and predicate (and, when both have direct objects,
an object: "sold the stadium land" is not "sold two buses"), or the predicate and two of the first one's
subject and objects, whatever their roles in the second ("the executives met the governor", "the governor
met the executives").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from parallax.story.text_features import STOP_WORDS, stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "DenialReading",
    "Estimate",
    "Proposition",
    "about_the_same",
    "clauses",
    "read_denial",
    "read_estimate",
    "same_proposition",
]

_SUBJECT = ("nsubj", "nsubjpass", "csubj", "expl")
_ARGUMENT = ("dobj", "attr", "acomp", "oprd", "dative", "agent", "pobj", "npadvmod")
_OBJECT = ("dobj", "attr", "oprd", "dative")
_CLAUSE = ("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "csubj")
# Verbs that say a statement is wrong, by lemma.
_DENY_LEMMAS = frozenset({"deny", "reject", "dismiss", "refute", "contradict", "dispute", "rebut", "debunk"})
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
# Words that make a clause negative through its subject ("no cracks were found", "nothing changed").
_NO = frozenset({"no", "none", "nothing", "nobody", "neither", "never"})
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
# Personal pronouns that stand for one named before them ("Venn's lawyer said the claim that he ...").
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "it"})
# Nouns of saying: a "that" clause after one is what was said.
_SAYING_NOUNS = frozenset(
    "story report claim allegation accusation statement assertion suggestion rumour rumor account charge".split()
)
# Verbs that state a claim ("Iran claims the drone entered its airspace").
_SAYING_VERBS = frozenset({"claim", "say", "allege", "insist", "assert", "contend", "argue", "maintain"})
# Verbs that call a statement made up, said of it in the passive: "the story that P was fabricated".
_INVENTED_LEMMAS = frozenset({"fabricate", "invent", "concoct"})
# Words that make "deny" affirm: "it is hard to deny that P", "difficult to deny" (and "no one can deny",
# "would not deny": a negated or subjectless-by-"no" denial, read from the parse).
_HARD = frozenset({"hard", "difficult", "impossible", "tough", "futile"})
# Light verbs whose complement is the event: "managed to attain", "began to withdraw".
_LIGHT = frozenset({"manage", "begin", "start", "continue", "try", "fail", "have", "be", "do", "get"})


@dataclass(frozen=True)
class Proposition:
    """One clause, as stems of lemmas: subject phrase, predicate (verb, its event complement), the heads
    and words of its arguments, and its figures (digits as written)."""

    subjects: frozenset[str] = frozenset()
    subject_heads: frozenset[str] = frozenset()
    predicates: frozenset[str] = frozenset()
    arguments: frozenset[str] = frozenset()
    argument_heads: frozenset[str] = frozenset()
    # The direct objects (their phrases): "money" in "took money to lose the match", not "the meeting" in
    # "before the meeting".
    objects: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    negative: bool = False
    text: str = ""
    # The subject is a personal pronoun ("he", "she", "they"), and where the clause starts in its sentence.
    pronoun: bool = False
    start: int = -1
    # "future" (will, would, shall, going to), "modal" (can, could, may, might, must, should), "past"
    # (a past verb, or "has"/"had" with a participle) or "present".
    tense: str = "present"
    # The clause's role in its sentence (the dependency label of its verb: "ROOT", "ccomp", "relcl", ...).
    role: str = ""
    # The clause is a question or a condition ("investigate whether X colluded", "if the plant closes"):
    # it states nothing.
    open_question: bool = False


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


def _stems(tokens: Iterable[Token]) -> frozenset[str]:
    out = set()
    for t in tokens:
        lemma = (t.lemma_ or t.text).casefold()
        if t.is_alpha and lemma not in STOP_WORDS and len(lemma) > 2:
            out.add(stem(lemma))
    return frozenset(out)


def _phrase(head: Token) -> list[Token]:
    """A noun phrase's head with its compounds, adjectives and possessors ("Iranian units", "Putin's")."""
    return [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]


def _numbers(tokens: Iterable[Token]) -> frozenset[str]:
    out = set()
    for t in tokens:
        digits = "".join(ch for ch in t.text if ch.isdigit() or ch == ".").strip(".")
        if digits and (t.like_num or t.text.startswith(digits)):  # "85", "85km"
            out.add(digits)
        elif t.like_num and t.pos_ == "NUM" and t.is_alpha:  # "two tonnes"
            out.add(t.lower_)
    return frozenset(out)


def _clause_tokens(verb: Token) -> list[Token]:
    """The verb's own tokens: its subtree without the clauses that hang on it."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(
            c for c in tok.children if c.dep_ not in ("ccomp", "conj", "advcl", "relcl", "parataxis")
        )
    return out


def _subject_of(verb: Token) -> list[Token]:
    """The verb's subject, else the object (an infinitive) or subject of the verb it hangs on."""
    seen = 0
    while seen < 6:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT]
        if subjects:
            return subjects
        if verb.dep_ == "xcomp":
            objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
            if objects:
                return objects
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
            verb = verb.head
            continue
        if verb.dep_ in ("acl", "relcl") and verb.head is not verb:
            return [verb.head]
        return []
    return []


def proposition(verb: Token) -> Proposition:
    """The proposition of the clause headed by ``verb``."""
    subject_heads = _subject_of(verb)
    subject_tokens = [t for h in subject_heads for t in _phrase(h)]
    predicates = [verb]
    # "managed to attain the pullout", "had pulled out": the event is in the complement or the particle.
    if verb.lemma_.casefold() in _LIGHT:
        predicates += [c for c in verb.children if c.dep_ in ("xcomp", "acomp", "attr")]
    predicates += [c for c in verb.children if c.dep_ == "prt"]
    own = _clause_tokens(verb)
    arguments = [t for t in own if t.dep_ in _ARGUMENT and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")]
    for p in predicates[1:]:
        arguments += [c for c in p.children if c.dep_ in _ARGUMENT]
    argument_tokens = [t for a in arguments for t in _phrase(a)]
    objects = [c for p in predicates for c in p.children if c.dep_ in _OBJECT]
    return Proposition(
        subjects=_stems(subject_tokens),
        subject_heads=_stems(subject_heads),
        predicates=_stems(predicates),
        arguments=_stems(argument_tokens),
        argument_heads=_stems(arguments),
        objects=_stems(t for o in objects for t in _phrase(o)),
        numbers=_numbers(own),
        negative=any(c.dep_ == "neg" for p in predicates for c in p.children)
        or any(c.lower_ in _NO for h in subject_heads for c in [h, *h.children]),
        text=" ".join(t.text for t in sorted(own, key=lambda t: t.i)),
        pronoun=any(h.pos_ == "PRON" and h.lower_ in _PERSONAL for h in subject_heads),
        start=min(t.i for t in own),
        tense=verb_tense(verb),
        role=verb.dep_,
        open_question=any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in verb.children),
    )


# Marks of a clause that states nothing: a question or a condition.
_OPEN_MARKS = frozenset({"whether", "if", "unless", "lest"})


_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
_MODAL = frozenset({"can", "could", "may", "might", "must", "should", "ca"})


def verb_tense(verb: Token) -> str:
    """The time a clause speaks of, from its auxiliaries and the verb's tag (see :class:`Proposition`)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxiliaries}
    if words & _FUTURE or (verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)):
        return "future"
    if words & _MODAL:
        return "modal"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ in ("have",) for c in auxiliaries):
        return "past"
    return "present"


def clauses(doc: Doc | Iterable[Token]) -> Iterator[Proposition]:
    """Every clause of a sentence: its verbs, and the adjectives that head a small clause ("found the
    span sound")."""
    for tok in doc:
        if _heads_clause(tok):
            yield proposition(tok)


def _heads_clause(tok: Token) -> bool:
    if tok.pos_ == "VERB":
        return tok.dep_ in _CLAUSE
    if tok.pos_ == "AUX":
        return tok.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl")
    return (
        tok.pos_ == "ADJ" and tok.dep_ in ("ccomp", "xcomp") and any(c.dep_ in _SUBJECT for c in tok.children)
    )


def clause_heads(noun: Token) -> list[Token]:
    """The verbs heading the content clauses of a noun ("the report that P"; not a relative clause:
    "the offer, which was made ...")."""
    saying = noun.lemma_.casefold() in _SAYING_NOUNS
    heads = [
        c
        for c in noun.children
        if c.pos_ in ("VERB", "AUX")
        and (
            c.dep_ == "ccomp"
            or (c.dep_ in ("acl", "relcl", "appos") and (_has_that(c) or (saying and _that_first(c))))
        )
    ]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if not heads and saying and after is not None and after.lower_ == "that":
        # "reports that fuel leaked ...", "called the claims that it lost the files a lie", parsed with the
        # clause hanging elsewhere: the first clause verb after "that" that does not govern the noun.
        for tok in noun.doc[after.i + 1 :]:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("acl", "relcl", "ccomp"):
                if noun not in tok.subtree:
                    heads.append(tok)
                break
    return heads


def _that_first(verb: Token) -> bool:
    """The clause opens with "that" whatever role the parse gave it (after a noun of saying, "the story
    that the club paid ..." is a content clause even when "that" is read as a relative pronoun)."""
    if any(c.lower_ == "that" and c.i < verb.i for c in verb.children):
        return True
    first = min(verb.subtree, key=lambda t: t.i)  # "claims that fuel had leaked": "that" read as a det
    return first.lower_ == "that" and first.dep_ == "det"


def _has_that(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


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
    tokens = [t for a in participants for t in _phrase(a)]
    lemma = noun.lemma_.casefold()
    verbs = {
        lemma[: -len(end)] for end in _NOUN_ENDINGS if lemma.endswith(end) and len(lemma) - len(end) >= 3
    }
    return Proposition(
        predicates=_stems([noun]) | {stem(v) for v in verbs},
        arguments=_stems(tokens),
        argument_heads=_stems(participants),
        objects=_stems(tokens),
        numbers=_numbers(noun.subtree),
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
        if c.dep_ in _SUBJECT and (
            c.lower_ in _NO or c.lower_ == "nobody" or any(d.lower_ == "no" for d in c.children)
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
        if noun.pos_ != "NOUN" or lemma in _SAYING_NOUNS | _STATEMENT_NOUNS | _GUILT_NOUNS:
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
            # "denied that P"
            reading.named += [proposition(c) for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
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
        elif lemma in _UNTRUE_LEMMAS and tok.dep_ in ("acomp", "attr", "oprd"):
            # "X's statement that P was untrue"
            for subject in (c for c in tok.head.children if c.dep_ in _SUBJECT):
                reading.named += _clauses_under(subject)
        elif lemma in _UNTRUE_NOUNS and tok.pos_ == "NOUN":
            # "called reports that P complete nonsense", "branded the claims that P a lie"
            calling = next(
                (a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.casefold() in _CALLING), None
            )
            for noun in calling.subtree if calling is not None else ():
                if noun.i < tok.i and noun.pos_ == "NOUN" and noun.lemma_.casefold() in _SAYING_NOUNS:
                    reading.named += _clauses_under(noun)
        elif tok.pos_ == "VERB" and lemma in _INVENTED_LEMMAS:
            # "the story that P was fabricated"
            for subject in (c for c in tok.children if c.dep_ == "nsubjpass"):
                reading.named += _clauses_under(subject)
        elif tok.pos_ == "VERB" and lemma in _OCCUR_LEMMAS and _negated(tok):
            # "the meeting with X never happened": the event the subject names
            for subject in (c for c in tok.children if c.dep_ in _SUBJECT and c.pos_ == "NOUN"):
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
    names += [t for h in heads[:1] if h.pos_ == "NOUN" for t in _phrase(h)]
    reading.named = [_resolve(p, names) for p in reading.named if p.predicates]
    reading.counter = [p for p in reading.counter if p.predicates and (p.subjects or p.arguments)]
    return reading


def _resolve(p: Proposition, names: list[Token]) -> Proposition:
    """A proposition whose subject is a personal pronoun, with the names before it as its subject."""
    before = _stems(t for t in names if t.i < p.start)
    if not p.pronoun or not before:
        return p
    return replace(p, subjects=p.subjects | before, subject_heads=p.subject_heads | before)


def same_proposition(a: Proposition, b: Proposition, polarity: bool = False) -> bool:
    """The same subject and predicate, or the same figure said of the same thing (and, with
    ``polarity``, both affirmed or both negated: "no cracks were found" is not "cracks were found")."""
    if polarity and a.negative != b.negative:
        return False
    things_a = a.subjects | a.arguments
    things_b = b.subjects | b.arguments
    if a.predicates & b.predicates:
        objects_differ = bool(
            a.objects and b.objects and not a.objects & things_b and not b.objects & things_a
        )
        if a.subject_heads & b.subject_heads and not objects_differ:
            return True
        if len((a.subjects | a.objects) & things_b) >= 2:
            return True  # the same participants, whatever their roles
    return bool(
        a.numbers & b.numbers
        and (a.predicates & b.predicates or a.argument_heads & b.argument_heads or things_a & things_b)
    )


def about_the_same(counter: Proposition, claim: Proposition) -> bool:
    """A counter-claim answers a claim: the same proposition, or the same participant in a subject or
    object role ("Iranian forces had pulled out" against "Moscow could not compel Iranian forces to
    leave"), not words that merely occur in both sentences."""
    if same_proposition(counter, claim):
        return True
    heads_a = counter.subject_heads | counter.argument_heads
    heads_b = claim.subject_heads | claim.argument_heads
    phrase_a = counter.subjects | counter.arguments
    phrase_b = claim.subjects | claim.arguments
    return bool(heads_a & heads_b) and len(phrase_a & phrase_b) >= 2


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
            by=_stems(t for c in verb.children if c.dep_ in _SUBJECT for t in _phrase(c)),
            counted=_stems(t for h in heads for t in _phrase(h)),
            others=_stems(t for o in places for t in _phrase(o)),
            value=value,
            text=" ".join(t.text for t in verb.subtree),
        )
    return None
