"""Figure comparison: are the figures that measure the same thing grouped together, and labelled right?

Set: ``benchmarks/data/figures_dev.jsonl``, small fictional stories written for Parallax (a flood, a strike,
a frontier dispute, an earthquake), three outlets each. Every figure is given the name of the thing it
measures (water level, people evacuated, the levee's height, ...); distractors of the same unit that
measure something else are in the same articles (the levee's height beside the water level, the offer
beside the demand, the frontier's length beside the withdrawal).

Each story's articles are annotated and analysed as one story (``build_story``), and every gold figure
is looked up in the figure comparisons (``Comparison.figures``).

* ``b3_f1``: B-cubed F1 of the predicted figure groups against the gold groups (a figure in no
  comparison is a group of its own).
* ``kind_accuracy``: for every gold group reported by two or more outlets, whether the comparison that
  holds most of its figures has the gold label (agreement or disagreement).

Run: ``.venv/bin/python benchmarks/figures.py [--verbose]``
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "data" / "figures_dev.jsonl"


def _analyse(row: dict[str, Any], annotator: Any) -> tuple[Any, dict[str, Any]]:
    from parallax.annotation.pipeline import annotate_article
    from parallax.config import Settings
    from parallax.model import Article
    from parallax.story.build import build_story

    articles = [
        Article(id=a["id"], source=a["id"], text=a["text"], outlet=a["outlet"], published=a["published"])
        for a in row["articles"]
    ]
    annotations = [annotate_article(a, annotator) for a in articles]
    story = build_story(row["story"], articles, annotations, [], Settings(), nlp=annotator.nlp)
    return story, {a.id: a for a in annotations}


def score(annotator: Any, verbose: bool = False) -> dict[str, float]:
    precision_sum = recall_sum = 0.0
    figures_n = 0
    kinds_right = kinds_n = 0
    for row in (json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line):
        story, annotations = _analyse(row, annotator)
        claims = {c.id: c for c in story.claims}
        # Where each gold figure is: (article id, start offset) of its text in the annotated text.
        gold_at: list[tuple[str, int, str]] = []
        used: Counter[tuple[str, str]] = Counter()
        for fig in row["figures"]:
            text = annotations[fig["article"]].text
            key = (fig["article"], fig["text"])
            at = -1
            for _ in range(used[key] + 1):
                at = text.index(fig["text"], at + 1)
            used[key] += 1
            gold_at.append((fig["article"], at, fig["group"]))
        # Gold figures whose start falls inside a predicted figure's span count as that figure.
        labels: list[tuple[str, int]] = []
        for n, (article_id, at, _) in enumerate(gold_at):
            hit = next(
                (
                    group
                    for comp_number, comp in enumerate(story.comparisons)
                    for ref in comp.figures
                    if claims[ref.claim_id].article_id == article_id and ref.start <= at < ref.end
                    for group in [comp_number]
                ),
                None,
            )
            labels.append(("p", hit) if hit is not None else ("alone", n))
        gold_groups = [g for _, _, g in gold_at]
        for i in range(len(gold_at)):
            same_pred = [j for j in range(len(gold_at)) if labels[j] == labels[i]]
            same_gold = [j for j in range(len(gold_at)) if gold_groups[j] == gold_groups[i]]
            both = len(set(same_pred) & set(same_gold))
            precision_sum += both / len(same_pred)
            recall_sum += both / len(same_gold)
            figures_n += 1
        for group, kind in row.get("kinds", {}).items():
            members = [labels[i] for i in range(len(gold_at)) if gold_groups[i] == group]
            top, _ = Counter(members).most_common(1)[0]
            predicted_kind = story.comparisons[top[1]].kind if top[0] == "p" else "unique"
            kinds_n += 1
            kinds_right += predicted_kind == kind
            if verbose and predicted_kind != kind:
                print(f"  {row['story']}/{group}: want {kind}, got {predicted_kind}")
        if verbose:
            for (article_id, at, group), label in zip(gold_at, labels, strict=True):
                text = annotations[article_id].text
                print(f"  {row['story']:9} {group:11} -> {label}  {text[at:at + 18]!r}")
    precision = precision_sum / figures_n
    recall = recall_sum / figures_n
    return {
        "figures": float(figures_n),
        "b3_precision": precision,
        "b3_recall": recall,
        "b3_f1": 2 * precision * recall / (precision + recall),
        "kind_accuracy": kinds_right / kinds_n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    from parallax.annotation.pipeline import load_annotator

    figures = score(load_annotator(), args.verbose)
    print("  ".join(f"{k} {v:.3f}" if k != "figures" else f"figures {v:.0f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
