"""The third fresh comparison gold (events_fresh3.jsonl, issue 9) is well formed against ../shared.

These events are scored once, at the very end (``benchmarks/comparison.py --part fresh3``); this test runs
no Parallax and only checks the gold itself: the benchmark loads it, every span slices its text out of the
article's input text, every article exists in stories.jsonl and belongs to its event, no event is in an
earlier gold (events.jsonl, events_fresh.jsonl, events_fresh2.jsonl), and the file is what
``build.py --fresh3`` makes of ``written_fresh3.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from comparison_gold_files import GOLD_DIR, build_module, read_stories, read_story_gold

from conftest import load_benchmark

bench = load_benchmark("comparison")


@pytest.fixture(scope="module")
def stories() -> dict[str, dict[str, Any]]:
    return read_stories()


@pytest.fixture(scope="module")
def events() -> list[dict[str, Any]]:
    return bench.load_gold("fresh3")


def test_fresh3_events_are_new_and_of_the_fresh3_part(events: list[dict[str, Any]]) -> None:
    assert bench.gold_file("fresh3") == GOLD_DIR / "events_fresh3.jsonl"
    assert "fresh3" in bench.PARTS
    assert {e["part"] for e in events} == {"fresh3"}
    assert bench.load_gold("fresh3", GOLD_DIR / "events_fresh3.jsonl") == events
    corpora = [e["corpus"] for e in events]
    assert len(events) >= 30 and corpora.count("basil") >= 15 and corpora.count("pac") >= 15
    earlier = {e["event"] for part in (None, "fresh", "fresh2") for e in bench.load_gold(part)}
    names = [e["event"] for e in events]
    assert len(set(names)) == len(names) and not earlier & set(names)


def test_fresh3_articles_exist_and_belong_to_their_event(
    events: list[dict[str, Any]], stories: dict[str, dict[str, Any]]
) -> None:
    gold_events = read_story_gold()
    for event in events:
        members = sorted(i for i, e in gold_events.items() if e == event["event"])
        assert event["articles"] == members, event["event"]
        assert all(a in stories for a in event["articles"])
        spans = [f for m in event["measures"] for f in m["figures"]]
        spans += [s for d in event["contradictions"] for side in ("claim", "denial") for s in d[side]]
        assert all(s["article"] in event["articles"] for s in spans), event["event"]


def test_fresh3_spans_slice_the_input_text(
    events: list[dict[str, Any]], stories: dict[str, dict[str, Any]]
) -> None:
    for event in events:
        names = [m["name"] for m in event["measures"]]
        assert len(set(names)) == len(names), event["event"]
        for measure in event["measures"]:
            assert measure["kind"] in ("agreement", "disagreement", "evolving"), measure
            assert len({f["article"] for f in measure["figures"]}) >= 2, measure["name"]
            for f in measure["figures"]:
                assert f["end"] > f["start"], f
                assert stories[f["article"]]["text"][f["start"] : f["end"]] == f["text"], f
                assert not f["outlier"] or measure["kind"] == "agreement", measure["name"]
        for dispute in event["contradictions"]:
            assert dispute["claim"] and dispute["denial"], dispute["proposition"]
            for s in dispute["claim"] + dispute["denial"]:
                assert stories[s["article"]]["text"][s["start"] : s["end"]] == s["text"], s
    inputs = bench.load_inputs(events)  # the scorer's own loading and check agree
    assert set(inputs) == {a for e in events for a in e["articles"]}
    bench.check_gold(events, inputs)


def test_fresh3_file_is_built_from_the_written_gold(events: list[dict[str, Any]]) -> None:
    assert build_module().build("written_fresh3", "fresh3") == events
