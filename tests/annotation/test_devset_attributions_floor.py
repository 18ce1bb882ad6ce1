"""Attributions on real news (PolNeAR, ../shared) held above the floors in benchmarks/floors/devset_attributions.toml.

To keep the cost modest this scores a fixed subset of the working part: every 8th working record
(file order) plus the records holding the hand-labelled kinds (about 100 records, one spaCy pass each).
A missing ../shared fails loudly.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]
FLOORS = tomllib.loads(
    (REPO / "benchmarks" / "floors" / "devset_attributions.toml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    scorer = shared_path() / "bench" / "devsets" / "score.py"
    assert scorer.exists(), f"PolNeAR development set not found at {scorer} (set PARALLAX_SHARED)"
    bench = load_benchmark("devset_attributions")
    every = int(FLOORS["subset"]["every"])
    result: dict[str, float] = bench.run("working", every=every)
    return result


@pytest.mark.parametrize("name", [k for k in FLOORS["working_subset"]])
def test_devset_attribution_floor(figures: dict[str, float], name: str) -> None:
    figure = name.replace("_", " ")
    assert figure in figures, (figure, sorted(figures))
    assert figures[figure] >= FLOORS["working_subset"][name], (figure, figures[figure])


def test_subset_is_the_fixed_one(figures: dict[str, float]) -> None:
    assert figures["records"] == FLOORS["subset"]["records"]
    assert figures["all recall n"] >= 2000  # gold attributions scored
