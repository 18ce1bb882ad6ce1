"""The second to eighth fresh comparison golds (events_fresh2.jsonl .. events_fresh8.jsonl; issue 9) are well
formed against ../shared.

Each set is scored once, at the very end (``benchmarks/comparison.py --part fresh2|...|fresh8``); these tests run
no Parallax and only check the gold itself: the benchmark loads it, every span slices its text out of the
article's input text, every article exists in stories.jsonl and belongs to its event, no event and no article
is in an earlier gold, and the file is what ``build.py --freshN`` makes of ``written_freshN.py``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from comparison_gold_files import GOLD_DIR, build_module, read_stories, read_story_gold

from conftest import load_benchmark

bench = load_benchmark("comparison")


class FreshPart(NamedTuple):
    part: str
    min_events: int
    min_basil: int
    min_pac: int
    earlier: tuple[str | None, ...]  # the parts written before it (None: events.jsonl)


# fresh8: pac only, every remaining candidate in id order; the minimum is the number of events finished
FRESH8_FINISHED = 41
FRESH8_EARLIER = (None, "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")

PARTS = [
    FreshPart("fresh2", 20, 15, 6, (None, "fresh")),
    FreshPart("fresh3", 30, 15, 15, (None, "fresh", "fresh2")),
    FreshPart("fresh4", 30, 15, 15, (None, "fresh", "fresh2", "fresh3")),
    FreshPart("fresh5", 30, 15, 15, (None, "fresh", "fresh2", "fresh3", "fresh4")),
    FreshPart("fresh6", 30, 10, 20, (None, "fresh", "fresh2", "fresh3", "fresh4", "fresh5")),
    # fresh7: pac only (the basil corpus is used up); the minimum is the number of events finished
    FreshPart("fresh7", 30, 0, 30, (None, "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")),
    FreshPart("fresh8", FRESH8_FINISHED, 0, FRESH8_FINISHED, FRESH8_EARLIER),
]


@pytest.fixture(scope="module")
def stories() -> dict[str, dict[str, Any]]:
    return read_stories()


@pytest.fixture(scope="module", params=PARTS, ids=[p.part for p in PARTS])
def fresh(request: pytest.FixtureRequest) -> tuple[FreshPart, list[dict[str, Any]]]:
    part: FreshPart = request.param
    return part, bench.load_gold(part.part)


def test_events_are_new_and_of_their_part(fresh: tuple[FreshPart, list[dict[str, Any]]]) -> None:
    part, events = fresh
    assert bench.gold_file(part.part) == GOLD_DIR / f"events_{part.part}.jsonl"
    assert part.part in bench.PARTS
    assert {e["part"] for e in events} == {part.part}
    assert bench.load_gold(part.part, GOLD_DIR / f"events_{part.part}.jsonl") == events
    corpora = [e["corpus"] for e in events]
    assert len(events) >= part.min_events
    assert corpora.count("basil") >= part.min_basil and corpora.count("pac") >= part.min_pac
    earlier_events = [e for name in part.earlier for e in bench.load_gold(name)]
    names = [e["event"] for e in events]
    assert len(set(names)) == len(names) and not {e["event"] for e in earlier_events} & set(names)
    earlier_articles = {a for e in earlier_events for a in e["articles"]}
    assert not earlier_articles & {a for e in events for a in e["articles"]}


def test_articles_exist_and_belong_to_their_event(
    fresh: tuple[FreshPart, list[dict[str, Any]]], stories: dict[str, dict[str, Any]]
) -> None:
    _, events = fresh
    gold_events = read_story_gold()
    for event in events:
        members = sorted(i for i, e in gold_events.items() if e == event["event"])
        assert event["articles"] == members, event["event"]
        assert all(a in stories for a in event["articles"])
        spans = [f for m in event["measures"] for f in m["figures"]]
        spans += [s for d in event["contradictions"] for side in ("claim", "denial") for s in d[side]]
        assert all(s["article"] in event["articles"] for s in spans), event["event"]


def test_spans_slice_the_input_text(
    fresh: tuple[FreshPart, list[dict[str, Any]]], stories: dict[str, dict[str, Any]]
) -> None:
    _, events = fresh
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


def test_file_is_built_from_the_written_gold(fresh: tuple[FreshPart, list[dict[str, Any]]]) -> None:
    part, events = fresh
    assert build_module().build(f"written_{part.part}", part.part) == events
