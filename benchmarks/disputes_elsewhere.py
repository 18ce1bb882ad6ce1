"""Disputes on real events outside the comparison gold, to be read by eye for false ones.

Events: the working part (``benchmarks/devsets.py``) of ``../shared/bench/devsets/stories.jsonl``, leaving
out every article of every gold file in ``benchmarks/data/comparison_gold/`` (``events*.jsonl``: the
working half, the set-aside half and every fresh part): the ``basil`` events with three
or more records and the ``pac`` events with two or more. Each event's records are annotated and analysed as
one story (``build_story``); every disagreement, evolving and contradiction point is printed (a
contradiction with its sentences), and every denial shown alone (with the articles reporting it), then the
counts. There is no gold: the count of disputes and a reading
of them say whether the rules invent disputes on stories they were not shaped on.

Until round 11 only ``events.jsonl`` was left out, so the "130 events outside the gold" that earlier rounds
read included the events of the fresh parts written since (fresh8 among them). With every gold file left
out, no working event remains and the script says so.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/disputes_elsewhere.py [--cache FILE]`` (``--cache``
keeps the annotations in a pickle file between runs).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import devsets  # noqa: E402


def events() -> list[tuple[str, list[dict[str, Any]]]]:
    golds = sorted((REPO / "benchmarks" / "data" / "comparison_gold").glob("events*.jsonl"))
    excluded = {
        a
        for gold in golds
        for line in gold.read_text(encoding="utf-8").splitlines()
        if line
        for a in json.loads(line)["articles"]
    }
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in devsets.part(devsets.load("stories"), "working"):
        if record["id"] not in excluded:
            by_event[record["id"].rsplit("_", 1)[0]].append(record)
    return [
        (key, records)
        for key, records in by_event.items()
        if (key.startswith("basil") and len(records) >= 3) or (key.startswith("pac") and len(records) >= 2)
    ]


def main() -> None:
    from parallax.annotation.pipeline import annotate_article, load_annotator
    from parallax.config import Settings
    from parallax.model import Article
    from parallax.story.build import build_story

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    chosen = events()
    if not chosen:
        print(
            "no working event is left outside the comparison gold files: every one is in an events*.jsonl part, "
            "so read disputes there (benchmarks/comparison.py --verbose)"
        )
        return
    annotator = load_annotator()
    annotated: dict[str, Any] = {}
    if args.cache and args.cache.exists():
        annotated = pickle.loads(args.cache.read_bytes())
    for _, records in chosen:
        for r in records:
            if r["id"] not in annotated:
                article = Article(
                    id=r["id"],
                    source=r["id"],
                    text=r["text"],
                    outlet=r.get("outlet"),
                    published=r.get("published"),
                    title=r.get("title"),
                )
                annotated[r["id"]] = (article, annotate_article(article, annotator))
    if args.cache:
        args.cache.write_bytes(pickle.dumps(annotated))
    kinds: Counter[str] = Counter()
    for key, records in chosen:
        pairs = [annotated[r["id"]] for r in records]
        story = build_story(
            "s", [a for a, _ in pairs], [n for _, n in pairs], [], Settings(), nlp=annotator.nlp
        )
        claims = {c.id: c for c in story.claims}
        for comp in story.comparisons:
            lone = comp.topic.startswith("Denial:")
            if comp.kind in ("disagreement", "evolving", "contradiction") or lone:
                kind = f"lone denial ({len(comp.article_ids)} articles)" if lone else comp.kind
                kinds["lone denial" if lone else comp.kind] += 1
                print(f"== {key} {kind} {comp.topic!r} {[f.text for f in comp.figures]}")
                if not comp.figures:
                    for i in comp.claim_ids:
                        print(f"     [{claims[i].article_id[-2:]}] {claims[i].text[:200]}")
    disputes = sum(n for k, n in kinds.items() if k != "lone denial")
    print(f"{len(chosen)} events, {disputes} disputes: {dict(kinds)}")


if __name__ == "__main__":
    main()
