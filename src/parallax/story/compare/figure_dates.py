"""Dates as figures: when something happened is a measure too.

Two outlets that date one event alike ("the Dec. 27 debate", "the debate on Dec. 27th") agree; two that
give it different dates ("primaries in mid May", "the April 30 primary") disagree. A date is a figure
only when its text writes a calendar part: a year ("in 2010", "the 1973 case") or a month ("in June",
"June 25"); deictic dates ("last year", "on Tuesday", "a month ago") are resolved against each outlet's
own publication date and are left out. A date written without its year takes the year that puts it
nearest the article's own time (its publication date, else the latest date it mentions), so that
outlets published days apart read "June 25" alike.

What a date dates is read from the parse: the noun it modifies or hangs on by a preposition ("the
Dec. 27 *debate*", "a special *election* in June", "the *sentencing* for June 28"), else the event of its
predicate with the predicate's object or subject ("Republicans *won control* in 2010", "a *program*
*launched* in 2007"), or the adjective it hangs on with the noun that adjective is said of ("his
*resignation*, *effective* at 5 p.m."); a date written inside a fronted clause dates that clause's verb,
wherever the parser hangs it ("If Democrats *win control* this November, we will ..."); a date of a
bare verb of saying ("In January, he *said* ...") dates a statement.
Two dates are one measure when those words tie; two different dates must also name the same head (an
election in June and primaries in May are two measures) and lie near the story's own time: different
years of a kind of event ("in 2019 a storm killed 85", "the 1998 storm killed 140") are background, and
are never a dispute; but the start of a state that lasts to now ("has led the party since 2002") is the
story's own, however long ago.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from parallax.model import Claim, DateMention, Quantity
from parallax.story.compare.date_events import EVENT_CLASSES
from parallax.story.compare.date_joining import join_equal_dates as join_equal_dates
from parallax.story.compare.date_years import YEAR_WRITTEN, adopt_written_years
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.figure_parses import deictic_month, offset_in_claim, written_calendar_date
from parallax.story.compare.lexicon import DATED_CLASSES, TIME_UNITS
from parallax.story.compare.measures import FigureMeasure
from parallax.story.compare.values import FigureItem, claim_figure

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATE_UNIT = "date"
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_NOUN_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "poss"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB"})
# Days from the article's own time within which a date is of the story's own time (else background).
OWN_TIME_DAYS = 366
# A clause's tense moves a yearless date to another year only when the nearest reading lies more than
# this many days on the wrong side of the article's time ("was set for June 28", published in May, is
# still the coming June 28: a plan told in the past).
TENSE_DAYS = 90
_GENERIC = frozenset("be have do say tell make get go come take give time year day month date".split())
# Verbs of saying among the generic ones: a date of one of them dates a statement.
_SAYING = frozenset({"say", "tell"})


def _day_range(year: int, month: int | None, day: int | None) -> tuple[date, date] | None:
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = date(year + (month == 12), month % 12 + 1, 1).toordinal() - 1
            return date(year, month, 1), date.fromordinal(last)
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def date_interval(
    mention: DateMention, reference: str | None, tense: str | None = None
) -> tuple[float, float] | None:
    """The days (proleptic ordinals, first and last) a written calendar date stands for, or None for a
    date that writes no year or month, or that cannot be read. A date without its written year takes
    the year that puts it nearest ``reference`` (an ISO date); but when that lies more than
    :data:`TENSE_DAYS` after ``reference`` in a clause in the past tense ("he said in January", "the
    attack, which killed four, on Sept. 11"), the latest year that puts it on or before ``reference``,
    and when it lies as far before in a clause in the future tense ("will vote on March 3"), the earliest
    on or after it. Midnight written with its day ("midnight Dec. 21", valued 24:00) is the start of the next day."""
    if mention.type not in ("DATE", "TIME") or not mention.value or not written_calendar_date(mention.text):
        return None
    m = _VALUE.match(mention.value)
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is None and not YEAR_WRITTEN.search(mention.text):
        return None  # a month named, but the value kept only a year (a season, a quarter): too loose
    ref = _VALUE.match(reference or "")
    placed = deictic_month(mention.text)  # "this November": the annotation placed it in its year
    if ref and ref.group(2) and month is not None and not placed and not YEAR_WRITTEN.search(mention.text):
        anchor = date(int(ref.group(1)), int(ref.group(2)), int(ref.group(3) or 1)).toordinal()
        candidates = [_day_range(y, month, day) for y in range(int(ref.group(1)) - 1, int(ref.group(1)) + 2)]
        ranges = [r for r in candidates if r is not None]
        if ranges:
            nearest = min(ranges, key=lambda r: abs((r[0].toordinal() + r[1].toordinal()) / 2 - anchor))
            before = [r for r in ranges if r[0].toordinal() <= anchor]
            after = [r for r in ranges if r[1].toordinal() >= anchor]
            if tense == "past" and before and nearest[0].toordinal() > anchor + TENSE_DAYS:
                nearest = max(before, key=lambda r: r[0].toordinal())
            elif tense == "future" and after and nearest[1].toordinal() < anchor - TENSE_DAYS:
                nearest = min(after, key=lambda r: r[1].toordinal())
            return _next_day_at_midnight(
                mention, (float(nearest[0].toordinal()), float(nearest[1].toordinal()))
            )
    span = _day_range(year, month, day)
    return (
        _next_day_at_midnight(mention, (float(span[0].toordinal()), float(span[1].toordinal())))
        if span
        else None
    )


def _next_day_at_midnight(mention: DateMention, days: tuple[float, float]) -> tuple[float, float]:
    """Midnight at the end of a written day ("midnight Dec. 21", valued "...T24") is the next day."""
    if mention.value and "T24" in mention.value and days[0] == days[1]:
        return days[0] + 1, days[1] + 1
    return days


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_PAST_AUX = frozenset({"had", "has", "have", "was", "were", "did", "'d"})


def _verb_tense(verb: Token) -> str | None:
    """A verb's tense from its tag and auxiliaries; a bare past participle that modifies a noun ("the
    barrels authorized in March") tells of a deed done: past."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_AUX:
        return "future"
    if (
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and auxes & _PAST_AUX)
        or (verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes)
        or (verb.tag_ == "VB" and "did" in auxes)
    ):
        return "past"
    return None


