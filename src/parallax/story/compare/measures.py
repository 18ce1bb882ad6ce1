"""What a figure measures, read from the dependency parse of its sentence.

The sentences are parsed by :mod:`.figure_parses` (once each, in small batches). For every figure the
parse gives:

* the measured thing: the counted noun ("1,200 *people*"), the noun the figure quantifies ("a
  *distance* of 85 km", "the death *toll* rose to 52") and the predicate that says what happened to it
  ("people *were evacuated*", "*killed* 50 people");
* its role, when the predicate or noun belongs to a category of outcomes (killed, injured, arrested,
  evacuated, missing): two figures of different roles never measure the same thing;
* the reference point of a distance ("*from the border*");
* the group or place it is restricted to ("*Orvian* civilians", "cases *in the province*"), and whether it is
  part of a total ("*including* 12 children");
* its frame: reported as done, or demanded, offered, agreed or planned (the governing verbs);
* whether it is background: about another time than the event ("in 2004", "last year", "a year"; read
  by :mod:`.figure_time`), and whether the text says it was updated ("rose to", "revised");
* what an amount of money pays for, and the unit of time a rate is given per (:mod:`.amounts`).

Without a model (``nlp=None``) only the annotation's own counted noun is used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from parallax.model import Claim, Quantity
from parallax.story.compare.lexicon import (
    CHANGE_WORDS,
    CIRCUMSTANCE_MARKERS,
    FRAME_WORDS,
    GROUP_FORMS,
    OUTCOME_PHRASES,
    PART_WORDS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    ROLE_WORDS,
    SUBSET_MODIFIERS,
    THING_CLASSES,
    TIME_UNITS,
    group_name,
)

__all__ = [
    "GENERIC_VERBS",
    "WINDOW_WORDS",
    "WORLD_SCOPES",
    "FigureMeasure",
    "listed_items",
    "place_key",
    "places",
    "read_measure",
]
from parallax.story.compare.amounts import purpose, rate_unit
from parallax.story.compare.figure_parses import offset_in_claim
from parallax.story.compare.figure_shapes import counted_in_a_list, duration_event, multiplier
from parallax.story.compare.figure_time import since_phrase, time_reading
from parallax.story.compare.figure_wholes import Whole, share_whole
from parallax.story.compare.holders import doer as doer_of
from parallax.story.compare.holders import holder as holder_of
from parallax.story.compare.polls import about_a_poll, makers
from parallax.story.compare.suppositions import supposed
from parallax.story.entities import consonants, fold_name
from parallax.story.text_features import content_stems

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words either side of a figure that stand for its measure when there is no parse.
FALLBACK_WINDOW = 6
_FUTURE_MODALS = frozenset({"will", "would", "shall", "should", "must", "'ll"})
_HEDGE_WORDS = frozenset("more less fewer than about some over nearly almost at up around roughly".split())
# Endings of words for nationalities and peoples ("Veltish", "Orvian", "Kessanese", "Tarani").
_DEMONYM_ENDINGS = ("ish", "ian", "ese", "an", "i", "ic")
_OUTCOME_PREPOSITIONS = frozenset({"in", "for", "among", "under", "into", "with"})
_SCOPE_PREPOSITIONS = frozenset({"in", "across", "among", "throughout", "outside", "within", "around"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NUMBER_NOUNS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"})
# A number written as a noun that modifies the counted noun ("as many as a dozen senators", "a
# hundred homes"): the noun after it is what is counted, not the number word.
_NUMBER_WORDS = frozenset({"dozen", "score", "hundred", "thousand", "million", "billion", "trillion"})
# Adverbs that set the scope of a figure ("cases worldwide" against cases in one province).
_SCOPE_ADVERBS = frozenset(
    {"worldwide", "globally", "nationwide", "nationally", "internationally", "overall"}
)
# Scopes that name no group of people: a figure's extent over the world or a nation.
WORLD_SCOPES = _SCOPE_ADVERBS
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# Words that make a figure a sum over several things ("a combined 31 people", "40 in total").
_TOTAL_WORDS = frozenset({"combined", "total", "altogether", "cumulative", "cumulatively"})
# Words that make a length of time a window of it ("the first / last / next / past / final 13 weeks").
WINDOW_WORDS = frozenset({"first", "last", "next", "past", "final"})
# Verbs that say nothing of which thing a figure measures.
GENERIC_VERBS = frozenset("be have do say tell report add make get go come take give".split())
_GENERIC = GENERIC_VERBS | frozenset("other people person thing time way".split())


@dataclass
class FigureMeasure:
    """What one figure measures (see the module docstring)."""

    role: str | None = None
    thing: str | None = None
    words: frozenset[str] = frozenset()
    phrase: str = ""
    reference: str | None = None
    restriction: frozenset[str] = frozenset()
    scope: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    part: bool = False
    frame: str = "reported"
    background: bool = False
    # Placed by a span counted forward ("$40 billion over the next decade"): the story's own time, not
    # background, but a projection that one outlet alone gives is a forecast's detail, not shown alone.
    ahead: bool = False
    changed: bool = False
    ratio: bool = False
    # A sum over several things ("killed a combined 31 people", "a total of 40"): never a dispute with
    # one of them.
    total: bool = False
    # The figure is the object of a preposition other than "to"/"at" ("resulted in 46 of their contacts"):
    # a bare number there says nothing of what it counts.
    oblique: bool = False
    # A bare number whose counted noun the clause before gives ("22 Democrats backed it, and 35 favored ...").
    elided: bool = False
    # The start of the span a running count covers ("18,000 people *since July*", "13,000 *since Aug. 14*").
    since: frozenset[str] = frozenset()
    # The unit of time a rate is given per ("up to a dozen cases *a year*", "40,000 cars *a day*"): a rate
    # and a count are two measures.
    per: str | None = None
    # Whose measure it is, by name ("the Clintons' rate", "Bush paid a rate of 36 percent"): see
    # :mod:`.holders`.
    holder: frozenset[str] = frozenset()
    # Who does what the figure is the object of, by kind: "person" ("he raised $5.7 million") or
    # "organisation" ("the group raised $4 million"); see :func:`.holders.doer`.
    doer: str | None = None
    # A count inside a preposition of a noun that a part word includes ("including votes on nearly 50
    # amendments"): no part, but a detail, not shown when only one outlet gives it.
    included: bool = False
    # A length of time written as a window ("the *first* 13 weeks", "over the *past* two days"): a span of
    # time, not a measure of a thing; never a dispute with a plain length of another value.
    window: bool = False
    # The whole a share is of ("73 percent *of the votes cast*", "four in 10 *voters*"): see
    # :mod:`.figure_wholes`; None for a share that names none and for every other figure.
    whole: Whole | None = None
    # Said of a supposition ("would then need to win 55 percent if ...", "in that scenario ... might make the
    # threshold 15 states"): see :mod:`.suppositions`; it may agree, never make a dispute.
    supposed: bool = False
    # The makers of the poll the figure's sentence names ("a *Quinnipiac University* poll"), and whether the
    # sentence is about a poll at all (a sample, a margin of error): see :mod:`.polls`.
    poll: frozenset[str] = frozenset()
    polled: bool = False
    # What a count names after a colon or a dash that follows its noun ("three pillars — ensuring
    # American strength; ...", "three principles: American strength, ..."): the lemmas of the items it
    # counts, so that two outlets listing the same items count one thing (see :func:`listed_items`).
    listed: frozenset[str] = frozenset()
    # How well ``phrase`` names the measure (see :func:`readability`).
    readable: int = 0
    weights: dict[str, float] = field(default_factory=dict)


def _figure_span(doc: Doc, claim: Claim, quantity: Quantity) -> list[Token]:
    """The tokens of the figure in the claim's parse."""
    at = offset_in_claim(claim, quantity.start, quantity.text)
    if at < 0:
        return []
    end = at + len(quantity.text)
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > at]


