"""Figures across outlets: grouped by what they measure, then consensus, outliers and evolution.

Every comparable quantity of every claim is an item with its :class:`FigureMeasure`. Items are blocked
by canonical unit and clustered (average linkage) by what they measure: two items of different roles
(the dead and the injured), of different groups (of one nationality and another; worldwide and in one
country), wanted and offered, a part and its total, or close counts of two different things, never
join; otherwise the words of the measure (parse lemmas and classes of things, weighted by their rarity
in the block), the entities of the sentence and the closeness of the values decide, places and times
only weighing. A second pass (:mod:`.joining`) joins one measure that this split.

A group given by two or more sources is labelled by its values:

* ``agreement``: every source gives a value consistent with one value (within each figure's precision,
  hedges and conversions), or a clear majority (three or more sources, three quarters of them) does and
  the rest are ``outliers``;
* ``evolving``: the values differ, and the text says the figure changed ("rose to", "revised"), or a
  count of an outcome grows with publication time; values are listed in time order;
* ``disagreement``: otherwise.

One source giving two values (before and after, or two parts) is never a dispute by itself.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from parallax.model import Comparison, FigureRef, OutletValue
from parallax.story.compare.date_periods import join_written_periods
from parallax.story.compare.explain import (
    SourceNamer,
    carried_by,
    describe_quantity,
    listing,
    time_note,
    who_note,
)
from parallax.story.compare.figure_ages import age_range, different_people
from parallax.story.compare.figure_dates import DATE_UNIT, join_equal_dates
from parallax.story.compare.figure_ordinals import ORDINAL_UNIT
from parallax.story.compare.figure_times import TIME_UNIT, comparable_times
from parallax.story.compare.figure_wholes import same_whole
from parallax.story.compare.holders import different_doers, different_holders
from parallax.story.compare.joining import (
    SMALL_COUNT,
    first_fit_parts,
    join_split_measures,
    split_told_apart,
    split_unformed,
)
from parallax.story.compare.judging import judge_agree, judged_support, plain_majority
from parallax.story.compare.lexicon import ROLE_WORDS
from parallax.story.compare.measures import (
    GENERIC_VERBS,
    WINDOW_WORDS,
    FigureMeasure,
    different_things,
    places,
    thing_classes,
)
from parallax.story.compare.polls import one_poll
from parallax.story.compare.values import (
    MAJORITY_SHARE,
    MAJORITY_SOURCES,
    TALLY_UNIT,
    FigureItem,
    agree,
    centre,
    qualifier_kinds,
    support,
    vague,
)
from parallax.story.linkage import average_linkage
from parallax.story.text_features import jaccard

# Figure grouping (set on benchmarks/data/figures_dev.jsonl, see docs/bench/figures.md).
WORDS_WEIGHT = 0.5
ENTITY_WEIGHT = 0.1
VALUE_WEIGHT = 0.4
FIGURE_THRESHOLD = 0.3
# The words score of two figures of one role (the dead, the injured) whose words differ.
ROLE_WORDS_SCORE = 0.6
# Above this many figures of one unit in a story, figures are grouped in one greedy pass (cost ~ n x groups).
MAX_CLUSTERED_FIGURES = 150
_OUTCOMES = frozenset({"killed", "injured", "arrested", "evacuated", "rescued", "missing", "infected"})


def _closeness(a: FigureItem, b: FigureItem) -> float:
    """1 for equal values, falling with their ratio; vague amounts say nothing and small counts little."""
    if vague(a.quantity) or vague(b.quantity):
        return 0.0
    if a.unit == TALLY_UNIT:
        return 1.0 if agree(a, b) else 0.0  # a score is one pair: "251-174" is not near "264-161"

    def centre(item: FigureItem) -> float:
        high = item.high if math.isfinite(item.high) else item.low
        return (item.low + high) / 2 if item.low > 0 else high

    x, y = centre(a), centre(b)
    if x <= 0 or y <= 0:
        return 0.0
    ratio = min(x, y) / max(x, y)
    if a.unit == "count" and max(x, y) <= 10:
        # Equal small counts of one thing ("five companies") are telling; of different things, or
        # unequal, they say little.
        same_thing = a.measure.thing is not None and a.measure.thing == b.measure.thing
        return (1.0 if same_thing else 0.25) if agree(a, b) else ratio * 0.1
    return ratio


def _bound(item: FigureItem) -> bool:
    """The figure is written as a bound ("as much as $300 billion", "at least 50", "up to 40 km")."""
    return bool(qualifier_kinds(item.quantity.qualifier or "") & {"low", "high"})


def _apart(a: FigureItem, b: FigureItem) -> bool:
    """The two values differ by more than a factor of ten (a vague amount by its lowest value)."""
    x = a.low if vague(a.quantity) or not math.isfinite(a.high) else a.high
    y = b.low if vague(b.quantity) or not math.isfinite(b.high) else b.high
    return min(x, y) > 0 and max(x, y) > 10 * min(x, y)


def _folded(word: str) -> str:
    """The word without its accents: outlets write one name with and without them ("Calderón",
    "Calderon")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _measure_words(item: FigureItem) -> set[str]:
    """The words of a figure's measure (accents folded), its reference point's, and its classes of things
    ("~place")."""
    words = {_folded(w) for w in item.measure.words} | {f"~{name}" for name in item.measure.classes}
    if item.measure.reference:
        words |= {_folded(w.lower()) for w in item.measure.reference.split() if len(w) > 2}
    return words


