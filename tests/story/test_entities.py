"""Entity resolution across outlets on written articles: variants merged, different things kept apart."""

from __future__ import annotations

import re

from parallax.annotation.entities import country_names
from parallax.model import Annotation, EntityMention, Sentence
from parallax.story.entities import fold_name, resolve_entities


def _annotation(art_id: str, text: str, names: list[tuple[str, str]]) -> Annotation:
    """An annotation whose entities are every occurrence of the given (name, label) pairs."""
    entities = []
    for name, label in names:
        for match in re.finditer(re.escape(name), text):
            entities.append(EntityMention(start=match.start(), end=match.end(), text=name, label=label))
    entities.sort(key=lambda e: e.start)
    sentences = [Sentence(start=m.start(), end=m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return Annotation(id=art_id, source=art_id, text=text, sentences=sentences, entities=entities)


def _entity_of(resolution, annotation: Annotation, text: str) -> str:  # type: ignore[no-untyped-def]
    """The entity of the first mention of ``text`` in the annotation."""
    for (ann_id, start, end), entity_id in sorted(resolution.mention_entity.items()):
        if ann_id == annotation.id and annotation.text[start:end] == text:
            return str(entity_id)
    raise AssertionError(f"{text} not found in {annotation.id}")


def test_fold_name_spelling_variants() -> None:
    assert fold_name("Sergey Dmitriyev") == fold_name("Sergei Dmitriev")
    assert fold_name("Ahmed al-Rashid") == fold_name("Ahmed Rashid")
    assert fold_name("the Kremlin's") == fold_name("Kremlin")
    assert fold_name("Iran") != fold_name("Iraq")


def test_variants_merged_and_different_things_apart() -> None:
    a = _annotation(
        "a",
        "Envoy Sergey Dmitriyev met Ahmed al-Rashid in Gambia on Monday. Dmitriyev said the ceasefire talks "
        "went well. Maria Lopez of the port authority said ships from Iran were waiting. "
        "Oleksandr Marchenko, the harbour master, said the ceasefire talks covered the port.",
        [("Sergey Dmitriyev", "PERSON"), ("Dmitriyev", "PERSON"), ("Ahmed al-Rashid", "PERSON"),
         ("Gambia", "GPE"), ("Maria Lopez", "PERSON"), ("Iran", "GPE"), ("Oleksandr Marchenko", "PERSON")],
    )  # fmt: skip
    b = _annotation(
        "b",
        "Sergei Dmitriev and Ahmed Rashid discussed the ceasefire in Gambia. Maria Santos, a trader, said "
        "prices in Zambia had risen. Ships from Iraq were also waiting. Harbour master Marchanko said the "
        "ceasefire talks covered the port. The party Georgia United said it backed the talks, and Georgia "
        "sent an observer.",
        [("Sergei Dmitriev", "PERSON"), ("Ahmed Rashid", "PERSON"), ("Gambia", "GPE"), ("Maria Santos", "PERSON"),
         ("Zambia", "GPE"), ("Iraq", "GPE"), ("Marchanko", "PERSON"), ("Georgia United", "ORG"), ("Georgia", "GPE")],
    )  # fmt: skip
    resolution = resolve_entities([a, b], places=country_names())
    # Transliterations, the al- prefix and a surname alone after the full name are one person each.
    envoy = _entity_of(resolution, a, "Sergey Dmitriyev")
    assert _entity_of(resolution, b, "Sergei Dmitriev") == envoy
    assert _entity_of(resolution, a, "Dmitriyev") == envoy
    assert _entity_of(resolution, a, "Ahmed al-Rashid") == _entity_of(resolution, b, "Ahmed Rashid")
    # A typo of a rare surname, in the same context, is the same person.
    assert _entity_of(resolution, b, "Marchanko") == _entity_of(resolution, a, "Oleksandr Marchenko")
    # Different things stay apart: Iran and Iraq, Gambia and Zambia, two Marias, a country and a party.
    assert _entity_of(resolution, a, "Iran") != _entity_of(resolution, b, "Iraq")
    assert _entity_of(resolution, a, "Gambia") != _entity_of(resolution, b, "Zambia")
    assert _entity_of(resolution, a, "Maria Lopez") != _entity_of(resolution, b, "Maria Santos")
    assert _entity_of(resolution, b, "Georgia") != _entity_of(resolution, b, "Georgia United")
    envoy_entity = next(e for e in resolution.entities if e.id == envoy)
    assert envoy_entity.article_ids == ["a", "b"] and envoy_entity.label == "PERSON"
    assert {v.text for v in envoy_entity.variants} == {"Sergey Dmitriyev", "Dmitriyev", "Sergei Dmitriev"}


def test_a_surname_shared_by_two_people_stays_apart() -> None:
    a = _annotation(
        "a",
        "Anna Berg and Lars Berg both spoke at the hearing. Berg said the budget was too small.",
        [("Anna Berg", "PERSON"), ("Lars Berg", "PERSON"), ("Berg", "PERSON")],
    )
    resolution = resolve_entities([a])
    people = {e.name for e in resolution.entities}
    assert {"Anna Berg", "Lars Berg"} <= people
    alone = [e for e in resolution.entities if {v.text for v in e.variants} == {"Berg"}]
    assert alone, "an ambiguous surname must not be given to either person"
