"""A date an outlet gives in its headline and again in its body: the headline is a cited point of the
comparison of that date, one source counted once.

Headlines and bodies are written for these tests (invented places, outlets and names)."""

from __future__ import annotations

from handmade import titled

from parallax.model import Comparison, Report
from parallax.pipeline import analyze

RUN_A = (
    "Tamsin Orlova, the mayor of Velmarsk, said on Monday that she would run for governor of the Ostrava "
    "province in 2027.\n\nOrlova told supporters at a rally in the town square that her campaign would "
    "focus on the harbour and on the railway line to the coast."
)
RUN_B = (
    "Velmarsk mayor Tamsin Orlova will run for governor of Ostrava province in 2027, she told a crowd on "
    "Monday.\n\nThe mayor has led the port town since her first election and has promised a new railway "
    "line to the coast."
)


def _year(report: Report) -> list[Comparison]:
    (story,) = report.stories
    return [c for c in story.comparisons if any(f.text == "2027" for f in c.figures)]


def test_a_headline_date_its_body_repeats_joins_the_comparison_once() -> None:
    report = analyze(
        [
            titled("a", "Daily Courier", "Velmarsk mayor Orlova to run for governor in 2027", RUN_A),
            titled("b", "Evening Post", "Orlova promises a railway to the coast", RUN_B),
        ]
    )
    (year,) = _year(report)
    assert year.kind == "agreement"
    assert {f.claim_id for f in year.figures} == {"a#title", "a#s0", "b#s0"}
    assert year.outlets == ["Daily Courier", "Evening Post"]  # Daily Courier counted once
    (story,) = report.stories
    assert not [c for c in story.comparisons if c.kind in ("disagreement", "evolving", "contradiction")]
