"""The time a figure is about: the event's own time, or background (another year, "last year", "ago",
"a year", a date more than a month before publication), read from the time expressions of the figure's
clause and of the predicates above it; and the start of the span a running count covers ("18,000 people
*since July*").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parallax.model import Claim
from parallax.story.compare.figure_parses import offset_in_claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Time expressions that place a figure outside the event's own time.
_BACKGROUND_TIME = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\blast (?:year|month|decade|century)\b|\b(?:years?|decades?|centur(?:y|ies))\b"
    r"|\bago\b|\bsince\b|\bannual(?:ly)?\b|\bper year\b|\ba year\b|\beach year\b|\bevery year\b",
    re.IGNORECASE,
)
# An earlier stage of the story ("two people were diagnosed last week", "earlier this month"): background
# when it dates the figure's own clause, not when it dates a report above it ("last week an official said
# the offer stood at 100 km": the offer is the story's own).
_EARLIER_STAGE = re.compile(
    r"\blast week\b|\bearlier this (?:week|month|year)\b|\bprevious (?:week|month|year)\b", re.IGNORECASE
)
# A time phrase naming an earlier stage relative to the story's narration ("a week prior", "days earlier",
# "two days before", "the previous month"): background when it modifies a clause that narrates (a conjunct
# or an adverbial clause beside the story's own: "..., and a week prior they had killed 12 soldiers"). Not
# "a day earlier", "the night before": a report of the next day still tells the story's own time.
_NARRATED_EARLIER = re.compile(
    r"\b(?:days|weeks?|months?|years?)\s+(?:prior|earlier|before)\b"
    r"|\b(?:previous|prior|preceding)\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
_NARRATING = frozenset({"conj", "advcl"})
# A span of time counted forward from the story's own time ("over the next decade", "in the coming years",
# "for the next 10 years"): the span a projection or plan covers, not another time.
_FORWARD_SPAN = re.compile(
    r"\b(?:next|coming|upcoming)\s+(?:(?:\w+|\d+)\s+)?(?:years?|decades?|centur(?:y|ies))\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_EMBEDDED = frozenset({"advcl", "relcl", "acl", "ccomp", "conj", "parataxis"})
# How many tokens may stand between a figure and its "since" ("18,000 people since"), and how many words
# of the "since" phrase are read.
_SINCE_GAP = 2
_SINCE_WORDS = 8


def time_reading(
    doc: Doc,
    claim: Claim,
    tokens: Sequence[Token],
    root: Token,
    verb: Token | None,
    heads: Sequence[Token],
    noun: Token | None,
    published: str | None,
    duration: bool = False,
) -> tuple[bool, bool]:
    """Whether the figure (``tokens``, headed by ``root``, its predicate ``verb`` and measured ``noun``)
    is about another time than the article's (published ``published``), and whether a span counted forward
    from it places the figure ("over the next decade": the span a projection covers, the story's own time).
    An earlier stage of the story does not date a length of time ("the two-year probe ended last week":
    still the probe's length)."""
    clause, upper = _clause(root, verb, heads)
    time_texts: list[str] = []
    own_texts: list[str] = []
    own = {t.i for t in tokens}
    other_conjunct = _first_conjuncts_own(verb or root)
    for head in clause:
        for child in head.children:
            if any(t.i in own for t in child.subtree) or child.i in other_conjunct:
                continue  # the figure itself ("for over 60 years") says how long, not when
            if child.dep_ == "prep":
                if child.lower_ == "since" and _recent_start(claim, child, published):
                    continue  # "shut down since Dec. 21", days before the report: the story's own state
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if obj.ent_type_ in ("DATE", "TIME") or _BACKGROUND_TIME.search(obj.text):
                        time_texts.append(child.text + " " + " ".join(t.text for t in obj.subtree))
                        if head.i not in upper:
                            own_texts.append(time_texts[-1])
            elif child.dep_ in ("npadvmod", "advmod", "pobj") and (
                child.ent_type_ == "DATE"
                or child.lower_ == "ago"
                or (child.dep_ == "npadvmod" and _BACKGROUND_TIME.search(child.text))
            ):
                time_texts.append(" ".join(t.text for t in child.subtree))
                if head.i not in upper:
                    own_texts.append(time_texts[-1])
    if noun is not None:
        # "a dozen cases a year": a rate, not the event's own count.
        time_texts += [" ".join(t.text for t in c.subtree) for c in noun.children if c.dep_ == "npadvmod"]
    background = any(_background_time(text, published) for text in time_texts) or any(
        not duration and _EARLIER_STAGE.search(text) for text in own_texts
    )
    background = background or (not duration and _narrated_earlier(verb or root))
    clause_ids = {t.i for t in clause}
    for date in claim.dates:
        at = offset_in_claim(claim, date.start, date.text)
        found = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None) if at >= 0 else None
        if found is None or found.i in other_conjunct:
            continue
        if any(a.i in clause_ids for a in (found, found.head, found.head.head)):
            background = background or _earlier(date.value, published)
    ahead = any(_forward(text) for text in time_texts)
    return background, ahead


def _forward(text: str) -> bool:
    """A time expression that is a span counted forward and names no year ("over the next decade")."""
    return not _YEAR.search(text) and bool(_FORWARD_SPAN.search(text))


def _recent_start(claim: Claim, since: Token, published: str | None) -> bool:
    """A "since" phrase whose start is a resolved date of the story's own weeks (no more than a month before
    publication: "has been shut down since Dec. 21"): the figure states the story's running state, not an
    earlier time. A start of another year or further back ("since 2015", "since March" months before) is
    not."""
    if not published:
        return False
    span = [t for t in since.subtree if t.i != since.i]
    if not span:
        return False
    low, high = span[0].idx, span[-1].idx + len(span[-1].text)
    starts = [
        d.value
        for d in claim.dates
        if d.type == "DATE"
        and d.value
        and len(d.value) >= 10  # a day, not a month or a year
        and low <= offset_in_claim(claim, d.start, d.text) < high
    ]
    return bool(starts) and all(not _earlier(v, published) and v[:10] <= published[:10] for v in starts)


def _narrated_earlier(head: Token) -> bool:
    """The figure's clause narrates an earlier stage: a conjunct or adverbial clause modified by a time
    phrase that names a time before the story's ("and a week prior they had killed 12 soldiers", "after
    rebels killed 12 soldiers days earlier")."""
    top = head
    while top.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis") and top.head.i != top.i:
        top = top.head
    if top.dep_ not in _NARRATING:
        return False
    # The narrating clause and the clauses it is a conjunct or adverbial clause of: "A week prior, a gunman
    # stormed a store and opened fire, killing 13 people" (not a modifier that is only an earlier
    # conjunct's own: "X was closed days earlier, and Y killed 13").
    clauses = [top]
    while clauses[-1].dep_ in _NARRATING and clauses[-1].head.i != clauses[-1].i:
        clauses.append(clauses[-1].head)
    own = _first_conjuncts_own(head)
    return any(
        child.dep_ in ("advmod", "npadvmod")
        and child.i not in own
        and _NARRATED_EARLIER.search(" ".join(t.text for t in child.subtree))
        for clause in clauses
        for child in clause.children
    )


def _first_conjuncts_own(head: Token) -> set[int]:
    """The tokens that modify only a conjunct before the figure's clause: "X was announced *in May*, and
    Y refused for three months" does not date Y (but "*In May*, X was announced and Y refused" does)."""
    own: set[int] = set()
    for token in [head, *head.ancestors]:
        if token.dep_ != "conj":
            continue
        first = token.head
        for child in first.children:
            if first.i < child.i < token.i:
                own |= {t.i for t in child.subtree}
    return own


def _clause(root: Token, verb: Token | None, heads: Sequence[Token]) -> tuple[list[Token], set[int]]:
    """The tokens whose time expressions date a figure: the figure's own clause (without the clauses
    embedded in it that do not hold the figure) and the predicates above it ("A year ago, NASA announced
    that nine companies were eligible"); and the indices of those above the figure's own clause."""
    head = verb or root
    top = head
    while top.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis") and top.head.i != top.i:
        top = top.head
    above = set(top.ancestors) | {root, head, *root.ancestors}
    holds = {root.i, *(a.i for a in root.ancestors), *(h.i for h in heads)}
    inside = [
        t
        for t in top.subtree
        if not any(
            a.dep_ in _EMBEDDED and a.i not in holds
            for a in [t, *t.ancestors]
            if a.i != top.i and top.is_ancestor(a)
        )
    ]
    return list({t.i: t for t in [*inside, *above]}.values()), {a.i for a in top.ancestors}


def _background_time(text: str, published: str | None) -> bool:
    """A time expression of another time than the article's: another year, "last year", "ago", "a year"."""
    years = [int(y) for y in _YEAR.findall(text)]
    if _forward(text):
        return False  # "over the next decade", "in the coming years": the span a projection covers
    own_year = int(published[:4]) if published and published[:4].isdigit() else None
    if years and own_year is not None and all(y == own_year for y in years):
        return False
    return bool(_BACKGROUND_TIME.search(text))


def _earlier(value: str | None, published: str | None) -> bool:
    """A resolved date (2018, 2018-05, 2018-05-14, 2018-W20) more than a month before publication."""
    if not value or not published or len(published) < 7 or not value[:4].isdigit():
        return False
    if value[:4] != published[:4]:
        return value[:4] < published[:4]
    if len(value) >= 7 and value[5:7].isdigit() and published[5:7].isdigit():
        months = int(published[5:7]) - int(value[5:7])
        return months > 1 or (months == 1 and len(value) >= 10 and value[8:10] < published[8:10])
    return False


def since_phrase(tokens: Sequence[Token]) -> frozenset[str]:
    """The words of a "since" phrase that follows the figure closely ("18,000 people since July", "13,000
    since our airlift began on August 14"), up to the next comma or conjunction: the start of the span
    the count covers."""
    doc = tokens[-1].doc
    after = doc[tokens[-1].i + 1 : tokens[-1].i + 1 + _SINCE_GAP + 1]
    start = next((t.i for t in after if t.lower_ == "since"), None)
    if start is None or any(t.is_punct or t.pos_ == "CCONJ" for t in doc[tokens[-1].i + 1 : start]):
        return frozenset()
    words: set[str] = set()
    for token in doc[start + 1 : start + 1 + _SINCE_WORDS]:
        if token.is_punct or token.pos_ == "CCONJ":
            break
        if token.pos_ in ("NOUN", "PROPN", "NUM", "VERB"):
            words.add(token.lower_)
    return frozenset(words)
