"""Groups of dates after clustering: one date worded apart joined, another date of one source set apart.

Clustering groups dates by what they date (:func:`.figures.cluster`); three passes follow:

* **another date of one source** (:func:`split_lone_values`): one outlet rarely gives two dates for one
  thing. In a group of several values, a value that one source gives beside another value of its own,
  and that no other source of the group gives or nests with, is another date of the story the parse
  tied to this one ("18,000 since July and 13,000 since Aug. 14": the two starts of two counts), and is
  set apart, free to join the outlets that give it for its own event;
* **one date worded apart** (:func:`join_equal_dates`): groups that hold one date (or dates nested in
  one: "last September" and "Sept. 11" in one outlet) are joined when they hold the same date, unless a
  source gives that date itself in several groups (two things dated alike: "the shooting in December",
  "the speech in December"; a wider date of that source around it, "the 2027 enrollment" beside "until
  March 9, 2027", is another thing's date and does not count); then groups of different sources whose sentences name a common entity (one
  not named beside every group of that date) are joined, and a group of one other source alone, tied
  to none, joins the group most sources give, and a group of one source that group already holds joins
  it when the date is a day or a month and words beside it tie it to that source's own date there (an
  outlet telling its date again: "claims that protesters harassed councillors in March", "an incident
  in March when protesters shouted at councillors"; a "when" clause after the date counts to its end);
* **a finer date of a group's event** (:func:`join_finer_dates`, last): one source's dates within
  the one date of a group several sources give (a month with its year written in a year, a day in a
  month: "In August 2021, the last troops were pulled out" beside two outlets' "the 2021 withdrawal")
  joins that group when it dates the same named thing or kind of event (:func:`_same_thing`) and no
  other group of the story is such a partner; the group agrees at its coarser grain;
* **a date and a date within it** (:func:`join_nested_dates`, before and after the joins of equal dates):
  a lone date of one outlet and a lone date of another a grain finer within it ("his 2010 victory", "the
  election in January 2010") are one date when the words beside them tie them, or, whatever their words,
  when the two are the story's only dates in that year, the finer one a month with its year, and each
  dates a deed of its verb ("the crisis he inherited in 2010", "has served as governor since January
  2010"), not a noun it names an edition or a part of ("the 2016 elections", "a clearance in February
  2016": another thing of that year).

Equal values only: never a dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from parallax.story.compare.date_events import EVENT_CLASSES, FINER_EVENT_CLASSES
from parallax.story.compare.date_years import YEAR_WRITTEN
from parallax.story.compare.figure_parses import offset_in_claim
from parallax.story.compare.values import FigureItem
from parallax.story.text_features import STOP_WORDS, stem

Span = tuple[float, float]


def _span(item: FigureItem) -> Span:
    return item.low, item.high


def _nests(a: Span, b: Span) -> bool:
    """One span lies within the other."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _narrowest(group: Sequence[FigureItem]) -> Span | None:
    """The narrowest date of a group when every other date of it contains that one, else None."""
    spans = {_span(i) for i in group}
    narrow = min(spans, key=lambda s: s[1] - s[0])
    if all(s[0] <= narrow[0] and narrow[1] <= s[1] for s in spans):
        return narrow
    return None


def split_lone_values(groups: Sequence[Sequence[FigureItem]]) -> list[list[FigureItem]]:
    """Each group without the values a source gives beside another of its own and no other source of
    the group gives or nests with (see the module docstring); those are groups of their own."""
    out: list[list[FigureItem]] = []
    for group in groups:
        spans_by_source: dict[str, set[Span]] = defaultdict(set)
        for item in group:
            spans_by_source[item.source].add(_span(item))
        apart: set[tuple[str, Span]] = set()
        for source, spans in spans_by_source.items():
            if len(spans) < 2 or len(spans_by_source) < 2:
                continue
            others = {s for other, ss in spans_by_source.items() if other != source for s in ss}
            shared = {s for s in spans if any(_nests(s, o) for o in others)}
            if not shared:
                continue  # none of its dates is another source's: the group is not split on it
            apart |= {(source, s) for s in spans - shared if not any(_nests(s, t) for t in shared)}
        if not apart:
            out.append(list(group))
            continue
        out.append([i for i in group if (i.source, _span(i)) not in apart])
        for key in sorted(apart):
            out.append([i for i in group if (i.source, _span(i)) == key])
    return out


def _find(parent: list[int], k: int) -> int:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


