"""Entities resolved across the whole store: one entity, one page over all its stories.

Each stored story resolved its own entities (:mod:`parallax.story.entities`). Here the stories' entities
are merged with the same name rules, computed from the stored stories (nothing extra is stored):

1. **Same name once folded** (:func:`~parallax.story.entities.fold_name`): two story entities join when
   a folded name of one (its name, or a variant as written) is a folded name of the other and their
   labels are compatible (people, organisations and places are confused by the model; nationalities are
   not). A one-word name of a person is no key here: a surname alone is rule 2's.
2. **Surname alone**: a person known in a story only by one word joins the one person of the store whose
   full name ends with it (or a spelling variant of it), when their contexts agree; with two such people
   it stays apart.
3. **Transliterations**: two names join when they are spelling variants word by word
   (:func:`~parallax.story.entities.spelling_variants`), their labels are compatible, neither is a known
   place, and their contexts agree.

A story entity's *context* is the set of the other names its story mentions (folded); two entities'
contexts agree when they share at least :data:`CONTEXT_MIN_SHARED` of them (the story stage compares the
words around each mention; across stories the names they appear with play that part). The story stage's
rule for typos of rare names is not applied across stories: one letter apart in two different stories is
more often two people than one.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parallax.common.unionfind import UnionFind
from parallax.model import Entity, Story, Variant
from parallax.story.entities import (
    GROUPS,
    LABEL_ORDER,
    fold_name,
    skeleton,
    spelling_variants,
)
from parallax.story.entities import _compatible as compatible_groups

__all__ = ["CONTEXT_MIN_SHARED", "StoreEntities", "StoreEntity", "resolve_store_entities"]

#: Two entities' contexts agree when their stories name at least this many of the same other things.
CONTEXT_MIN_SHARED = 2


@dataclass
class StoreEntity:
    """One entity over the whole store: its spelling variants (with their articles) and its stories."""

    id: str
    name: str
    label: str
    variants: list[Variant]
    story_ids: list[str]
    article_ids: list[str]
    members: list[tuple[str, str]] = field(default_factory=list)  # (story id, the story's entity id)


@dataclass
class StoreEntities:
    entities: list[StoreEntity] = field(default_factory=list)
    by_member: dict[tuple[str, str], str] = field(default_factory=dict)

    def get(self, entity_id: str) -> StoreEntity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def by_id(self) -> dict[str, StoreEntity]:
        return {e.id: e for e in self.entities}


def _group(entity: Entity) -> str:
    return GROUPS.get(entity.label, "other")


def _keys(entity: Entity) -> set[str]:
    """The folded names that identify the entity (rule 1); a person's one-word names are left out."""
    keys = {fold_name(entity.name), *(fold_name(v.text) for v in entity.variants)}
    keys.discard("")
    if _group(entity) == "person" and " " in fold_name(entity.name):
        keys = {k for k in keys if " " in k}
    return keys


def _agree(a: set[str], b: set[str]) -> bool:
    return len(a & b) >= CONTEXT_MIN_SHARED


