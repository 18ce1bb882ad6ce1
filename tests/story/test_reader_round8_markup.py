"""Literal markup in an article's text ("<b>", "&amp;", "**", "[link]") never becomes part of a speaker.

Sentences written for this test, with invented names."""

from __future__ import annotations

import re

import pytest

from parallax.annotation.attribution import find_attributions, masked_markup
from parallax.annotation.entities import find_entities, load_entity_resources
from parallax.annotation.sentences import segment_sentences
from parallax.model import Attribution

_MARKUP_LEFT = re.compile(r"[<>*\[\]]|&\w+;|__")


@pytest.fixture(scope="module")
def attribute(nlp):  # type: ignore[no-untyped-def]
    resources = load_entity_resources()

    def run(text: str) -> list[Attribution]:
        doc = nlp(text)
        return find_attributions(doc, segment_sentences(doc), find_entities(doc, resources))

    return run


TEXT = (
    "The Velmar ferry stopped running on Monday after a hull inspection.\n\n"
    '"We will not sail until the hull is repaired," said <b>Captain Orla Brennick</b>, who runs the service.\n\n'
    '"The repairs will take three weeks," **Dario Feltz** said on Tuesday.\n\n'
    '"Nobody was hurt in the incident at all," said Brennick &amp; Sons spokesman Ivo Tarrant.\n\n'
    '"We expect the river to reopen by spring," said [link] harbour master Lene Voss.\n\n'
    "According to <i>the port authority</i>, 1,200 passengers use the ferry each day.\n"
)


def _speaker_words(att: Attribution) -> str | None:
    return att.speaker_name or (att.speaker.text if att.speaker else None)


def test_no_speaker_holds_markup(attribute) -> None:  # type: ignore[no-untyped-def]
    atts = attribute(TEXT)
    speakers = [_speaker_words(a) for a in atts if _speaker_words(a)]
    assert speakers, atts
    for words in speakers:
        assert not _MARKUP_LEFT.search(words or ""), speakers
    # Spans still slice the text they name.
    for att in atts:
        if att.speaker is not None:
            assert TEXT[att.speaker.start : att.speaker.end] == att.speaker.text


def test_speakers_inside_markup_are_found(attribute) -> None:  # type: ignore[no-untyped-def]
    atts = attribute(TEXT)
    by_content = {a.content.text.split()[0]: _speaker_words(a) for a in atts}
    assert by_content.get("We") == "Captain Orla Brennick"
    assert by_content.get("The") == "Dario Feltz"
    assert any(_speaker_words(a) == "the port authority" for a in atts)


def test_masking_keeps_offsets() -> None:
    text = "said <b>Ana Ruiz</b> &amp; **Bo** [link]"
    masked = masked_markup(text)
    assert len(masked) == len(text)
    assert masked.split() == ["said", "Ana", "Ruiz", "Bo"]