def _words_vector(item: FigureItem, idf: Mapping[str, float]) -> dict[str, float]:
    words = _measure_words(item)
    vector = {w: idf.get(w, 0.0) for w in words}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def _reference_words(reference: str) -> set[str]:
    return {w.lower() for w in reference.split() if len(w) > 3}


def _date_similarity(a: FigureItem, b: FigureItem, va: Mapping[str, float], vb: Mapping[str, float]) -> float:
    """How likely two dates date one thing: they must share a word of what they date (equal dates of two
    events are common: "in December" the shooting, "in December" a speech), and two different dates
    must date the same head with one more word in common ("primaries held in May" and "held on April 30";
    not "the June 19 election" for a party post and "the November elections") near the story's own time
    (two years of a kind of event are two events)."""
    words = sum(v * vb.get(k, 0.0) for k, v in va.items())
    same = agree(a, b)
    if words == 0:
        return 0.0
    if not same and (
        a.measure.thing != b.measure.thing
        or len(a.measure.words & b.measure.words) < 2
        or a.measure.background
        or b.measure.background
    ):
        return 0.0
    score = WORDS_WEIGHT * words + ENTITY_WEIGHT * jaccard(a.entity_ids, b.entity_ids)
    score += VALUE_WEIGHT if same else 0.0
    if a.source == b.source:
        score *= 0.6 if same else 0.3
    return score


