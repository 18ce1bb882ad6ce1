"""Dates on the working four fifths of the public set dates.jsonl, and of the project's own gold sets
(benchmarks/data/dates_<set>_gold.jsonl: news, news2 .. news7 on real articles, guidelines on
sentences written from the TimeML / TIDES categories), held above the floors in
benchmarks/floors/devset_dates.toml (scored by the set's own score.py; see docs/bench/devset_dates.md).
Each part is annotated once per module, and only when a floor asks for it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import load_benchmark, shared_path

bench = load_benchmark("devset_dates")
FLOORS = bench.devsets.read_floors("devset_dates")
# the fewest working records each part must have (a smaller part means a set went missing)
MIN_RECORDS = {"dates": 290, "news": 30, "news2": 35, "news3": 45, "news4": 14, "news5": 22, "news6": 13, "news7": 24, "guidelines": 80}


def _scorer_present() -> None:
    scorer = shared_path() / "bench" / "devsets" / "score.py"
    assert scorer.exists(), f"the development sets are missing: {scorer} (set PARALLAX_SHARED)"


@pytest.fixture(scope="module")
def scored() -> Callable[[str], dict[str, float]]:
    """score.py's figures on the working part of one set, annotated the first time it is asked for."""
    cache: dict[str, dict[str, float]] = {}

    def figures(gold_set: str) -> dict[str, float]:
        if gold_set not in cache:
            _scorer_present()
            result, _seconds, count = bench.run("working", gold_set)
            assert count >= MIN_RECORDS[gold_set], (gold_set, count)
            cache[gold_set] = result
        return cache[gold_set]

    return figures


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset_dates_floor(scored: Callable[[str], dict[str, float]], name: str) -> None:
    floor = FLOORS[name]
    figures = scored(floor.get("set", "dates"))
    assert figures[floor["figure"]] >= floor["floor"], (name, figures)
