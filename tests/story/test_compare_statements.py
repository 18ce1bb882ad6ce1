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