def _window(doc: Doc, tokens: Sequence[Token]) -> bool:
    """The figure is a length of time that a window word comes just before ("the first 13 weeks")."""
    before = tokens[0].i - 1
    return before >= 0 and doc[before].lower_ in WINDOW_WORDS


def _root(tokens: Sequence[Token]) -> Token:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _lemmas(token: Token) -> list[str]:
    """The token's lemma, and for a participle used as an adjective ("closed", "injured") its verb too."""
    lemma = _lemma(token)
    if token.pos_ == "ADJ" and lemma.endswith("ed") and len(lemma) > 4:
        return [lemma, lemma[:-1], lemma[:-2]]
    return [lemma]


def _role_of(lemmas: Iterable[str]) -> str | None:
    lemmas = list(lemmas)
    for noun, verbs, role in OUTCOME_PHRASES:
        if noun in lemmas and verbs & set(lemmas):
            return role
    for lemma in lemmas:
        for role, members in ROLE_WORDS.items():
            if lemma in members:
                return role
    return None


def _frame_of(token: Token) -> str:
    """The frame of the first governing word of a frame category, climbing from the figure to the root.

    An infinitive of purpose attached to a noun ("an offensive *to keep* them 40 km away") is a wish. A
    figure that is (in) the active subject of a frame verb counts who wishes ("six in 10 voters *wanted*"):
    that verb frames nothing of it. A relative clause, or a clause of reason or time
    (:data:`.lexicon.CIRCUMSTANCE_MARKERS`: "because", "after"), has its own frame.
    """
    came_from: Token | None = None
    for ancestor in [token, *token.ancestors]:
        lemma = _lemma(ancestor)
        related = [lemma] + [_lemma(c) for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
        # The figure counts who wants or offers ("six in 10 voters wanted an outsider", "40 firms offered
        # bids"): the active subject of the frame verb is a reported count, not a demanded or offered value.
        wisher = came_from is not None and came_from.dep_ == "nsubj" and came_from.head.i == ancestor.i
        came_from = ancestor
        for frame, members in FRAME_WORDS.items():
            if not wisher and any(word in members for word in related):
                if ancestor.pos_ == "NOUN" and ancestor.dep_ in ("dobj", "appos"):
                    # "offered Democrats a deal", "demanded an agreement": the verb's frame, if it has one
                    verb = next((a for a in ancestor.ancestors if a.pos_ == "VERB"), None)
                    if verb is not None:
                        governing = next(
                            (f for f, words in FRAME_WORDS.items() if _lemma(verb) in words), None
                        )
                        if governing is not None:
                            return governing
                return frame
        if ancestor.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in ancestor.children
        ):
            return "planned"
        if ancestor.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in ancestor.children):
            return "demanded"
        if ancestor.dep_ in ("relcl", "acl"):
            break  # a relative clause has its own frame: "the bridge, which carries 40,000 a day, will close"
        if ancestor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKERS for c in ancestor.children
        ):
            break  # so has a clause of reason or time: "they want a new vote because 12 members left"
    return "reported"


