"""Statements and denials (sentences written for these tests; invented names)."""

from __future__ import annotations

from handmade import articles, claim

from parallax.model import Entity
from parallax.story.compare import compare_claims
from parallax.story.compare.statements import named_proposition

ENTITIES = [
    Entity(id="e1", name="Dara Velt", label="PERSON"),
    Entity(id="e2", name="Oren Faulk", label="PERSON"),
]


def test_the_named_statement_is_found() -> None:
    assert named_proposition(
        "Velt's statement that no leaks had been found in the dam was untrue, the audit shows."
    ) == ("no leaks had been found in the dam")
    assert (
        named_proposition("The ministry denied that troops had crossed the river.")
        == "troops had crossed the river"
    )
    assert named_proposition("The ministry denied the report.") is None


def test_a_denial_pairs_with_the_statement_it_names_not_with_another_of_the_same_speaker() -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Mayor Dara Velt said the city would add night buses from Monday.",
            speaker="Dara Velt",
            entity="e1",
            cue="said",
        ),
        claim(
            "b1",
            "b",
            "Dara Velt said on Tuesday that no leaks had been found in the dam.",
            speaker="Dara Velt",
            entity="e1",
            cue="said",
        ),
        claim(
            "c1", "c", "Velt's statement that no leaks had been found in the dam was untrue, the audit shows."
        ),
    ]
    comparisons = compare_claims(claims, articles("a", "b", "c"), ENTITIES, {"c1": frozenset({"e1"})})
    (found,) = [c for c in comparisons if c.kind == "contradiction"]
    assert set(found.claim_ids) == {"b1", "c1"}
    assert "night buses" not in found.explanation


def test_a_denial_whose_target_is_not_reported_stands_alone() -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Mayor Dara Velt said the city would add night buses from Monday.",
            speaker="Dara Velt",
            entity="e1",
            cue="said",
        ),
        claim(
            "c1", "c", "Velt's statement that no leaks had been found in the dam was untrue, the audit shows."
        ),
    ]
    comparisons = compare_claims(claims, articles("a", "c"), ENTITIES, {"c1": frozenset({"e1"})})
    assert not [c for c in comparisons if c.kind == "contradiction"]
    (alone,) = [c for c in comparisons if c.claim_ids == ["c1"]]
    assert alone.kind == "unique" and "not reported" in alone.explanation


def test_a_denied_report_is_the_report_just_before() -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Oren Faulk told the radio that the pumps had been switched off.",
            speaker="Oren Faulk",
            entity="e2",
            cue="told",
        ),
        claim("a2", "a", "A spokeswoman for the water board denied the report."),
    ]
    comparisons = compare_claims(claims, articles("a"), ENTITIES, {})
    (found,) = [c for c in comparisons if c.kind == "contradiction"]
    assert found.claim_ids == ["a1", "a2"] and "Oren Faulk" in found.explanation


def test_a_word_of_denial_that_names_nothing_is_not_a_point() -> None:
    claims = [claim("a1", "a", "The alarm turned out to be false.")]
    assert compare_claims(claims, articles("a"), ENTITIES, {}) == []


# With the dependency parse: the denied proposition (subject and predicate) decides the pairing.

PARSE_ENTITIES = [*ENTITIES, Entity(id="e3", name="Lisbet Arno", label="PERSON")]


def _contradictions(claims: list, ids: tuple[str, ...], entities: dict, nlp: object) -> list:
    found = compare_claims(claims, articles(*ids), PARSE_ENTITIES, entities, nlp=nlp)  # type: ignore[arg-type]
    return [c for c in found if c.kind == "contradiction"]


def test_rejected_claims_pair_with_the_same_subject_and_predicate_not_shared_words(nlp: object) -> None:
    claims = [
        # Shares many words with the denial, but another subject and predicate.
        claim(
            "a1",
            "a",
            "The depot workers at Harnwick said the night shift had been cut twice this year.",
            speaker="Oren Faulk",
            entity="e2",
            cue="said",
        ),
        claim(
            "b1",
            "b",
            "Oren Faulk said the depot workers had been paid twice for the night shift.",
            speaker="Oren Faulk",
            entity="e2",
            cue="said",
        ),
        claim("c1", "c", "The transit union rejected claims that the depot workers had been paid twice."),
    ]
    (found,) = _contradictions(claims, ("a", "b", "c"), {}, nlp)
    assert set(found.claim_ids) == {"b1", "c1"}


def test_a_denied_statement_is_not_paired_with_its_opposite(nlp: object) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Lisbet Arno said on Friday that no rust had been found in the tower.",
            speaker="Lisbet Arno",
            entity="e3",
            cue="said",
        ),
        claim(
            "b1",
            "b",
            "An inspector said rust had been found in two of the tower's beams.",
            speaker="An inspector",
            cue="said",
        ),
        claim("c1", "c", "Officials dismissed Arno's statement that no rust had been found in the tower."),
    ]
    # No speaker resolved in the denial: any sentence of the story could be the one denied.
    (found,) = _contradictions(claims, ("a", "b", "c"), {}, nlp)
    assert set(found.claim_ids) == {"a1", "c1"}


