"""The sixth, seventh and eighth own quantity golds (benchmarks/data/quantities_own6_gold.jsonl,
quantities_own7_gold.jsonl and quantities_own8_gold.jsonl, working four fifths) stay above their floors in benchmarks/floors/quantities.toml,
scored by the development sets' own score.py (read from ../shared, ``PARALLAX_SHARED``; a missing folder fails)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]

# gold prefix -> (the benchmark's gold constant, at least this many spans with a unit scored)
GOLDS = {"own6": ("OWN6", 30), "own7": ("OWN7", 80), "own8": ("OWN8", 45)}


@pytest.mark.parametrize("prefix", sorted(GOLDS))
def test_own_gold_floors(prefix: str) -> None:
    scorer = shared_path() / "bench" / "devsets" / "score.py"
    assert scorer.exists(), f"development sets not found at {scorer.parent} (set PARALLAX_SHARED)"
    bench: Any = load_benchmark("devset_quantities")
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "quantities.toml").read_text(encoding="utf-8"))
    own = {name: floor for name, floor in floors.items() if name.startswith(f"{prefix} ")}
    assert len(own) == 3
    constant, with_unit = GOLDS[prefix]
    figures = bench.run_own("working", gold=getattr(bench, constant))
    assert figures[f"{prefix} with unit right n"] >= with_unit
    for name, floor in own.items():
        assert figures.get(name, 0.0) >= floor, (name, figures.get(name), floor)
