"""The comparison benchmark on the second fresh gold (events_fresh2.jsonl: 24 real events of ../shared),
held to the ``fresh2_at_least`` / ``fresh2_at_most`` floors of benchmarks/floors/comparison.toml.

The second fresh gold was scored once, blind, at the end of the fourth round; it is working data since.
Its events are analysed once per module.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]
bench = load_benchmark("comparison")


@pytest.fixture(scope="module")
def fresh2_figures() -> dict[str, float]:
    assert (shared_path() / "bench" / "devsets" / "stories.jsonl").exists(), (
        f"shared data not found at {shared_path()} (set PARALLAX_SHARED)"
    )
    return bench.score("fresh2")


def test_comparison_fresh2_floors(fresh2_figures: dict[str, float]) -> None:
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "comparison.toml").read_text(encoding="utf-8"))
    assert fresh2_figures["events"] == 24 and fresh2_figures["measures"] >= 130
    for name, floor in floors["fresh2_at_least"].items():
        assert fresh2_figures[name] >= floor, (name, fresh2_figures)
    for name, ceiling in floors["fresh2_at_most"].items():
        assert fresh2_figures[name] <= ceiling, (name, fresh2_figures)