def test_a_speaker_contradicted_is_paired_only_with_what_the_counter_claim_is_about(nlp: object) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Dara Velt said the city would open two new libraries in the spring.",
            speaker="Dara Velt",
            entity="e1",
            cue="said",
        ),
        claim(
            "a2",
            "a",
            "Dara Velt said the ferry crews would stay in the harbour until the storm passed.",
            speaker="Dara Velt",
            entity="e1",
            cue="said",
        ),
        claim(
            "b1",
            "b",
            "A port official contradicted Velt and said the ferry crews had already left the harbour.",
        ),
    ]
    (found,) = _contradictions(claims, ("a", "b"), {"b1": frozenset({"e1"})}, nlp)
    assert set(found.claim_ids) == {"a2", "b1"}
    assert "libraries" not in found.explanation


def test_a_denial_of_a_proposition_nobody_stated_stands_alone(nlp: object) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Dara Velt said the water tower would be repainted in June.",
            speaker="Dara Velt",
            entity="e1",
            cue="said",
        ),
        claim("b1", "b", "The council denied the report that the water tower would be sold."),
    ]
    assert not _contradictions(claims, ("a", "b"), {}, nlp)
    found = compare_claims(claims, articles("a", "b"), PARSE_ENTITIES, {}, nlp=nlp)  # type: ignore[arg-type]
    (alone,) = [c for c in found if c.claim_ids == ["b1"]]
    assert alone.kind == "unique" and "not reported" in alone.explanation


def test_one_who_lied_is_answered_by_the_statement_before_and_its_reports_elsewhere(nlp: object) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Oren Faulk said the plant would hire 300 workers by March.",
            speaker="Oren Faulk",
            entity="e2",
            cue="said",
        ),
        claim(
            "a2",
            "a",
            "Oren Faulk said the canteen would reopen soon.",
            speaker="Oren Faulk",
            entity="e2",
            cue="said",
        ),
        claim(
            "b1",
            "b",
            "Oren Faulk told reporters the plant would hire 300 workers.",
            speaker="Oren Faulk",
            entity="e2",
            cue="told",
        ),
        claim("b2", "b", "Faulk lied, two former managers say."),
    ]
    (found,) = _contradictions(claims, ("a", "b"), {"b2": frozenset({"e2"}), "b1": frozenset({"e2"})}, nlp)
    assert set(found.claim_ids) == {"b1", "a1", "b2"}


def test_a_statement_carried_by_a_copy_counts_its_sources_and_names_the_copy_with_them() -> None:
    said = "Dara Velt said the ferry timetable would change in spring."
    claims = [
        claim("a1", "a", said, speaker="Dara Velt", entity="e1", cue="said"),
        claim(
            "b1",
            "b",
            "The ferry timetable would change in spring, Dara Velt said.",
            speaker="Dara Velt",
            entity="e1",
            cue="said",
        ),
        claim("c1", "c", said, speaker="Dara Velt", entity="e1", cue="said"),
    ]
    outlets = articles("a", "b", "c")
    outlets[2].copy_of = "a"
    comparisons = compare_claims(claims, outlets, ENTITIES, {})
    (found,) = [c for c in comparisons if c.kind == "agreement"]
    assert found.explanation.startswith("2 sources (Outlet A, also carried by Outlet C; Outlet B) report")
    # Words shared as often are listed in alphabetical order (the same report on every run).
    words = found.explanation.split("Shared words: ")[1].rstrip(".").split(", ")
    assert words == sorted(words) and len(words) == 4


def test_refusing_a_request_or_a_false_thing_is_no_denial_of_a_statement(nlp: object) -> None:
    said = claim(
        "a1", "a", "Dara Velt said she would appeal the ruling.", speaker="Dara Velt", entity="e1", cue="said"
    )
    refused = claim(
        "b1",
        "b",
        "Dara Velt's request for a new hearing was denied, and the court dismissed calls by Velt to delay.",
    )
    named = claim("b2", "b", "Oren Faulk called Dara Velt a false friend of the farmers.")
    for other in (refused, named):
        assert not _contradictions(
            [said, other], ("a", "b"), {"a1": frozenset({"e1"}), other.id: frozenset({"e1"})}, nlp
        )


def test_a_paraphrased_denial_with_a_pronoun_pairs_with_the_named_statement(nlp: object) -> None:
    claims = [
        claim("a1", "a", "Oren Faulk sold the Harnwick depot to a developer last year, the paper reported."),
        claim("a2", "a", "The Harnwick council sold two buses last year."),
        claim("b1", "b", "Oren Faulk said there was no truth to the report that he sold the depot."),
        claim("a3", "a", "The developer paid Oren Faulk for the depot in cash, two clerks said."),
        # The event named by a noun ("payment" is "pay"; "sale" is not yet known as "sell").
        claim("c1", "c", "Lisbet Arno said the payment to Faulk for the depot never happened."),
    ]
    found = _contradictions(claims, ("a", "b", "c"), {}, nlp)
    pairs = {tuple(sorted(c.claim_ids)) for c in found}
    assert ("a1", "b1") in pairs and ("a3", "c1") in pairs
    assert not any("a2" in c.claim_ids for c in found)


def test_a_claim_denied_in_its_own_sentence_is_not_paired_with_the_one_before(nlp: object) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Lisbet Arno said the outage in Varn would be repaired by Friday.",
            speaker="Lisbet Arno",
            entity="e3",
            cue="said",
        ),
        claim("a2", "a", "Varn says the pipeline was sabotaged, but the operator denies that claim."),
    ]
    assert not _contradictions(claims, ("a",), {}, nlp)
