"""The comparison benchmark on the fresh gold (events_fresh.jsonl: 26 real events of ../shared), held to
the ``fresh_at_least`` / ``fresh_at_most`` floors of benchmarks/floors/comparison.toml.

The fresh gold was scored once, blind, at the end of the third round; it is working data since. Its events
are analysed once per module.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]
bench = load_benchmark("comparison")


@pytest.fixture(scope="module")
def fresh_figures() -> dict[str, float]:
    assert (shared_path() / "bench" / "devsets" / "stories.jsonl").exists(), (
        f"shared data not found at {shared_path()} (set PARALLAX_SHARED)"
    )
    return bench.score("fresh")


def test_comparison_fresh_floors(fresh_figures: dict[str, float]) -> None:
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "comparison.toml").read_text(encoding="utf-8"))
    assert fresh_figures["events"] == 26 and fresh_figures["measures"] >= 70
    for name, floor in floors["fresh_at_least"].items():
        assert fresh_figures[name] >= floor, (name, fresh_figures)
    for name, ceiling in floors["fresh_at_most"].items():
        assert fresh_figures[name] <= ceiling, (name, fresh_figures)