def resolve_store_entities(
    stories: Iterable[tuple[str, Sequence[Entity]]], places: frozenset[str] = frozenset()
) -> StoreEntities:
    """Merge the entities of the stored stories (``(story id, its entities)``) into store-wide entities."""
    items: list[tuple[str, Entity]] = []
    story_names: dict[str, set[str]] = {}
    for story_id, entities in stories:
        story_names[story_id] = {fold_name(e.name) for e in entities} - {""}
        items.extend((story_id, e) for e in entities)
    place_keys = {fold_name(p) for p in places}
    union = UnionFind(len(items))
    keys = [_keys(e) for _, e in items]
    groups = [_group(e) for _, e in items]
    # Rule 1: the same folded name, compatible labels.
    owner: dict[tuple[str, str], int] = {}
    for i, own in enumerate(keys):
        for key in own:
            family = "confused" if compatible_groups(groups[i], "person") else groups[i]
            j = owner.setdefault((key, family), i)
            if j != i:
                union.join(i, j)

    def clusters() -> dict[int, list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for i in range(len(items)):
            found[union.find(i)].append(i)
        return found

    def context(members: list[int]) -> set[str]:
        own = set().union(*(keys[i] for i in members))
        return set().union(*(story_names[items[i][0]] for i in members)) - own

    # Rule 3: transliterations, blocked by skeleton, confirmed by context.
    groups_now = clusters()
    contexts = {root: context(members) for root, members in groups_now.items()}
    by_skeleton: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for root, members in groups_now.items():
        for i in members:
            for key in keys[i]:
                by_skeleton[skeleton(key)].add((key, root))
    for block in by_skeleton.values():
        pairs = sorted(block)
        for x, (key_a, root_a) in enumerate(pairs):
            for key_b, root_b in pairs[x + 1 :]:
                if union.find(root_a) == union.find(root_b) or key_a == key_b:
                    continue
                if key_a in place_keys or key_b in place_keys:
                    continue
                if not compatible_groups(groups[root_a], groups[root_b]):
                    continue
                if spelling_variants(key_a, key_b) and _agree(contexts[root_a], contexts[root_b]):
                    union.join(root_a, root_b)
    # Rule 2: a surname alone joins the one person whose full name ends with it.
    groups_now = clusters()
    contexts = {root: context(members) for root, members in groups_now.items()}
    by_surname: dict[str, set[int]] = defaultdict(set)
    surnames_like: dict[str, set[str]] = defaultdict(set)  # skeleton -> surnames
    for root, members in groups_now.items():
        if groups[root] != "person":
            continue
        for i in members:
            for key in keys[i]:
                if " " in key:
                    surname = key.split()[-1]
                    by_surname[surname].add(root)
                    surnames_like[skeleton(surname)].add(surname)
    for root, members in groups_now.items():
        if groups[root] != "person" or any(" " in k for i in members for k in keys[i]):
            continue
        owners: set[int] = set()
        for word in {k for i in members for k in keys[i]}:
            for surname in surnames_like.get(skeleton(word), set()):
                if surname == word or spelling_variants(surname, word):
                    owners |= by_surname[surname]
        owners = {o for o in owners if _agree(contexts[root], contexts[o])}
        if len({union.find(o) for o in owners}) == 1:
            union.join(root, next(iter(owners)))
    return _merge(items, keys, clusters())


def _merge(
    items: list[tuple[str, Entity]], keys: list[set[str]], clusters: dict[int, list[int]]
) -> StoreEntities:
    result = StoreEntities()
    for members in clusters.values():
        variants: dict[str, set[str]] = defaultdict(set)
        labels: Counter[str] = Counter()
        stories: list[str] = []
        for i in members:
            story_id, entity = items[i]
            if story_id not in stories:
                stories.append(story_id)
            for variant in entity.variants:
                variants[variant.text].update(variant.article_ids)
            labels[entity.label] += len(entity.article_ids) or 1
        counts = {v: len(ids) for v, ids in variants.items()}
        label = min(labels, key=lambda lab: (-labels[lab], _label_rank(lab)))
        # A person is named by a full name when one is written ("Obama" alone is how articles refer back
        # to a person, not what a reader looks them up by); other things by the commonest variant.
        full = [v for v in counts if " " in v.strip()] if GROUPS.get(label) == "person" else []
        name = (
            max(full or counts, key=lambda v: (counts[v] + (0.5 if " " in v else 0), len(v), v))
            if counts
            else items[members[0]][1].name
        )
        anchor = min(set().union(*(keys[i] for i in members)) or {fold_name(name)})
        entity_id = "E" + hashlib.sha1(f"{anchor}|{GROUPS.get(label, label)}".encode()).hexdigest()[:12]
        merged = StoreEntity(
            id=entity_id,
            name=name,
            label=label,
            variants=[Variant(text=v, article_ids=sorted(ids)) for v, ids in sorted(variants.items())],
            story_ids=stories,
            article_ids=sorted(set().union(*variants.values())) if variants else [],
            members=[(items[i][0], items[i][1].id) for i in members],
        )
        result.entities.append(merged)
    result.entities.sort(key=lambda e: (-len(e.story_ids), -len(e.article_ids), e.name))
    seen: Counter[str] = Counter()
    for found in result.entities:  # two clusters with one anchor (never expected): keep ids unique
        seen[found.id] += 1
        if seen[found.id] > 1:
            found.id = f"{found.id}-{seen[found.id]}"
        for member in found.members:
            result.by_member[member] = found.id
    return result


def _label_rank(label: str) -> int:
    return LABEL_ORDER.index(label) if label in LABEL_ORDER else len(LABEL_ORDER)


def story_entities(stories: Iterable[Story]) -> list[tuple[str, Sequence[Entity]]]:
    """The ``(story id, entities)`` pairs :func:`resolve_store_entities` takes, from stories."""
    return [(s.id, s.entities) for s in stories]
