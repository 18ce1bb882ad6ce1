"""Propositions read from the dependency parse: who or what (subject), does what (predicate), to what
(arguments), with which figures; and when two of them are the same.

A clause is a verb with its subject; a clause with no subject of its own takes it from the verb it hangs
on ("Iranian forces had pulled out" in "claimed Iranian forces had pulled out"; "forces to leave" in
"compel forces to leave": the object of the governing verb is the subject of its infinitive). Words are
compared as stems of their lemmas, so "withdrew" matches "withdrawn" and "forces" matches "force".

Two propositions are the same when they share subject and predicate (and, when both have direct objects,
an object: "sold the stadium land" is not "sold two buses"), or the predicate and two of the first one's
subject and objects, whatever their roles in the second ("the executives met the governor", "the governor
met the executives").

What a denial denies is read in :mod:`.denial_reading`, an estimate of a count in :mod:`.estimates`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.story.compare.pronouns import described, said_by, stands_for
from parallax.story.text_features import STOP_WORDS, stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "MISTAKEN",
    "NO_WORDS",
    "PERSONAL",
    "REFUSING",
    "SAYING_NOUNS",
    "SUBJECT_ROLES",
    "Proposition",
    "about_the_same",
    "accused_unnamed",
    "clause_heads",
    "clauses",
    "noun_phrase",
    "numbers_in",
    "proposition",
    "same_proposition",
    "stems_of",
    "verb_tense",
]

SUBJECT_ROLES = ("nsubj", "nsubjpass", "csubj", "expl")
_ARGUMENT = ("dobj", "attr", "acomp", "oprd", "dative", "agent", "pobj", "npadvmod")
_OBJECT = ("dobj", "attr", "oprd", "dative")
_CLAUSE = ("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "csubj")
# Words that make a clause negative through its subject ("no cracks were found", "nothing changed").
NO_WORDS = frozenset({"no", "none", "nothing", "nobody", "neither", "never"})
# Personal pronouns that stand for one named before them ("Venn's lawyer said the claim that he ...").
PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "it"})
# Nouns of saying: a "that" clause after one is what was said.
SAYING_NOUNS = frozenset(
    "story report claim allegation accusation statement assertion suggestion rumour rumor account charge".split()
)
# Verbs that say their complement's event is not done: "refused to apologise" is "did not apologise".
REFUSING = frozenset({"refuse", "decline"})
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
    # The clause is in the passive voice ("the bridge was repaired": its subject is what is acted on), and
    # the heads of its direct objects (what an active clause acts on).
    passive: bool = False
    object_heads: frozenset[str] = frozenset()
    # The predicate governs what was said, ruled or asked ("ruled that P", "never ruled on whether P"): the
    # clause is about that content, which its own words do not hold.
    content: bool = False
    # The modal says only that it may be so ("may", "might", "could"): "X may resign" is answered by "X
    # will not resign".
    possible: bool = False
    # A verb above the clause says it is mistaken ("wrongly believed that P", "falsely claimed P"): the
    # sentence does not assert it.
    disowned: bool = False
    # The names of the one who says the clause, from the verb of saying above it ("Orlen vowed that P").
    said_by: frozenset[str] = frozenset()
    # The subject is an indefinite description ("a Democratic lawmaker", "an aide"): someone not named.
    indefinite: bool = False
    # The clause is an infinitive in the clause of a noun of intention ("plans to build a bridge", "a bid to
    # sell the club"): it tells what is meant or planned, not a deed done.
    infinitive: bool = False
    # The clause is what someone wants, hopes or sets out to make so ("make sure the economy works for
    # everyone", "hopes the plan works"): an aim, not a statement that it is so.
    wanted: bool = False


def stems_of(tokens: Iterable[Token]) -> frozenset[str]:
    out = set()
    for t in tokens:
        lemma = (t.lemma_ or t.text).casefold()
        if t.is_alpha and lemma not in STOP_WORDS and len(lemma) > 2:
            out.add(stem(_one_spelling(lemma)))
    return frozenset(out)


def _one_spelling(lemma: str) -> str:
    """British and American spellings of one verb as one word: "apologise" and "apologize"
    ("-ise" read as "-ize" everywhere, so that both sides of a comparison read alike)."""
    return lemma[:-3] + "ize" if lemma.endswith("ise") and len(lemma) > 6 else lemma


def noun_phrase(head: Token) -> list[Token]:
    """A noun phrase's head with its compounds, adjectives and possessors ("Iranian units", "Putin's")."""
    return [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]


