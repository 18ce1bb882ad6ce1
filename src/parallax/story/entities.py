"""Entities across the articles of a story: spelling variants merged, different things kept apart.

Mentions are grouped by a *type group* (people; organisations; places; nationalities and groups;
others), so a country and an organisation named after it stay apart. Within a group:

1. **Same name once folded**: case, a leading article, a possessive, an "al-" prefix and common
   transliteration variants (-iev/-yev/-ev, Sergey/Sergei, kh/h, ph/f, doubled letters) are folded away.
2. **Surname alone**: a one-word person mention joins the only person of the story whose full name
   ends with that (folded) surname; with two such people it stays ambiguous and apart.
3. **Typos of rare names**: two folded names one edit apart join only when both are long (6+ letters),
   neither is a known place (``places``, e.g. :func:`parallax.annotation.entities.country_names`: Gambia and
   Zambia) (so Iran and Iraq stay apart), and their contexts agree: the sentences
   around them share names or content words.

Blocking: candidates for rule 3 are only compared within the same type group and surname lengths
differing by at most one, so the cost grows with the number of distinct names, not its square
over all mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from parallax.model import Annotation, Entity, Variant
from parallax.story.text_features import content_stems

__all__ = ["EntityResolution", "fold_name", "resolve_entities"]

GROUPS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


@dataclass
class EntityResolution:
    entities: list[Entity] = field(default_factory=list)
    mention_entity: dict[tuple[str, int, int], str] = field(default_factory=dict)


@lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """A spelling-insensitive key: "the Dmitriyev's", "Dmitriev" and "Dmitrijev" give the same key."""
    name = text.strip()
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"['’]s$", "", name)
    name = name.casefold()
    name = re.sub(r"\b(?:al|el|ad|an|as|ar)[-\s]", "", name)
    name = re.sub(r"[^\w\s]", "", name)
    for old, new in (("yev", "ev"), ("iev", "ev"), ("ey", "ei"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("y", "i"), ("ou", "u")):
        name = name.replace(old, new)
    name = re.sub(r"(\w)\1+", r"\1", name)
    return " ".join(name.split())


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diffs = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diffs += 1
            if diffs > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diffs + (len(b) - j) <= 1


@dataclass
class _Cluster:
    group: str
    keys: set[str] = field(default_factory=set)
    mentions: list[tuple[str, int, int, str, str]] = field(default_factory=list)  # ann id, start, end, text, label
    context: Counter[str] = field(default_factory=Counter)


def _sentence_around(ann: Annotation, start: int, end: int, starts: Sequence[int] | None = None) -> str:
    """The mention's sentence and the one before it (a short sentence alone says too little)."""
    starts = starts if starts is not None else [s.start for s in ann.sentences]
    k = bisect_right(starts, start) - 1
    if k >= 0 and end <= ann.sentences[k].end:
        first = ann.sentences[k - 1].start if k > 0 else ann.sentences[k].start
        return ann.text[first : ann.sentences[k].end]
    return ann.text[max(0, start - 200) : end + 200]


def _context_agrees(a: _Cluster, b: _Cluster) -> bool:
    shared = set(a.context) & set(b.context)
    return len(shared) >= 2


def resolve_entities(annotations: Sequence[Annotation], places: frozenset[str] = frozenset()) -> EntityResolution:
    """Merge the named-entity mentions of a story's articles into entities (see the module docstring)."""
    clusters: dict[tuple[str, str], _Cluster] = {}
    for ann in annotations:
        starts = [s.start for s in ann.sentences]
        stems_of: dict[str, list[str]] = {}
        for m in ann.entities:
            group = GROUPS.get(m.label)
            if group is None:
                continue
            key = fold_name(m.text)
            if not key:
                continue
            cluster = clusters.setdefault((group, key), _Cluster(group, {key}))
            cluster.mentions.append((ann.id, m.start, m.end, m.text, m.label))
            own = fold_name(m.text).split()
            window = _sentence_around(ann, m.start, m.end, starts)
            if window not in stems_of:
                stems_of[window] = content_stems(window)
            cluster.context.update(w for w in stems_of[window] if w not in own)
    place_keys = {fold_name(p) for p in places}
    # Rule 2: a surname alone joins the one person whose full name ends with it.
    persons = [c for (g, k), c in clusters.items() if g == "person" and " " in k]
    by_surname: dict[str, list[_Cluster]] = defaultdict(list)
    for c in persons:
        for k in c.keys:
            by_surname[k.split()[-1]].append(c)
    merged_into: dict[int, _Cluster] = {}
    for (group, key), cluster in list(clusters.items()):
        if group == "person" and " " not in key:
            owners = {id(c): c for c in by_surname.get(key, [])}
            if len(owners) == 1:
                merged_into[id(cluster)] = next(iter(owners.values()))
    # Rule 3: typos of rare names, blocked by group and surname length, confirmed by context.
    parent: dict[int, _Cluster] = {}

    def find(c: _Cluster) -> _Cluster:
        while id(c) in parent:
            c = parent[id(c)]
        return c

    typo_blocks: dict[tuple[str, int], list[_Cluster]] = defaultdict(list)
    for (group, key), cluster in clusters.items():
        if id(cluster) not in merged_into:
            typo_blocks[(group, len(key.split()[-1]))].append(cluster)
    for (group, length), members in list(typo_blocks.items()):
        candidates = members + typo_blocks.get((group, length + 1), [])
        for a in members:
            for b in candidates:
                if a is b or (id(b) <= id(a) and b in members):
                    continue
                ka, kb = next(iter(a.keys)), next(iter(b.keys))
                la, lb = ka.split()[-1], kb.split()[-1]
                if ka == kb or len(la) < 6 or len(lb) < 6:
                    continue
                if ka in place_keys or kb in place_keys:
                    continue
                first_a, first_b = ka.split()[:-1], kb.split()[:-1]
                if first_a and first_b and first_a != first_b:
                    continue  # different first names: different people
                if _edit1(la, lb) and _context_agrees(a, b):
                    ra, rb = find(a), find(b)
                    if ra is not rb:
                        parent[id(rb)] = ra
    final: dict[int, _Cluster] = {}
    for cluster in clusters.values():
        target = merged_into.get(id(cluster), cluster)
        root = find(target)
        final.setdefault(id(root), _Cluster(root.group))
        final[id(root)].mentions.extend(cluster.mentions)
    # A surname alone that joined a person may also be a typo of another cluster's surname: handled above.
    ordered = sorted(
        final.values(), key=lambda c: (-len({m[0] for m in c.mentions}), -len(c.mentions), c.mentions[0][3])
    )
    result = EntityResolution()
    for number, cluster in enumerate(ordered, start=1):
        entity_id = f"e{number}"
        variants: dict[str, set[str]] = defaultdict(set)
        labels: Counter[str] = Counter()
        for ann_id, start, end, text, label in cluster.mentions:
            clean = re.sub(r"['’]s$", "", re.sub(r"^(?:the|The)\s+", "", text)).strip()
            variants[clean].add(ann_id)
            labels[label] += 1
            result.mention_entity[(ann_id, start, end)] = entity_id
        counts = Counter({v: len(ids) for v, ids in variants.items()})
        name = max(counts, key=lambda v: (counts[v] + (0.5 if " " in v else 0), len(v)))
        result.entities.append(
            Entity(
                id=entity_id,
                name=name,
                label=labels.most_common(1)[0][0],
                variants=[Variant(text=v, article_ids=sorted(ids)) for v, ids in sorted(variants.items())],
                article_ids=sorted({m[0] for m in cluster.mentions}),
            )
        )
    return result
