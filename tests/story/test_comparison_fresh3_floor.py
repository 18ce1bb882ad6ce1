"""The comparison benchmark on the third fresh gold (events_fresh3.jsonl: 30 real events of ../shared),
held to the ``fresh3_at_least`` / ``fresh3_at_most`` floors of benchmarks/floors/comparison.toml.

The third fresh gold was scored once, blind, at the end of the fifth round; it is working data since.
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
def fresh3_figures() -> dict[str, float]:
    assert (shared_path() / "bench" / "devsets" / "stories.jsonl").exists(), (
        f"shared data not found at {shared_path()} (set PARALLAX_SHARED)"
    )
    return bench.score("fresh3")


def test_comparison_fresh3_floors(fresh3_figures: dict[str, float]) -> None:
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "comparison.toml").read_text(encoding="utf-8"))
    assert fresh3_figures["events"] == 30 and fresh3_figures["measures"] >= 115
    for name, floor in floors["fresh3_at_least"].items():
        assert fresh3_figures[name] >= floor, (name, fresh3_figures)
    for name, ceiling in floors["fresh3_at_most"].items():
        assert fresh3_figures[name] <= ceiling, (name, fresh3_figures)
