"""Annotation quality on the written development gold sets: dates, attributions and entities.

The gold sets (``benchmarks/data/{dates,attributions,entities}_gold.jsonl``) are sentences written for
Parallax, each with the values a careful annotator gives; nothing in them comes from Parallax's output.
Every sentence is annotated as one article (with its publication date for dates) by the real pipeline.

* dates: a gold expression is *found* when a predicted date overlaps it, and *right* when that date also
  has the gold TIMEX3 value. ``value_accuracy`` = right / gold (the held-out goal's measure: the share of
  gold date values right); ``recall`` = found / gold; ``precision`` = predictions overlapping a gold
  expression / predictions.
* attributions: a gold statement is *found* when a predicted attribution's content covers at least half
  of the gold content; its speaker is *right* when the predicted speaker (the resolved name when the
  speaker is a pronoun, else the speaker span) and the gold speaker contain one another, ignoring case
  and a leading article; a gold speaker of null (a pronoun with no antecedent) is right when the
  prediction names nobody. ``found`` = found / gold, ``speaker_accuracy`` = right / found,
  ``precision`` = predictions that cover a gold content / predictions.
* entities: exact text and label, after dropping a leading "the"; precision, recall, F1; and the same
  for spans alone, whatever the label (``span_f1``).

The ``*_check.jsonl`` sets (dates and attributions) were written after the rules were tuned on the
``*_gold.jsonl`` sets and scored once before any change (``--check``): they are the less biased figure.

Run: ``.venv/bin/python benchmarks/annotations.py [--verbose] [--check]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data"


def _rows(name: str, kind: str = "gold") -> list[dict[str, Any]]:
    path = DATA / f"{name}_{kind}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _annotate(annotator: Any, text: str, published: str | None = None) -> Any:
    from parallax.annotation.pipeline import annotate_article
    from parallax.model import Article

    return annotate_article(Article(id="gold", source="gold", text=text, published=published), annotator)


def _norm(name: str | None) -> str:
    name = (name or "").casefold().strip()
    for article in ("the ", "a ", "an "):
        if name.startswith(article):
            name = name[len(article) :]
    return name


def score_dates(annotator: Any, verbose: bool = False, kind: str = "gold") -> dict[str, float]:
    gold_n = found = right = preds = preds_hit = 0
    for row in _rows("dates", kind):
        record = _annotate(annotator, row["text"], row["published"])
        text = row["text"]
        spans = []
        for gold in row["dates"]:
            start = text.index(gold["text"])
            spans.append((start, start + len(gold["text"])))
        preds += len(record.dates)
        preds_hit += sum(any(d.start < e and s < d.end for s, e in spans) for d in record.dates)
        for gold, (start, end) in zip(row["dates"], spans, strict=True):
            gold_n += 1
            over = [d for d in record.dates if d.start < end and start < d.end]
            found += bool(over)
            ok = any(d.value == gold["value"] for d in over)
            right += ok
            if verbose and not ok:
                got = [(d.text, d.value) for d in over]
                print(f"  date {gold['text']!r} want {gold['value']} got {got}  | {row['published']} {text}")
    return {
        "gold": float(gold_n),
        "recall": found / gold_n,
        "value_accuracy": right / gold_n,
        "precision": preds_hit / preds if preds else 0.0,
    }


def _speaker_of(att: Any) -> str | None:
    if att.speaker_name:
        return str(att.speaker_name)
    if att.speaker is None or att.speaker.text.casefold() in {"he", "she", "they", "it", "i", "we"}:
        return None
    return str(att.speaker.text)


def _speaker_right(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    a, b = _norm(pred), _norm(gold)
    return bool(a) and (a in b or b in a)


def score_attributions(annotator: Any, verbose: bool = False, kind: str = "gold") -> dict[str, float]:
    gold_n = found = right = preds = preds_hit = 0
    for row in _rows("attributions", kind):
        text = row["text"]
        record = _annotate(annotator, text)
        golds = []
        for gold in row["attributions"]:
            start = text.index(gold["content"])
            golds.append((gold, start, start + len(gold["content"])))

        def covers(att: Any, start: int, end: int) -> bool:
            overlap = min(att.content.end, end) - max(att.content.start, start)
            return overlap >= 0.5 * (end - start)

        preds += len(record.attributions)
        preds_hit += sum(any(covers(a, s, e) for _, s, e in golds) for a in record.attributions)
        for gold, start, end in golds:
            gold_n += 1
            hits = [a for a in record.attributions if covers(a, start, end)]
            if not hits:
                if verbose:
                    print(f"  MISSED {gold['content']!r}  | {text}")
                continue
            found += 1
            ok = any(_speaker_right(_speaker_of(a), gold["speaker"]) for a in hits)
            right += ok
            if verbose and not ok:
                print(f"  SPEAKER want {gold['speaker']!r} got {[_speaker_of(a) for a in hits]}  | {text}")
    return {
        "gold": float(gold_n),
        "found": found / gold_n,
        "speaker_accuracy": right / found if found else 0.0,
        "precision": preds_hit / preds if preds else 0.0,
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_entities(annotator: Any, verbose: bool = False) -> dict[str, float]:
    tp = span_tp = n_pred = n_gold = 0
    for row in _rows("entities"):
        record = _annotate(annotator, row["text"])
        pred = [(_norm(e.text), e.label) for e in record.entities]
        gold = [(_norm(g["text"]), g["label"]) for g in row["entities"]]
        n_pred += len(pred)
        n_gold += len(gold)
        left = list(gold)
        for item in pred:
            if item in left:
                left.remove(item)
                tp += 1
        spans_left = [g[0] for g in gold]
        for name, _ in pred:
            if name in spans_left:
                spans_left.remove(name)
                span_tp += 1
        if verbose and (left or len(pred) != len(gold)):
            print(f"  want {gold} got {pred}")
    p, r, f = _prf(tp, n_pred, n_gold)
    _, _, span_f = _prf(span_tp, n_pred, n_gold)
    return {"gold": float(n_gold), "precision": p, "recall": r, "f1": f, "span_f1": span_f}


def run(verbose: bool = False, check: bool = False) -> dict[str, dict[str, float]]:
    from parallax.annotation.pipeline import load_annotator

    annotator = load_annotator()
    if check:
        return {
            "dates_check": score_dates(annotator, verbose, "check"),
            "attributions_check": score_attributions(annotator, verbose, "check"),
        }
    return {
        "dates": score_dates(annotator, verbose),
        "attributions": score_attributions(annotator, verbose),
        "entities": score_entities(annotator, verbose),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--check", action="store_true", help="score the check sets (*_check.jsonl) instead")
    args = parser.parse_args()
    for name, figures in run(args.verbose, args.check).items():
        print(f"{name:19} " + "  ".join(f"{k} {v:.3f}" if k != "gold" else f"gold {v:.0f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