def fronted_partitive(root: Token, noun: Token | None) -> bool:
    """The figure is the subject of a clause that an "of" phrase opens, naming a group or an amount given
    before ("*Of that*, $3 billion could be diverted", "*Of those*, 12 were children", "*Of the 40 people
    killed*, 12 were children"): a part of that total, not the whole. The "of" phrase must come before the
    subject and name something known (a pronoun, or a noun with a determiner or a number)."""
    subject = root
    if root.dep_ not in ("nsubj", "nsubjpass") and noun is not None and root.head.i == noun.i:
        subject = noun  # "Of those, 12 children were released": the counted noun is the subject
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for prep in subject.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i >= subject.i:
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if any(
            o.pos_ in ("PRON", "NUM") or any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
            for o in objects
        ):
            return True
    return False


def _compound_text(noun: Token, with_article: bool = False, figure: frozenset[int] = frozenset()) -> str:
    """The noun with its compounds, adjectives and possessor as written ("death toll", "Orvian civilians",
    "the Orvian border", "Orvia's border"), without the figure's own tokens ("two-day summit": "summit")."""
    kept = ("compound", "amod", "poss", "case", "det") if with_article else ("compound", "amod")
    parts = [c for c in noun.children if c.dep_ in kept and c.i < noun.i and c.pos_ != "NUM"]
    start = min(
        [noun.i, *(min(t.i for t in c.subtree) if c.dep_ in ("compound", "poss") else c.i for c in parts)]
    )
    skip = ("NUM", "PUNCT", "SYM") if with_article else ("NUM", "DET", "PUNCT", "SYM")
    kept_tokens = [t for t in noun.doc[start : noun.i + 1] if t.pos_ not in skip and t.i not in figure]
    return "".join(t.text_with_ws for t in kept_tokens).strip()


def _is_unit_word(token: Token, quantity: Quantity) -> bool:
    """The token is the figure's unit as written. In a frequency ("1,400 deaths a year") only the period
    is: the noun the number counts is what is measured."""
    if quantity.kind == "frequency" and _lemma(token) not in TIME_UNITS:
        return False
    return (
        token.pos_ in ("NOUN", "PROPN", "SYM", "X")
        and token.text.lower() in quantity.text.lower()
        and (quantity.kind not in (None, "count"))
    )


# The prepositions that set a number against another ("compared to 47", "compared with 47", "up from 9").
_AGAINST = frozenset({"to", "with", "from"})