def join_equal_dates(groups: Sequence[Sequence[FigureItem]]) -> list[list[FigureItem]]:
    """The groups after :func:`split_lone_values`, with groups of one date worded apart joined (see the
    module docstring)."""
    out = join_nested_dates(split_lone_values(groups))
    keys = [_narrowest(g) for g in out]
    mixed = {_span(i) for g, key in zip(out, keys, strict=True) if key is None for i in g}
    by_value: dict[Span, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        if key is not None and key not in mixed:
            by_value[key].append(k)
    parent = list(range(len(out)))
    for key, members in by_value.items():
        if len(members) < 2:
            continue
        homes: dict[str, set[int]] = defaultdict(set)
        for k in members:
            for item in out[k]:
                if _span(item) == key:  # the date itself, not a wider one of this source around it
                    homes[item.source].add(k)
        if len(homes) < 2:
            continue
        if all(len(h) == 1 for h in homes.values()):
            for k in members[1:]:
                parent[_find(parent, k)] = _find(parent, members[0])
            continue
        # A source gives the date in several groups: two things may be dated alike. Groups of different
        # sources that name a common entity join; then each group of one source alone, tied to none,
        # joins the group most sources give when that source is not in it (one outlet's wording: "the
        # 1973 case" beside "the 1973 decision" and "the 1973 precedent" of another outlet).
        sources = {k: {i.source for i in out[k]} for k in members}
        entities = {k: frozenset().union(*(i.entity_ids for i in out[k])) for k in members}
        # An entity named beside every group of the date ("Mexico" beside the years of two presidents)
        # ties none of them.
        common = frozenset.intersection(*entities.values())
        tied: set[int] = set()
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if not sources[a] & sources[b] and (entities[a] & entities[b]) - common:
                    parent[_find(parent, b)] = _find(parent, a)
                    tied |= {a, b}
        main = max(members, key=lambda k: (len(sources[k]), -k))
        given = set(sources[main])
        for k in members:
            if k != main and k not in tied and len(sources[k]) == 1 and not sources[k] & given:
                parent[_find(parent, k)] = _find(parent, main)
        if len(given) >= 2 and _grain(key) in ("day", "month"):
            # A group of one source that the group most sources give already holds: that source tells
            # its own date again, in words the date shares with its sentence there ("protesters harassed
            # councillors in March" / "an incident in March when protesters shouted at councillors"). Not
            # a year: an outlet dates many things of a story by one year.
            for k in members:
                if k == main or k in tied or len(sources[k]) != 1 or not sources[k] <= given:
                    continue
                (source,) = sources[k]
                own = frozenset().union(
                    *(
                        _near_words(i, clause=True)
                        for i in out[main]
                        if i.source == source and _span(i) == key
                    )
                )
                if own & frozenset().union(*(_near_words(i, clause=True) for i in out[k])):
                    parent[_find(parent, k)] = _find(parent, main)
    joined: dict[int, list[FigureItem]] = defaultdict(list)
    for k, group in enumerate(out):
        joined[_find(parent, k)].extend(group)
    return join_finer_dates(join_nested_dates(list(joined.values())))


# Words either side of a date among which a word ties it to another outlet's date within it.
TIE_WORDS = 8
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A relative clause after a date that tells what happened then, to its end.
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b[^.;:,]*")


def _grain(span: Span) -> str | None:
    """A date's granularity: "year", "month" or "day" (None for a range of another length)."""
    days = span[1] - span[0] + 1
    if days == 1:
        return "day"
    if 28 <= days <= 31:
        return "month"
    if 365 <= days <= 366:
        return "year"
    return None


_NESTED_GRAINS = frozenset({("year", "month"), ("month", "day")})


def _near_words(item: FigureItem, clause: bool = False) -> frozenset[str]:
    """The stems of the lowercase words (not stop words) within :data:`TIE_WORDS` words of a date in its
    sentence: what it is told beside, names left out. With ``clause``, a clause that tells what happened
    then ("an incident in March, when protesters shouted at councillors") counts to its end."""
    text = item.claim.text
    at = offset_in_claim(item.claim, item.quantity.start, item.quantity.text)
    if at < 0:
        return frozenset()
    before = _WORD.findall(text[:at])[-TIE_WORDS:]
    rest = text[at + len(item.quantity.text) :]
    told = _WHEN_CLAUSE.match(rest) if clause else None
    after = _WORD.findall(rest)[:TIE_WORDS]
    if told is not None and len(_WORD.findall(told.group(0))) > len(after):
        after = _WORD.findall(told.group(0))
    near = [w for w in before + after if w.islower() and w not in STOP_WORDS and len(w) > 2]
    classes = {
        f"class {name}"
        for name, members in EVENT_CLASSES.items()
        for w in near
        if w in members or stem(w) in members
    }
    return frozenset({stem(w) for w in near} | classes)


def _dates_a_deed(item: FigureItem) -> bool:
    """The date hangs on a verb ("inherited in 2010", "until 2017"), not on a noun it names an edition or a
    part of ("the 2016 elections", "a clearance in February 2016"): :func:`.figure_dates.read_date_measure`
    names such a measure "when ..."."""
    return item.measure.phrase.startswith("when ")


def _same_thing(a: FigureItem, b: FigureItem) -> bool:
    """Two dates are told of one named thing: a word or a class of what they date in common."""
    return bool(
        ({a.measure.thing} | a.measure.words) & ({b.measure.thing} | b.measure.words)
        or a.measure.classes & b.measure.classes
    )


def join_nested_dates(groups: Sequence[Sequence[FigureItem]]) -> list[list[FigureItem]]:
    """Groups of one source and one date joined with a group of one other source and one date that lies
    within it a grain finer (a year and a month of it, a month and a day of it: "his 2010 win", "the
    election in January 2010") when words beside the two dates tie them, and each is the other's only
    such partner; a month must write its year (a yearless month's year is a reading), and a month and a
    day must date one thing (two speeches in November). A year and a month of it whose words share
    nothing are one date when they are the story's only two dates in that year and each hangs on a verb
    (:func:`_dates_a_deed`). Nested values only: never a dispute."""
    out = [list(g) for g in groups]
    lone: dict[int, tuple[str, Span, str]] = {}
    for k, group in enumerate(out):
        if len(group) == 1 and (grain := _grain(_span(group[0]))) is not None:
            lone[k] = (group[0].source, _span(group[0]), grain)
    words = {k: frozenset().union(*(_near_words(i) for i in out[k])) for k in lone}
    spans = [_span(i) for g in out for i in g]
    partners: dict[int, set[int]] = defaultdict(set)
    for a, (source_a, span_a, grain_a) in lone.items():
        for b, (source_b, span_b, grain_b) in lone.items():
            if (
                source_a != source_b
                and span_a[0] <= span_b[0]
                and span_b[1] <= span_a[1]
                and (grain_b != "month" or YEAR_WRITTEN.search(out[b][0].quantity.text))
                and (
                    (
                        (grain_a, grain_b) in _NESTED_GRAINS
                        and words[a] & words[b]
                        and (grain_b != "day" or _same_thing(out[a][0], out[b][0]))
                    )
                    or (
                        (grain_a, grain_b) == ("year", "month")
                        and _dates_a_deed(out[a][0])
                        and _dates_a_deed(out[b][0])
                        and sum(_nests(span_a, s) for s in spans) == 2
                    )
                )
            ):
                partners[a].add(b)
                partners[b].add(a)
    parent = list(range(len(out)))
    for a, found in partners.items():
        if len(found) == 1:
            (b,) = found
            if partners[b] == {a} and a < b:
                parent[_find(parent, b)] = _find(parent, a)
    joined: dict[int, list[FigureItem]] = defaultdict(list)
    for k, group in enumerate(out):
        joined[_find(parent, k)].extend(group)
    return list(joined.values())


def _kinds(item: FigureItem) -> frozenset[str]:
    """The kinds of event (:data:`.date_events.FINER_EVENT_CLASSES`) a date's measure words name."""
    words = {item.measure.thing} | item.measure.words
    return frozenset(name for name, members in FINER_EVENT_CLASSES.items() if members & words)


def _same_event(a: FigureItem, b: FigureItem) -> bool:
    """Two dates are told of one named thing or one kind of event."""
    return _same_thing(a, b) or bool(_kinds(a) & _kinds(b))


def join_finer_dates(groups: Sequence[Sequence[FigureItem]]) -> list[list[FigureItem]]:
    """Groups of one source joined with the group, of several sources and one date, whose date holds
    every date of theirs, one of them a grain finer, when they date the same thing or kind of event
    (see the module docstring). Within a year, every date must write its year (a yearless month's year
    is a reading). Nested values only: never a dispute."""
    out = [list(g) for g in groups]
    wide: dict[int, tuple[Span, str]] = {}
    for k, group in enumerate(out):
        spans = {_span(i) for i in group}
        if len(spans) == 1 and len({i.source for i in group}) >= 2:
            (span,) = spans
            if (grain := _grain(span)) is not None:
                wide[k] = (span, grain)
    moves: dict[int, int] = {}
    for k, group in enumerate(out):
        if k in wide or len({i.source for i in group}) != 1:
            continue
        held = {_span(i) for i in group}
        grains = {_grain(s) for s in held}
        homes = [
            w
            for w, (outer, outer_grain) in wide.items()
            if any((outer_grain, grain) in _NESTED_GRAINS for grain in grains)
            and all(outer[0] <= s[0] and s[1] <= outer[1] for s in held)
            and (outer_grain != "year" or all(YEAR_WRITTEN.search(i.quantity.text) for i in group))
            and any(_same_event(item, other) for item in group for other in out[w])
        ]
        if len(homes) == 1:
            moves[k] = homes[0]
    for k, home in moves.items():
        out[home].extend(out[k])
    return [g for k, g in enumerate(out) if k not in moves]
