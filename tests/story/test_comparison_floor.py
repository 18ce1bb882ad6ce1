"""The comparison benchmark on real stories (benchmarks/comparison.py) held to its floors, and its scoring.

The floor test analyses the working half of the hand-written gold (12 events of ../shared) once per module.
The other tests check the scorer's own mapping and counting on texts written here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]
bench = load_benchmark("comparison")


@pytest.fixture(scope="module")
def working_figures() -> dict[str, float]:
    assert (shared_path() / "bench" / "devsets" / "stories.jsonl").exists(), (
        f"shared data not found at {shared_path()} (set PARALLAX_SHARED)"
    )
    return bench.score("working")


def test_comparison_floors(working_figures: dict[str, float]) -> None:
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "comparison.toml").read_text(encoding="utf-8"))
    assert working_figures["events"] == 12 and working_figures["measures"] >= 30
    for name, floor in floors["at_least"].items():
        assert working_figures[name] >= floor, (name, working_figures)
    for name, ceiling in floors["at_most"].items():
        assert working_figures[name] <= ceiling, (name, working_figures)


def test_gold_spans_slice_the_input_text() -> None:
    events = bench.load_gold()
    assert {e["part"] for e in events} == {"working", "setaside"}
    assert sum(e["part"] == "setaside" for e in events) == 10
    bench.check_gold(events, bench.load_inputs(events))  # raises on a span that does not match


def test_cleaned_sentence_and_figure_are_found_in_the_input() -> None:
    source = "Flood in Varnholt\n\nThe river rose   by “two metres”.\nOfficials said 40 homes were lost; 40 more were  at risk."
    text = bench.InputText(source)
    where = text.locate_sentence("Officials said 40 homes were lost; 40 more were at risk.", 0.7)
    assert where is not None
    start, end = text.original(*where)
    assert source[start:end] == "Officials said 40 homes were lost; 40 more were  at risk."
    second = text.locate_figure(where, "40", offset=35)
    assert (
        second is not None and source[second[0] : second[1]] == "40" and second[0] == source.index("40 more")
    )
    quoted = text.locate_sentence('The river rose by "two metres".', 0.3)
    assert quoted is not None and source[slice(*text.original(*quoted))].endswith("metres”.")


def _comparison(kind: str, figures: int = 0, outliers: int = 0) -> Any:
    refs = [SimpleNamespace(text="x") for _ in range(figures)]
    return SimpleNamespace(kind=kind, measure="m", topic="t", figures=refs, outliers=[], explanation="")


def test_found_b3_kinds_and_false_disputes() -> None:
    def fig(article: str, start: int) -> dict[str, Any]:
        return {"article": article, "start": start, "end": start + 2, "text": "xx", "outlier": False}

    event = {
        "event": "e",
        "about": "written",
        "measures": [
            {"name": "killed", "kind": "agreement", "figures": [fig("a", 0), fig("b", 0), fig("c", 0)]},
            {"name": "injured", "kind": "disagreement", "figures": [fig("a", 10), fig("b", 10)]},
        ],
        "contradictions": [
            {
                "proposition": "p",
                "claim": [{"article": "a", "start": 50, "end": 80, "text": ""}],
                "denial": [{"article": "b", "start": 50, "end": 80, "text": ""}],
            }
        ],
    }
    mapped = bench.Mapped(stories=1)
    # 1: the killed figures of a and b (found: 2 of 3 figures, all of its own figures) but called a disagreement,
    # so also a false dispute. 2: the injured figure of a with an unrelated figure: half of it is the injured
    # dispute, a true one. 3: a contradiction citing the claim and the denial: true. 4: a contradiction citing
    # only the claim: false.
    rows = [
        (_comparison("disagreement", 2), [("a", 0, 2), ("b", 1, 3)], [("a", 50, 60), ("b", 5, 6)]),
        (_comparison("disagreement", 2), [("a", 10, 12), ("c", 30, 32)], []),
        (_comparison("contradiction"), [], [("a", 55, 70), ("b", 40, 60)]),
        (_comparison("contradiction"), [], [("a", 55, 70)]),
    ]
    for comp, figures, claims in rows:
        mapped.comparisons.append(comp)
        mapped.figures.append(figures)
        mapped.outliers.append([])
        mapped.claims.append(claims)
        mapped.outlets.append(["A", "B"])
        mapped.values.append([(5.0, 5.0, "people"), (5.0, 5.0, "people")])
    tally = bench.score_event(event, mapped)
    assert (tally.measures, tally.found, tally.kinds_right) == (2, 1, 0)
    assert tally.false_disputes == 2
    assert tally.same_value == 2  # both disagreements give one value from two outlets
    figures = tally.figures_dict()
    # B-cubed: killed a, b together (P 1, R 2/3), killed c alone (P 1, R 1/3), injured a in comparison 2 alone
    # among gold figures (P 1, R 1/2), injured b alone (P 1, R 1/2).
    assert figures["b3_precision"] == pytest.approx(1.0)
    assert figures["b3_recall"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5)
    assert figures["points_per_story"] == 4


def test_report_figures_values_and_outliers_map_to_the_input() -> None:
    from parallax.model import Article, Claim, Comparison, FigureRef, OutletValue, Report, Story

    record = "Storm hits Tarnow\n\nThe storm  killed 12 people in Tarnow. Rescuers said 12 homes were lost."
    page = "Menu | Login\n\nIn Belvik the storm killed 14 people, officials said.\n\nCopyright"
    inputs = {"x/1": {"id": "x/1", "text": record}, "sh_page": {"id": "sh_page", "path": "p", "text": page}}
    articles = [
        Article(
            id="x/1", source="event.jsonl:1", outlet="A", text=record.split("\n\n", 1)[1].replace("  ", " ")
        ),
        Article(
            id="sh_page.dump",
            source="/data/sh_page.dump.txt",
            text="In Belvik the storm killed 14 people, officials said.",
        ),
    ]
    claims = [
        Claim(id="c1", article_id="x/1", start=0, end=36, text="The storm killed 12 people in Tarnow."),
        Claim(id="c2", article_id="sh_page.dump", start=0, end=53, text=articles[1].text),
    ]
    refs = [
        FigureRef(claim_id="c1", start=17, end=19, text="12"),
        FigureRef(claim_id="c2", start=27, end=29, text="14"),
    ]
    comparison = Comparison(
        kind="agreement",
        topic="people killed",
        measure="people killed",
        claim_ids=["c1", "c2"],
        article_ids=["x/1", "sh_page.dump"],
        explanation="",
        figures=refs,
        values=[
            OutletValue(outlet="A", value="12 people", low=12, high=12, unit="people", figures=refs[:1]),
            OutletValue(
                outlet="sh_page", value="14 people", low=14, high=14, unit="people", figures=refs[1:]
            ),
        ],
        outliers=refs[1:],
    )
    story = Story(
        id="s1", title="t", article_ids=["x/1", "sh_page.dump"], claims=claims, comparisons=[comparison]
    )
    mapped = bench.map_report(Report(articles=articles, stories=[story]), inputs)
    first = record.index("12 people")
    assert mapped.figures == [
        [("x/1", first, first + 2), ("sh_page", page.index("14"), page.index("14") + 2)]
    ]
    assert mapped.outliers == [[("sh_page", page.index("14"), page.index("14") + 2)]]
    assert mapped.values == [[(12, 12, "people"), (14, 14, "people")]]
    assert mapped.claims[0][0] == ("x/1", record.index("The storm"), record.index(" Rescuers"))
