"""Dates on the working four fifths of the public set dates.jsonl, and of the project's own gold sets on
real articles (benchmarks/data/dates_news_gold.jsonl, dates_news2_gold.jsonl, dates_news3_gold.jsonl), held above the floors in
benchmarks/floors/devset_dates.toml (scored by the set's own score.py; see docs/bench/devset_dates.md)."""

from __future__ import annotations

import pytest

from conftest import load_benchmark, shared_path

bench = load_benchmark("devset_dates")
FLOORS = bench.devsets.read_floors("devset_dates")


def _scorer_present() -> None:
    scorer = shared_path() / "bench" / "devsets" / "score.py"
    assert scorer.exists(), f"the development sets are missing: {scorer} (set PARALLAX_SHARED)"


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    _scorer_present()
    result, _seconds, count = bench.run("working")
    assert count >= 290
    return result  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def news_figures() -> dict[str, float]:
    _scorer_present()
    result, _seconds, count = bench.run("working", "news")
    assert count >= 30
    return result  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def news2_figures() -> dict[str, float]:
    _scorer_present()
    result, _seconds, count = bench.run("working", "news2")
    assert count >= 35
    return result  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def news3_figures() -> dict[str, float]:
    _scorer_present()
    result, _seconds, count = bench.run("working", "news3")
    assert count >= 45
    return result  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset_dates_floor(request: pytest.FixtureRequest, name: str) -> None:
    floor = FLOORS[name]
    fixture = {"news": "news_figures", "news2": "news2_figures", "news3": "news3_figures"}.get(
        floor.get("set", ""), "figures"
    )
    scored = request.getfixturevalue(fixture)
    assert scored[floor["figure"]] >= floor["floor"], (name, scored)
