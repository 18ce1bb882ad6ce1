"""Story grouping on the development set of same-kind event pairs (benchmarks/data/grouping_dev.jsonl).

The set is written for Parallax: pairs of fictional events of the same kind (two earthquakes, two
museum heists, two coach appointments, two forest fires) told by 2-3 short articles each, plus an
article on nothing else. B-cubed precision, recall and F1 are reported for a range of thresholds, so
that the chosen default can be seen to sit on a plateau rather than on one set's peak, and the five
seed articles (one story) are checked at the same thresholds.

``grouping_check.jsonl`` (five more pairs and a lone article) was written after the threshold was set
and scored once; the pooled figure groups both sets together (more events of the same kinds at once).

Run: ``.venv/bin/python benchmarks/grouping.py``
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from parallax.model import Article
from parallax.story.grouping import DEFAULT_THRESHOLD, group_stories

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
DEV = REPO / "benchmarks" / "data" / "grouping_dev.jsonl"
# Written after the threshold was set on DEV and scored once without any change: five more pairs.
CHECK = REPO / "benchmarks" / "data" / "grouping_check.jsonl"
SEEDS = SHARED / "seeds"


def bcubed(gold: dict[str, str], clusters: list[list[str]]) -> dict[str, float]:
    predicted = {item: i for i, cluster in enumerate(clusters) for item in cluster}
    members: dict[int, set[str]] = {}
    for item, c in predicted.items():
        members.setdefault(c, set()).add(item)
    precision = recall = 0.0
    for item in gold:
        same_pred = members[predicted[item]]
        same_gold = {o for o in gold if gold[o] == gold[item]}
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    p, r = precision / len(gold), recall / len(gold)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def load_dev(path: Path = DEV) -> tuple[list[Article], dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [
        Article(id=r["id"], source=str(path), title=r["title"], text=r["text"], published=r["published"]) for r in rows
    ]
    return articles, {r["id"]: r["story"] for r in rows}


def run(thresholds: list[float] | None = None) -> dict[float, dict[str, float]]:
    from parallax.pipeline import annotate, clean

    thresholds = thresholds or [0.05, 0.07, 0.09, 0.12, DEFAULT_THRESHOLD, 0.18, 0.22, 0.26]
    articles, gold = load_dev()
    annotations = annotate(articles).annotations
    check_articles, check_gold = load_dev(CHECK)
    check_annotations = annotate(check_articles).annotations
    seed_run = clean(sorted(SEEDS.glob("*.txt")))
    seed_ann = annotate(seed_run.articles).annotations
    out: dict[float, dict[str, float]] = {}
    for t in thresholds:
        groups = group_stories(articles, annotations, threshold=t)
        figures = bcubed(gold, [g.article_ids for g in groups])
        check = bcubed(check_gold, [g.article_ids for g in group_stories(check_articles, check_annotations, threshold=t)])
        both = bcubed(
            {**gold, **check_gold},
            [g.article_ids for g in group_stories([*articles, *check_articles], [*annotations, *check_annotations], threshold=t)],
        )
        figures["f1_check"] = check["f1"]
        figures["f1_all"] = both["f1"]
        seed_groups = group_stories(seed_run.articles, seed_ann, threshold=t)
        figures["seed_stories"] = float(len(seed_groups))
        out[t] = figures
    return out


def main() -> None:
    for t, fig in run().items():
        mark = " (default)" if t == DEFAULT_THRESHOLD else ""
        print(
            f"threshold {t:.2f}{mark:10} B3 P {fig['precision']:.3f} R {fig['recall']:.3f} F1 {fig['f1']:.3f}"
            f"   check F1 {fig['f1_check']:.3f}   dev+check pooled F1 {fig['f1_all']:.3f}"
            f"   seeds -> {fig['seed_stories']:.0f} stories"
        )


if __name__ == "__main__":
    main()