def _changed_from(number: Token) -> Token | None:
    """The plural noun a count starts from when ``number`` (the object of "to") ends the change: the object of
    the nearest "from" before it, at most twelve tokens back, counted by a number of its own, with the "to"
    inside the phrase that "from" hangs on (so "from" and "to" bound one change); not a unit of time ("from
    seven weeks to eight" is a length)."""
    to = number.head
    doc = number.doc
    for t in reversed(doc[max(0, to.i - 12) : to.i]):
        if t.lower_ != "from" or t.dep_ != "prep":
            continue
        noun = next((c for c in t.children if c.dep_ == "pobj"), None)
        if (
            noun is None
            or noun.pos_ != "NOUN"
            or noun.tag_ != "NNS"
            or _lemma(noun) in TIME_UNITS  # "from seven weeks to eight": a length, not a count of weeks
            or not any(g.dep_ == "nummod" and g.pos_ == "NUM" for g in noun.children)
            or t.head not in to.ancestors
        ):
            return None
        return noun
    return None


def read_measure(
    doc: Doc, claim: Claim, quantity: Quantity, published: str | None, own_time: str | None = None
) -> FigureMeasure:
    """What the figure ``quantity`` of ``claim`` measures, from the parse ``doc`` of the claim's text.

    ``published`` is the article's date; ``own_time`` stands for it when it is unknown (the latest date
    the article mentions)."""
    tokens = _figure_span(doc, claim, quantity)
    if not tokens:
        return fallback_measure(quantity)
    root = _root(tokens)
    noun: Token | None = None
    of_object = next(
        (
            o
            for c in root.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    partitive = False
    if (root.lower_ in _NUMBER_NOUNS or root.pos_ == "NUM") and of_object is not None:
        noun = of_object  # "millions of people", "three of those companies"
        # "three of those companies", "two of the victims", "three of them": a part of a group named before.
        partitive = of_object.pos_ == "PRON" or any(c.dep_ in ("det", "poss") for c in of_object.children)
    elif (
        _lemma(root) in _NUMBER_WORDS
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i > root.i
        and root.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod")
    ):
        noun = root.head  # "as many as a dozen senators": the senators, not the dozen
    elif root.pos_ in ("NOUN", "PROPN") and not _is_unit_word(root, quantity):
        noun = root  # "1,200 people"
    elif root.head.pos_ in ("NOUN", "PROPN") and root.dep_ in (
        "nummod",
        "compound",
        "amod",
        "quantmod",
        "npadvmod",
        "nmod",
    ):
        noun = root.head  # "a 12 percent pay rise", "a three-day conference"
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "a three-day trade fair": the fair, not the trade
    elif root.head.dep_ == "prep" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head.head  # "a distance of 85 km", "a toll of 50"
    elif root.dep_ == "nsubj" and _lemma(root.head) == "be":
        # "$1.1 million is the estimated cost of the reading": the predicate noun names the measure.
        noun = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    elif (
        root.dep_ == "attr"
        and _lemma(root.head) == "be"
        and quantity.kind not in (None, "number", "count", "age")
    ):
        # "his average tax rate was 36 percent", "the cost was $5 million": the subject a figure with a unit
        # is stated of names the measure, as "a rate of 36 percent" does (a common noun; not a bare number:
        # "the skipper was 31" is an age).
        noun = next(
            (c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None
        )
    # A bare number whose noun is left out because the clause before gives it ("22 Democrats backed the
    # first bill, and 35 favored the second"): it counts that noun.
    elided = False
    if (
        noun is None
        and root.pos_ == "NUM"
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.dep_ == "conj"
    ):
        noun = next(
            (
                c
                for c in root.head.head.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ in ("NOUN", "PROPN")
                and any(g.dep_ == "nummod" for g in c.children)
            ),
            None,
        )
        elided = noun is not None
    # A bare number set against a count of the clause it hangs on ("six arrests on Monday, compared to
    # 47 the night before", "12 deaths this year, up from 9"): it counts that count's noun.
    if noun is None and root.pos_ == "NUM" and root.dep_ == "pobj" and root.head.lower_ in _AGAINST:
        marker = root.head.head
        if _lemma(marker) == "compare" or (marker.lower_ in ("up", "down") and root.head.lower_ == "from"):
            noun = next(
                (
                    t
                    for t in reversed(list(marker.head.subtree))
                    if t.i < marker.i
                    and t.pos_ == "NOUN"
                    and any(g.dep_ == "nummod" and g.pos_ == "NUM" for g in t.children)
                ),
                None,
            )
            elided = noun is not None
    # The end of a change from a count ("cut its schedule from 12 daily flights to eight", "narrowed the
    # plan from the five pads requested to three"): the bare number after "to" counts the noun "from" counted.
    if noun is None and root.pos_ == "NUM" and root.dep_ == "pobj" and root.head.lower_ == "to":
        noun = _changed_from(root)
        elided = noun is not None
    # A length of time measures an event: "two days of talks", "for three months had refused", "took
    # three months to answer", "the strike lasted a week".
    duration = quantity.kind == "duration" or _lemma(root) in TIME_UNITS
    event_verb: Token | None = None
    if duration and noun is None:
        noun, event_verb = duration_event(root, of_object)
    # The predicate: the nearest verb or predicative adjective above the figure.
    verb: Token | None = event_verb
    for ancestor in (root if elided else (noun or root)).ancestors if verb is None else ():
        if ancestor.pos_ in ("VERB", "AUX", "ADJ") and ancestor.dep_ != "amod":
            verb = ancestor
            break
    subject = None
    if verb is not None:
        holder = verb
        while holder.dep_ in ("acomp", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in holder.children
        ):
            holder = holder.head  # "the bridge would remain closed": the subject of "remain"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ == "PRON":
            subject = verb.head if verb.dep_ == "relcl" else None  # "the pandemic that killed ..."
    if (
        verb is not None
        and _lemma(verb) in ("have", "be", "need", "get", "remain", "stay")
        and (noun is not None or subject is not None)
    ):
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), verb)
    figure_noun = noun is not None
    if noun is None and verb is not None:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in {t.i for t in tokens}), None)
        if root.head.dep_ == "prep" and root.head.lower_ == "at" and obj is not None:
            noun = obj  # "puts the cost of repairs at 5 million euros"
        elif not duration:
            noun = subject  # "the death toll rose to 52": the predicate's subject
    described = [t for t in (noun, verb) if t is not None]
    extra: list[Token] = []
    if noun is not None:
        extra += [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ in _CONTENT_POS]
        if figure_noun:
            extra += [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "people killed"
        extra += [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"]  # "50 dead"
        if figure_noun and duration:
            # "a two-year extension of tax cuts", "a 13-month extension of unemployment insurance": what the
            # event a length of time measures is of names which event it is.
            extra += [
                o
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i not in {t.i for t in tokens}
            ]
    if verb is not None:
        extra += [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "acomp", "oprd", "prt") and c.i not in {t.i for t in tokens}
        ]
    for token in [root, *(t for t in described)]:
        for child in token.children:
            if child.dep_ == "amod" and child.pos_ == "ADJ" and child.i not in {t.i for t in tokens}:
                extra.append(child)
    lemmas = [
        w for t in [*described, *extra] if t.pos_ in _CONTENT_POS or t.dep_ == "prt" for w in _lemmas(t)
    ]
    words = frozenset(w for w in lemmas if w not in _GENERIC and len(w) > 2) | frozenset(
        w.lower() for w in (quantity.counted or "").split() if len(w) > 2 and w.lower() not in _GENERIC
    )
    if quantity.kind == "money":
        # What an amount pays for ("$5 billion for the wall", "spend billions of dollars on a wall"): the
        # outlets' one measure however each names the amount ("demand", "funding", "appropriate").
        words |= purpose(root, of_object, verb)
    # A distance's reference point, the figure's restriction, part of a total, and its time.
    reference: str | None = None
    restriction: set[str] = set()
    scope: set[str] = set()
    heads = [root, *described]
    if noun is not None and figure_noun:
        # "3,248 cases reported worldwide between 2010 and 2015": the participle dates and places the count
        # (but not "the levee, built in 1998, is 4 metres high": there the noun is not what is counted).
        heads += [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    if root.head.dep_ == "prep" and root.head.lower_ == "from" and quantity.kind in ("distance", "length"):
        # "about 70 kilometers from the border": the figure hangs on the preposition itself.
        objects = [c for c in root.head.children if c.dep_ == "pobj"]
        if objects:
            reference = _compound_text(objects[0], with_article=True)
    scope_heads = [*heads, *(a for a in (verb or root).ancestors if a.pos_ in ("VERB", "AUX"))][
        : len(heads) + 2
    ]
    for head in scope_heads:
        for child in head.children:
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                # "85 km from the border", "within 10 km of the frontier" (not "a detour of 14 km").
                if (
                    (child.lower_ == "from" or (child.lower_ == "of" and head is root))
                    and quantity.kind in ("distance", "length")
                    and objects
                ):
                    reference = _compound_text(objects[0], with_article=True)
                if child.lower_ in _SCOPE_PREPOSITIONS and objects:
                    obj = objects[0]
                    if obj.ent_type_ in ("GPE", "LOC", "NORP", "FAC") or (
                        obj.pos_ == "PROPN" and not obj.ent_type_
                    ):
                        restriction.add(group_name(_lemma(obj)))
                        if obj.ent_type_ == "NORP":
                            scope.add(group_name(_lemma(obj)))  # "among Veltish tourists"
                    elif _lemma(obj) in PLACE_NOUNS and (place := _named_place(obj)):
                        restriction.add(place)  # "in the Harvel district of Tarsa": Harvel
                    elif _lemma(obj) in ("world", "globe"):
                        restriction.add("worldwide")
                        scope.add("worldwide")
            if head is verb and child.dep_ in ("nsubj", "nsubjpass") and child.ent_type_ in ("GPE", "NORP"):
                restriction.add(group_name(_lemma(child)))  # "China has experienced 26 cases"
            named_group = (
                noun is not None
                and head.i == noun.i
                and child.pos_ in ("PROPN", "ADJ")
                and child.text[:1].isupper()
                and not child.text.isupper()
                and child.lower_.endswith(_DEMONYM_ENDINGS)
            )  # "Nine Tarnish tourists": a nationality the model does not know, by its ending
            known_group = group_name(_lemma(child)) != _lemma(child)  # "GOP senators": a form of a party
            if child.dep_ in ("amod", "compound") and (
                child.ent_type_ in ("NORP", "GPE") or named_group or known_group
            ):
                restriction.add(group_name(_lemma(child)))
                scope.add(group_name(_lemma(child)))  # the group counted: "Veltish tourists", "U.S. troops"
            if child.dep_ == "advmod" and child.lower_ in _SCOPE_ADVERBS:
                restriction.add(child.lower_)
                scope.add(child.lower_)
    # The time the figure is about: time expressions attached to the figure, its noun, its predicate or
    # the predicates above it ("A year ago, NASA announced that nine companies were eligible").
    own = {t.i for t in tokens}
    published = published or own_time
    background, ahead = time_reading(doc, claim, tokens, root, verb, heads, noun, published, duration)
    part = partitive or (noun is not None and figure_noun and counted_in_a_list(noun))
    part = part or fronted_partitive(root, noun)
    if noun is not None and figure_noun and quantity.kind != "duration":
        # "two other patients", "five more companies", "the remaining 40 homes": not the whole count.
        numbers = [t for t in (*tokens, *noun.children) if t.pos_ == "NUM"]
        modifiers = [*noun.children, *root.children, *(c for t in numbers for c in t.children)]
        # "another dozen states", "another 16 states": a part beside a count given before.
        part = part or any(c.lower_ == "another" and c.dep_ in ("det", "quantmod") for c in modifiers)
        part = part or any(
            c.dep_ in ("amod", "advmod", "quantmod")
            and c.lower_ in SUBSET_MODIFIERS
            # "five more companies", not "more than five companies"
            and (c.lower_ != "more" or (c.i > 0 and c.doc[c.i - 1].pos_ == "NUM"))
            and not any(g.lower_ == "than" for g in c.children)
            for c in modifiers
        )
    included = False
    for ancestor in [root, *root.ancestors]:
        if ancestor.lower_ == "among" and root.head.i == ancestor.i:
            break  # "they were among four couples": the figure is the whole, not a part
        if _lemma(ancestor) in PART_WORDS and ancestor.i not in {t.i for t in tokens}:
            part = True
            break
        if ancestor.dep_ in ("ROOT", "ccomp"):
            break
        if ancestor.dep_ == "prep" and ancestor.lower_ not in ("of", "among") and ancestor.i != root.i:
            # "including votes on nearly 50 amendments": what is included is the noun the preposition
            # hangs on (the votes), not the count inside it; the count is a detail of what is included,
            # not shown when only one outlet gives it.
            included = any(_lemma(a) in PART_WORDS for a in ancestor.ancestors)
            break
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_lemma(o) in PART_WORDS for o in c.children)
        for c in root.children
    ):
        part = True
    total = any(
        c.lower_ in _TOTAL_WORDS
        for t in (root, *tokens, *([noun] if noun is not None else []))
        for c in t.children
    ) or (root.head.lower_ == "of" and root.head.head.lower_ == "total")
    # "10 times as many cases", "three times the size": a ratio, not an amount; but "expelled 1.7 million
    # times", "amended 27 times": how often something happened, a count.
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    times = (
        root if _lemma(root) == "time" else after if after is not None and after.lower_ == "times" else None
    )
    ratio = (after is not None and after.lower_ in ("fold", "-fold")) or (
        times is not None and multiplier(times)
    )
    # Updated: "the toll rose to 27", "climbed to", "was revised to"; not "the river rose 3 metres".
    changed = (
        root.head.dep_ == "prep" and root.head.lower_ == "to" and _lemma(root.head.head) in CHANGE_WORDS
    ) or any(_lemma(t) in ("revise", "update", "correct") for t in [root, *list(root.ancestors)[:3]])
    frame = _frame_of(root)
    # The predicate's circumstances name an outcome too: "in custody", "treated for injuries", "among
    # the dead" (and the figure there is a part of the dead).
    circumstances: list[str] = []
    if verb is not None:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OUTCOME_PREPOSITIONS):
            outcomes = [_lemma(o) for o in prep.children if o.dep_ == "pobj"]
            circumstances += outcomes
            counted = noun if noun is not None else root
            figure_is_subject = counted.head.i == verb.i and counted.dep_ in ("nsubj", "nsubjpass", "attr")
            if prep.lower_ == "among" and _role_of(outcomes) and figure_is_subject:
                part = True
    role = _role_of([*lemmas, *circumstances, *(w.lower() for w in (quantity.counted or "").split())])
    named = noun if figure_noun or not reference else None
    if named is None and duration and not reference and verb is not None and verb.tag_ in ("VBN", "JJ"):
        named = subject  # "mothers (were) held for three weeks": named by who, measured by the event
    phrase = _phrase(named, verb, reference, quantity, root, frozenset(own))
    return FigureMeasure(
        role=role,
        thing=_lemma(noun) if noun is not None and figure_noun else None,
        words=words,
        phrase=phrase,
        readable=readability(phrase, noun if figure_noun else None, verb, role),
        reference=reference,
        restriction=frozenset(restriction),
        scope=frozenset(scope),
        classes=thing_classes([_lemma(noun)] if noun is not None else [], words),
        part=part,
        frame=frame,
        background=background,
        ahead=ahead,
        changed=changed,
        ratio=ratio,
        total=total,
        oblique=root.dep_ == "pobj" and root.head.lower_ not in ("to", "at"),
        elided=elided,
        since=since_phrase(tokens),
        per=rate_unit([root, *described]) if not duration else None,
        holder=holder_of(noun, verb, root) if not duration else frozenset(),
        doer=doer_of(noun, verb, root),
        included=included,
        window=duration and _window(doc, tokens),
        whole=share_whole(tokens, quantity.text) if _is_share(quantity) else None,
        supposed=supposed(root),
        poll=makers(root.sent),
        polled=about_a_poll(root.sent),
        listed=listed_items(noun) if noun is not None and figure_noun else frozenset(),
    )


