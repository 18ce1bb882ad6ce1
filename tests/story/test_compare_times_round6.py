"""Clock times as figures: the time something happened, compared across outlets.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, timed

from parallax.model import DateMention
from parallax.story.compare import compare_claims
from parallax.story.compare.figure_times import clock_minutes, time_span, zone_of

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_which_times_write_a_clock_part() -> None:
    assert clock_minutes("5:40 p.m.") == (17 * 60 + 40, True)
    assert clock_minutes("10 a.m.") == (10 * 60, False)
    assert clock_minutes("7 pm") == (19 * 60, False)
    assert clock_minutes("17:40") == (17 * 60 + 40, True)
    assert clock_minutes("noon") == (12 * 60, False)
    assert clock_minutes("midnight") == (0, False)
    assert clock_minutes("12:15 a.m.") == (15, True)
    # Parts of the day are no figures.
    assert clock_minutes("Tuesday night") is None
    assert clock_minutes("the morning") is None
    assert clock_minutes("early Sunday afternoon") is None


def test_precision_hedges_and_bounds() -> None:
    def span(text: str, time: str) -> tuple[float, float] | None:
        made = timed("c", "a", text, time)
        read = time_span(made, made.dates[0])
        return None if read is None else (read[2], read[3])

    assert span("The ferry sank at 5:05 p.m., the port said.", "5:05 p.m.") == (1025, 1025)
    assert span("The ferry sank at 5 p.m., the port said.", "5 p.m.") == (1020, 1035)
    assert span("The ferry sank at about 5 p.m., the port said.", "5 p.m.") == (990, 1050)
    assert span("The ferry sank shortly before noon on Sunday.", "noon") == (690, 720)
    # A bound is no time of the event.
    assert span("Divers must leave the harbour before 5 p.m. on Sunday.", "5 p.m.") is None
    # A part of the day is no figure even when the annotator types it TIME.
    assert span("The ferry sank on Sunday night near Orrin.", "Sunday night") is None
    # The zone written after the time is read with it.
    made = timed("c", "a", "The ferry sank at 10:30 a.m. local time on Sunday.", "10:30 a.m.")
    read = time_span(made, made.dates[0])
    assert read is not None and read[1] == "10:30 a.m. local time"
    assert zone_of("4:30 p.m. GMT") == "gmt" and zone_of("4:30 p.m.") == ""


def test_one_event_timed_alike_agrees_and_timed_apart_disagrees(nlp: Any) -> None:
    claims = [
        timed("a1", "a", "The quake struck the Velmar coast at 5:05 p.m. on Sunday.", "5:05 p.m."),
        timed("b1", "b", "The quake struck Velmar at about 5 p.m., officials said.", "5 p.m."),
        timed("a2", "a", "The Orrin dam burst at 9:10 p.m., flooding the valley.", "9:10 p.m."),
        timed("b2", "b", "The Orrin dam burst at 11:45 p.m., the utility said.", "11:45 p.m."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (quake,) = holding(found, "5:05 p.m.")
    assert quake.kind == "agreement" and holding(found, "5 p.m.") == [quake]
    (dam,) = holding(found, "9:10 p.m.")
    assert dam.kind == "disagreement" and holding(found, "11:45 p.m.") == [dam]
    assert dam.measure is not None and dam.measure.startswith("time of")


def test_times_of_different_things_stay_apart(nlp: Any) -> None:
    claims = [
        timed("a1", "a", "The Velmar bridge collapsed at 6:15 a.m. on Sunday.", "6:15 a.m."),
        timed("b1", "b", "The mayor of Velmar resigned at 8:30 p.m. on Sunday.", "8:30 p.m."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not [c for c in found if c.kind in DISPUTES]
    assert not [c for c in found if len(c.figures) > 1]


def test_times_in_different_zones_are_compared_only_when_both_are_known(nlp: Any) -> None:
    claims = [
        # Two zones with a known offset: 16:40 GMT is 11:40 a.m. EST, one time.
        timed("a1", "a", "The Orrin reactor shut down at 4:40 p.m. GMT on Sunday.", "4:40 p.m."),
        timed("b1", "b", "The Orrin reactor shut down at 11:40 a.m. EST on Sunday.", "11:40 a.m."),
        # A zone written and none: never set against each other.
        timed("a2", "a", "The Velmar ferry sank at 9 p.m. local time on Sunday.", "9 p.m."),
        timed("b2", "b", "The Velmar ferry sank at 2 p.m. on Sunday.", "2 p.m."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (reactor,) = holding(found, "4:40 p.m. GMT")
    assert reactor.kind == "agreement" and holding(found, "11:40 a.m. EST") == [reactor]
    assert not holding(found, "9 p.m. local time") and not holding(found, "2 p.m.")


def test_parts_of_the_day_are_not_figures(nlp: Any) -> None:
    claims = [
        timed("a1", "a", "The Velmar ferry sank on Tuesday night near Orrin.", "Tuesday night"),
        timed("b1", "b", "The Velmar ferry sank in the morning near Orrin.", "the morning"),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    assert not holding(found, "Tuesday night") and not holding(found, "the morning")


def test_a_mention_that_is_not_a_time_is_left_out() -> None:
    made = claim("c", "a", "The ferry sank at 5 p.m. on Sunday.", dates=(("Sunday", "2026-03-08"),))
    assert time_span(made, made.dates[0]) is None
    date_only = DateMention(start=0, end=6, text="5 p.m.", value="2026-03-08", type="DATE")
    assert time_span(made, date_only) is None