def similarity(a: FigureItem, b: FigureItem, va: Mapping[str, float], vb: Mapping[str, float]) -> float:
    """How likely two figures measure the same thing (0 when they cannot)."""
    if a.unit == DATE_UNIT:
        return _date_similarity(a, b, va, vb)
    if a.unit == TIME_UNIT:
        return _date_similarity(a, b, va, vb) if comparable_times(a, b) else 0.0
    ma, mb = a.measure, b.measure
    if a.unit == ORDINAL_UNIT and (not agree(a, b) or not _measure_words(a) & _measure_words(b)):
        # Two numbers of one series are two members of it ("the second-ranking" and "the third-ranking
        # Republican"); one number of two series ("a second surgery", "a second term") two things.
        return 0.0
    if ma.role and mb.role and ma.role != mb.role:
        return 0.0
    if (a.quantity.kind == "age") != (b.quantity.kind == "age"):
        return 0.0  # an age and a length of time ("then 32", "40 years ago")
    if a.quantity.kind == "age" and (
        not agree(a, b)
        or different_people(a.quantity, b.quantity)
        or age_range(a.quantity) != age_range(b.quantity)
    ):
        # Two ages are two people's more often than one person's age disputed; one age beside two names
        # is two people's ("Melin, 31", "Brandt, 31"); a range of ages ("between 12 and 16") is a limit,
        # not one person's age.
        return 0.0
    if different_holders(ma.holder, mb.holder):
        return 0.0  # one measure of two holders: "the Clintons' rate", "Jeb Bush's rate"
    if ma.scope and mb.scope and not places(ma.scope) & places(mb.scope):
        return 0.0  # two groups: of one nationality and another, worldwide and of one country
    if ma.since and mb.since and not ma.since & mb.since:
        return 0.0  # counts since two different starts ("18,000 since July", "13,000 since Aug. 14")
    if ma.per != mb.per and not agree(a, b):
        # a rate ("up to a dozen cases a year") and a count of other values ("two people diagnosed"); one
        # value with and without its unit of time ("40,000 a day", "40,000 on a weekday") is one measure
        return 0.0
    places_differ = bool(
        ma.restriction and mb.restriction and not places(ma.restriction) & places(mb.restriction)
    )
    if ma.frame != mb.frame and "reported" not in (ma.frame, mb.frame):
        return 0.0  # wanted and offered are two measures
    if (
        (ma.part or mb.part)
        and not agree(a, b)
        and (ma.part != mb.part or (ma.thing and mb.thing and ma.thing != mb.thing))
    ):
        return 0.0  # a part of a total and the total, or two different parts
    if (
        ma.window
        and mb.window
        and not agree(a, b)
        and not (_measure_words(a) & _measure_words(b)) - WINDOW_WORDS
    ):
        # Two windows of time that share no word of what happened in them but the window's own ("over the
        # last five days he has begun ...", "talk in the last 24 hours"): two spans, no measure in common.
        return 0.0
    if ma.window != mb.window and not agree(a, b):
        return 0.0  # "the first 13 weeks" of a span and "six weeks" of a measure: a window is no measure
    if ma.total != mb.total and not agree(a, b):
        return 0.0  # "a combined 31 people" and "10 dead" in one of the places it sums
    words = sum(v * vb.get(k, 0.0) for k, v in va.items())
    if ma.role and ma.role == mb.role:
        words = max(words, ROLE_WORDS_SCORE)
    if ma.reference and mb.reference and _reference_words(ma.reference) & _reference_words(mb.reference):
        words = max(words, 0.6)  # two distances from one reference point
    if words == 0 and a.unit == "count" and not agree(a, b) and different_things(ma, mb):
        return 0.0  # close counts of two things that share no word ("19 steps", "20 children killed")
    if (
        words == 0
        and a.unit == "count"
        and _counts_outcome(ma) != _counts_outcome(mb)
        and not (ma.role and mb.role)
        and different_things(ma, mb)
        and centre(a) != centre(b)
    ):
        # A count of an outcome named by its own noun and a plain count of another named thing that share
        # no word and agree only within a hedge ("47 arrests", "about 50 community leaders"): two measures.
        # One value under two nouns ("19 children dead", "19 schoolchildren") may still be one, and so may
        # a count of people the parse gave an outcome ("5,200 troops assisting the evacuation").
        return 0.0
    if words == 0 and not agree(a, b) and (_bound(a) or _bound(b)) and ma.words and mb.words:
        # A bound of one thing and a value of another that share no word of what they measure ("cut the
        # deficit by as much as $300 billion", "the $433 billion legislation"): tied by value alone.
        return 0.0
    entities = jaccard(a.entity_ids, b.entity_ids)
    score = WORDS_WEIGHT * words + ENTITY_WEIGHT * entities + VALUE_WEIGHT * _closeness(a, b)
    if ma.frame != mb.frame:
        # An expectation and a report may state one measure; a demand or an offer and a report do not.
        score *= 0.8 if {ma.frame, mb.frame} == {"planned", "reported"} else 0.4
    if ma.background != mb.background:
        # One value of one thing that one outlet's sentence dates to another time ("19 other states also
        # have similar policies" beside "in 1993") and another's does not is more likely one figure than
        # a background figure and the story's own; other values, things or small counts stay apart.
        same_figure = (
            a.source != b.source
            and agree(a, b)
            and ma.thing is not None
            and ma.thing == mb.thing
            and not (a.unit == "count" and min(a.low, b.low) <= SMALL_COUNT)
        )
        score *= 0.8 if same_figure else 0.4
    if places_differ:
        score *= 0.5  # in one place and in another, or a place and the region around it
    if a.source == b.source:
        # One article rarely gives two values for one thing: a second value is another measure, or an
        # earlier state ("nine companies last year, 14 now").
        score *= 0.6 if agree(a, b) else 0.3
    if _apart(a, b):
        score *= 0.3  # outlets rarely give one measure ten times apart
    if bool(ma.holder) != bool(mb.holder) and not agree(a, b):
        score *= 0.5  # "Lind paid a rate of 36 percent" and a couple's "31.55 percent": whose is unsaid
    if bool(ma.role) != bool(mb.role) and not agree(a, b):
        score *= 0.5  # "250 passengers saved" and "310 passengers" aboard: an outcome and a plain count
    if a.unit == "count" and max(a.low, b.low) <= 10 and not (ma.role or mb.role) and not agree(a, b):
        # "the two women" in one report, "five women" in another: small counts of one noun are more
        # often two subsets than one disputed count (the dead and the injured are told by their role).
        score *= 0.5
    return score