# Punctuation that opens a list of what a count counts ("three pillars — ...", "three principles: ...").
_LIST_OPENERS = frozenset({":", "—", "–", "--", "-"})


def listed_items(noun: Token) -> frozenset[str]:
    """The content lemmas of the list that follows a counted noun after a colon or a dash, to the end of its
    sentence ("three main pillars — ensuring American strength; protecting the economy": strength, economy,
    ...); empty when no colon or dash follows the noun."""
    after = noun.i + 1
    if after >= noun.sent.end or noun.doc[after].text not in _LIST_OPENERS:
        return frozenset()
    return frozenset(
        _lemma(t)
        for t in noun.doc[after + 1 : noun.sent.end]
        if t.pos_ in _CONTENT_POS and t.is_alpha and len(t.text) > 2 and _lemma(t) not in _GENERIC
    )


def _is_share(quantity: Quantity) -> bool:
    unit = quantity.normalized.unit if quantity.normalized is not None else quantity.unit
    return quantity.kind == "percent" or unit == "percent"


@lru_cache(maxsize=1 << 14)
def place_key(name: str) -> str:
    """One key for the spellings of a place's or people's name, as the entity resolver groups them
    (:func:`parallax.story.entities.fold_name`, then the :func:`~parallax.story.entities.consonants` of each
    word's inner letters as in the resolver's skeleton, q and k alike, the first and last letters kept):
    "Kaserta" and "Qaserta" restrict alike; the forms of one country or party (:func:`.lexicon.group_name`)
    and the scope adverbs are kept."""
    name = group_name(name)
    if name in GROUP_FORMS.values() or name in _SCOPE_ADVERBS or name == "worldwide":
        return name
    words = []
    for word in fold_name(name).replace("q", "k").split():
        inner = consonants(word[1:-1]) if len(word) > 3 else word[1:-1]
        words.append(word[:1] + inner + word[1:][-1:])
    return " ".join(words) or name


