"""Dates and lengths of one event worded apart by outlets: ordinals, yearless dates, dates ahead.

Sentences written for these tests (invented places and names).
"""

from __future__ import annotations

from typing import Any

from handmade import articles, claim, holding, q

from parallax.model import DateMention
from parallax.story.compare import compare_claims
from parallax.story.compare.figure_dates import date_interval
from parallax.story.compare.figure_ordinals import ordinal_spans

DISPUTES = ("disagreement", "evolving", "contradiction")


def test_which_ordinals_are_read() -> None:
    text = "On the 12th day of the strike, the second-term mayor met the first of them."
    assert [text[s:e] for s, e, _ in ordinal_spans(text)] == ["12th", "second"]
    assert [n for _, _, n in ordinal_spans("the 116th Assembly session")] == [116]
    # An ordinal that numbers no time, anniversary or term is no figure ("the third suspect").
    assert ordinal_spans("the third suspect and the 5th avenue") == []


def test_ordinal_days_of_a_running_event_evolve_with_publication(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "The dock strike in Porvale dragged into its 12th day on Monday."),
        claim("b1", "b", "Talks resumed on the 14th day of the dock strike in Porvale."),
        claim("c1", "c", "Porvale dockers marked the 14th day of their strike with a march."),
    ]
    found = compare_claims(
        claims,
        articles("a", "b", "c", a="2026-03-02", b="2026-03-04", c="2026-03-04"),
        [],
        {},
        nlp=nlp,
    )
    (days,) = holding(found, "12th")
    assert days.kind == "evolving"
    assert {f.text for f in days.figures} == {"12th", "14th"}
    assert [v.published for v in days.values] == sorted(v.published for v in days.values)


def test_an_ordinal_week_agrees_with_a_written_length(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The Tarnby bill bans the procedure after 18 weeks of pregnancy.",
            q("18 weeks", 18, unit="week", kind="duration"),
        ),
        claim("b1", "b", "The Tarnby bill bans the procedure after the eighteenth week of pregnancy."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (weeks,) = holding(found, "eighteenth")
    assert weeks.kind == "agreement"
    assert {f.text for f in weeks.figures} == {"18 weeks", "eighteenth"}


def test_terms_of_office_agree_and_a_lone_ordinal_is_no_point(nlp: Any) -> None:
    claims = [
        claim("a1", "a", "The second-term senator from Velmar denied the charges."),
        claim("b1", "b", "Halvard, who is in his second term as senator, denied the charges."),
        claim("b2", "b", "It was the 40th session of the Velmar assembly."),
    ]
    found = compare_claims(claims, articles("a", "b"), [], {}, nlp=nlp)
    (term,) = holding(found, "second")
    assert term.kind == "agreement" and len(term.figures) == 2
    assert not holding(found, "40th")  # one outlet's ordinal: not shown alone


def test_a_yearless_month_takes_its_year_from_the_tense() -> None:
    january = DateMention(start=0, end=7, text="January", value="2026-01")
    # Published in August: the nearest January is the next one, but a past clause means the last one.
    nearest = date_interval(january, "2026-08-20")
    past = date_interval(january, "2026-08-20", "past")
    future = date_interval(january, "2026-08-20", "future")
    assert nearest is not None and past is not None and future is not None
    assert past[0] < nearest[0] == future[0]
    assert date_interval(DateMention(start=0, end=7, text="January 2026", value="2026-01"), None) == past


def test_midnight_of_a_day_is_the_start_of_the_next() -> None:
    midnight = DateMention(start=0, end=16, text="midnight March 3", value="2026-03-03T24", type="TIME")
    day = DateMention(start=0, end=7, text="March 4", value="2026-03-04")
    assert date_interval(midnight, "2026-03-10") == date_interval(day, "2026-03-10")


def test_a_past_yearless_date_agrees_with_the_date_written_with_its_year(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Reporters asked about the Oct. 9 flood, which destroyed the Dunmere dam.",
            dates=(("Oct. 9", "2026-10-09"),),
        ),
        claim(
            "b1",
            "b",
            "The flood of Oct. 9, 2025, destroyed the Dunmere dam.",
            dates=(("Oct. 9, 2025", "2025-10-09"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-05-02"), [], {}, nlp=nlp)
    (flood,) = holding(found, "Oct. 9")
    assert flood.kind == "agreement"
    assert not [c for c in found if c.kind in DISPUTES]


def test_two_years_ahead_for_one_end_are_a_disagreement(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "Governor Orlen said his second term ends in 2029.",
            dates=(("2029", "2029"),),
        ),
        claim(
            "b1",
            "b",
            "Orlen may resign before his term ends in 2028, he told a radio station.",
            dates=(("2028", "2028"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-05-02"), [], {}, nlp=nlp)
    (end,) = holding(found, "2029")
    assert end.kind == "disagreement"
    assert {f.text for f in end.figures} == {"2029", "2028"}


def test_what_counts_back_from_publication() -> None:
    from parallax.story.compare.figure_durations import counted_back

    assert counted_back("more than two years ago") == ("more than", 2.0, "year", 19)
    assert counted_back("A month ago") == (None, 1.0, "month", 7)
    assert counted_back("last year") is None
    assert counted_back("on Tuesday") is None


def test_a_start_counted_back_agrees_with_the_length_of_the_event(nlp: Any) -> None:
    claims = [
        claim(
            "a1",
            "a",
            "The audit of the Harlow port authority began more than three years ago.",
            dates=(("more than three years ago", "2023"),),
        ),
        claim(
            "b1",
            "b",
            "After more than three years of auditing, the Harlow port authority was cleared.",
            q("more than three years", 3, unit="year", kind="duration", qualifier="more than"),
        ),
        claim(
            "b2",
            "b",
            "Its chairman resigned a week ago.",
            dates=(("a week ago", "2026-04-25"),),
        ),
    ]
    found = compare_claims(claims, articles("a", "b", published="2026-05-02"), [], {}, nlp=nlp)
    (audit,) = holding(found, "more than three years")
    assert audit.kind == "agreement" and len(audit.figures) == 2
    assert not holding(found, "a week")  # one outlet's count back: not shown alone