def _mention_root(doc: Doc, claim: Claim, mention: DateMention) -> tuple[Token, set[int]] | None:
    """The token heading a date's words in its claim's parse and the indices of those words (None when the date
    is not found in the claim)."""
    at = offset_in_claim(claim, mention.start, mention.text)
    if at < 0:
        return None
    end = at + len(mention.text)
    tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > at]
    if not tokens:
        return None
    own = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in own or t.head.i == t.i), tokens[-1]), own


def date_tense(doc: Doc, claim: Claim, mention: DateMention) -> str | None:
    """The tense of the clause a date dates ("past", "future", or None when the parse does not say): the
    relative clause of the noun it dates ("the attack, which killed four"), else its predicate."""
    found = _mention_root(doc, claim, mention)
    if found is None:
        return None
    root, own = found
    for token in [root, *root.ancestors]:
        for child in token.children:
            if child.dep_ == "relcl" and child.i not in own and (tense := _verb_tense(child)):
                return tense
        if token.pos_ in ("VERB", "AUX") and token.i not in own:
            return _verb_tense(token)
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _words(tokens: Sequence[Token], own: set[int]) -> frozenset[str]:
    return frozenset(
        _lemma(t)
        for t in tokens
        if t.i not in own and t.pos_ in _CONTENT_POS and _lemma(t) not in _GENERIC and len(t.text) > 2
    )


def _dated(root: Token, own: set[int]) -> tuple[Token | None, Token | None]:
    """The noun a date modifies or hangs on, else the verb of its event."""
    if root.dep_ in _NOUN_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in own:
        noun = root.head
        while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
            noun = noun.head
        return noun, None  # "the Dec. 27 debate", "a 2013 memo", "a surprise 2010 victory"
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        attached = root.head.head
        if _length_of_time(attached):
            # "closed for four days in September": the date places the length, and dates what lasted it
            return _dated(attached, own)
        if attached.pos_ in ("NOUN", "PROPN"):
            return attached, None  # "a special election in June", "the sentencing for June 28"
        if attached.pos_ in ("VERB", "AUX"):
            return None, attached  # "won control of the House in 2010"
        if attached.pos_ == "ADJ" and attached.i not in own and _said_of(attached) is not None:
            return None, attached  # "his resignation, effective at 5 p.m.": when the resignation is effective
    adjective = root.head
    if root.dep_ == "npadvmod" and adjective.pos_ == "ADJ" and adjective.i not in own and _said_of(adjective):
        return None, adjective  # "her resignation, effective Jan. 1"
    fronted = _fronted_clause_verb(root, own)
    if fronted is not None:
        return None, fronted  # "If they win control this November, we will ...": win
    for ancestor in root.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return None, ancestor
        if ancestor.pos_ in ("NOUN", "PROPN") and ancestor.i not in own:
            return ancestor, None
    return None, None


