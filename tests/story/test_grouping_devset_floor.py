"""Story grouping on the public stories set (../shared/bench/devsets/stories.jsonl), held above its floors.

All 654 records are annotated once (module fixture) and grouped together, as one run would; B-cubed F1 is
scored by the set's own score.py on the working four fifths only. A missing ../shared fails loudly.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import load_benchmark, shared_path


@pytest.fixture(scope="module")
def bench() -> Any:
    assert (shared_path() / "bench" / "devsets" / "stories.jsonl").exists(), (
        f"no stories set under {shared_path()}"
    )
    return load_benchmark("devset_stories")


def test_grouping_above_floors_on_the_working_part(bench: Any) -> None:
    floors = bench.devsets.read_floors("devset_stories")
    figures = bench.run_direct("working", cache=None, stories_only=True)
    for corpus, floor in floors["direct"].items():
        assert figures[corpus] >= floor, (corpus, figures)
