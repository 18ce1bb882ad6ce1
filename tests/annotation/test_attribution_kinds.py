"""Attribution kinds on sentences written for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from parallax.annotation.attribution import find_attributions
from parallax.annotation.attribution_cues import kind_of_cue
from parallax.annotation.entities import find_entities, load_entity_resources
from parallax.annotation.sentences import segment_sentences
from parallax.model import Attribution


@pytest.fixture(scope="module")
def attribute(nlp):  # type: ignore[no-untyped-def]
    resources = load_entity_resources()

    def run(text: str) -> list[Attribution]:
        doc = nlp(text)
        return find_attributions(doc, segment_sentences(doc), find_entities(doc, resources))

    return run


def _one(atts: list[Attribution], content_word: str) -> Attribution:
    found = [a for a in atts if content_word in a.content.text]
    assert found, [(a.cue.text, a.content.text) for a in atts]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content_word", "speaker_word", "kind"),
    [
        # denials
        (
            "The Varnell ministry rejected the claim that its border guards fired first.",
            "claim",
            "ministry",
            "denial",
        ),
        (
            "Councillor Ada Brenholt denied taking money from the Tolmar builders.",
            "money",
            "Brenholt",
            "denial",
        ),
        ("Mr. Quessard dismissed the reports as pure fiction on Tuesday.", "reports", "Quessard", "denial"),
        # accusations
        (
            "Senator Ivo Marsk accused the harbour board of hiding the spill.",
            "harbour",
            "Marsk",
            "accusation",
        ),
        ("The union blamed the late trains on years of cuts.", "trains", "union", "accusation"),
        ("Opposition leader Tena Vorr criticized the budget plan sharply.", "budget", "Vorr", "accusation"),
        # announcements
        ("The Pellam company announced a recall of 40,000 kettles.", "recall", "company", "announcement"),
        ("The city council unveiled a plan to close the old bridge.", "plan", "council", "announcement"),
        # findings
        ("A survey of Drossel voters shows that the mayor has lost ground.", "mayor", "survey", "finding"),
        ("A report by the audit office found that the fund was misused.", "fund", "report", "finding"),
        ("Recent polls suggest that turnout will be low in Kaltby.", "turnout", "polls", "finding"),
        # beliefs and positions
        ("Analysts at Orrin Bank believe that rates will fall next year.", "rates", "Analysts", "belief"),
        ("Dana Welk thinks the strike will end soon.", "strike", "Welk", "belief"),
        ("The farmers' union has called for a ban on the new pesticide.", "ban", "union", "belief"),
        ("Governor Lio Strand wants a new vote on the harbour deal.", "vote", "Strand", "belief"),
        ("Residents of Amsel hope the factory will reopen in spring.", "factory", "Residents", "belief"),
        ("Local traders fear that the new road will drive customers away.", "road", "traders", "belief"),
        ("The central bank expects inflation to slow by the summer.", "inflation", "bank", "belief"),
        # speech stays speech
        ("Mayor Ren Talbot said the pool would reopen on Friday.", "pool", "Talbot", "speech"),
        ("The minister told reporters that the talks had stalled.", "talks", "minister", "speech"),
    ],
)
def test_verb_cues(attribute, text: str, content_word: str, speaker_word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    att = _one(attribute(text), content_word)
    assert att.kind_of_source == kind
    assert att.speaker is not None and speaker_word in att.speaker.text
    assert text[att.content.start : att.content.end] == att.content.text


@pytest.mark.parametrize(
    ("text", "content_word", "speaker_word", "kind"),
    [
        ("Mr. Harlow's claim that the dam was safe angered the villagers.", "dam", "Harlow", "speech"),
        ("The mayor's view is that the market should stay open.", "market", "mayor", "belief"),
        ("In a statement, the Lund water board apologised for the outage.", "outage", "statement", "speech"),
        ("In the latest Ostmark poll, 52 percent of voters backed the plan.", "percent", "poll", "finding"),
        ("Her criticism of the housing plan was widely shared.", "housing", "Her", "accusation"),
    ],
)
def test_nominal_cues(attribute, text: str, content_word: str, speaker_word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    att = _one(attribute(text), content_word)
    assert att.kind_of_source == kind
    assert att.speaker is not None and speaker_word in att.speaker.text


def test_colon_headline_and_said_colon(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ilse Darrow: We Will Rebuild the Pier by June\n\n"
        "The storm hit on Monday. Darrow said: the town will pay for the repairs itself."
    )
    atts = attribute(text)
    headline = _one(atts, "Rebuild")
    assert headline.speaker is not None and headline.speaker.text == "Mayor Ilse Darrow"
    body = _one(atts, "repairs")
    assert body.speaker is not None and body.speaker.text == "Darrow"
    assert "storm" not in body.content.text  # content stays within its sentence


def test_editorial_labels_and_times_are_not_sources(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Update: The bridge in Sorvik has reopened to traffic.\n\n10:45 a.m.: Crews cleared the last lane."
    assert attribute(text) == []


def test_according_to_a_poll_is_a_finding(attribute) -> None:  # type: ignore[no-untyped-def]
    att = _one(
        attribute("According to a new poll by Felden College, most students walk to class."), "students"
    )
    assert att.kind_of_source == "finding"
    att = _one(attribute("According to the harbour master, the ferry will run again on Sunday."), "ferry")
    assert att.kind_of_source == "speech"


def test_relative_pronoun_speaker_is_named(attribute) -> None:  # type: ignore[no-untyped-def]
    att = _one(attribute("Nora Quill, who said the vote was rigged, left the hall."), "rigged")
    assert att.speaker is not None and att.speaker.text == "who"
    assert att.speaker_name == "Nora Quill"


def test_non_cue_uses_give_nothing(attribute) -> None:  # type: ignore[no-untyped-def]
    # "called" a person (a telephone call), "continued to", "found their way": no attribution
    text = (
        "Tomas Brell called his sister on Sunday. Prices continued to rise in Vessby. The goats found their way home. "
        "The witness from Garrow was not speaking the truth."
    )
    assert attribute(text) == []


def test_kind_of_cue_by_category() -> None:
    assert kind_of_cue("deny") == "denial"
    assert kind_of_cue("accuse") == "accusation"
    assert kind_of_cue("announce") == "announcement"
    assert kind_of_cue("believe") == "belief"
    assert kind_of_cue("find") == "finding"
    assert kind_of_cue("say") == "speech"
    assert kind_of_cue("call", prep="for") == "belief"


def test_particles_and_colon_announced_quotes(attribute) -> None:  # type: ignore[no-untyped-def]
    att = _one(attribute("The Brannock club ruled out a move to the coast."), "move")
    assert att.kind_of_source == "denial"
    text = 'The Veldmark Herald reports:\n\n"Only a third of the ferry tickets sold this year were bought online."'
    att = _one(attribute(text), "ferry")
    assert att.speaker is not None and "Herald" in att.speaker.text
    assert att.cue.text == "reports" and not att.content.text.startswith('"')


def test_ruled_that_is_a_finding(attribute) -> None:  # type: ignore[no-untyped-def]
    att = _one(attribute("The Osgar court ruled that the tax was unlawful."), "tax")
    assert att.kind_of_source == "finding"


def test_a_view_nested_in_a_statement_does_not_take_the_pronoun(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Mayor Ola Fenn said her council wanted a new dock at Merrin. "We will build it this year," she said.'
    )
    quote = _one(attribute(text), "build")
    assert quote.speaker_name == "Ola Fenn"