def places(names: Iterable[str]) -> frozenset[str]:
    """The keys (:func:`place_key`) of a figure's restriction or scope names, to compare two figures'."""
    return frozenset(place_key(n) for n in names)


def _named_place(noun: Token) -> str | None:
    """The name a place noun is given: a name before it ("the Harvel district", "the Harvel military base"),
    else the name after its "of" ("the town of Orvell"); the nearest name restricts most."""
    names = [
        c
        for c in noun.children
        if c.dep_ == "compound" and c.i < noun.i and (c.pos_ == "PROPN" or c.ent_type_ in _PLACE_LABELS)
    ]
    if not names:
        names = [
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in _PLACE_LABELS)
        ]
    if not names:
        return None
    name = names[-1] if names[-1].i < noun.i else names[0]
    return group_name(" ".join(t.text for t in name.subtree if t.pos_ == "PROPN" or t.i == name.i))


def thing_classes(things: Sequence[str], words: Iterable[str] = ()) -> frozenset[str]:
    """The classes of :data:`THING_CLASSES` of the measured thing and the measure's words."""
    every = {*things, *words}
    return frozenset(name for name, members in THING_CLASSES.items() if members & every)


def different_things(a: FigureMeasure, b: FigureMeasure) -> bool:
    """Both figures count a named thing, and not one thing: not the same noun, not nouns of one class, not
    both nouns for people, not one outcome ("dozens of arrests", "200 people arrested")."""
    if (
        (a.role and a.role == b.role)
        or not a.thing
        or not b.thing
        or a.thing == b.thing
        or thing_classes([a.thing]) & thing_classes([b.thing])
    ):
        return False
    return not (a.thing in PERSON_NOUNS and b.thing in PERSON_NOUNS)


