"""A second pass over the figure groups: one measure that the first pass split is joined again.

Outlets word one measure differently ("43 people died", "the death toll rose to 47", "Forty-seven lost
their lives"; "14 companies", "14 firms"), so the first pass (by the words of each figure) can leave
one measure in several groups. Two groups are joined when

* nothing keeps them apart: not two outcomes (the dead and the injured), not two groups of people (of
  one nationality and another);
* something ties them: the same outcome, the same measured thing (not a word as bare as "people"), or
  things of one class ("companies" and "providers"), or one value as written counted under two nouns
  of which one is a word of the other's measure (:func:`linked`: "two additional subpoenas",
  "subpoenaed two businesses"); for equal values (not small counts) of groups that name no thing, a
  word of their measures;
* and the join makes sense of the values: every figure states one value (then one outlet may give it
  twice, and one outlet's figure read as background, as a part or with an outcome or group the others
  do not name does not keep it apart); or, for groups from different sources read alike (one outcome,
  one group, both parts or neither, both background or neither, one frame), a clear majority agrees and
  the rest are outliers; or, for an outcome of the story's own event (the dead, the injured) in one
  place, the values form a well-formed dispute that no single source contradicts by giving both values
  as two figures.

One distinctive value that two groups both state joins them whatever frame the figures' verbs give it
("demanded $5.7 billion", "the $5.7 billion he sought", "offered ... for $5.7 billion"): groups from
different sources, or, for an amount that is not a count or a length of time, any two. Ages join
only ages, and never across two names (ages beside no name that agree join as one value does); counts since two different starts never join.

Values that agree within the grouping's tolerance but not as written (:mod:`.judging`: "$5.6 billion",
"$5.7 billion") join as a dispute only when a word of their measures ties them or both are written to three
significant digits; a tie by value alone across two different named things needs one value as written ("32
districts", "33 seats" stay apart). Two figures whose named holders differ never join (:mod:`.holders`).

Pairs are tried most-tied first; each join is checked again against the groups as joined so far.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from parallax.story.compare.figure_ages import age_range, different_people
from parallax.story.compare.holders import different_holders
from parallax.story.compare.judging import judge_agree, written_apart
from parallax.story.compare.lexicon import PERSON_NOUNS
from parallax.story.compare.measures import WORLD_SCOPES, different_things, places
from parallax.story.compare.values import (
    MAJORITY_SHARE,
    MAJORITY_SOURCES,
    FigureItem,
    agree,
    centre,
    support,
    vague,
)

# The tie of two groups that name no thing and share a word of their measure: enough to join equal
# values (not small counts, which many things share), never a dispute.
WEAK_TIE = 0.25
SMALL_COUNT = 10
# The tie of two groups from different sources whose figures all state one distinctive value (not a small
# count, not a vague amount) and that nothing keeps apart: outlets seldom give one such value for two
# different things of one story. Enough to join equal values, never a dispute (below WEAK_TIE).
VALUE_TIE = 0.2
# Values are bucketed on a log scale to find candidate pairs (two buckets per value: its own and the
# next, so that close values share one).
VALUE_BUCKETS_PER_DECADE = 40
# Units whose values many different things of one story share (counts; lengths of time in days).
_COMMON_UNITS = frozenset({"count", "day"})
# Things too general to tie two groups by themselves.
GENERAL_THINGS = frozenset(
    "people person other one number total figure time year day month percent thousand hundred".split()
    + "dollar euro".split()  # an amount's currency ("billions of dollars") is not what it measures
)


class Group:
    """A group of figures with what its figures measure, taken by majority."""

    def __init__(self, items: Sequence[FigureItem]) -> None:
        self.items = list(items)
        self.sources = {i.source for i in items}
        size = len(self.items)
        # The outcome its figures name, when they name one and no other.
        roles = {i.measure.role for i in items if i.measure.role}
        self.role = roles.pop() if len(roles) == 1 else None
        self.things = {i.measure.thing for i in items if i.measure.thing} - GENERAL_THINGS
        self.classes = set().union(*(i.measure.classes for i in items))
        self.words = set().union(*(i.measure.words for i in items))
        self.frame = Counter(i.measure.frame for i in items).most_common(1)[0][0]
        self.background = sum(i.measure.background for i in items) * 2 > size
        self.part = sum(i.measure.part for i in items) * 2 > size
        self.changed = any(i.measure.changed for i in items)
        self.age = any(i.quantity.kind == "age" for i in items)
        self.since = frozenset().union(*(i.measure.since for i in items))
        self.per = frozenset(i.measure.per for i in items)
        # Keyed by spelling (:func:`.measures.place_key`): "Kaserta" and "Qaserta" are one place.
        self.scope = places(frozenset().union(*(i.measure.scope for i in items)))
        self.places = places(frozenset().union(*(i.measure.restriction for i in items))) - self.scope
        # One distinctive value stated by every figure (see VALUE_TIE); "precise" when it is not round
        # (716, 42, 3,248: not 100, 2,000 or "two years"), so that outlets naming it as two things
        # ("the cut", "the raid") still state one measure.
        self.distinctive = _distinctive(self.items)
        self.precise = self.distinctive and all(_precise(i) for i in self.items)
        # Written to three or more significant digits ("$5,687.75", "$139 million"; not "56 percent"):
        # two such values near each other of things neither names are one measure misreported.
        self.exact = self.precise and all(_precise(i, 3) for i in self.items)
        # Ages written beside no name ("raise the age to 21", "a person under 21"): an age limit or one
        # person's age the story names elsewhere.
        self.unnamed_age = self.age and not any(i.quantity.counted for i in self.items)
        # The items its counts list after a colon or a dash (:attr:`.FigureMeasure.listed`).
        self.listed = set().union(*(i.measure.listed for i in items))

    def ties(self) -> set[str]:
        """What may tie this group to another (for finding candidate pairs)."""
        words = {f"word:{w}" for w in self.words} if not (self.role or self.things) else set()
        return (
            ({f"role:{self.role}"} if self.role else set())
            | {f"thing:{t}" for t in self.things}
            | {f"class:{c}" for c in self.classes}
            | words
            | ({f"value:{k}" for k in _value_buckets(self.items)} if self.distinctive else set())
            | ({"age:unnamed"} if self.unnamed_age else set())
            | ({f"link:{w}" for w in self.words | self.things} if self.things else set())
            | {f"list:{w}" for w in self.listed}
        )


def _distinctive(items: Sequence[FigureItem]) -> bool:
    """Every figure states one value that is neither vague ("dozens") nor a small count, and a count
    names what it counts (not "Tarvo Melin, 31": a bare number beside a name, often an age)."""
    if any(vague(i.quantity) or i.low <= 0 for i in items):
        return False
    if items[0].unit == "count" and (
        min(i.low for i in items) <= SMALL_COUNT
        or not all(i.measure.thing or i.measure.role or i.quantity.counted for i in items)
    ):
        return False
    return _all_agree(items)


def _precise(item: FigureItem, digits_needed: int = 2) -> bool:
    """The figure's value has two (``digits_needed``) or more significant digits (716, 42, 1.5 million;
    not 100 or 2,000)."""
    norm = item.quantity.normalized
    value = norm.value if norm is not None and norm.value is not None else None
    if value is None or value <= 0:
        return False
    digits = f"{value:.9g}".split("e")[0].replace(".", "").strip("0")
    return len(digits) >= digits_needed


def _value_buckets(items: Sequence[FigureItem]) -> set[int]:
    keys: set[int] = set()
    for item in items:
        bucket = math.floor(math.log10(centre(item)) * VALUE_BUCKETS_PER_DECADE)
        keys |= {bucket, bucket + 1}
    return keys


def tie(a: Group, b: Group) -> float:
    """How strongly two groups measure one thing (0: they must stay apart)."""
    if (a.role and b.role and a.role != b.role) or (a.scope and b.scope and a.scope != b.scope):
        return 0.0
    if a.since and b.since and not a.since & b.since:
        return 0.0  # counts since two different starts
    if any(different_holders(x.measure.holder, y.measure.holder) for x in a.items for y in b.items):
        return 0.0  # one measure of two holders
    if a.per != b.per and not _all_agree(a.items + b.items):
        return 0.0  # a rate per a unit of time and a count of other values
    if a.age != b.age or (
        a.age
        and any(
            different_people(x.quantity, y.quantity) or age_range(x.quantity) != age_range(y.quantity)
            for x in a.items
            for y in b.items
        )
    ):
        return 0.0  # an age and a length of time; ages beside two different names; a range and one age
    things = 1.0 if a.things & b.things else 0.5 if a.classes & b.classes else 0.0
    if not things and (linked(a, b) or same_list(a, b)):
        things = 0.5
    # One distinctive value stated by both groups, whatever frame each figure's verbs give it ("demanded
    # $5.7 billion", "the $5.7 billion he sought", "offered ... for $5.7 billion"): from different sources,
    # or, for an amount that is not a count or a length of time (money, a share, a distance), from any.
    values = (
        a.distinctive
        and b.distinctive
        and _all_agree(a.items + b.items)
        and (not a.sources & b.sources or (a.items[0].unit not in _COMMON_UNITS))
        and not _written_apart_by_a_source(a, b)
    )
    if not things and a.things and b.things and not (a.things <= PERSON_NOUNS and b.things <= PERSON_NOUNS):
        # two different things ("two main forms", "two patients"), whatever their outcome, unless they
        # state one precise value as written ("a $716 billion cut", "the $716 billion raid"; not "32
        # districts", "33 seats")
        one = values and a.precise and b.precise and _all_agree(a.items + b.items, judged=True)
        return VALUE_TIE if one else 0.0
    score = (1.0 if a.role and a.role == b.role else 0.0) + things
    if not score and not (a.role or b.role or a.things or b.things) and a.words & b.words:
        return WEAK_TIE  # no noun on either side, a word of the measure in common ("passed the screening")
    if not score and (values or (a.unnamed_age and b.unnamed_age and _all_agree(a.items + b.items))):
        return VALUE_TIE  # one value; or ages beside no name that agree ("to 21", "under 21")
    return score


def _written_apart_by_a_source(a: Group, b: Group) -> bool:
    """Some source writes the two groups' values as two different numbers (:func:`.judging.written_apart`,
    hedges aside: "more than 506,000 acres" for one monument, "close to 514,000 acres" for two together):
    that source tells them apart, so agreeing within hedges does not make them one value."""
    for source in a.sources & b.sources:
        mine_a = [i for i in a.items if i.source == source]
        mine_b = [i for i in b.items if i.source == source]
        if all(written_apart(x, y) for x in mine_a for y in mine_b):
            return True
    return False


def linked(a: Group, b: Group) -> bool:
    """One count under two nouns: groups from different sources that state one value as written, where one
    group's counted noun is a word of the other's measure ("two additional subpoenas" and "*subpoenaed*
    two of his businesses": one subpoena a business; "12 senators" and "twelve Republicans" beside
    "Republican senators")."""
    return (
        bool(a.things and b.things)
        and not a.sources & b.sources
        and bool(a.things & b.words or b.things & a.words)
        and _all_agree(a.items + b.items, judged=True)
    )


# Items two lists of what a count counts must share to be one list ("American strength", "the American
# economy", "moral clarity": american, strength, economy, moral, clarity).
LIST_WORDS_IN_COMMON = 3


def same_list(a: Group, b: Group) -> bool:
    """One count under two nouns whose figures list what they count alike: groups that state one value as
    written and whose lists after a colon or a dash share words ("three main pillars — ensuring American
    strength; protecting the American economy" and "three principles: 'American strength,' 'the
    protection of the American economy'")."""
    return len(a.listed & b.listed) >= LIST_WORDS_IN_COMMON and _all_agree(a.items + b.items, judged=True)


def _same_reading(a: Group, b: Group) -> bool:
    """Both groups read alike: from different sources, of one outcome and group of people, both parts or
    neither, both background or neither, in one frame."""
    return (
        not a.sources & b.sources
        and a.role == b.role
        and a.scope == b.scope
        and a.part == b.part
        and a.background == b.background
        and a.frame == b.frame
    )


def _told_apart(a: Group, b: Group, by_source: dict[str, list[FigureItem]]) -> bool:
    """Some source gives a value of each group as two figures of the role: two measures, not one."""
    value_a, _ = support(a.items)
    value_b, _ = support(b.items)
    for items in by_source.values():
        of_role = [i for i in items if i.measure.role == a.role]
        if any(agree(i, value_a) for i in of_role) and any(agree(i, value_b) for i in of_role):
            return True
    return False


def _apart(a: Group, b: Group) -> bool:
    """The groups' values lie more than ten times apart."""
    lows = [min(i.low for i in g.items) for g in (a, b)]
    highs = [max(i.high for i in g.items) for g in (a, b)]
    return min(lows) > 0 and max(lows) > 10 * min(highs)


def _all_agree(items: Sequence[FigureItem], judged: bool = False) -> bool:
    """Every two figures agree (not only each with one wide figure such as "hundreds"); ``judged``: as
    written (:func:`.judging.judge_agree`: "32" and "33" do not)."""
    agreeing = judge_agree if judged else agree
    distinct = list({(i.low, i.high): i for i in items}.values())
    return all(agreeing(x, y) for k, x in enumerate(distinct) for y in distinct[k + 1 :])


def _read_apart(a: Group, b: Group) -> bool:
    """Each group is one measure that two or more sources give alike, and the two are read as two stages
    of it: one background and one the story's own ("invested $1.1 billion last year" / "a $1.1 billion
    infusion last year", and "the final cost is expected to be $1 billion" / "expected to incur $1.07
    billion"). The parse errs on one figure more often than on every source alike. Frames alone do not
    part them: one sum demanded by two outlets' verbs and reported by two others' is one amount."""
    return (
        len(a.sources) >= 2
        and len(b.sources) >= 2
        and a.background != b.background
        and all(i.measure.background == a.background and i.measure.frame == a.frame for i in a.items)
        and all(i.measure.background == b.background and i.measure.frame == b.frame for i in b.items)
    )


def _small_counts_read_apart(a: Group, b: Group) -> bool:
    """Two groups of one small count under two different nouns (tied by the nouns' class or by one noun being
    a word of the other's measure, not by one noun or one outcome) of which one names a group of people
    (a party, a nationality, a force) that the other's figures do not and its sentences nowhere name ("two
    *Democratic* congressmen" and "two black senators"; "a retired four-star *Marine* general" and
    "four-star generals" of no force; but not "two *Orvian* compounds" and "two facilities used by Orvian
    diplomats"). Equal small counts are common; a class is too little to join them over such a
    difference."""
    if a.things & b.things or (a.role and a.role == b.role):
        return False
    scope_a, scope_b = a.scope - WORLD_SCOPES, b.scope - WORLD_SCOPES  # "worldwide" names no group of people
    # A group the other's sentences name too ("two Orvian compounds", "two facilities used by Orvian
    # diplomats") does not part them.
    return bool(scope_a - scope_b - _named_in(b)) or bool(scope_b - scope_a - _named_in(a))


def _named_in(group: Group) -> frozenset[str]:
    """The keys (:func:`.measures.places`) of the words of the group's sentences."""
    return places(w.strip(".,;:'\"()") for i in group.items for w in i.claim.text.lower().split())


def _window_against_length(items: Sequence[FigureItem]) -> bool:
    """A length of time written as a window and a plain length of another value (see
    :attr:`.FigureMeasure.window`)."""
    windows = [i for i in items if i.measure.window]
    lengths = [i for i in items if not i.measure.window]
    return any(not agree(w, x) for w in windows for x in lengths)


def joinable(a: Group, b: Group, by_source: dict[str, list[FigureItem]]) -> bool:
    """The values of the two groups make one measure (see the module docstring)."""
    merged = a.items + b.items
    if _window_against_length(merged):
        return False  # "the first 13 weeks" (a span of time) and "six weeks" (a measure) are no dispute
    if tie(a, b) <= VALUE_TIE and _read_apart(a, b):
        return False  # tied by a value alone, two measures each given alike by their sources
    if _all_agree(merged):
        # Every figure states one value: a source may give it twice, and one outlet's reading of it as
        # background, a part or a plan (the parse errs there more than outlets do) does not split it,
        # and one amount demanded by one outlet's verbs and offered or agreed by another's is one amount.
        # Tied by a word alone, not a small count.
        small = merged[0].unit == "count" and min(i.low for i in merged) <= SMALL_COUNT
        if small and (tie(a, b) <= WEAK_TIE or _small_counts_read_apart(a, b)):
            return False
        # Values that agree only within the grouping's tolerance ("$5.6 billion", "$5.7 billion") make a
        # dispute as written (:mod:`.judging`): tied by what they measure (a word at least), or by one
        # value written to three digits of things neither names ("$5,687.75", "$5,587.75").
        return _all_agree(merged, judged=True) or (a.exact and b.exact) or tie(a, b) >= WEAK_TIE
    if tie(a, b) <= WEAK_TIE:
        return False
    if not _same_reading(a, b):
        return False
    sources = a.sources | b.sources
    _, agreeing = support(merged)  # after the cheap refusals: support is quadratic in distinct values
    if len(agreeing) >= MAJORITY_SOURCES and len(agreeing) >= MAJORITY_SHARE * len(sources):
        return True
    own_outcome = a.role is not None and not a.background and a.frame == "reported"
    same_place = not (a.places and b.places and not a.places & b.places)
    # Two lone figures tied by their outcome alone, or ten times apart, are too little for a dispute.
    formed = len(a.sources) > 1 or len(b.sources) > 1 or tie(a, b) >= 2
    if not (own_outcome and same_place and formed) or _apart(a, b):
        return False
    return a.changed or b.changed or not _told_apart(a, b, by_source)


def join_split_measures(
    groups: Sequence[Sequence[FigureItem]], block: Sequence[FigureItem]
) -> list[list[FigureItem]]:
    """The groups of one unit with split measures joined (in the order of their first group)."""
    current = [Group(g) for g in groups]
    by_key: dict[str, list[int]] = defaultdict(list)
    for k, group in enumerate(current):
        for key in group.ties():
            by_key[key].append(k)
    pairs: dict[tuple[int, int], float] = {}
    for members in by_key.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) not in pairs:
                    pairs[(i, j)] = tie(current[i], current[j])
    by_source: dict[str, list[FigureItem]] = defaultdict(list)
    for item in block:
        by_source[item.source].append(item)
    parent = list(range(len(current)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for (i, j), score in sorted(pairs.items(), key=lambda p: (-p[1], p[0])):
        if score <= 0:
            break
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        a, b = current[ri], current[rj]
        if tie(a, b) > 0 and joinable(a, b, by_source):
            current[ri] = Group(a.items + b.items)
            parent[rj] = ri
    return [current[k].items for k in range(len(current)) if root(k) == k]


def formed_dispute(items: Sequence[FigureItem]) -> bool:
    """Figures whose values differ form a dispute, unless some source's figures say nothing of what they
    measure, or every source gives several different values
    (a list of different measures: "26 states ... 13 states" against "21 states ... 16 other states"), or
    every two figures of different sources and values count two different things ("50 Republicans", "60
    votes")."""
    by_source: dict[str, list[FigureItem]] = defaultdict(list)
    for item in items:
        by_source[item.source].append(item)
    if any(not any(_says_what(i) for i in members) for members in by_source.values()):
        return False  # a source whose figures say nothing of what they measure ("less than 60 days")
    if not any(i.measure.changed for i in items) and all(
        not _all_agree(members) for members in by_source.values()
    ):
        return False
    pairs = [
        (a, b)
        for k, a in enumerate(items)
        for b in items[k + 1 :]
        if a.source != b.source and not agree(a, b)
    ]
    return not pairs or not all(different_things(a.measure, b.measure) for a, b in pairs)


def _says_what(item: FigureItem) -> bool:
    """The figure's sentence says what it measures: an outcome, a thing, a reference point or words."""
    m = item.measure
    return bool(m.role or m.thing or m.reference or m.words)


def split_unformed(items: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """A group that would be a dispute but is no formed one (:func:`formed_dispute`), as groups of one
    value each; any other group as it is."""
    sources = {i.source for i in items}
    _, agreeing = support(items)
    settled = agreeing == sources or (
        len(agreeing) >= MAJORITY_SOURCES and len(agreeing) >= MAJORITY_SHARE * len(sources)
    )
    if len(sources) < 2 or settled or formed_dispute(items):
        return [list(items)]
    parts: list[list[FigureItem]] = []
    for item in items:
        home = next((p for p in parts if all(agree(item, other) for other in p)), None)
        if home is None:
            parts.append([item])
        else:
            home.append(item)
    return parts


def split_told_apart(items: Sequence[FigureItem], block: Sequence[FigureItem]) -> list[list[FigureItem]]:
    """A would-be dispute that one of its sources tells apart is two measures: when a source gives one value
    of the group and, in another group of the story, a figure of the other sources' value worded with the
    very same words ("reopen the government for *two* weeks", a rival proposal, beside "reopen the government
    for *three* weeks"), that source writes the two values as two things, not as a dispute with the others;
    the group is parted into its values. Any other group is left as it is."""
    sources = {i.source for i in items}
    if len(sources) < 2 or all(judge_agree(a, b) for k, a in enumerate(items) for b in items[k + 1 :]):
        return [list(items)]
    inside = {id(i) for i in items}
    for source in sorted(sources):
        mine = [i for i in items if i.source == source]
        theirs = [i for i in items if i.source != source and not any(judge_agree(i, m) for m in mine)]
        told = any(
            other.source == source
            and id(other) not in inside
            and other.measure.words
            and other.measure.words == m.measure.words
            and any(judge_agree(other, t) for t in theirs)
            for other in block
            for m in mine
        )
        if told:
            return first_fit_parts(items, judge_agree)
    return [list(items)]


def first_fit_parts(
    items: Sequence[FigureItem], alike: Callable[[FigureItem, FigureItem], bool]
) -> list[list[FigureItem]]:
    """The figures parted so that each part's figures are all ``alike``: a figure joins the first part it is
    alike with every figure of, else starts one."""
    parts: list[list[FigureItem]] = []
    for item in items:
        home = next((p for p in parts if all(alike(item, o) for o in p)), None)
        if home is None:
            parts.append([item])
        else:
            home.append(item)
    return parts


def one_time_per_fact(items: Sequence[FigureItem]) -> list[FigureItem]:
    """A source that states one fact twice gives it one time: a figure with the value, outcome and thing of
    a background figure of the same source ("two people were diagnosed last week") is background too
    ("Two people have been diagnosed", its headline). Parts and framed figures are left as read."""
    dated: dict[str, list[FigureItem]] = defaultdict(list)
    for item in items:
        if item.measure.background and not item.measure.part and item.measure.frame == "reported":
            dated[item.source].append(item)
    if not dated:
        return list(items)
    out: list[FigureItem] = []
    for item in items:
        m = item.measure
        if (
            not m.background
            and not m.part
            and not m.changed
            and m.frame == "reported"
            and (m.role or m.thing)
            and any(
                other.unit == item.unit
                and other.measure.role == m.role
                and other.measure.thing == m.thing
                and agree(other, item)
                for other in dated.get(item.source, ())
            )
        ):
            item = replace(item, measure=replace(m, background=True))
        out.append(item)
    return out
