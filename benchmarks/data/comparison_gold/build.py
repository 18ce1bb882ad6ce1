"""Build ``events.jsonl`` from the hand-written gold in ``written.py`` (spans checked by slicing).

Run: ``python benchmarks/data/comparison_gold/build.py`` (needs ../shared beside the repository, or
PARALLAX_SHARED). Every figure anchor and statement must occur exactly once in its article's input text.
``--fresh`` builds ``events_fresh.jsonl`` from ``written_fresh.py`` instead, every event in part ``fresh``;
``--fresh2`` builds ``events_fresh2.jsonl`` from ``written_fresh2.py``, every event in part ``fresh2``;
``--fresh3`` builds ``events_fresh3.jsonl`` from ``written_fresh3.py``, every event in part ``fresh3``;
``--fresh4`` builds ``events_fresh4.jsonl`` from ``written_fresh4.py``, every event in part ``fresh4``;
``--fresh5`` builds ``events_fresh5.jsonl`` from ``written_fresh5.py``, every event in part ``fresh5``;
``--fresh6`` builds ``events_fresh6.jsonl`` from ``written_fresh6.py``, every event in part ``fresh6``;
``--fresh7`` builds ``events_fresh7.jsonl`` from ``written_fresh7.py``, every event in part ``fresh7``;
``--fresh8`` builds ``events_fresh8.jsonl`` from ``written_fresh8.py``, every event in part ``fresh8``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
STORIES = SHARED / "bench" / "devsets" / "stories.jsonl"
PAGES = SHARED / "bench" / "extraction" / "pages"

_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)[.!?][\"'”’]?(?=\s)|\n")


def _find_once(text: str, piece: str, where: str) -> int:
    at = text.find(piece)
    if at < 0:
        raise SystemExit(f"{where}: not found: {piece!r}")
    if text.find(piece, at + 1) >= 0:
        raise SystemExit(f"{where}: found more than once: {piece!r}")
    return at


def _figure(text: str, article: str, anchor: str) -> dict[str, Any]:
    outlier = anchor.startswith("!")
    anchor = anchor.lstrip("!")
    match = re.fullmatch(r"(.*?)\[(.+?)\](.*)", anchor, re.S)
    if not match:
        raise SystemExit(f"{article}: no [figure] in {anchor!r}")
    before, figure, after = match.groups()
    at = _find_once(text, before + figure + after, article) + len(before)
    span = {"article": article, "start": at, "end": at + len(figure), "text": figure, "outlier": outlier}
    assert text[span["start"] : span["end"]] == figure
    return span


def _statement(text: str, article: str, anchor: str) -> dict[str, Any]:
    at = _find_once(text, anchor, article)
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    while start < at and text[start].isspace():
        start += 1
    end_match = _SENTENCE_END.search(text, at + len(anchor))
    end = end_match.end() if end_match else len(text)
    end = max(end, at + len(anchor))
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"article": article, "start": start, "end": end, "text": text[start:end]}


def build(module: str = "written", only_part: str | None = None) -> list[dict[str, Any]]:
    """The events of the hand-written module; every event in ``only_part`` when given."""
    sys.path.insert(0, str(HERE))
    EVENTS = importlib.import_module(module).EVENTS

    records = {}
    with STORIES.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record
    out: list[dict[str, Any]] = []
    seen_per_corpus: dict[str, int] = {}
    for event in EVENTS:
        name = event["event"]
        if "pages" in event:
            corpus = "pages"
            part = only_part or "working"
            texts = {p: (PAGES / f"{p}.dump.txt").read_text(encoding="utf-8") for p in event["pages"]}
            articles = list(event["pages"])

            def full(suffix: str) -> str:
                return suffix
        else:
            corpus, key = name.split(":", 1)
            n = seen_per_corpus.get(corpus, 0)
            seen_per_corpus[corpus] = n + 1
            part = only_part or ("setaside" if n % 2 == 1 else "working")
            prefix = f"{corpus}/{key}"
            articles = sorted(i for i in records if i.startswith(prefix + "_"))
            texts = {i: records[i]["text"] for i in articles}

            def full(suffix: str, prefix: str = prefix) -> str:
                return prefix + suffix

        measures = []
        for measure in event["measures"]:
            figures = [_figure(texts[full(a)], full(a), anchor) for a, anchor in measure["figures"]]
            if len({f["article"] for f in figures}) < 2:
                raise SystemExit(f"{name}/{measure['name']}: fewer than two outlets")
            measures.append({"name": measure["name"], "kind": measure["kind"], "figures": figures})
        disputes = []
        for dispute in event["contradictions"]:
            disputes.append(
                {
                    "proposition": dispute["proposition"],
                    "claim": [_statement(texts[full(a)], full(a), s) for a, s in dispute["claim"]],
                    "denial": [_statement(texts[full(a)], full(a), s) for a, s in dispute["denial"]],
                }
            )
        out.append(
            {
                "event": name,
                "corpus": corpus,
                "part": part,
                "about": event["about"],
                "articles": articles,
                "measures": measures,
                "contradictions": disputes,
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--fresh", action="store_true", help="written_fresh.py -> events_fresh.jsonl")
    group.add_argument("--fresh2", action="store_true", help="written_fresh2.py -> events_fresh2.jsonl")
    group.add_argument("--fresh3", action="store_true", help="written_fresh3.py -> events_fresh3.jsonl")
    group.add_argument("--fresh4", action="store_true", help="written_fresh4.py -> events_fresh4.jsonl")
    group.add_argument("--fresh5", action="store_true", help="written_fresh5.py -> events_fresh5.jsonl")
    group.add_argument("--fresh6", action="store_true", help="written_fresh6.py -> events_fresh6.jsonl")
    group.add_argument("--fresh7", action="store_true", help="written_fresh7.py -> events_fresh7.jsonl")
    group.add_argument("--fresh8", action="store_true", help="written_fresh8.py -> events_fresh8.jsonl")
    args = parser.parse_args()
    part = (
        "fresh8"
        if args.fresh8
        else "fresh7"
        if args.fresh7
        else "fresh6"
        if args.fresh6
        else "fresh5"
        if args.fresh5
        else "fresh4"
        if args.fresh4
        else "fresh3"
        if args.fresh3
        else "fresh2"
        if args.fresh2
        else "fresh"
        if args.fresh
        else None
    )
    events = build(f"written_{part}", part) if part else build()
    with (HERE / (f"events_{part}.jsonl" if part else "events.jsonl")).open("w", encoding="utf-8") as f:
        for event in events:
            f.write(json.dumps(event, ensure_ascii=False) + "\n")
    for e in events:
        figures = sum(len(m["figures"]) for m in e["measures"])
        print(
            f"{e['part']:9} {e['event']:45} measures {len(e['measures'])} figures {figures}"
            f" disputes {len(e['contradictions'])}"
        )
    spans = sum(len(m["figures"]) for e in events for m in e["measures"]) + sum(
        len(d["claim"]) + len(d["denial"]) for e in events for d in e["contradictions"]
    )
    print(f"{len(events)} events: all {spans} spans found once in their record's input text and sliced back")


if __name__ == "__main__":
    main()
