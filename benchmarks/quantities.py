"""Quantity annotator: quality on the development gold set, and cost relative to spaCy parsing.

Quality: a predicted quantity counts as found when a gold quantity of the same sentence has the same
canonical unit and the same normalised value (or low/high for ranges and vague lower bounds) within 1%.
Precision, recall and F1 over all gold quantities of ``benchmarks/data/quantities_gold.jsonl``.

Speed: the five seed articles x 20 are parsed by spaCy (``nlp.pipe``), then ``find_quantities`` runs on
each text with its Doc; the ratio of the two times is reported.

Run: ``.venv/bin/python benchmarks/quantities.py [--verbose] [--no-speed]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
GOLD = REPO / "benchmarks" / "data" / "quantities_gold.jsonl"
SEEDS = SHARED / "seeds"


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9)


def _key_matches(pred: Any, gold: dict[str, Any]) -> bool:
    norm = pred.normalized
    if norm is None or norm.unit != gold["unit"]:
        return False
    return _close(norm.low, gold["low"]) and _close(norm.high, gold["high"])


def score(resources: Any, nlp: Any = None, verbose: bool = False) -> dict[str, float]:
    """Precision, recall and F1 of find_quantities on the gold set (with spaCy Docs when ``nlp`` is given)."""
    from parallax.annotation.quantities import find_quantities

    tp = n_pred = n_gold = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        doc = nlp(text) if nlp is not None else None
        # Bare figures (kind "number": years, numbers that neither measure nor count) are not quantity claims.
        found = find_quantities(text, resources, doc)
        # The gold folds a bracketed conversion into its primary ("85 km (53 miles)" is one quantity): the
        # converted part, which Parallax also reports on its own, is not a second prediction.
        restated = {(q.conversion.start, q.conversion.end) for q in found if q.conversion is not None}
        preds = [
            q
            for q in found
            if q.kind != "number" and not any(s <= q.start and q.end <= e for s, e in restated)
        ]
        golds = list(row["quantities"])
        n_pred += len(preds)
        n_gold += len(golds)
        unmatched = list(golds)
        for pred in preds:
            hit = next((g for g in unmatched if _key_matches(pred, g)), None)
            if hit is not None:
                unmatched.remove(hit)
                tp += 1
            elif verbose:
                print(f"  FP {pred.text!r} -> {pred.normalized}   in: {text}")
        if verbose:
            for g in unmatched:
                print(f"  FN {g}   in: {text}")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "correct": tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def speed(resources: Any, nlp: Any, repeat: int = 20) -> dict[str, float]:
    """Seconds for spaCy to parse the seeds x ``repeat``, seconds for find_quantities on them, and the ratio."""
    from parallax.annotation.quantities import find_quantities

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * repeat
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    spacy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text, doc in zip(texts, docs, strict=True):
        find_quantities(text, resources, doc)
    with_doc_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in texts:
        find_quantities(text, resources)
    no_doc_s = time.perf_counter() - t0
    return {"texts": len(texts), "spacy_s": spacy_s, "quantities_s": with_doc_s, "quantities_no_doc_s": no_doc_s,
            "ratio": with_doc_s / spacy_s, "ratio_no_doc": no_doc_s / spacy_s}  # fmt: skip


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    from parallax.annotation.nlp import load_nlp
    from parallax.annotation.quantities import load_quantity_resources
    from parallax.config import Settings

    t0 = time.perf_counter()
    resources = load_quantity_resources()
    print(f"load_quantity_resources: {time.perf_counter() - t0:.2f} s")
    nlp = load_nlp(Settings().spacy_model)
    for label, model in (("without Doc", None), ("with spaCy Doc", nlp)):
        s = score(resources, model, verbose=args.verbose)
        print(f"{label}: gold {s['gold']}, predicted {s['predicted']}, correct {s['correct']}, "
              f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")  # fmt: skip
    if not args.no_speed:
        sp = speed(resources, nlp)
        print(f"speed on {sp['texts']} seed texts: spaCy {sp['spacy_s']:.2f} s, find_quantities with Doc "
              f"{sp['quantities_s']:.3f} s (ratio {sp['ratio']:.3f}), without Doc {sp['quantities_no_doc_s']:.3f} s "
              f"(ratio {sp['ratio_no_doc']:.3f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