def numbers_in(tokens: Iterable[Token]) -> frozenset[str]:
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
        # (a coordinated clause is another clause; coordinated nouns are part of this one: "it and the
        # ministry changed one word")
        stack.extend(
            c
            for c in tok.children
            if c.dep_ not in ("ccomp", "conj", "advcl", "relcl", "parataxis")
            or (
                c.dep_ == "conj"
                and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                and tok.pos_ in ("NOUN", "PROPN", "PRON")
            )
        )
    return out


def _subject_of(verb: Token) -> list[Token]:
    """The verb's subject, else the object (an infinitive) or subject of the verb it hangs on."""
    seen = 0
    while seen < 6:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_ROLES]
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
    subject_tokens = [t for h in subject_heads for t in noun_phrase(h)]
    # A pronoun subject stands for the one who says the clause, when the parse shows who (:mod:`.pronouns`).
    pronouns = [h for h in subject_heads if h.pos_ == "PRON" and h.lower_ in PERSONAL]
    resolved = frozenset().union(*(stands_for(h, verb) for h in pronouns)) if pronouns else frozenset()
    # "the country", "the chairman": the one of that kind named before it (:func:`.pronouns.described`).
    resolved |= frozenset().union(*(described(h) for h in subject_heads))
    predicates = [verb]
    # "managed to attain the pullout", "had pulled out": the event is in the complement or the particle.
    lemma = verb.lemma_.casefold()
    if lemma in _LIGHT:
        predicates += [c for c in verb.children if c.dep_ in ("xcomp", "acomp", "attr")]
    # "refused to apologise", "declined to resign": the complement's event, not done.
    refused = lemma in REFUSING and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)
    if refused:
        predicates += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    predicates += [c for c in verb.children if c.dep_ == "prt"]
    own = _clause_tokens(verb)
    arguments = [t for t in own if t.dep_ in _ARGUMENT and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")]
    for p in predicates[1:]:
        arguments += [c for c in p.children if c.dep_ in _ARGUMENT]
    argument_tokens = [t for a in arguments for t in noun_phrase(a)]
    objects = [c for p in predicates for c in p.children if c.dep_ in _OBJECT]
    return Proposition(
        subjects=stems_of(subject_tokens) | resolved,
        subject_heads=stems_of(subject_heads) | resolved,
        predicates=stems_of(predicates),
        arguments=stems_of(argument_tokens),
        argument_heads=stems_of(arguments),
        objects=stems_of(t for o in objects for t in noun_phrase(o)),
        numbers=numbers_in(own),
        negative=refused
        or any(c.dep_ == "neg" for p in predicates for c in p.children)
        or any(c.lower_ in NO_WORDS for h in subject_heads for c in [h, *h.children])
        # "not all states will choose to": a negated quantifier of the subject
        or any(c.dep_ == "neg" for h in subject_heads for c in h.children),
        text=" ".join(t.text for t in sorted(own, key=lambda t: t.i)),
        pronoun=bool(pronouns) and not resolved,
        start=min(t.i for t in own),
        tense=verb_tense(verb),
        role=verb.dep_,
        open_question=any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in verb.children),
        passive=any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children),
        content=any(
            c.dep_ == "ccomp" or (c.dep_ == "prep" and any(t.lower_ in _OPEN_MARKS for t in c.subtree))
            for p in predicates
            for c in p.children
        ),
        object_heads=stems_of(o for o in objects if o.dep_ == "dobj"),
        possible=any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in verb.children),
        disowned=_disowned(verb),
        said_by=said_by(verb),
        indefinite=bool(subject_heads) and all(_indefinite(h) for h in subject_heads),
        infinitive=_noun_infinitive(verb),
        wanted=_wanted(verb),
    )


# Verbs of wanting or making sure: the clause they govern is an aim ("ensure that P", "hopes P").
_AIMING = frozenset({"ensure", "insure", "want", "hope", "wish", "aim", "intend"})
# Adjectives of "make sure that P", "make certain P".
_SURE = frozenset({"sure", "certain"})


def _wanted(verb: Token) -> bool:
    """The clause is the complement of a verb of wanting or making sure ("ensure the economy works", "make
    sure it works", "hopes the plan works")."""
    if verb.dep_ != "ccomp" or verb.head is verb:
        return False
    head = verb.head
    lemma = head.lemma_.casefold()
    if lemma in _SURE:
        return head.head.lemma_.casefold() == "make"
    return head.pos_ == "VERB" and lemma in _AIMING