def _said_of(adjective: Token) -> Token | None:
    """The noun a predicate adjective is said of: the noun it modifies ("the rule effective in March"), the
    subject of its copula ("the rule is effective in March"), or the noun it follows set off by a comma ("his
    resignation, effective at 5 p.m.", which the parser may hang on another verb); else None."""
    if adjective.dep_ == "amod" and adjective.head.pos_ in ("NOUN", "PROPN"):
        return adjective.head
    if adjective.dep_ in ("acomp", "oprd"):
        return next((c for c in adjective.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    doc = adjective.doc
    if adjective.i >= 2 and doc[adjective.i - 1].text == "," and doc[adjective.i - 2].pos_ == "NOUN":
        return doc[adjective.i - 2]
    return None


def _fronted_clause_verb(root: Token, own: set[int]) -> Token | None:
    """The verb of a fronted clause that a date is written inside, when the parse hangs the date on the
    main verb after it: "If Democrats win control of Congress this November, we will come closer to
    ...", "When the council meets in June, it will vote": the date is read with the clause it lies in
    (no comma between the clause's verb and the date; a comma closing the clause after it), not with the
    main clause."""
    head = root.head
    if head.pos_ not in ("VERB", "AUX") or head.i <= root.i:
        return None
    doc = root.doc
    first, last = min(own), max(own)
    for child in head.children:
        if (
            child.dep_ == "advcl"
            and child.pos_ in ("VERB", "AUX")
            and child.i < first
            and not any(t.is_punct for t in doc[child.i + 1 : first])
            and any(t.text == "," for t in doc[last + 1 : head.i])
        ):
            return child
    return None


def _length_of_time(token: Token) -> bool:
    """A length of time written with its number ("four days", "two weeks", "a month"): a unit of time
    that a number or "a" counts."""
    return (
        token.pos_ == "NOUN"
        and _lemma(token) in TIME_UNITS
        and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in token.children)
    )


def _first_conjunct(verb: Token) -> Token:
    """The first verb of the coordination a verb ends ("the rule, unveiled in 2018 and *finalized* in
    2019": unveiled), else the verb itself."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
    return verb


def read_date_measure(doc: Doc, claim: Claim, mention: DateMention) -> FigureMeasure | None:
    """What a date dates, from the parse of its claim (None when the date is not found in it)."""
    found = _mention_root(doc, claim, mention)
    if found is None:
        return None
    root, own = found
    while root.dep_ == "conj" and root.head.i not in own and written_calendar_date(root.head.text):
        # The second end of a range ("between January 2016 and December 2018"): it dates what the first
        # end dates.
        root = root.head
        own = own | {t.i for t in root.subtree if written_calendar_date(t.text) or t.like_num}
    noun, verb = _dated(root, own)
    described: list[Token] = []
    if noun is not None:
        described += [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
            described.append(noun.head)
    if verb is not None:
        described += [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "prt"))]
        first = _first_conjunct(verb)
        if first.dep_ in ("acl", "relcl") and first.head.pos_ in ("NOUN", "PROPN"):
            # "a program launched in 2007": the program; "the rule, unveiled in 2018 and finalized in 2019":
            # the second date dates the rule too.
            described.append(first.head)
        elif not any(c.dep_ == "dobj" for c in verb.children):
            described += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if verb.pos_ == "ADJ" and (said_of := _said_of(verb)) is not None:
            described.append(said_of)  # "his resignation, effective at 5 p.m.": effective resignation
    head = noun if noun is not None else verb
    if head is None:
        return None
    words = _words(described, own)
    if verb is not None and verb.pos_ == "ADJ" and words:
        words |= {_lemma(verb)}
    thing = _lemma(head)
    if not words and noun is None and thing in _SAYING:
        # "In January, he said ...": the date dates a statement; its measure is the saying ("when said").
        words = frozenset({"say"})
        thing = "say"
    if not words:
        return None
    shown = [
        t
        for t in sorted(described, key=lambda t: t.i)
        if t.i not in own and (t.pos_ in _CONTENT_POS or (t is verb and t.pos_ == "ADJ"))
    ]
    phrase = " ".join(t.text for t in shown[:4])
    return FigureMeasure(
        thing=thing,
        words=words,
        classes=frozenset(
            name
            for classes in (DATED_CLASSES, EVENT_CLASSES)
            for name, members in classes.items()
            if members & {thing, *words}
        ),
        phrase=f"date of {phrase}" if noun is not None else f"when {phrase}",
        readable=2 if noun is not None else 1,
    )


def _near(days: tuple[float, float], reference: str | None) -> bool:
    """The date lies within :data:`OWN_TIME_DAYS` of the article's own time (unknown: not near)."""
    ref = _VALUE.match(reference or "")
    if ref is None:
        return False
    anchor = date(int(ref.group(1)), int(ref.group(2) or 7), int(ref.group(3) or 1)).toordinal()
    return days[0] - OWN_TIME_DAYS <= anchor <= days[1] + OWN_TIME_DAYS


def _ahead(days: tuple[float, float], reference: str | None) -> bool:
    """The date lies wholly after the article's own time: a date the story looks ahead to ("his term
    ends in 2019") is the story's own, however far."""
    ref = _VALUE.match(reference or "")
    if ref is None:
        return False
    return days[0] > date(int(ref.group(1)), int(ref.group(2) or 12), int(ref.group(3) or 28)).toordinal()


_PRESENT_PERFECT = frozenset({"has", "have", "'s", "'ve"})


def _start_of_an_ongoing_state(doc: Doc, claim: Claim, mention: DateMention) -> bool:
    """The date starts a state that lasts to the article's own time: it follows "since" on a verb in the
    present perfect ("she has led the party since 2002", "has served since 1996"). However long ago it
    began, such a state is the story's own, not background."""
    found = _mention_root(doc, claim, mention)
    if found is None:
        return False
    root, _ = found
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "since" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PRESENT_PERFECT for c in verb.children)


