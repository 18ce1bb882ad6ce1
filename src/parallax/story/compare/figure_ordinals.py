"""Ordinal figures: "the 12th day of the shutdown", "his second term", "the 116th Congress".

The annotation counts cardinals ("12 days"), not ordinals, yet outlets often give one measure as an
ordinal: how long something has run ("the 12th day of the shutdown", "the 35th day", "after the sixth
week" of a pregnancy), how many years since an event ("the 15th anniversary of the attacks"), which
term or session of a series ("a second-term congressman", "an eighth term as leader", "the 116th
Congress"). An ordinal is a figure only when it numbers a noun of one of these categories:

* a unit of time ("day", "week", ...): a length of time, compared in days with the written durations
  ("the sixth week" and "six weeks" agree). The Nth unit is the span from N - 1 to N units. When it
  counts the days of something running ("the 12th day of the shutdown"), the count grows with
  publication time: two outlets giving different counts at different times are an *evolving* measure,
  not a dispute;
* an anniversary: that many years (compared with "15 years after the attacks");
* a term, a session or a sitting of a series (:data:`SERIES_NOUNS`): the number of that term, compared
  only with other ordinals (unit :data:`ORDINAL_UNIT`);
* a place in a series or a rank of any other noun (:func:`read_rank`): "the 45th president", "a second
  surgery", "the 27th District", a rank in a class ("the third-ranking Republican", "the No. 3
  Republican", "the second-largest city") and a streak ("his third straight victory", "a third
  consecutive win"). Unit :data:`ORDINAL_UNIT`; its thing is the noun numbered, its classes say a rank
  or a streak. "first" counts only as a rank or a streak, or as the predicate of a holder ("became the
  first contender to enter", "the first woman to lead") or someone's ("my first priority"): "the
  first time", "the first step" number nothing. Ordinals that are part of a name ("the Fourth Amendment", "Fifth Avenue", "the first lady")
  or of a date ("May 3rd") are no figures.

Two ordinals of one series but different numbers name two members of it ("the second-ranking" and "the
third-ranking Republican" are two people), never one disputed figure (:func:`.figures.similarity`).

What the ordinal measures is read from the parse: the noun it numbers, what that noun is "of" ("day of
the shutdown", "term as governor"), and the noun it describes in turn ("a second-term *congressman*").
Sentences that carry an ordinal of these categories but no other figure are parsed here (one batch).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from parallax.model import Claim, Comparison, NormalizedQuantity, Quantity
from parallax.story.compare.explain import SourceNamer
from parallax.story.compare.figure_parses import claim_parses
from parallax.story.compare.lexicon import THING_CLASSES, TIME_UNITS, group_name
from parallax.story.compare.measures import FigureMeasure
from parallax.story.compare.values import DURATION_DAYS, FigureItem, claim_figure

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

ORDINAL_UNIT = "ordinal"
# Nouns numbered in a series of terms or sittings ("a second term", "the 116th Congress").
SERIES_NOUNS = frozenset("term congress session parliament legislature inning round".split())
ANNIVERSARY_NOUNS = frozenset({"anniversary"})
# Units whose ordinal names a period of the calendar, not a length ("the 14th century").
PERIOD_UNITS = frozenset({"century", "decade"})
_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
ORDINAL_WORDS: Mapping[str, int] = {w: k + 1 for k, w in enumerate(_WORDS)}
_ORDINAL = re.compile(
    r"\b(?:(?P<digits>\d{1,3})(?:st|nd|rd|th)|(?P<word>"
    + "|".join(_WORDS)
    + r")|No\.\s?(?P<rank>\d{1,2}))\b",
    re.IGNORECASE,
)
# Words between an ordinal and its noun that make it a streak ("third straight victory") or a rank in a
# class ("third-ranking Republican", "second-largest city"; any superlative in "-est").
STREAK_WORDS = frozenset("straight consecutive successive".split())
RANK_WORDS = frozenset("ranking ranked most least".split())
# Nouns an ordinal names rather than numbers ("the Fourth Amendment", "Fifth Avenue", "the first lady"),
# and periods ("the third quarter", "the second half").
NAMING_NOUNS = frozenset("amendment avenue street lady family grade quarter half place".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# What a "first" must be to rank a holder: the predicate of a clause ("became the first contender") or a
# noun with an infinitive or relative clause ("the first woman to lead").
_PREDICATE_DEPS = frozenset({"attr", "oprd", "appos", "ccomp", "pobj"})
# What an ordinal must be followed by, closely, to be worth parsing: a noun of a category above.
_NOUN_AFTER = re.compile(
    r"^[\s-]*(?:[A-Za-z.'’]+[\s-]+){0,2}?(?:"
    + "|".join(sorted(TIME_UNITS | SERIES_NOUNS | ANNIVERSARY_NOUNS))
    + r")s?\b",
    re.IGNORECASE,
)
_GENERIC = frozenset("be have do say make get go come take give time".split())


def ordinal_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of the ordinals of a text followed closely by a noun of a category above
    ("the 12th day", "second-term", "the 116th Congress"); "first" is left out (every text has one)."""
    return [span for span in ranked_spans(text) if span[2] >= 2 and _NOUN_AFTER.match(text[span[1] :])]


