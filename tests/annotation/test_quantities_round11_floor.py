"""The seventh own quantity gold (benchmarks/data/quantities_own7_gold.jsonl, working four fifths) stays above its
floors in benchmarks/floors/quantities.toml, scored by the development sets' own score.py (read from ../shared,
``PARALLAX_SHARED``; a missing folder fails)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]


def test_seventh_own_gold_floors() -> None:
    scorer = shared_path() / "bench" / "devsets" / "score.py"
    assert scorer.exists(), f"development sets not found at {scorer.parent} (set PARALLAX_SHARED)"
    bench: Any = load_benchmark("devset_quantities")
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "quantities.toml").read_text(encoding="utf-8"))
    own7 = {name: floor for name, floor in floors.items() if name.startswith("own7 ")}
    assert len(own7) == 3
    figures = bench.run_own("working", gold=bench.OWN7)
    assert figures["own7 with unit right n"] >= 80
    for name, floor in own7.items():
        assert figures.get(name, 0.0) >= floor, (name, figures.get(name), floor)
