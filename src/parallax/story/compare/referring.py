"""Denials that refer to what they deny without stating it, read from the dependency parse.

* **Pointing back**: a demonstrative called untrue ("That is false.", "This is nonsense.", "Unions called
  that a mischaracterization.", "that's a bunch of malarkey") or a statement the denier denies having made
  ("Varga denied having said that"). What is denied is the statement just before it in the same article:
  another speaker's statement for the first kind; for the second, a sentence that reports the denier
  saying something ("a book reported that Varga told staff that ..."). Also a demonstrative with a noun
  of what was said, disputed ("Aides disputed that characterization", "The ministry rejected this
  account"). Only when the sentence asserts it: not "When a reporter said that was false, ..." (an
  earlier exchange told in a clause of time); "That is wrong" judges a deed or a plan, not a statement.
* **A statement named by its owner and a noun**: "Veld dismissed Reil's assessment", "the aides disputed
  Vosk's account": the owner's statement, when the story makes it clear which one (see
  :func:`parallax.story.compare.statements.find_contradictions`).
* **The allegations against the denier**: "Kessler denied the allegations", "the charges, which Kessler
  has denied", "Orlov's campaign denied the allegations", "Orlov told the paper the allegations were
  false": what is denied are the sentences in which someone alleges the denier did something ("Brenn
  claimed Kessler asked her for money", "Brenn accused Kessler of taking bribes", "the Lantern reported
  that Kessler had approached the girl", "allegations that Kessler took bribes"), the denier and the one
  alleged matched by proper name. Only deeds said to be done (past or present), not predictions.
* **A denial of wrongdoing**: "Kessler denied any wrongdoing", "the office denied any wrongdoing by
  Kessler": like a denial of "the charges", it answers the sentences that accuse, charge or allege the
  denier did something ("Kessler faces charges that he took bribes": a personal pronoun in an accusation
  stands for the named subject of the sentence's main clause), not what a paper reports.

Nothing here names a statement, a person or a word of any story: the categories are words of denial, of
calling, of saying and of alleging.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.story.compare.propositions import SAYING_NOUNS, clause_heads, negated, verb_tense
from parallax.story.text_features import stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Referring", "read_referring"]

# Demonstratives that stand for a statement just made.
_DEMONSTRATIVES = frozenset({"that", "this"})
# Words that call a statement untrue: adjectives and nouns ("false", "a lie", "a mischaracterization").
_UNTRUE = frozenset(
    "untrue false wrong baseless incorrect groundless inaccurate unfounded fabricated bogus nonsense rubbish "
    "lie lies fiction fantasy myth falsehood hoax smear fabrication garbage baloney malarkey invention "
    "mischaracterization mischaracterisation misrepresentation distortion".split()
)
# Said of a demonstrative, "wrong" judges a deed or a plan ("That is wrong, the parents said"), not a
# statement: it does not point back to one.
_UNTRUE_STATEMENT = _UNTRUE - {"wrong"}
# Nouns for what someone said: "disputed that characterization", "dismissed Reil's assessment".
_SAID_NOUNS = SAYING_NOUNS | frozenset(
    "characterization characterisation assessment version notion description portrayal interpretation "
    "argument theory narrative premise remark remarks comment comments rationale".split()
)
# The roles through which a clause is what its sentence asserts: the main clause, or what the main verb (of
# saying) says ("That is false, X said", "X said that was false"); not a clause of time, condition or
# reason ("When a reporter said that was false, the minister changed the subject").
_MAIN = frozenset({"ROOT", "ccomp", "parataxis", "conj"})
# Verbs of calling a thing something: "called that a lie".
_CALLING = frozenset({"call", "brand", "label", "describe", "term", "deem", "dismiss"})
# Verbs of denial said of a statement or of allegations.
_DENYING = frozenset({"deny", "dispute", "reject", "refute", "rebut"})
# Verbs that say another's statement is wrong: "dismissed Reil's assessment".
_DISPUTING = _DENYING | frozenset({"dismiss", "contradict"})
# Verbs of saying: "denied having said that", "reported that Varga told staff that ...".
_SAYING = frozenset({"say", "tell", "state", "claim", "write", "remark", "suggest", "call"})
# Verbs that report a statement: "X said P", "X warned that P" (the statement a demonstrative points to).
_REPORTING = _SAYING | frozenset(
    {"argue", "insist", "assert", "allege", "contend", "warn", "add", "accuse", "declare", "maintain"}
)
# Verbs and nouns of alleging: a clause they govern says someone did something ("claimed Kessler asked",
# "allegations that Kessler took"); "accused Kessler of ...": the one accused is their object.
_ALLEGING = frozenset({"allege", "claim", "report", "charge", "accuse", "assert"})
_ACCUSING = frozenset({"accuse", "charge"})
_ALLEGATIONS = frozenset({"allegation", "accusation", "charge", "claim", "report"})
# Nouns of wrongdoing: "Kessler denied any wrongdoing" denies what Kessler is accused of (as "the charges"
# do), "denied wrongdoing by Kessler" what Kessler is.
_WRONGDOING = frozenset({"wrongdoing", "impropriety", "misconduct", "illegality", "malfeasance"})
# Pronouns that stand for one person: "charges that he took bribes" in a sentence whose subject is named.
_PERSONAL = frozenset({"he", "she"})
# The words of an accusation (not of a report or a claim): "the charges" a denier denies are what someone
# accuses, charges or alleges, not what a paper reports or a speaker claims.
_ACCUSATION = frozenset({"allege", "allegation", "accuse", "accusation", "charge"})
# Deeds said to be done: the tenses of a clause that alleges (not "will", "could").
_DONE = frozenset({"past", "present"})


@dataclass(frozen=True)
class Referring:
    """What a sentence says of statements it does not state (see the module docstring).

    ``back``: "untrue" when it calls a demonstrative untrue, "said" when it denies having said it, else "".
    ``denier``: stems of the proper names of who denies "the allegations" (empty when it denies none).
    ``alleged``: stems of the proper names of those the sentence alleges did something.
    ``back_by``: for "said", the proper names of who denies having said it.
    """

    back: str = ""
    back_by: frozenset[str] = frozenset()
    denier: frozenset[str] = frozenset()
    alleged: frozenset[str] = frozenset()
    # Stems of the proper names of whoever the sentence says said something ("Varga told staff that"), and
    # whether the sentence is itself a report of a statement (its main verb one of saying: "X said P", or
    # a verb of saying set beside the main one: "P, X said").
    sayers: frozenset[str] = frozenset()
    reports: bool = False
    # "dismissed Reil's assessment": the proper names of the one whose statement is named by a noun and its
    # owner (``owner``), and of who disputes it (``owner_by``).
    owner: frozenset[str] = frozenset()
    owner_by: frozenset[str] = frozenset()
    # "The deputy mayor, Ilse Varn, denied the allegations": the title the denier is given (the stems of a
    # common noun and its compounds, one string: "deputy mayor"), and the titles of those the sentence says
    # or alleges did something ("said the city's deputy mayor had threatened ...").
    denier_title: str = ""
    alleged_titles: frozenset[str] = frozenset()
    # "Reeve repeated claims that have been debunked", "Reeve made baseless claims": the proper names of the
    # one whose statements the sentence calls untrue without saying which (they are quoted beside it).
    discredited: frozenset[str] = frozenset()
    # "Kessler disputed the charges": the allegations denied are charges (``denies_charges``); and the
    # proper names of those the sentence accuses, charges or alleges did something (``accused``, a part of
    # ``alleged``; not what a paper reports or a speaker claims).
    denies_charges: bool = False
    accused: frozenset[str] = frozenset()


def _lemma(tok: Token) -> str:
    return tok.lemma_.casefold()


def _names(tokens: Iterable[Token]) -> frozenset[str]:
    """Stems of the proper names among ``tokens`` and their compounds and possessors ("Orlov's campaign",
    "Ms. Orlov")."""
    out: set[str] = set()
    for tok in tokens:
        for t in [tok, *(c for c in tok.children if c.dep_ in ("compound", "poss"))]:
            if t.pos_ == "PROPN" and t.is_alpha and len(t.text) > 2:
                out.add(stem(t.text.casefold()))
    return frozenset(out)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or that of the verb it is the complement of ("continued to deny")."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return subjects
        verb = verb.head
    return []


def _calls_untrue(head: Token, roles: tuple[str, ...]) -> bool:
    return any(
        c.dep_ in roles
        and any(_lemma(t) in _UNTRUE_STATEMENT or t.lower_ in _UNTRUE_STATEMENT for t in c.subtree)
        for c in head.children
    )


def _asserted(verb: Token) -> bool:
    """The clause of ``verb`` is what its sentence asserts: the main clause, or (through clausal
    complements and coordination) what a main verb of saying says; not inside a clause of time, condition
    or reason, a relative clause, or a question."""
    for _ in range(6):
        if verb.dep_ == "ROOT" or verb.head is verb:
            return True
        if verb.dep_ not in _MAIN or any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
            return False
        verb = verb.head
    return False


def _points_back(tokens: list[Token]) -> tuple[str, frozenset[str]]:
    for tok in tokens:
        if (
            tok.lower_ in _DEMONSTRATIVES
            and tok.dep_ == "det"
            and _lemma(tok.head) in _SAID_NOUNS
            and tok.head.dep_ == "dobj"
            and not clause_heads(tok.head)
        ):
            verb = tok.head.head
            if _lemma(verb) in _DENYING and not negated(verb) and _asserted(verb):
                return "untrue", frozenset()  # "disputed that characterization", "rejected this account"
        if tok.lower_ not in _DEMONSTRATIVES | {"it"} or tok.dep_ not in ("nsubj", "dobj"):
            continue
        head = tok.head
        if negated(head) or any(c.dep_ == "mark" for c in head.children):
            continue  # "that is not false", "if that is false"
        demonstrative = tok.lower_ in _DEMONSTRATIVES
        if (
            demonstrative
            and tok.dep_ == "nsubj"
            and _lemma(head) == "be"
            and _calls_untrue(head, ("acomp", "attr"))
            and _asserted(head)
        ):
            return "untrue", frozenset()  # "That is false", "This is nonsense"
        if (
            demonstrative
            and tok.dep_ == "dobj"
            and _lemma(head) in _CALLING
            and _calls_untrue(head, ("oprd", "attr", "xcomp", "ccomp", "acomp"))
            and _asserted(head)
        ):
            return "untrue", frozenset()  # "called that a mischaracterization"
        if tok.dep_ == "dobj" and _lemma(head) in _SAYING and head.dep_ in ("xcomp", "pcomp", "dobj"):
            governor = head.head
            if _lemma(governor) in _DENYING and not negated(governor):
                return "said", _names(_subjects(governor))  # "denied having said that", "denies saying it"
    return "", frozenset()


def _title(noun: Token) -> str:
    """A common noun with its compounds and adjectives as one string of stems ("deputy mayor" -> "deputy mayor"); ""
    for anything else."""
    if noun.pos_ != "NOUN":
        return ""
    words = [
        noun,
        *(c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")),
    ]
    return " ".join(sorted(stem(t.lower_) for t in words if t.is_alpha))


def _denier_title(tokens: list[Token]) -> str:
    """ "The deputy mayor, Ilse Varn, denied the allegations": the title of the one who denies the
    allegations (a common noun with "the" and a proper name set beside it), else ""."""
    for tok in tokens:
        if tok.pos_ != "VERB" or _lemma(tok) not in _DENYING or negated(tok):
            continue
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
        if not any(_lemma(n) in _ALLEGATIONS and not clause_heads(n) for n in nouns):
            continue
        for subject in _subjects(tok):
            named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            if named and definite and _title(subject):
                return _title(subject)
    return ""


# Verbs that show a statement untrue (said of it in a relative clause: "claims that have been debunked").
_DISCREDITING = frozenset({"debunk", "refute", "disprove", "discredit", "contradict"})


def _called_untrue(noun: Token) -> bool:
    """A noun of what was said that its own words call untrue: "baseless claims", "claims that have been
    debunked", "assertions that are false"."""
    if any(
        c.dep_ == "amod" and (_lemma(c) in _UNTRUE_STATEMENT or _lemma(c) in ("debunk", "discredit"))
        for c in noun.children
    ):
        return True
    for clause in (c for c in noun.children if c.dep_ == "relcl" and not negated(c)):
        # (a relative clause: its subject is "that" or "which" standing for the noun)
        relative = any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in clause.children
        )
        if relative and (_lemma(clause) in _DISCREDITING or _calls_untrue(clause, ("acomp", "attr"))):
            return True
    return False