def ranked_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of every ordinal of a text followed by a word ("the 45th president", "the
    first contender", "the No. 3 Republican"), for :func:`read_rank`."""
    out: list[tuple[int, int, int]] = []
    for m in _ORDINAL.finditer(text):
        if m.group("digits"):
            number = int(m.group("digits"))
        elif m.group("rank"):
            number = int(m.group("rank"))
        else:
            number = ORDINAL_WORDS[m.group("word").lower()]
        if number < 1 or not re.match(r"^[\s-]+[A-Za-z]", text[m.end() :]):
            continue
        start = m.start("rank") if m.group("rank") else m.start()  # "No. 3": the number is parsed
        out.append((start, m.end(), number))
    return out


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _numbered_noun(token: Token) -> Token | None:
    """The noun an ordinal numbers: its head ("12th day", "second term"), through a hyphen and compounds
    ("second-term congressman": "term")."""
    noun = token.head if token.dep_ in ("amod", "compound", "nummod", "npadvmod", "advmod") else None
    if noun is None or noun.i == token.i:
        return None
    while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def read_ordinal(
    doc: Doc, at: int, end: int, number: int
) -> tuple[str, float, float, FigureMeasure, str] | None:
    """The unit compared, the values (low, high), the measure and the unit written of the ordinal at characters ``at``..``end`` of
    the parsed sentence, or None when it numbers no noun of the categories above."""
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    if token is None:
        return None
    noun = _numbered_noun(token)
    if noun is None:
        return None
    lemma = _lemma(noun).rstrip("s") if _lemma(noun) not in SERIES_NOUNS else _lemma(noun)
    of_object = next(
        (o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "as", "in") for o in c.children
         if o.dep_ == "pobj"),
        None,
    )  # fmt: skip
    described = [t for t in (noun, of_object) if t is not None]
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
        described.append(noun.head)  # "a second-term congressman"
    described += [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    if noun.dep_ == "pobj" and noun.head.head.dep_ == "acl":
        described.append(noun.head.head.head)  # "a lapse dragging into its 12th day": the lapse
    words = frozenset(
        _lemma(t) for t in described if t.pos_ in ("NOUN", "PROPN") and _lemma(t) not in _GENERIC
    )
    shown = [t for t in sorted(described, key=lambda t: t.i) if t.pos_ in ("NOUN", "PROPN")]
    phrase = f"{noun.text} of {of_object.text}" if of_object is not None else " ".join(t.text for t in shown)
    if lemma in TIME_UNITS and lemma not in PERIOD_UNITS:
        days = DURATION_DAYS[lemma]
        # "the 12th day of the shutdown", "dragging into its 12th day": a count that grows
        running = of_object is not None or any(c.dep_ == "poss" for c in noun.children)
        measure = FigureMeasure(
            thing=_lemma(of_object) if of_object is not None else None,
            words=words,
            phrase=phrase,
            readable=2,
            changed=running,
        )
        return "day", (number - 1) * days, number * days, measure, lemma
    if lemma in ANNIVERSARY_NOUNS:
        days = DURATION_DAYS["year"]
        measure = FigureMeasure(
            thing=_lemma(of_object) if of_object is not None else None, words=words, phrase=phrase, readable=2
        )
        return "day", number * days * 0.97, number * days * 1.03, measure, "year"
    if lemma in SERIES_NOUNS:
        measure = FigureMeasure(thing=lemma, words=words, phrase=phrase, readable=2)
        return ORDINAL_UNIT, float(number), float(number), measure, ORDINAL_UNIT
    return None


def _marker(ordinal: Token, noun: Token) -> str | None:
    """The marker "streak" or "rank" when a word between the ordinal and its noun makes it one ("third straight
    victory", "third-ranking Republican", "second-largest city"), else None."""
    between = noun.doc[ordinal.i + 1 : noun.i]
    lemmas = {_lemma(t) for t in between} | {t.lower_ for t in between}
    if lemmas & STREAK_WORDS:
        return "streak"
    if lemmas & RANK_WORDS or any(t.lower_.endswith("est") and len(t.text) > 4 for t in between):
        return "rank"
    return None


def _ranks_a_holder(noun: Token) -> bool:
    """The noun a "first" numbers is said of someone: a predicate ("became the first contender", "making
    him the first major candidate"), a noun with an infinitive or relative clause ("the first woman to
    lead") or someone's ("my first priority", "Lind's first priority")."""
    if any(c.dep_ in ("relcl", "acl") and any(a.lower_ == "to" for a in c.children) for c in noun.children):
        return True
    if any(c.dep_ == "poss" for c in noun.children):
        return True  # someone's first ("my first priority", "Lind's first priority")
    if noun.dep_ == "nsubj" and any(a.dep_ == "aux" and a.lower_ == "to" for a in noun.head.children):
        return True  # "making him the first candidate to announce" (parsed as the infinitive's subject)
    return noun.dep_ in _PREDICATE_DEPS and noun.dep_ != "pobj"


def read_rank(doc: Doc, at: int, number: int) -> FigureMeasure | None:
    """The measure of an ordinal at character ``at`` of the parsed sentence that numbers a noun of no
    category of :func:`read_ordinal`: a place in a series, a rank or a streak (see the module docstring),
    else None."""
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    if token is None:
        return None
    noun = _numbered_noun(token)
    if noun is None:
        return _standing_rank(token)
    while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "Third-Highest Ranking Republican": the words of the rank are compounds
    if noun is None or noun.i < token.i or noun.i - token.i > 4:
        return None
    lemma = _lemma(noun)
    lemma = lemma[:-1] if lemma.endswith("s") and len(lemma) > 3 and not lemma.endswith("ss") else lemma
    if (
        lemma in TIME_UNITS
        or lemma in SERIES_NOUNS
        or lemma in ANNIVERSARY_NOUNS
        or lemma in NAMING_NOUNS
        or lemma in _GENERIC
        or lemma in _MONTHS
        or not lemma.isalpha()
    ):
        return None
    marker = _marker(token, noun)
    if number == 1 and marker is None and not _ranks_a_holder(noun):
        return None
    thing = group_name(lemma)
    classes = {name for name, members in THING_CLASSES.items() if lemma in members}
    of_object = next(
        (o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"),
        None,
    )  # fmt: skip
    words = {thing} | (
        {_lemma(of_object)} if of_object is not None and of_object.pos_ in ("NOUN", "PROPN") else set()
    )
    phrase = noun.text if of_object is None else f"{noun.text} of {of_object.text}"
    return FigureMeasure(
        thing=thing,
        words=frozenset(words),
        classes=frozenset(classes | ({marker} if marker else set())),
        phrase=phrase,
        readable=2,
    )


# Prepositions after an ordinal that stands for its noun and say in what series it ranks ("the second of
# his administration", "the second in his presidency", "the first of its kind").
_SERIES_PREPOSITIONS = frozenset({"of", "in"})


def _standing_rank(token: Token) -> FigureMeasure | None:
    """The measure of an ordinal that stands for a noun the clause names: the predicate of a "be" whose
    subject is that noun ("the veto was his second of the year", "the provision is the first of its
    kind") or an apposition to it ("the veto — the second in his presidency — was expected"). The noun
    is the thing ranked, and the noun of the series the ordinal's "of" or "in" names is a word of it; an
    ordinal standing alone elsewhere ("he issued his first last month") is left out."""
    if token.dep_ in ("attr", "acomp") and _lemma(token.head) == "be":
        noun = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif token.dep_ == "appos":
        noun = token.head
    else:
        return None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    series = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in _SERIES_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
    ]
    if not series:
        return None  # "the veto was the first": no series named, nothing to compare it by
    lemma = _lemma(noun)
    if lemma in _GENERIC or lemma in TIME_UNITS or not lemma.isalpha():
        return None
    thing = group_name(lemma)
    classes = {name for name, members in THING_CLASSES.items() if lemma in members}
    return FigureMeasure(
        thing=thing,
        words=frozenset({thing, *(_lemma(o) for o in series)}),
        classes=frozenset(classes),
        phrase=f"{noun.text} ({token.text} of {series[0].text})",
        readable=2,
    )


def ordinal_items(
    claims: Sequence[Claim],
    docs: Mapping[str, Doc],
    nlp: Language | None,
    claim_entities: Mapping[str, frozenset[str]],
    namer: SourceNamer,
) -> list[FigureItem]:
    """Every ordinal figure of the claims (see the module docstring); claims without a parse that carry
    one are parsed here in one batch (none without ``nlp``)."""
    found = [(c, spans) for c in claims if (spans := ranked_spans(c.text))]
    if not found:
        return []
    parsed = claim_parses([c for c, _ in found], docs, nlp)
    items: list[FigureItem] = []
    for claim, spans in found:
        doc = parsed.get(claim.id)
        if doc is None:
            continue
        ordinals = set(ordinal_spans(claim.text))
        dated = [(d.start - claim.start, d.end - claim.start) for d in claim.dates]
        for at, end, number in spans:
            read = read_ordinal(doc, at, end, number) if (at, end, number) in ordinals else None
            if read is None:
                if any(s < end and at < e for s, e in dated):
                    continue  # part of a date ("May 3rd", "the 12th of May")
                rank = read_rank(doc, at, number)
                if rank is None:
                    continue
                read = ORDINAL_UNIT, float(number), float(number), rank, ORDINAL_UNIT
            unit, low, high, measure, written = read
            text = claim.text[at:end]
            start = claim.start + at
            kind = "duration" if unit == "day" else ORDINAL_UNIT
            norm = NormalizedQuantity(
                value=float(number), low=float(number), high=float(number), unit=written
            )
            quantity = Quantity(
                start=start, end=start + len(text), text=text, value=float(number), unit=written, kind=kind,
                normalized=norm,
            )  # fmt: skip
            items.append(claim_figure(claim, quantity, (low, high, unit), measure, claim_entities, namer))
    return items


def without_lone_ordinals(comparisons: list[Comparison], ordinals: Sequence[FigureItem]) -> list[Comparison]:
    """The comparisons without those that hold only ``ordinals`` (or other figures read here, such as
    :mod:`.figure_durations`'s) one outlet gives: an ordinal alone ("his second term") is a detail of one
    report, not a point where coverage differs."""
    refs = {(i.claim.id, i.quantity.start, i.quantity.end) for i in ordinals}
    return [
        c
        for c in comparisons
        if not (
            c.kind == "unique" and c.figures and all((f.claim_id, f.start, f.end) in refs for f in c.figures)
        )
    ]
