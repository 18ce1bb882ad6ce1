"""The comparison benchmark on each fresh gold (events_fresh*.jsonl: real events of ../shared), held to the
``<part>_at_least`` / ``<part>_at_most`` floors of benchmarks/floors/comparison.toml.

Each fresh gold was scored once, blind, at the end of the round that wrote it (fresh: third round; fresh2:
fourth; fresh3: fifth; fresh4: sixth; fresh5: seventh; fresh6: eighth; fresh7: ninth; fresh8: tenth) and is working data since. Each part's events are analysed once; their annotations are kept
in memory for the rest of the run (``annotation_memo``), so the contradictions floor does not annotate
those events again.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]
bench = load_benchmark("comparison")

# part -> (events, at least this many gold measures): the gold itself, checked before the floors.
PARTS = {
    "fresh": (26, 70),
    "fresh2": (24, 130),
    "fresh3": (30, 115),
    "fresh4": (30, 38),
    "fresh5": (30, 33),
    "fresh6": (30, 48),
    "fresh7": (30, 42),
    "fresh8": (41, 52),
}


@pytest.fixture(scope="module", params=sorted(PARTS))
def part_figures(
    request: pytest.FixtureRequest, annotation_memo: dict[tuple[object, ...], object]
) -> tuple[str, dict[str, float]]:
    assert (shared_path() / "bench" / "devsets" / "stories.jsonl").exists(), (
        f"shared data not found at {shared_path()} (set PARALLAX_SHARED)"
    )
    part = request.param
    return part, bench.score(part)


def test_comparison_fresh_part_floors(part_figures: tuple[str, dict[str, float]]) -> None:
    part, figures = part_figures
    floors = tomllib.loads((REPO / "benchmarks" / "floors" / "comparison.toml").read_text(encoding="utf-8"))
    events, measures = PARTS[part]
    assert figures["events"] == events and figures["measures"] >= measures
    for name, floor in floors[f"{part}_at_least"].items():
        assert figures[name] >= floor, (part, name, figures)
    for name, ceiling in floors[f"{part}_at_most"].items():
        assert figures[name] <= ceiling, (part, name, figures)