def _discredited(tokens: list[Token]) -> frozenset[str]:
    """ "Reeve repeated claims that have been largely debunked": the proper names of the subject of a verb
    (not negated) whose object is a noun of what was said called untrue by its own words."""
    for tok in tokens:
        if tok.pos_ != "VERB" or negated(tok) or _lemma(tok) in _DENYING:
            continue
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.dep_ == "amod" and any(c.dep_ == "nsubj" for c in tok.children):
            nouns.append(
                tok.head
            )  # "Reeve has repeated claims that ...", the verb read as the noun's modifier
        for noun in nouns:
            if _lemma(noun) in _SAID_NOUNS and _called_untrue(noun):
                names = _names(_subjects(tok))
                if names:
                    return names
    return frozenset()


def _alleged_titles(tokens: list[Token]) -> frozenset[str]:
    """The titles of those the sentence says or alleges did something ("said the city's deputy mayor had
    threatened", "alleged that the deputy mayor asked"): subjects of clauses of deeds done (past or
    present, not negated) that a verb of saying or alleging governs."""
    out: set[str] = set()
    for tok in tokens:
        if tok.pos_ != "VERB" or _lemma(tok) not in _ALLEGING | {"say", "tell"} or negated(tok):
            continue
        for verb in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
            if verb_tense(verb) in _DONE and not negated(verb):
                out |= {t for s in _subjects(verb) if (t := _title(s))}
    return frozenset(out)


