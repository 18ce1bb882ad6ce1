"""The fresh comparison gold (events_fresh.jsonl, issue 9) is well formed against ../shared; no Parallax run.

These events are scored once, at the very end (``benchmarks/comparison.py --part fresh``); this test only
checks the gold itself: every span slices its text out of the article's input text, every article exists
and belongs to its event, and the file is what ``build.py --fresh`` makes of ``written_fresh.py``.
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
    return bench.load_gold("fresh")


def test_fresh_events_are_new_and_of_the_fresh_part(events: list[dict[str, Any]]) -> None:
    assert bench.gold_file("fresh") == GOLD_DIR / "events_fresh.jsonl"
    assert {e["part"] for e in events} == {"fresh"}
    assert bench.load_gold("fresh", GOLD_DIR / "events_fresh.jsonl") == events
    corpora = [e["corpus"] for e in events]
    assert corpora.count("basil") >= 12 and corpora.count("pac") >= 4
    old = {e["event"] for e in bench.load_gold()}
    names = [e["event"] for e in events]
    assert len(set(names)) == len(names) and not old & set(names)


def test_fresh_articles_exist_and_belong_to_their_event(
    events: list[dict[str, Any]], stories: dict[str, dict[str, Any]]
) -> None:
    gold_events = read_story_gold()
    for event in events:
        members = sorted(i for i, e in gold_events.items() if e == event["event"])
        assert event["articles"] == members, event["event"]
        assert all(a in stories for a in event["articles"])
        assert len(event["articles"]) == (3 if event["corpus"] == "basil" else 2)
        spans = [f for m in event["measures"] for f in m["figures"]]
        spans += [s for d in event["contradictions"] for side in ("claim", "denial") for s in d[side]]
        assert all(s["article"] in event["articles"] for s in spans), event["event"]


def test_fresh_spans_slice_the_input_text(
    events: list[dict[str, Any]], stories: dict[str, dict[str, Any]]
) -> None:
    for event in events:
        for measure in event["measures"]:
            assert measure["kind"] in ("agreement", "disagreement", "evolving"), measure
            assert len({f["article"] for f in measure["figures"]}) >= 2, measure["name"]
            for f in measure["figures"]:
                assert stories[f["article"]]["text"][f["start"] : f["end"]] == f["text"], f
                assert not f["outlier"] or measure["kind"] == "agreement", measure["name"]
        for dispute in event["contradictions"]:
            assert dispute["claim"] and dispute["denial"], dispute["proposition"]
            for s in dispute["claim"] + dispute["denial"]:
                assert stories[s["article"]]["text"][s["start"] : s["end"]] == s["text"], s
    bench.check_gold(events, bench.load_inputs(events))  # the scorer's own check agrees


def test_fresh_file_is_built_from_the_written_gold(events: list[dict[str, Any]]) -> None:
    assert build_module().build("written_fresh", "fresh") == events
