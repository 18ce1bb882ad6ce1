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
