"""Entities resolved across the stored stories (parallax.store.entities), on invented names."""

from __future__ import annotations

from parallax.model import Entity, Variant
from parallax.store.entities import resolve_store_entities


def entity(story: str, number: int, label: str, *written: str) -> Entity:
    article = f"{story}-a1"
    return Entity(
        id=f"e{number}",
        name=written[-1],
        label=label,
        variants=[Variant(text=w, article_ids=[article]) for w in written],
        article_ids=[article],
    )


def context(story: str, start: int) -> list[Entity]:
    """Two names every story below shares (what makes their contexts agree)."""
    return [
        entity(story, start, "ORG", "Quellmoor Council"),
        entity(story, start + 1, "PERSON", "Tessa Lindqvar"),
    ]


def stories_of(resolved, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    found = [e for e in resolved.entities if any(v.text == name for v in e.variants)]
    assert len(found) == 1, [(e.name, e.story_ids) for e in found]
    return sorted(found[0].story_ids)


def test_the_same_name_in_two_stories_is_one_entity_whatever_the_model_labelled_it() -> None:
    resolved = resolve_store_entities(
        [
            ("s1", [entity("s1", 1, "ORG", "Harnet Valley")]),
            ("s2", [entity("s2", 1, "GPE", "the Harnet Valley")]),
            ("s3", [entity("s3", 1, "NORP", "Harnet Valley")]),  # a nationality is another thing
        ]
    )
    merged = [e for e in resolved.entities if len(e.story_ids) == 2]
    assert len(merged) == 1 and sorted(merged[0].story_ids) == ["s1", "s2"]
    assert {v.text for v in merged[0].variants} == {"Harnet Valley", "the Harnet Valley"}
    assert len(resolved.entities) == 2
    assert resolved.by_member[("s1", "e1")] == resolved.by_member[("s2", "e1")] == merged[0].id
    assert resolved.get(merged[0].id) is merged[0]


def test_a_transliteration_joins_only_when_the_stories_share_their_context() -> None:
    shared = resolve_store_entities(
        [
            ("s1", [entity("s1", 1, "PERSON", "Jonas Baradat"), *context("s1", 2)]),
            ("s2", [entity("s2", 1, "PERSON", "Jonas Baredat"), *context("s2", 2)]),
        ]
    )
    assert stories_of(shared, "Jonas Baradat") == ["s1", "s2"]
    apart = resolve_store_entities(
        [
            ("s1", [entity("s1", 1, "PERSON", "Jonas Baradat"), *context("s1", 2)]),
            ("s2", [entity("s2", 1, "PERSON", "Jonas Baredat")]),
        ]
    )
    assert stories_of(apart, "Jonas Baradat") == ["s1"]
    assert stories_of(apart, "Jonas Baredat") == ["s2"]


def test_a_known_place_never_joins_by_spelling() -> None:
    stories = [
        ("s1", [entity("s1", 1, "GPE", "Zembla"), *context("s1", 2)]),
        ("s2", [entity("s2", 1, "GPE", "Zambla"), *context("s2", 2)]),
    ]
    assert stories_of(resolve_store_entities(stories), "Zembla") == ["s1", "s2"]
    kept = resolve_store_entities(stories, places=frozenset({"Zembla", "Zambla"}))
    assert stories_of(kept, "Zembla") == ["s1"]


def test_a_surname_alone_joins_the_one_person_with_that_surname() -> None:
    resolved = resolve_store_entities(
        [
            ("s1", [entity("s1", 1, "PERSON", "Baradat", "Jonas Baradat"), *context("s1", 2)]),
            ("s2", [entity("s2", 1, "PERSON", "Baradat"), *context("s2", 2)]),
        ]
    )
    assert stories_of(resolved, "Jonas Baradat") == ["s1", "s2"]
    # With two people of that surname in the store, the surname alone stays apart.
    two = resolve_store_entities(
        [
            ("s1", [entity("s1", 1, "PERSON", "Jonas Baradat"), *context("s1", 2)]),
            ("s3", [entity("s3", 1, "PERSON", "Mira Baradat"), *context("s3", 2)]),
            ("s2", [entity("s2", 1, "PERSON", "Baradat"), *context("s2", 2)]),
        ]
    )
    assert stories_of(two, "Baradat") == ["s2"]
    # Two stories that each name only the surname are not joined by it to a person elsewhere.
    alone = resolve_store_entities(
        [
            ("s1", [entity("s1", 1, "PERSON", "Jonas Baradat"), *context("s1", 2)]),
            ("s2", [entity("s2", 1, "PERSON", "Baradat")]),
        ]
    )
    assert stories_of(alone, "Baradat") == ["s2"]


def test_a_person_is_named_by_the_full_name_even_when_the_surname_is_commoner() -> None:
    def written(story: str, text: str, articles: int) -> Entity:
        ids = [f"{story}-a{n}" for n in range(articles)]
        return Entity(
            id="e1",
            name=text,
            label="PERSON",
            variants=[Variant(text=text, article_ids=ids)],
            article_ids=ids,
        )

    full = written("s1", "Jonas Baradat", 1)
    full.variants.append(Variant(text="Baradat", article_ids=["s1-a0"]))
    resolved = resolve_store_entities(
        [
            ("s1", [full, *context("s1", 2)]),
            ("s2", [written("s2", "Baradat", 4), *context("s2", 2)]),
        ]
    )
    person = next(e for e in resolved.entities if any(v.text == "Baradat" for v in e.variants))
    assert sorted(person.story_ids) == ["s1", "s2"]
    assert person.name == "Jonas Baradat"
    # A place keeps its commonest spelling.
    place = resolve_store_entities([("s1", [entity("s1", 1, "GPE", "Harnet", "Harnet")])]).entities[0]
    assert place.name == "Harnet"
