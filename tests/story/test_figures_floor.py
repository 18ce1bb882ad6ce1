"""Recompute the figure-comparison benchmark on the written stories and hold it above the floors."""

from __future__ import annotations

import tomllib
from pathlib import Path

from conftest import load_benchmark
from parallax.annotation.pipeline import load_annotator

REPO = Path(__file__).resolve().parents[2]


def test_figure_grouping_floor() -> None:
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "figures.toml").read_text(encoding="utf-8"))
    figures = load_benchmark("figures").score(load_annotator())
    assert figures["figures"] >= 35
    for name, floor in floors.items():
        assert figures[name] >= floor, (name, figures)
