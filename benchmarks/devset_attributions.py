"""Attributions on real news: PolNeAR train + dev (``../shared/bench/devsets/attributions.jsonl``).

Annotates the working four fifths (default) or the set-aside fifth (``--setaside``) through the real
annotate stage, scores it with the set's own ``score.py`` (reported speech recall and speaker right,
recall over all PolNeAR kinds and source right, content precision) and adds the accuracy of
``kind_of_source`` on the hand-labelled gold attributions in ``benchmarks/data/attribution_kinds_dev.jsonl``
(the first 100 of the ``dev`` split, labelled before any kind code ran; the Parallax attribution whose
content overlaps the gold content most is compared). Writes the figures to docs/bench/devset_attributions.md.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/devset_attributions.py [--setaside] [--every N] [--cache DIR]

``--every N`` scores a fixed subset (every N-th record of the part, plus the records holding labelled
kinds); ``--cache DIR`` keeps the spaCy Docs of the part in DIR (a DocBin) so a second run only re-runs
the annotators: it gives the same records as the full pipeline for texts under the chunk size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devsets

REPO = Path(__file__).resolve().parents[1]
KINDS = REPO / "benchmarks" / "data" / "attribution_kinds_dev.jsonl"
DOC = REPO / "docs" / "bench" / "devset_attributions.md"

FIGURES = (
    "speech recall",
    "speech speaker right among found",
    "all recall",
    "all speaker right among found",
    "content precision",
)


def load_kind_labels() -> list[dict[str, Any]]:
    """The hand labels: {id, gold_index, cue, kind, part}, in file order."""
    with KINDS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def select(part: str, every: int = 1) -> list[dict[str, Any]]:
    """The records of a part; with ``every`` > 1, every N-th of them plus those holding labelled kinds."""
    records = devsets.part(devsets.load("attributions"), part)
    if every <= 1:
        return records
    labelled = {label["id"] for label in load_kind_labels()}
    return [r for i, r in enumerate(records) if i % every == 0 or r["id"] in labelled]


def _overlap(a: tuple[int, int], b: Sequence[int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def kind_accuracy(records: Sequence[dict[str, Any]], output: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Accuracy of ``kind_of_source`` on the labelled gold attributions of these records.

    ``kind accuracy``: among labelled items with a Parallax attribution overlapping their content;
    ``kind accuracy over labelled``: a labelled item that Parallax did not find counts as wrong.
    """
    by_id = {r["id"]: r for r in records}
    atts = {o["id"]: o.get("attributions") or [] for o in output}
    labels = [label for label in load_kind_labels() if label["id"] in by_id]
    right = found = 0
    for label in labels:
        gold = by_id[label["id"]]["gold"][label["gold_index"]]

        def cover(a: dict[str, Any], gold: dict[str, Any] = gold) -> int:
            return sum(_overlap((a["content"]["start"], a["content"]["end"]), c) for c in gold["content"])

        best = max(atts.get(label["id"], []), key=cover, default=None)
        if best is None or cover(best) == 0:
            continue
        found += 1
        right += best.get("kind_of_source") == label["kind"]
    figures: dict[str, float] = {}
    if found:
        figures["kind accuracy"] = right / found
        figures["kind accuracy n"] = float(found)
    if labels:
        figures["kind accuracy over labelled"] = right / len(labels)
        figures["kind accuracy over labelled n"] = float(len(labels))
    return figures


def annotate_cached(records: Sequence[dict[str, Any]], cache: Path) -> list[dict[str, Any]]:
    """Annotate through the annotate stage, parsing each text once and keeping the Docs in ``cache``."""
    from spacy.tokens import DocBin

    from parallax.annotation.pipeline import _assemble, load_annotator
    from parallax.config import Settings
    from parallax.model import Article

    annotator = load_annotator(Settings())
    texts = [r["text"] for r in records]
    cache.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1("\n".join(str(r["id"]) for r in records).encode()).hexdigest()[:12]
    path = cache / f"attributions-{len(texts)}-{digest}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(annotator.nlp.vocab))
    else:
        docs = list(annotator.nlp.pipe(texts, batch_size=annotator.batch_size))
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(path)
    out = []
    for r, doc in zip(records, docs, strict=True):
        article = Article(
            id=str(r["id"]), source=str(r["id"]), text=r["text"], published=r.get("published") or None
        )
        if len(r["text"]) > annotator.chunk_chars:
            from parallax.annotation.pipeline import annotate_article

            out.append(annotate_article(article, annotator).model_dump(mode="json"))
        else:
            out.append(_assemble(article, [(0, doc)], annotator).model_dump(mode="json"))
    return out


def run(part: str = "working", every: int = 1, cache: Path | None = None) -> dict[str, float]:
    """Annotate and score a part; score.py's figures plus the kind accuracy, by name."""
    records = select(part, every)
    output = annotate_cached(records, cache) if cache else devsets.annotate_records(records)
    figures = devsets.score("attributions", output, [r["id"] for r in records])
    figures.update(kind_accuracy(records, output))
    figures["records"] = float(len(records))
    return figures


def report(part: str, every: int, figures: dict[str, float], seconds: float) -> str:
    subset = f", every {every}th record plus the labelled ones" if every > 1 else ""
    lines = [
        f"Part: **{part}** ({int(figures['records'])} records{subset}); {seconds:.0f} s.",
        "",
        "| figure | value | n |",
        "|---|---|---|",
    ]
    for name in (*FIGURES, "kind accuracy", "kind accuracy over labelled"):
        if name in figures:
            lines.append(f"| {name} | {figures[name]:.3f} | {int(figures[name + ' n'])} |")
    return "\n".join(lines)


def write_doc(section: str, body: str) -> None:
    """Replace (or append) the block between ``<!-- section -->`` markers in docs/bench/devset_attributions.md."""
    devsets.update_benchmarks_doc(section, body, DOC, title="# Attributions on PolNeAR\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--setaside", action="store_true", help="score the set-aside fifth (once, at the end)")
    ap.add_argument(
        "--every", type=int, default=1, help="score every N-th record of the part (and the labelled)"
    )
    ap.add_argument("--cache", type=Path, default=None, help="keep the parsed Docs in this folder")
    args = ap.parse_args()
    if not devsets.available():
        sys.exit(f"development sets not found at {devsets.DEVSETS} (set PARALLAX_SHARED)")
    part = "setaside" if args.setaside else "working"
    t0 = time.perf_counter()
    figures = run(part, args.every, args.cache)
    body = report(part, args.every, figures, time.perf_counter() - t0)
    print(body)
    write_doc(f"devset-attributions-{part}{'-every' + str(args.every) if args.every > 1 else ''}", body)


if __name__ == "__main__":
    main()