def _counts_outcome(measure: FigureMeasure) -> bool:
    """The figure counts an outcome by the outcome's own noun ("47 arrests", "12 deaths")."""
    return bool(measure.role) and measure.thing in ROLE_WORDS.get(measure.role or "", frozenset())


def cluster(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """Average-linkage clusters of the figures of one unit."""
    count = len(items)
    frequency: Counter[str] = Counter()
    vectors_words = [_words_vector(item, {}) for item in items]
    for item in items:
        frequency.update(_measure_words(item))
    idf = {k: math.log((count + 1) / (df + 0.5)) + 0.1 for k, df in frequency.items()}
    vectors_words = [_words_vector(item, idf) for item in items]
    if count > MAX_CLUSTERED_FIGURES:
        groups: list[tuple[int, list[FigureItem]]] = []
        for k, item in enumerate(items):
            best, best_score = None, FIGURE_THRESHOLD
            for first, group in groups:
                score = similarity(item, items[first], vectors_words[k], vectors_words[first])
                if score > best_score:
                    best, best_score = group, score
            if best is None:
                best = []
                groups.append((k, best))
            best.append(item)
        return [group for _, group in groups]
    sims = {
        (i, j): similarity(items[i], items[j], vectors_words[i], vectors_words[j])
        for i in range(count)
        for j in range(i + 1, count)
    }
    return [[items[i] for i in members] for members in average_linkage(count, sims, FIGURE_THRESHOLD)]


def _ref(item: FigureItem) -> FigureRef:
    return FigureRef(
        claim_id=item.claim.id, start=item.quantity.start, end=item.quantity.end, text=item.quantity.text
    )


def _values(items: Sequence[FigureItem], namer: SourceNamer, time_order: bool) -> list[OutletValue]:
    """One entry per source and value as written, each citing its figures."""
    by_key: dict[tuple[str, str], list[FigureItem]] = defaultdict(list)
    for item in items:
        by_key[(item.source, item.quantity.text.lower())].append(item)
    out: list[OutletValue] = []
    for (_, _), members in by_key.items():
        first = members[0]
        norm = first.quantity.normalized
        article_ids = sorted({m.claim.article_id for m in members})
        out.append(
            OutletValue(
                outlet=carried_by([namer.name(a) for a in article_ids]),
                value=first.quantity.text,
                low=norm.low if norm and norm.low is not None else (norm.value if norm else None),
                high=norm.high if norm and norm.high is not None else (norm.value if norm else None),
                unit=norm.unit if norm else None,
                published=first.published or None,
                article_ids=article_ids,
                figures=[_ref(m) for m in members],
            )
        )
    if time_order:
        out.sort(key=lambda v: (v.published or "", v.low or 0.0))
    return out


def _evolves(items: Sequence[FigureItem]) -> bool:
    """The text says the figure changed, or a count of an outcome changes with publication time: every
    two sources that differ were published at different times, and the values move one way (a toll
    rises, the missing fall as they are found)."""
    if any(item.measure.changed for item in items):
        return True
    if items[0].unit != "count" or not any(item.measure.role in _OUTCOMES for item in items):
        return False
    directions: set[bool] = set()
    for a in items:
        for b in items:
            if a.source == b.source or judge_agree(a, b) or a.low >= b.low:
                continue
            if not a.published or not b.published or a.published == b.published:
                return False
            directions.add(a.published < b.published)
    return len(directions) == 1


def _years(item: FigureItem) -> frozenset[str]:
    return frozenset(d.value[:4] for d in item.claim.dates if d.value and d.value[:4].isdigit())


def split_times(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """Figures of one measure at different times are different measures: when the values differ and the
    sentences of different sources name different years ("in 2019 a storm killed 85", "in 1998 ... 140"),
    the figures of each year are kept apart (figures that name no year stay with the largest group)."""
    sources = {i.source for i in items}
    if len(sources) < 2:
        return [list(items)]
    by_years: dict[frozenset[str], list[FigureItem]] = defaultdict(list)
    for item in items:
        by_years[_years(item)].append(item)
    dated = [years for years in by_years if years]
    if (
        len(dated) < 2
        or any(a & b for a in dated for b in dated if a is not b)
        or support(items)[1] == sources
    ):
        return [list(items)]
    groups = sorted((by_years[y] for y in dated), key=len, reverse=True)
    groups[0] = groups[0] + by_years.get(frozenset(), [])
    return groups


def split_vague(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """Orders of magnitude alone make no dispute: when every figure is vague ("scores", "several hundred")
    and they do not agree, each source's figures are kept apart (and, vague, not shown alone)."""
    sources = {i.source for i in items}
    if len(sources) < 2 or not all(vague(i.quantity) for i in items) or support(items)[1] == sources:
        return [list(items)]
    return [[i for i in items if i.source == source] for source in sorted(sources)]


def _person_name(counted: str | None) -> str | None:
    """The name an age is written beside ("Gerson Fuentes", "Kessel -": "Kessel"), else None."""
    words = (counted or "").strip(" -–—,").split()
    if not words or not all(w[:1].isupper() and w.replace(".", "").replace("'", "").isalpha() for w in words):
        return None
    return " ".join(words)


def measure_name(items: Sequence[FigureItem]) -> str:
    """The phrase of the group's figures that is best formed and commonest (as written in one); a group of
    ages is the age of the person most of its figures name ("age of Kessel"), else "age"."""
    if all(item.quantity.kind == "age" for item in items):
        names = Counter(name for item in items if (name := _person_name(item.quantity.counted)))
        return f"age of {names.most_common(1)[0][0]}" if names else "age"
    phrases = Counter(item.measure.phrase.lower() for item in items if item.measure.phrase)
    if not phrases:
        return "figure"
    readable = {item.measure.phrase.lower(): item.measure.readable for item in items if item.measure.phrase}
    top = max(phrases, key=lambda p: (readable[p] + phrases[p], phrases[p]))
    return next(item.measure.phrase for item in items if item.measure.phrase.lower() == top)


def _majority(items: Sequence[FigureItem], agreeing: set[str], sources: set[str]) -> bool:
    """A clear majority of the sources agree on one value (the others are outliers of an agreement)."""
    return (len(agreeing) >= MAJORITY_SOURCES and len(agreeing) >= MAJORITY_SHARE * len(sources)) or (
        # most sources state one value and the rest miss it by less than the grouping's tolerance
        # ("48-page", "48-page", "47-page"): an agreement with outliers, not a split
        plain_majority(items) and support(items)[1] == sources
    )


def split_wholes(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """Shares that would be shown as a dispute are kept apart by the whole each is a share of
    (:mod:`.figure_wholes`): "26 percent of Democrats" and "25 percent of likely Republican voters", or
    "half of voters" and a bare "40 percent", are two measures, not two outlets' values of one. Groups
    that agree, or whose values changed with time, are left as they are."""
    if all(i.measure.whole is None for i in items):
        return [list(items)]
    return _dispute_parts(items, lambda a, b: same_whole(a.measure.whole, b.measure.whole))


def _dispute_parts(
    items: Sequence[FigureItem], alike: Callable[[FigureItem, FigureItem], bool]
) -> list[list[FigureItem]]:
    """The figures of a would-be dispute parted so that each part's figures are all ``alike`` (a figure
    joins the first part it is alike with every figure of); a group of one source, one that agrees
    (whole or by a plain majority), or one whose values changed with time stays whole."""
    if not _would_dispute(items):
        return [list(items)]
    return first_fit_parts(items, alike)


def _would_dispute(items: Sequence[FigureItem]) -> bool:
    """The figures come from two or more sources that neither agree (whole or by a majority) nor changed
    with time: the group would be shown as a disagreement."""
    sources = {i.source for i in items}
    if len(sources) < 2:
        return False
    _, agreeing = judged_support(items)
    return not (agreeing == sources or _majority(items, agreeing, sources) or _evolves(items))


def split_suppositions(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """A figure of a supposition (:mod:`.suppositions`: "would then need to win 55 percent if ...") never
    makes a dispute: when a would-be dispute is one only because of such figures (the reported figures,
    with the supposed ones that agree with one of them, are no dispute), each source's other supposed
    figures are kept apart. A dispute the reported figures make by themselves is left whole."""
    if not any(i.measure.supposed for i in items) or not _would_dispute(items):
        return [list(items)]
    reported = [i for i in items if not i.measure.supposed]
    kept = reported + [
        i
        for i in items
        if i.measure.supposed and any(r.source != i.source and judge_agree(i, r) for r in reported)
    ]
    if _would_dispute(kept):
        return [list(items)]
    kept_ids = {id(k) for k in kept}
    apart: dict[str, list[FigureItem]] = defaultdict(list)
    for item in items:
        if id(item) not in kept_ids:
            apart[item.source].append(item)
    return [part for part in (kept, *apart.values()) if part]


def poll_keys(items: Sequence[FigureItem]) -> dict[str, frozenset[str]]:
    """Each article's polls: the makers of the polls its figures' sentences name (:mod:`.polls`)."""
    out: dict[str, set[str]] = defaultdict(set)
    for item in items:
        out[item.claim.article_id] |= item.measure.poll
    return {article: frozenset(names) for article, names in out.items()}


def _poll_of(item: FigureItem, polls: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The poll a figure belongs to: the one its sentence names by its makers; for a sentence about a poll
    that names none (a sample, a margin of error), the polls its article names, else the article's own;
    empty for a figure of no poll."""
    if item.measure.poll:
        return item.measure.poll
    if item.measure.polled:
        article = item.claim.article_id
        return polls.get(article) or frozenset({f"#{article}"})
    return frozenset()


def split_polls(items: Sequence[FigureItem], polls: Mapping[str, frozenset[str]]) -> list[list[FigureItem]]:
    """Figures of two polls are two measurements, not two outlets' values of one: a would-be dispute is
    parted so that no part holds figures of two polls (a figure of no poll goes with either). Groups that
    agree, or whose values changed with time, are left as they are."""
    if not any(item.measure.poll or item.measure.polled for item in items):
        return [list(items)]

    def alike(a: FigureItem, b: FigureItem) -> bool:
        pa, pb = _poll_of(a, polls), _poll_of(b, polls)
        return a.source == b.source or judge_agree(a, b) or not pa or not pb or one_poll(pa, pb)

    return _dispute_parts(items, alike)


def split_doers(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """What a person did and what an organisation did ("he raised $5.7 million", "the group raised $4
    million") are two holders' measures, not two outlets' values of one: a would-be dispute is parted so
    that no part holds both (:func:`.holders.doer`), when that ends it (no part is still a dispute; else the
    doers are not what the figures differ by, and the group is left whole). Groups that agree, or whose
    values changed with time, are left as they are."""
    if len({item.measure.doer for item in items} - {None}) < 2:
        return [list(items)]
    parts = _dispute_parts(
        items,
        lambda a, b: (
            a.source == b.source or judge_agree(a, b) or not different_doers(a.measure.doer, b.measure.doer)
        ),
    )
    return [list(items)] if any(_would_dispute(part) for part in parts) else parts


def _own_words(item: FigureItem) -> set[str]:
    """The measure's words (and classes) besides its counted thing and generic verbs."""
    thing = item.measure.thing
    own = {f"~{name}" for name in thing_classes([thing])} if thing else set()
    return {
        w
        for w in _measure_words(item)
        if w not in GENERIC_VERBS and w not in own and (thing is None or not w.startswith(thing))
    }


def _kind_words(item: FigureItem) -> frozenset[str] | None:
    """The words a counted noun is written with besides itself ("*electoral* votes", "*pledged*
    delegates"); None when the figure names no counted noun."""
    thing, counted = item.measure.thing, item.quantity.counted
    if not thing or not counted:
        return None
    return frozenset(w for w in counted.lower().split() if w.isalpha() and not w.startswith(thing))


def _counts_alike(a: FigureItem, b: FigureItem) -> bool:
    """Two figures of a would-be dispute count one thing: same value, one role, or a shared counted thing
    (by lemma, class or both people) written with the same modifiers or whose other words, when both
    have some, share one; or, for counts of which one names no thing, a shared measure word."""
    if a.source == b.source or judge_agree(a, b) or (a.measure.role and a.measure.role == b.measure.role):
        return True
    ta, tb = a.measure.thing, b.measure.thing
    wa, wb = _own_words(a), _own_words(b)
    if ta and tb:
        if different_things(a.measure, b.measure):
            # two nouns: alike when any word or class of one measure (its noun's too) is the other's
            return bool((_measure_words(a) & _measure_words(b)) - GENERIC_VERBS)
        # one noun of two kinds ("223 votes cast", "60 electoral votes"): the counted phrases' modifiers
        # differ and the measures share no other word
        ka, kb = _kind_words(a), _kind_words(b)
        return ka is None or kb is None or ka == kb or not (wa and wb) or bool(wa & wb)
    if (ta or tb) and a.unit == "count":
        return bool(wa & wb)
    return True


def split_things(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """Figures that would be shown as a dispute are kept apart when they count different things ("nine
    contests won" and "a 13-point lead"; "223 votes cast" and "60 electoral votes"): a figure joins the
    first part each of whose figures counts what it counts (:func:`_counts_alike`). Groups that agree, or
    whose values changed with time, are left as they are."""
    return _dispute_parts(items, _counts_alike)


def label(items: Sequence[FigureItem], namer: SourceNamer) -> Comparison:
    """One comparison of the figures of one measure."""
    claims = list({item.claim.id: item.claim for item in items}.values())
    article_ids = sorted({c.article_id for c in claims})
    sources = {item.source for item in items}
    measure = measure_name(items)
    frames = Counter(item.measure.frame for item in items)
    frame = frames.most_common(1)[0][0]
    background = sum(item.measure.background for item in items) * 2 > len(items)
    topic = measure + (f" ({frame})" if frame != "reported" else "") + (" (background)" if background else "")
    # Copies of one article count once: their values are listed under the source, named with the outlets
    # that carried it ("A (carried by A, B): 120"), never once per outlet.
    outlets: dict[str, list[str]] = defaultdict(list)
    for item in items:
        outlets[item.source].append(namer.name(item.claim.article_id))
    per_source: dict[str, list[str]] = defaultdict(list)
    for item in items:
        text = describe_quantity(item.quantity)
        name = carried_by(outlets[item.source])
        if text not in per_source[name]:
            per_source[name].append(text)
    shown = listing(list(per_source.items()))
    consensus: str | None = None
    outliers: list[FigureRef] = []
    time_order = False
    if len(sources) < 2:
        kind = "unique"
        ((only, texts),) = per_source.items()
        explanation = f"Only {only} gives this figure ({measure}): {', '.join(texts)}."
    else:
        # Grouped with a wide tolerance, judged by each figure's written precision (:mod:`.judging`).
        best, agreeing = judged_support(items)
        if agreeing == sources:
            kind = "agreement"
            consensus = best.quantity.text
            explanation = f"{len(sources)} sources agree on “{measure}”: {shown}." + who_note(
                claims, namer, True
            )
        elif _majority(items, agreeing, sources):
            kind = "agreement"
            consensus = best.quantity.text
            outliers = [_ref(i) for i in items if i.source not in agreeing]
            others = sorted({namer.name(i.claim.article_id) for i in items if i.source not in agreeing})
            explanation = (
                f"{len(agreeing)} of {len(sources)} sources agree on “{measure}” ({consensus}); "
                f"{', '.join(others)} differ: {shown}."
            )
        elif _evolves(items):
            kind = "evolving"
            time_order = True
            ordered = sorted(items, key=lambda i: (i.published, i.claim.article_id, i.quantity.start))
            steps = " → ".join(
                dict.fromkeys(
                    f"{describe_quantity(i.quantity)} ({namer.name(i.claim.article_id)}"
                    + (f", {i.published}" if i.published else "")
                    + ")"
                    for i in ordered
                )
            )
            explanation = f"“{measure}” changed as the story developed: {steps}."
        else:
            kind = "disagreement"
            explanation = (
                f"{len(sources)} sources give different figures for “{measure}”: {shown}."
                + who_note(claims, namer, False)
                + time_note(claims, namer)
            )
    return Comparison(
        kind=kind,
        topic=topic,
        measure=measure,
        claim_ids=[c.id for c in claims],
        article_ids=article_ids,
        outlets=sorted({namer.name(a) for a in article_ids}),
        speakers=sorted({c.speaker for c in claims if c.speaker}),
        explanation=explanation,
        figures=[_ref(i) for i in items],
        values=_values(items, namer, time_order),
        consensus=consensus,
        outliers=outliers,
        background=background,
    )


# Numbers written as only approximate by their words: "a couple of weeks", "a decade-plus".
_APPROXIMATE = re.compile(r"\bcouple\b|\w\s?-\s?plus\b", re.IGNORECASE)


def worth_showing_alone(items: Sequence[FigureItem]) -> bool:
    """A figure only one source gives is shown when it is the story's own, definite and about something:
    not background, not a projection over a span ahead, not vague ("thousands", "a couple of weeks"), not
    a small bare count ("two"), not a part of a total, not one person's age."""
    item = items[0]
    if item.unit in (DATE_UNIT, TIME_UNIT):
        return False  # a date or a time one outlet gives is no point of comparison
    if item.measure.background or item.measure.part or item.measure.included or vague(item.quantity):
        return False
    if item.measure.ahead:
        return False  # "$40 billion over the next decade" from one outlet: a forecast's detail
    if item.quantity.kind == "age":
        return False  # one person's age, told by one outlet: a detail, not a point where coverage differs
    if _APPROXIMATE.search(item.quantity.text):
        return False  # "a couple of months", "a decade-plus": no definite figure to set beside others
    if item.unit == "count" and item.high < 3 and not item.measure.role:
        return False
    return bool(item.measure.role or item.measure.words)


def compare_figures(items: Sequence[FigureItem], namer: SourceNamer) -> list[Comparison]:
    """Group the figures by what they measure, and label each group."""
    blocks: dict[str, list[FigureItem]] = defaultdict(list)
    for item in items:
        blocks[item.unit].append(item)
    comparisons: list[Comparison] = []
    polls = poll_keys(items)
    for unit, block in sorted(blocks.items()):
        if unit == DATE_UNIT:
            # Dates: grouped by what they date only (no value ties, no split by the years they name).
            joined = join_written_periods(join_equal_dates(cluster(block)))
            for group in (part for g in joined for part in split_unformed(g)):
                if len({i.source for i in group}) >= 2:
                    comparisons.append(label(group, namer))
            continue
        if unit == TIME_UNIT:
            # Clock times: grouped by what they time only; equal times of two things stay apart.
            for group in (part for g in cluster(block) for part in split_unformed(g)):
                if len({i.source for i in group}) >= 2:
                    comparisons.append(label(group, namer))
            continue
        joined = join_split_measures(cluster(block), block)
        groups = (
            p
            for g in joined
            for part in split_unformed(g)
            for told in (split_told_apart(part, block) if _would_dispute(part) else [part])
            for p in split_times(told)
        )
        for group in (
            piece
            for g in groups
            for part in split_vague(g)
            for reported in split_suppositions(part)
            for poll in split_polls(reported, polls)
            for held in split_doers(poll)
            for whole in split_wholes(held)
            for piece in split_things(whole)
        ):
            if len({i.source for i in group}) < 2 and not worth_showing_alone(group):
                continue
            comparisons.append(label(group, namer))
    return comparisons