def _phrase(
    noun: Token | None,
    verb: Token | None,
    reference: str | None,
    quantity: Quantity,
    root: Token,
    figure: frozenset[int] = frozenset(),
) -> str:
    """A readable name of the measure in the sentence's own words: 'people evacuated', 'distance from the
    northern frontier', 'kilometers from the border', 'death toll'."""
    thing = _compound_text(noun, figure=figure) if noun is not None else ""
    if reference and noun is None and _is_unit_word(root, quantity):
        thing = root.text  # "kilometers from the border"
    if not thing and quantity.counted:
        thing = quantity.counted
    predicate = ""
    # "people evacuated", "companies selected", "bridge closed"; not "commuters carries".
    if (
        verb is not None
        and _lemma(verb) not in _GENERIC
        and verb.pos_ in ("VERB", "ADJ")
        and (not thing or verb.tag_ in ("VBN", "JJ") or _role_of([_lemma(verb)]))
    ):
        predicate = verb.text
    if reference:
        return f"{thing or predicate or quantity.kind or 'distance'} from {reference}"
    if thing and predicate:
        return f"{thing} {predicate}"
    return thing or predicate or (quantity.kind or "figure")


def readability(phrase: str, noun: Token | None, verb: Token | None, role: str | None) -> int:
    """How well a phrase names its measure, to choose a group's name: a counted noun with a participle
    ("people killed", "suspects detained") first; a gerund ("people killing"), a hedge word ("more than
    injured") or a bare verb last."""
    words = phrase.lower().split()
    score = 2 if noun is not None else 0
    if verb is not None and verb.text in words:
        score += 1 if verb.tag_ in ("VBN", "VBD", "JJ") else -2 if verb.tag_ == "VBG" else 0
    named = [t for t in (noun, verb) if t is not None and t.text.lower() in words]
    named += [
        c for t in named for c in t.children if c.dep_ in ("compound", "amod") and c.text.lower() in words
    ]
    if role is not None and _role_of(w for t in named for w in _lemmas(t)):
        score += 1  # the phrase names the outcome
    if not words or words[0] in _HEDGE_WORDS:
        score -= 3
    return score


def fallback_measure(quantity: Quantity, claim: Claim | None = None) -> FigureMeasure:
    """The measure when there is no parse: the annotation's counted noun and the content words of the
    few words either side of the figure."""
    words = {w.lower() for w in (quantity.counted or "").split() if len(w) > 2}
    if claim is not None:
        at = max(0, quantity.start - claim.start)
        near = (
            claim.text[:at].split()[-FALLBACK_WINDOW:]
            + claim.text[at + len(quantity.text) :].split()[:FALLBACK_WINDOW]
        )
        words |= set(content_stems(" ".join(near)))
    return FigureMeasure(
        role=_role_of(words), words=frozenset(words), phrase=quantity.counted or (quantity.kind or "figure")
    )