def own_times(claims: Sequence[Claim]) -> dict[str, str]:
    """The latest date each article mentions (its own time when it has no publication date)."""
    latest: dict[str, str] = {}
    for claim in claims:
        for mention in claim.dates:
            value = mention.value
            if value and value[:4].isdigit() and value > latest.get(claim.article_id, ""):
                latest[claim.article_id] = value
    return latest


def date_items(
    claims: Sequence[Claim],
    docs: Mapping[str, Doc],
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
    own_times: Mapping[str, str],
) -> list[FigureItem]:
    """Every written calendar date of the parsed claims as a figure of unit :data:`DATE_UNIT` (its value
    the days it stands for; a yearless date in the year other outlets write for it:
    :func:`.date_years.adopt_written_years`); ``own_times``: the latest date each article mentions, for those without a
    publication date."""
    items: list[FigureItem] = []
    for claim in claims:
        doc = docs.get(claim.id)
        if doc is None or not claim.dates:
            continue
        published = namer.published(claim.article_id) or ""
        reference = published or own_times.get(claim.article_id)
        for mention in claim.dates:
            days = date_interval(mention, reference, date_tense(doc, claim, mention))
            if days is None:
                continue
            measure = read_date_measure(doc, claim, mention)
            if measure is None:
                continue
            background = not _near(days, reference) and not _ahead(days, reference)
            if background and _start_of_an_ongoing_state(doc, claim, mention):
                background = False  # "has led House Democrats since 2002": a state of the story's own time
            measure = replace(measure, background=background)
            quantity = Quantity(start=mention.start, end=mention.end, text=mention.text, kind=DATE_UNIT)
            items.append(
                claim_figure(claim, quantity, (days[0], days[1], DATE_UNIT), measure, claim_entities, namer)
            )
    return adopt_written_years(items)