# Nouns of an intention, a plan or an attempt: an infinitive in their clause tells what is meant, not what
# was done ("plans to build a bridge", "a bid to sell the club", "an effort to repeal the law").
_INTENTION_NOUNS = frozenset(
    "plan plans bid effort attempt proposal push move intention intent goal aim scheme pledge promise vow "
    "threat offer decision drive initiative ambition hope wish desire bill program programme strategy "
    "proposition idea option".split()
)


def _noun_infinitive(verb: Token) -> bool:
    """The verb is an infinitive in the clause of a noun of intention: "plans *to build* a bridge", "a bid
    *to sell*" (not "a request to provide information on why she gave it", whose words may tell a deed)."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.casefold() in _INTENTION_NOUNS
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _indefinite(head: Token) -> bool:
    """A common noun with an indefinite article: "a Democratic lawmaker", "an aide"."""
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)


_INDEFINITE = frozenset({"a", "an", "another"})


# Modals of possibility, and adverbs that say what a verb of saying or believing governs is mistaken.
_POSSIBLE = frozenset({"may", "might", "could"})
MISTAKEN = frozenset({"mistakenly", "wrongly", "falsely", "erroneously", "incorrectly", "wrongfully"})


def _disowned(verb: Token) -> bool:
    """A verb above the clause (through complements and coordination) is said to be mistaken: "he
    mistakenly believed X heard it and called him a liar" asserts neither clause."""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj", "xcomp") or tok.head is tok:
            return False
        tok = tok.head
        if any(c.dep_ == "advmod" and c.lower_ in MISTAKEN for c in tok.children):
            return True
    return False


# Marks of a clause that states nothing: a question or a condition.
_OPEN_MARKS = frozenset({"whether", "if", "unless", "lest"})


_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
_MODAL = frozenset({"can", "could", "may", "might", "must", "should", "ca"})


def negated(tok: Token) -> bool:
    """``tok`` is negated by a child: "not", "n't", "never" ("did not say", "never happened")."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in tok.children)


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
        tok.pos_ == "ADJ"
        and tok.dep_ in ("ccomp", "xcomp")
        and any(c.dep_ in SUBJECT_ROLES for c in tok.children)
    )


def clause_heads(noun: Token) -> list[Token]:
    """The verbs heading the content clauses of a noun ("the report that P"; not a relative clause:
    "the offer, which was made ...")."""
    saying = noun.lemma_.casefold() in SAYING_NOUNS
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


def same_proposition(a: Proposition, b: Proposition, polarity: bool = False) -> bool:
    """The same subject and predicate, or the same figure said of the same thing (and, with
    ``polarity``, both affirmed or both negated: "no cracks were found" is not "cracks were found"); an
    infinitive in a noun's clause only with another ("plans to build" is no deed done)."""
    if polarity and a.negative != b.negative:
        return False
    if a.infinitive != b.infinitive:
        return False  # "plans to build the bridge" tells no deed: not "built the bridge"
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


def same_possession(a: Proposition, b: Proposition) -> bool:
    """Two clauses of a light verb alone ("he has cancer", "the plan has no funding": no predicate of
    their own) say the same thing: the same subject, the same object heads, the same polarity."""
    return (
        not a.predicates
        and not b.predicates
        and a.negative == b.negative
        and _none_had(a) == _none_had(b)  # "has no Y" is not "has Y"
        and bool(a.subject_heads & b.subject_heads)
        and bool(a.object_heads)
        and a.object_heads == b.object_heads
    )


def _none_had(p: Proposition) -> bool:
    return any(w in ("no", "none", "nothing") for w in p.text.casefold().split())


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


def accused_unnamed(denied: Proposition, claim: Proposition) -> bool:
    """What a denier denies of himself ("Venn denied that he ever called the governor a liar") is what
    a claim says of someone it does not name ("a Democratic lawmaker had called him a liar"): the denied
    clause's subject is a pronoun, the claim's an indefinite description; the same predicate (not a light
    one), a participant in common (not a pronoun), the same polarity and time."""
    return (
        denied.pronoun
        and claim.indefinite
        and denied.negative == claim.negative
        and denied.tense == claim.tense
        and bool((denied.predicates & claim.predicates) - _LIGHT)
        and bool((denied.objects | denied.arguments) & (claim.objects | claim.arguments))
    )
