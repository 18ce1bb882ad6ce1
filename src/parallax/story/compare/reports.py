"""What a sentence says of a report (an article, a story, a publication's account), read from the parse.

* **Verdicts on a report's accuracy**: "We stand by our reporting" and "its report was accurate" say the
  report is right; "the Courier's account of the meeting is not accurate", "the Courier's story is false"
  say it is wrong. Whose report it is: its possessor or the name compounded with it ("the Courier's
  account", "the Courier report"), a possessive pronoun standing for who says it ("our reporting", said by
  the Courier's editor; "its report", in "the Courier maintained that its report was accurate"; see
  :mod:`.pronouns`). Two verdicts on one owner's report with opposite sense, by two speakers, contradict
  each other (:func:`accuracy_disputes`).
* **What a publication says**: "The article said that P", "the Courier reported that P", "the Courier
  published the story, citing officials who said P": the sentences a denial of "the claims in the
  article" answers.
* **A denial of a publication's claims**: "X denied the claims in the article", "rejected the
  allegations of the report".

Categories only: nouns of reports and publications, adjectives of accuracy, verbs of saying and
publishing; no word of any story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parallax.model import Claim, Comparison
from parallax.story.compare.denials import contradiction, same_speaker
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.pronouns import names_of, stands_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MAY_JUDGE", "ReportReading", "Verdict", "accuracy_disputes", "read_reports"]

# Nouns for a report whose accuracy can be judged.
_REPORT_NOUNS = frozenset(
    "report reporting story article piece account description characterization characterisation coverage "
    "version".split()
)
# A sentence that may judge a report's accuracy (parsed only then).
MAY_JUDGE = re.compile(
    r"\b(?:st(?:and|ands|anding|ood) by|(?:in)?accura\w*|correct|untrue|false|wrong|erroneous|misleading)\b",
    re.IGNORECASE,
)
# Nouns for a publication: "the claims in the article".
_PUBLICATION_NOUNS = frozenset("article report story piece column book publication".split())
# Nouns for what a publication claims: "denied the claims in the article".
_CLAIM_NOUNS = frozenset("claim claims allegation allegations accusation accusations assertion".split())
_ACCURATE = frozenset({"accurate", "correct", "true", "right", "truthful"})
_INACCURATE = frozenset({"inaccurate", "incorrect", "false", "untrue", "wrong", "erroneous", "misleading"})
_DENY = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "rebut"})
# Verbs by which a publication (or the one who published it) says something.
_TELLING = frozenset({"say", "report", "claim", "allege", "write", "state", "assert", "suggest"})


@dataclass(frozen=True)
class Verdict:
    """A report said to be accurate (``accurate``) or not, and the names of whose report it is."""

    owner: frozenset[str]
    accurate: bool


@dataclass(frozen=True)
class ReportReading:
    """What one sentence says of reports (see the module docstring)."""

    verdicts: tuple[Verdict, ...] = ()
    # The sentence tells what a publication says: its subject is a publication noun, or a named one
    # (``tellers``) says it; ``publishers``: the names of who published a story in it.
    publication_says: bool = False
    tellers: frozenset[str] = frozenset()
    publishers: frozenset[str] = frozenset()
    # The sentence denies the claims of a publication ("denied the claims in the article").
    denies_publication: bool = False


def _lemma(tok: Token) -> str:
    return tok.lemma_.casefold()


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def _owner(noun: Token, verb: Token) -> frozenset[str]:
    """Whose report ``noun`` is: its possessor or compounded name, a possessive pronoun standing for who
    says the clause of ``verb``."""
    out: set[str] = set()
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            out |= stands_for(c, verb)
        elif c.dep_ in ("poss", "compound"):
            out |= names_of(c)
    return frozenset(out)


def _reports_of(subject: Token) -> list[Token]:
    """The report nouns of a subject and those coordinated with it ("X's description ..., and
    characterization ...")."""
    nouns = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return [n for n in nouns if _lemma(n) in _REPORT_NOUNS]


def _verdicts(tokens: list[Token]) -> list[Verdict]:
    out: list[Verdict] = []
    for tok in tokens:
        lemma = _lemma(tok)
        if lemma == "stand" and tok.pos_ == "VERB" and not _negated(tok):
            # "stand by our reporting"
            for prep in (c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "by"):
                for noun in (c for c in prep.children if c.dep_ == "pobj"):
                    for report in _reports_of(noun):
                        owner = _owner(report, tok)
                        if owner:
                            out.append(Verdict(owner, True))
        elif tok.dep_ in ("acomp", "attr") and (lemma in _ACCURATE or lemma in _INACCURATE):
            verb = tok.head
            if any(c.dep_ == "neg" for c in tok.children):
                continue  # "not entirely accurate" read from the verb only
            accurate = (lemma in _ACCURATE) != _negated(verb)
            for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                for report in _reports_of(subject):
                    owner = _owner(report, verb)
                    if owner:
                        out.append(Verdict(owner, accurate))
    return out


def _clause_said(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" for c in verb.children)


def read_reports(doc: Doc | Iterable[Token]) -> ReportReading:
    """What ``doc`` (one sentence) says of reports (see :class:`ReportReading`)."""
    tokens = list(doc)
    says = False
    tellers: set[str] = set()
    publishers: set[str] = set()
    denies = False
    for tok in tokens:
        lemma = _lemma(tok)
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if lemma in _TELLING and _clause_said(tok):
            if any(_lemma(s) in _PUBLICATION_NOUNS for s in subjects):
                says = True  # "The article said that P"
            for s in subjects:
                if s.pos_ == "PROPN":  # the publisher itself ("the Ledger reported"), not its editor
                    tellers |= names_of(s)
        elif lemma == "publish":
            published = [c for c in tok.children if c.dep_ == "dobj" and _lemma(c) in _PUBLICATION_NOUNS]
            if published and any(
                t.dep_ == "ccomp" or _lemma(t) in _TELLING for t in tok.subtree if t is not tok
            ):
                for s in subjects:
                    publishers |= names_of(s)
        elif lemma in _DENY:
            for noun in (c for c in tok.children if c.dep_ == "dobj" and _lemma(c) in _CLAIM_NOUNS):
                for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
                    if any(_lemma(o) in _PUBLICATION_NOUNS for o in prep.children if o.dep_ == "pobj"):
                        denies = True  # "denied the claims in the article"
    return ReportReading(
        verdicts=tuple(_verdicts(tokens)),
        publication_says=says,
        tellers=frozenset(tellers),
        publishers=frozenset(publishers),
        denies_publication=denies,
    )


def accuracy_disputes(
    claims: Sequence[Claim],
    reports_of: Callable[[Claim], ReportReading],
    parse: Callable[[Sequence[Claim]], None],
    namer: SourceNamer,
    used: set[str],
) -> list[Comparison]:
    """Reports said to be inaccurate against the same owner's report said to be accurate ("We stand by
    our reporting", said by the Courier's editor, against "the Courier's account is not accurate"), by
    two speakers: one point per owner, citing every verdict on either side."""
    judging = [c for c in claims if c.id not in used and MAY_JUDGE.search(c.text)]
    parse(judging)
    verdicts = [(c, v) for c in judging for v in reports_of(c).verdicts]
    out: list[Comparison] = []
    taken: set[str] = set()
    for claim, verdict in verdicts:
        if verdict.accurate or claim.id in taken:
            continue
        against = [
            c
            for c, v in verdicts
            if v.accurate and v.owner & verdict.owner and not same_speaker(c, claim) and c.id not in taken
        ]
        if not against:
            continue
        owner = verdict.owner
        denials = [
            c
            for c, v in verdicts
            if not v.accurate
            and v.owner & owner
            and c.id not in taken
            and not any(same_speaker(c, a) for a in against)
        ]
        group = list({c.id: c for c in [*against, *denials]}.values())
        taken.update(c.id for c in group)
        who = sorted({c.speaker for c in against if c.speaker})
        topic = f"Is {who[0]} right?" if len(who) == 1 else "Disputed report"
        lead = f"{claim.speaker or namer.name(claim.article_id)} says the report is not accurate"
        out.append(contradiction(topic, lead, claim, against, group, namer))
    used.update(taken)
    return out
