"""Dates and times of one event worded apart by outlets (round 9): a time written to an odd minute, a
yearless date and the year another outlet writes for it.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, timed

from parallax.story.compare import compare_claims
from parallax.story.compare.figure_times import minute_mark

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_only_a_minute_off_the_quarter_hour_marks_its_event() -> None:
    assert minute_mark("5:40 p.m.", 1060, 1060) == frozenset({"minute 1060"})
    assert minute_mark("11:20 p.m. ET", 1400, 1400) == frozenset({"minute 1400 et"})
    assert minute_mark("5:30 p.m.", 1050, 1050) == frozenset()  # a half hour: many things start then
    assert minute_mark("5 p.m.", 1020, 1035) == frozenset()
    assert minute_mark("noon", 720, 735) == frozenset()
    assert minute_mark("about 5:40 p.m.", 1030, 1090) == frozenset()  # hedged: no mark


def test_one_odd_minute_worded_apart_is_one_time(nlp: Any) -> None:
    claims = [
        timed("a1", "a", "The Velmar debate format gives Ines Mills her interview at 5:40 p.m.", "5:40 p.m."),
        timed("b1", "b", "Ines Mills comes on at 5:40 p.m., after the governor.", "5:40 p.m."),
        timed(
            "b2",
            "b",
            "Oskar Brandt will be questioned by the panel and will come on at 9:50 p.m.",
            "9:50 p.m.",
        ),
        timed("a2", "a", "Brandt's interview is at 9:50 p.m.", "9:50 p.m."),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-03-08"), [], {}, nlp=nlp)
    for text, ids in (("5:40 p.m.", {"a1", "b1"}), ("9:50 p.m.", {"a2", "b2"})):
        (time,) = holding(found, text)
        assert time.kind == "agreement"
        assert {f.claim_id for f in time.figures} == ids
    assert not [c for c in found if c.kind in DISPUTES]


def test_whole_hours_worded_apart_stay_apart(nlp: Any) -> None:
    claims = [
        timed("a1", "a", "The Velmar debate format gives Ines Mills her interview at 5 p.m.", "5 p.m."),
        timed("b1", "b", "The ferry to Harlow leaves at 5 p.m., the port said.", "5 p.m."),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-03-08"), [], {}, nlp=nlp)
    assert not [c for c in holding(found, "5 p.m.") if len(c.figures) >= 2]


def test_a_yearless_date_takes_the_year_another_outlet_writes(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "An interview of Mayor Ines Mills in early July is at the heart of the Velmar inquiry.",
            dates=(("early July", "2027-07"),),
        ),
        claim(
            "b1",
            "b",
            "Her July 2026 interview with the Velmar inquiry lasted three hours.",
            dates=(("July 2026", "2026-07"),),
        ),
        claim(
            "b2",
            "b",
            "The ferry to Harlow reopened in March 2026 after the floods.",
            dates=(("March 2026", "2026-03"),),
        ),
        claim(
            "a2",
            "a",
            "Brandt's campaign will hold its first rally in March in Harlow.",
            dates=(("March", "2027-03"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2027-02-20"), [], {}, nlp=nlp)
    (july,) = holding(found, "early July")
    assert july.kind == "agreement"
    assert {f.claim_id for f in july.figures} == {"a1", "b1"}
    # A month tied to nothing the other outlet dates keeps its own reading.
    assert not [c for c in holding(found, "March") if len(c.figures) >= 2]
    assert not [c for c in found if c.kind in DISPUTES]


def test_a_month_dating_a_past_participle_of_a_noun_is_the_last_one(nlp: Any) -> None:
    # Published in October: the nearest March is the next one, but "barrels released in March" tells of a
    # deed done, as "he ordered in March" does.
    claims = [
        claim(
            "a1",
            "a",
            "The sale would complete the release of 40 million barrels ordered by Governor Vell in March.",
            dates=(("March", "2026-03"),),
        ),
        claim(
            "b1",
            "b",
            "Governor Vell ordered the sale of 40 million barrels in March, the agency said.",
            dates=(("March", "2026-03"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-10-22"), [], {}, nlp=nlp)
    (month,) = holding(found, "March")
    assert month.kind == "agreement" and len(month.figures) == 2
