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


def test_unit_breadth_floor() -> None:
    """Every unit expression generated from pint's and quantulum3's registries (benchmarks/quantity_unit_breadth.py),
    in a frame sentence, read with the value and unit pint gives it: the share right stays above its floor."""
    breadth = load_benchmark("quantity_unit_breadth")
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "quantities.toml").read_text(encoding="utf-8"))
    tally, misses = breadth.run(load_quantity_resources())
    right, total = sum(v[0] for v in tally.values()), sum(v[1] for v in tally.values())
    assert total >= 1300
    assert right / total >= floors["unit breadth right"], misses
