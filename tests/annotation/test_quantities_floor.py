"""Recompute the quantity benchmark on the development gold set and hold it above the floors."""

from __future__ import annotations

import tomllib
from pathlib import Path

from conftest import load_benchmark
from parallax.annotation.quantities import load_quantity_resources

REPO = Path(__file__).resolve().parents[2]


def test_quantities_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    bench = load_benchmark("quantities")
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "quantities.toml").read_text(encoding="utf-8"))
    resources = load_quantity_resources()
    for model in (None, nlp):
        figures = bench.score(resources, model)
        assert figures["gold"] >= 80
        for name in ("precision", "recall", "f1"):
            assert figures[name] >= floors[name], (name, figures, model)
