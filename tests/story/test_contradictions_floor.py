"""Contradictions on real events, held to benchmarks/floors/contradictions.toml.

The events of the second, third and fourth fresh golds (working data since they were scored) on which the
statement pairing finds or wrongly makes contradiction points. fresh2 and fresh3 (sixth round): the denials of
allegations, a statement denied having been made, demonstratives pointing back, and the three false points of
the sixth round's first run (a denial against its own speaker, a denial told in a clause of time, a question
left open against a ruling). fresh4 (seventh round): a possibility answered by a refusal with pronoun
subjects ("he may resign" / "I will not resign"), verdicts on a report's accuracy ("stand by our reporting" /
"are not accurate"), a denial of "the claims in the article", and the three false points of the seventh
round's first run (a denial set against a sentence that tells of the same denial, a denial of a report set
against a verdict on it, "X was lying" against X's own denial), and (eighth round) a denial answered by an
unnamed accuser's claim. fresh5 (eighth round, where the first run made no contradiction point): a refusal
against a report that it was done, a vow told without attribution against a promise about "the country", a
pronoun of an infinitive's sayer against "the chairman", "denied the rumors" before a name; (ninth round) "there is no
racism within the movement" against "condemning racism within the political movement". fresh6 (ninth round, where
the first run made one false point and found none): a thing said to be there against "no evidence of" it or "there
won't be" it, "questioning whether P" against P, a short negative reply ("Actually, I don't"), "rejected that
notion", a denier named by a title ("The lieutenant governor, X, denied the allegations"), "X parroted claims that
have been debunked". fresh7 (eleventh round): the denial of a hacking claim, and "it is hard to see how P"
against P. fresh8 and one more fresh5 event (twelfth round): two negated statements are no contradiction, a denial of
the allegations is not about the denier's aides, "the charges" are no paper's report, "X is not a Y" against
"X is a Y", and a quoted phrase called untrue against the statements that use it. Scored by benchmarks/comparison.py's own
functions; the events are analysed once per module (their annotations taken from ``annotation_memo`` when
the fresh parts floor annotated them earlier in this run).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from conftest import load_benchmark, shared_path

REPO = Path(__file__).resolve().parents[2]
EVENTS = {
    "fresh2": (
        "basil:be026bd1-52b1-4789-bfd3-3632af17b054",
        "basil:06ffda2d-1caf-45ba-99e2-268aac1bf0e1",
        "basil:01c59743-7082-44fc-8414-3c04126f470f",
        "basil:2f3e86b6-8443-47bd-9cd3-491c90a59fe9",
        "basil:2a3fde8a-082a-4d8f-9567-f7e8366c0200",
        "pac:STORY_80",
    ),
    "fresh3": (
        "pac:STORY_91",
        "basil:86e6e27d-1440-4879-8b13-0dd2d89f7281",
        "basil:f688c56d-7fae-42ef-b7f7-7db207b58d27",
    ),
    "fresh4": (
        "basil:7a97de89-1433-46f7-bcc2-f80b041cb9a0",
        "basil:c9e4d35f-aeae-462b-a8bf-e08d09a93b6e",
        "basil:84678e18-0b79-4570-9c9f-cb1cf88d968e",
        "pac:STORY_117",
    ),
    "fresh5": (
        "basil:59f2f47c-5da0-4fbc-be6e-4f15d45d82e2",
        "pac:STORY_84",
        "basil:8abec8d9-50a2-480e-969a-157f94954f4d",
        "basil:74708dbf-5dfc-4c66-8419-d7dbc00e4a06",
        "basil:97b1305c-13ca-4b74-a56a-f459bd79dfaf",
        "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23",
    ),
    "fresh6": (
        "basil:b7021938-ff8d-42ea-adec-5704c0b65237",
        "basil:ccf19ab6-7878-4378-b99c-2b08cc21371f",
        "basil:d1344998-0e7c-409e-aaad-df5be687fc94",
        "pac:STORY_132",
        "basil:df6a55fb-dfe5-4362-89a6-8c040d648a70",
        "basil:e71d149d-0426-43f0-87e8-8c611dad7205",
        "basil:ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a",
        "pac:STORY_50",
    ),
    "fresh7": (
        "pac:STORY_74",
        "pac:STORY_121",
        "pac:STORY_149",
    ),
    "fresh8": (
        "pac:STORY_16",
        "pac:STORY_93",
        "pac:STORY_108",
        "pac:STORY_99",
    ),
}


@pytest.fixture(scope="module")
def figures(
    tmp_path_factory: pytest.TempPathFactory, annotation_memo: dict[tuple[object, ...], object]
) -> dict[str, dict[str, Any]]:
    assert (shared_path() / "bench" / "devsets" / "stories.jsonl").exists(), (
        f"shared data not found at {shared_path()} (set PARALLAX_SHARED)"
    )
    cached = load_benchmark("comparison_cache")
    bench = cached.comparison
    from parallax.model import Report

    cache = tmp_path_factory.mktemp("contradictions")
    out: dict[str, dict[str, Any]] = {}
    for part, wanted in EVENTS.items():
        events = [e for e in bench.load_gold(part) if e["event"] in wanted]
        assert len(events) == len(wanted), part
        total = bench.Tally()
        for event, inputs, articles, stories in cached.event_stories(events, cache):
            report = Report(articles=articles, rejected=[], stories=stories)
            total.add(bench.score_event(event, bench.map_report(report, inputs)))
        out[part] = total.figures_dict()
    return out


@pytest.mark.parametrize("part", sorted(EVENTS))
def test_contradiction_floors(figures: dict[str, dict[str, Any]], part: str) -> None:
    floors = tomllib.loads(
        (REPO / "benchmarks" / "floors" / "contradictions.toml").read_text(encoding="utf-8")
    )
    got = figures[part]
    for name, floor in floors[f"{part}_at_least"].items():
        assert got[name] >= floor, (name, got)
    for name, ceiling in floors[f"{part}_at_most"].items():
        assert got[name] <= ceiling, (name, got)
