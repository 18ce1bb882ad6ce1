"""The comparison benchmark's contradiction figures (benchmarks/comparison.py), on spans written here."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from conftest import load_benchmark

bench = load_benchmark("comparison")


def _point(kind: str) -> Any:
    return SimpleNamespace(kind=kind, measure=None, topic="t", figures=[], outliers=[], explanation="")


def test_contradictions_found_and_precision() -> None:
    def side(article: str, start: int) -> list[dict[str, Any]]:
        return [{"article": article, "start": start, "end": start + 30, "text": ""}]

    event = {
        "event": "e",
        "about": "written",
        "measures": [],
        "contradictions": [
            {"proposition": "p", "claim": side("a", 0), "denial": side("b", 0)},
            {"proposition": "q", "claim": side("a", 100), "denial": side("c", 100)},
            {"proposition": "r", "claim": side("a", 200), "denial": side("b", 200)},
        ],
    }
    mapped = bench.Mapped(stories=1)
    # 1: claim and denial of p (right); 2: claim of q and a sentence of no gold (false); 3: a lone denial
    # of r (not a contradiction point: r is not found); 4: the claim and denial of q, as a disagreement (a
    # contradiction is found only by a contradiction point).
    rows = [
        ("contradiction", [("a", 5, 20), ("b", 10, 25)]),
        ("contradiction", [("a", 105, 120), ("c", 500, 520)]),
        ("unique", [("b", 205, 220)]),
        ("disagreement", [("a", 105, 120), ("c", 105, 120)]),
    ]
    for kind, claims in rows:
        mapped.comparisons.append(_point(kind))
        mapped.figures.append([])
        mapped.outliers.append([])
        mapped.claims.append(claims)
        mapped.outlets.append([])
        mapped.values.append([])
    figures = bench.score_event(event, mapped).figures_dict()
    assert figures["contradictions"] == 3
    assert figures["contradictions_found"] == 1 / 3
    assert figures["contradiction_points"] == 2
    assert figures["contradiction_precision"] == 0.5
    assert figures["false_contradictions"] == 1
