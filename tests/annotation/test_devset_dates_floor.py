"""Dates on the working four fifths of the public set dates.jsonl, held above the floors in
benchmarks/floors/devset_dates.toml (scored by the set's own score.py; see docs/bench/devset_dates.md)."""

from __future__ import annotations

import pytest

from conftest import load_benchmark, shared_path

bench = load_benchmark("devset_dates")
FLOORS = bench.devsets.read_floors("devset_dates")


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    scorer = shared_path() / "bench" / "devsets" / "score.py"
    assert scorer.exists(), f"the development sets are missing: {scorer} (set PARALLAX_SHARED)"
    result, _seconds, count = bench.run("working")
    assert count >= 290
    return result  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset_dates_floor(figures: dict[str, float], name: str) -> None:
    assert figures[FLOORS[name]["figure"]] >= FLOORS[name]["floor"], (name, figures)
