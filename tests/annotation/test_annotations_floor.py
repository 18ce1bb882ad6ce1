"""Recompute the date, attribution and entity benchmarks on the written gold sets and hold them above the floors."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import load_benchmark
from parallax.annotation.pipeline import Annotator

REPO = Path(__file__).resolve().parents[2]
FLOORS = tomllib.loads((REPO / "benchmarks" / "floors" / "annotations.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "scorer", "kind", "minimum_gold"),
    [
        ("dates", "score_dates", "gold", 70),
        ("attributions", "score_attributions", "gold", 45),
        ("entities", "score_entities", "gold", 75),
        ("dates_check", "score_dates", "check", 30),
        ("attributions_check", "score_attributions", "check", 20),
    ],
)
def test_annotation_floors(
    annotator: Annotator, name: str, scorer: str, kind: str, minimum_gold: int
) -> None:
    bench = load_benchmark("annotations")
    score = getattr(bench, scorer)
    figures = score(annotator) if kind == "gold" else score(annotator, kind=kind)
    assert figures["gold"] >= minimum_gold
    for metric, floor in FLOORS[name].items():
        assert figures[metric] >= floor, (name, metric, figures)
