"""Incremental grouping of the store against ``parallax analyze``.

Articles are annotated once, then added to a fresh store in three orders (file order, reversed, a seeded
shuffle) and the store's stories are scored with B-cubed against the grouping of ``build_stories`` over
the whole set (what ``analyze`` does), and against the gold stories where the set has them.

* default: ``benchmarks/data/grouping_dev.jsonl`` and ``grouping_check.jsonl`` (pairs of same-kind
  fictional events, the hard case for grouping), one article at a time (the shuffle three at a time);
* ``--devsets``: the working part of ``../shared/bench/devsets/stories.jsonl`` (real articles), 25 at a
  time (the shuffle 75 at a time); ``--cache FILE`` keeps the annotations between runs.

    PYTHONPATH=src python benchmarks/store_grouping.py [--devsets] [--cache FILE] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SETS = [
    REPO / "benchmarks" / "data" / "grouping_dev.jsonl",
    REPO / "benchmarks" / "data" / "grouping_check.jsonl",
]


def bcubed_f1(found: Sequence[Sequence[str]], gold: Sequence[Sequence[str]]) -> float:
    """B-cubed F1 over the items in both (the store keeps one of several identical articles)."""
    both = {i for g in found for i in g} & {i for g in gold for i in g}
    found_of = {item: set(group) & both for group in found for item in group if item in both}
    gold_of = {item: set(group) & both for group in gold for item in group if item in both}
    precision = sum(len(found_of[i] & gold_of[i]) / len(found_of[i]) for i in gold_of) / len(gold_of)
    recall = sum(len(found_of[i] & gold_of[i]) / len(gold_of[i]) for i in gold_of) / len(gold_of)
    return 2 * precision * recall / (precision + recall)


def _rows(devsets: bool) -> list[dict[str, Any]]:
    if devsets:
        sys.path.insert(0, str(REPO / "benchmarks"))
        import devsets as sets  # type: ignore[import-not-found]

        return list(sets.part(sets.load("stories"), "working"))
    return [
        json.loads(line)
        for path in SETS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--db", default=None, help="an empty store for each order (default: new SQLite files)"
    )
    parser.add_argument(
        "--devsets", action="store_true", help="the real articles of the devsets' stories set"
    )
    parser.add_argument("--cache", type=Path, default=None, help="keep the annotations in this JSONL file")
    args = parser.parse_args()
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from parallax.config import Settings
    from parallax.model import Annotation, Article
    from parallax.pipeline import annotate
    from parallax.store.db import open_engine
    from parallax.store.schema import ArticleRow
    from parallax.store.writer import StoreWriter
    from parallax.story.build import build_stories

    rows = _rows(args.devsets)
    articles = [
        Article(
            id=str(n),
            source=f"{n}-{r['id']}",
            title=r.get("title"),
            outlet=r.get("outlet"),
            text=r["text"],
            published=r.get("published"),
        )
        for n, r in enumerate(rows)
    ]
    if args.cache and args.cache.exists():
        annotations = [Annotation.model_validate_json(line) for line in args.cache.read_text().splitlines()]
    else:
        annotations = annotate(articles, Settings()).annotations
        if args.cache:
            args.cache.write_text("".join(a.model_dump_json() + "\n" for a in annotations))
    kept = {a.id for a in annotations}
    rows = [r for a, r in zip(articles, rows, strict=True) if a.id in kept]
    articles = [a for a in articles if a.id in kept]
    gold: dict[str, list[str]] = {}
    for article, row in zip(articles, rows, strict=True):
        if "story" in row:
            gold.setdefault(str(row["story"]), []).append(article.source)
    source_of = {a.id: a.source for a in articles}
    start = time.perf_counter()
    reference = [
        [source_of[i] for i in s.article_ids] for s in build_stories(articles, annotations, Settings())
    ]
    fresh = time.perf_counter() - start
    print(
        f"{len(articles)} articles; analyze finds {len(reference)} stories ({fresh:.1f} s to group and analyse)"
    )
    if gold:
        print(
            f"{len(gold)} gold stories; analyze against gold: B-cubed F1 {bcubed_f1(reference, list(gold.values())):.3f}"
        )
    pairs = list(zip(articles, annotations, strict=True))
    shuffled = pairs[:]
    random.Random(11).shuffle(shuffled)
    size = 25 if args.devsets else 1
    orders = {
        f"file order, {size} at a time": [pairs[i : i + size] for i in range(0, len(pairs), size)],
        f"reversed, {size} at a time": [pairs[::-1][i : i + size] for i in range(0, len(pairs), size)],
        f"shuffled, {size * 3} at a time": [
            shuffled[i : i + size * 3] for i in range(0, len(shuffled), size * 3)
        ],
    }
    folder = Path(tempfile.mkdtemp(prefix="parallax-store-grouping-"))
    for number, (name, batches) in enumerate(orders.items()):
        engine = open_engine(args.db or f"sqlite:///{folder / f'{number}.db'}")
        writer = StoreWriter(engine)
        outcomes: list[str] = []
        start = time.perf_counter()
        for batch in batches:
            for article, annotation in batch:
                outcomes.append(writer.add_article(article, annotation).status)
            writer.settle()
        spent = time.perf_counter() - start
        duplicates = sum(1 for o in outcomes if o == "duplicate")
        with Session(engine) as session:
            groups: dict[str, list[str]] = {}
            for source, story in session.execute(select(ArticleRow.source, ArticleRow.story_id)):
                groups.setdefault(story, []).append(source)
        engine.dispose()
        found = list(groups.values())
        against_gold = f", against gold {bcubed_f1(found, list(gold.values())):.3f}" if gold else ""
        print(
            f"{name}: {len(found)} stories ({duplicates} articles already stored); B-cubed F1 against analyze {bcubed_f1(found, reference):.3f}"
            f"{against_gold}; {spent:.1f} s of adds and settles"
        )


if __name__ == "__main__":
    main()