def _denier(tokens: list[Token]) -> frozenset[str]:
    """Who denies "the allegations" (no clause of what they allege): the proper names of the subject of
    the verb of denial, or of the one who says the allegations are untrue."""
    for tok in tokens:
        lemma = _lemma(tok)
        if tok.pos_ == "VERB" and lemma in _DENYING and not negated(tok):
            nouns = [c for c in tok.children if c.dep_ == "dobj"]
            if tok.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in tok.children
            ):
                nouns = [tok.head]  # "the charges, which Kessler has denied"
            if any(_lemma(n) in _ALLEGATIONS and not clause_heads(n) for n in nouns):
                names = _names(_subjects(tok))
                if names:
                    return names
            if any(_lemma(n) in _WRONGDOING for n in nouns):
                # "denied any wrongdoing by Kessler" (the "by" hung on the noun or on the verb), else the
                # subject: "Kessler has denied wrongdoing"
                agents = [
                    p
                    for n in [*nouns, tok]
                    for c in n.children
                    if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
                names = _names(agents) or _names(_subjects(tok))
                if names:
                    return names
        elif lemma in _UNTRUE and tok.dep_ in ("acomp", "attr") and not negated(tok.head):
            said_of = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if any(_lemma(n) in _ALLEGATIONS and not clause_heads(n) for n in said_of):
                sayer = next(
                    (a for a in tok.head.ancestors if a.pos_ == "VERB" and _lemma(a) in _SAYING), None
                )
                if sayer is not None:
                    names = _names(_subjects(sayer))
                    if names:
                        return names
    return frozenset()


def _owner(tokens: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    """ "Veld dismissed Reil's assessment", "the aides disputed Vosk's account": a verb of disputing (not
    negated, asserted) whose object is a noun of what was said, owned by a proper name, naming no clause
    of what was said. The owner's names and the disputer's."""
    for tok in tokens:
        if tok.pos_ != "VERB" or _lemma(tok) not in _DISPUTING or negated(tok) or not _asserted(tok):
            continue
        for noun in (c for c in tok.children if c.dep_ == "dobj"):
            if _lemma(noun) not in _SAID_NOUNS or clause_heads(noun):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            names = _names(owners)
            by = _names(_subjects(tok))
            if names and not names & by:
                return names, by
    return frozenset(), frozenset()


def _alleged(tokens: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    """The proper names of those the sentence alleges did something (see the module docstring), and of
    those of them it accuses, charges or alleges (:data:`_ACCUSATION`). The names of a plural common noun
    ("several Kessler aides", "Kessler's allies") are not: others are said to have done it."""
    out: set[str] = set()
    accused: set[str] = set()
    for tok in tokens:
        lemma = _lemma(tok)
        if tok.pos_ == "VERB" and lemma in _ALLEGING and not negated(tok):
            if lemma in _ACCUSING:
                names = _names(c for c in tok.children if c.dep_ == "dobj")
                out |= names
                accused |= names
            clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        elif tok.pos_ == "NOUN" and lemma in _ALLEGATIONS:
            clauses = clause_heads(tok)
        else:
            continue
        for verb in clauses:
            if verb_tense(verb) in _DONE and not negated(verb):
                subjects = [s for s in _subjects(verb) if not (s.pos_ == "NOUN" and s.tag_ == "NNS")]
                names = _names(subjects)
                out |= names
                if lemma in _ACCUSATION:
                    # (a pronoun standing for the sentence's named subject only here: "Kessler faces charges
                    # that he took bribes" is an accusation a denial of the charges or of wrongdoing answers)
                    accused |= names or _main_subject(tok, subjects)
    return frozenset(out), frozenset(accused)


def _main_subject(alleging: Token, subjects: list[Token]) -> frozenset[str]:
    """ "Kessler faces charges that he took bribes": a personal pronoun, the one subject of a clause of
    alleging, stands for the named subject of the sentence's main clause when the allegation is part of
    that clause (not of a clause of saying: "Brenn said he ..." is :mod:`.pronouns`' business) and
    the main subject is one name."""
    if len(subjects) != 1 or subjects[0].lower_ not in _PERSONAL:
        return frozenset()
    root = alleging
    while root.head.i != root.i:
        if root.dep_ in ("ccomp", "parataxis", "relcl") or _lemma(root.head) in _SAYING:
            return frozenset()
        root = root.head
    main = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(main) != 1 or main[0].pos_ != "PROPN":
        return frozenset()
    return _names(main)


def _denies_charges(tokens: list[Token]) -> bool:
    """The sentence denies "the charges" or wrongdoing (a verb of denial whose object is the noun of
    charges or of wrongdoing): what it answers is what someone is accused of."""
    return any(
        (
            tok.pos_ == "VERB"
            and _lemma(tok) in _DENYING
            and not negated(tok)
            and any(c.dep_ == "dobj" and _lemma(c) in _WRONGDOING | {"charge"} for c in tok.children)
        )
        or (tok.dep_ == "relcl" and _lemma(tok) in _DENYING and _lemma(tok.head) == "charge")
        for tok in tokens
    )


def read_referring(doc: Doc | Iterable[Token]) -> Referring:
    """What ``doc`` (one sentence) says of statements it does not state (see :class:`Referring`)."""
    tokens = list(doc)
    back, back_by = _points_back(tokens)
    saying = [t for t in tokens if t.pos_ == "VERB" and _lemma(t) in _REPORTING]
    owner, owner_by = _owner(tokens)
    alleged, accused = _alleged(tokens)
    return Referring(
        owner=owner,
        owner_by=owner_by,
        back=back,
        back_by=back_by,
        denier=_denier(tokens),
        denier_title=_denier_title(tokens),
        alleged_titles=_alleged_titles(tokens),
        discredited=_discredited(tokens),
        alleged=alleged,
        accused=accused,
        denies_charges=_denies_charges(tokens),
        sayers=_names(s for verb in saying for s in _subjects(verb)),
        # "X said P", "P, X said", and "X said, P" parsed with the saying verb hung on P's verb.
        reports=any(t.dep_ == "ROOT" or (t.dep_ == "parataxis" and t.head.dep_ == "ROOT") for t in saying),
    )
