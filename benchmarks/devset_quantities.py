"""Quantities on the public development set ``quantities.jsonl``, scored by the set's own ``score.py``.

Three figures per corpus (score.py defines each):

* ``with unit``: items that have a unit (Recognizers-Text specs, quantulum3's sentences);
* ``number``: numbers, ranges and percentages without a unit;
* ``meantime written``: the MONEY / PERCENT / QUANTITY spans of the real Wikinews records, against
  values and units written by hand from the text (``benchmarks/data/meantime_quantity_values.json``,
  passed to score.py with ``--values``); a span with no written value counts as wrong, a span whose
  written value is empty (no number a reader can state, e.g. "many") is not counted.

The working part is four fifths of the set; ``--setaside`` scores the set-aside fifth (every fifth
record), which is looked at once, at the end. The figures go to ``docs/bench/devset_quantities.md``
(``--no-doc`` to skip).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/devset_quantities.py [--setaside] [--no-doc]``; our own
golds with ``--own``, ``--own2``, ``--own3``, ``--own4``, ``--own5``, ``--own6``, ``--own7``, ``--own8``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devsets

REPO = Path(__file__).resolve().parents[1]
VALUES = REPO / "benchmarks" / "data" / "meantime_quantity_values.json"
# Our own gold: figures in sentences of ../shared/bench/devsets/stories.jsonl, written by hand before
# Parallax was run on them (round 3); every fifth record is kept untouched until the end.
OWN = REPO / "benchmarks" / "data" / "quantities_news_gold.jsonl"
# A second own gold (round 4): 100 figures of rates, glued units, currencies and changes in sentences of
# stories.jsonl, attributions.jsonl and the extraction gold bodies, written before Parallax was run on them.
OWN2 = REPO / "benchmarks" / "data" / "quantities_news2_gold.jsonl"
# A third own gold (round 5): 147 figures chosen for the breadth of units (real sentences of stories.jsonl,
# attributions.jsonl and the extraction gold bodies, and technical sentences written for it), written before
# Parallax was run on them.
OWN3 = REPO / "benchmarks" / "data" / "quantities_units3_gold.jsonl"
# A fourth own gold (round 6): 149 figures and 19 spans that are no quantity (ordinals, clock times, "24/7", a
# model number), in 87 real sentences of the extraction gold bodies and stories.jsonl's working part, chosen by
# category (unit names that are common words, ages, sentences, durations in words, frequencies, fractions,
# "one in three", currencies with prefixes), written before Parallax was run on them. A span with value null
# and subtype "not_a_quantity" is right when no quantity of Parallax overlaps it (score.py skips it; counted
# here as "units4 no quantity right").
OWN4 = REPO / "benchmarks" / "data" / "quantities_units4_gold.jsonl"
# A fifth own gold (round 7): 122 figures in the first 70 sentences of the extraction gold bodies (file order, at
# most two a body) holding a digit followed by a non-currency, non-time unit that pint reads, drawn by a rule
# fixed before any sentence was read (benchmarks/data/quantities_own5_select.py, docs/bench/quant7.md) and
# written by hand before Parallax was run on them.
OWN5 = REPO / "benchmarks" / "data" / "quantities_own5_gold.jsonl"
# A sixth own gold (round 8): the 39 sentences of the extraction gold bodies and PolNeAR's working part not used by
# an earlier own gold that hold a digit followed by a unit both pint and quantulum3's table know (drawn by a rule
# fixed before any sentence was read: benchmarks/data/quantities_own6_select.py, docs/bench/quant8.md), 57 figures
# and 7 spans that are no quantity, written by hand before Parallax was run on them.
OWN6 = REPO / "benchmarks" / "data" / "quantities_own6_gold.jsonl"
# A seventh own gold (round 11): 104 news-like sentences written for it (invented names) covering the categories of
# issue 8 (minor units, currency prefixes and ISO codes, compound imperial, fractions, speeds, squared and cubed units,
# data sizes, micro-units, tons, ages, magnitudes, frequencies), 116 figures and spans that are no quantity, written
# with their values before Parallax was run on them (benchmarks/data/quantities_own7_make.py, docs/bench/quant11.md).
OWN7 = REPO / "benchmarks" / "data" / "quantities_own7_gold.jsonl"
# An eighth own gold (round 15): the first 46 sentences of stories.jsonl's working part not used by an earlier own gold
# that hold a digit followed within two tokens by a unit both pint and quantulum3's table know, or a currency sign
# before a digit (drawn by a rule fixed before any sentence was read: benchmarks/data/quantities_own8_select.py,
# docs/bench/quant15.md), 71 figures and 1 span that is no quantity, written by hand before Parallax was run on them.
OWN8 = REPO / "benchmarks" / "data" / "quantities_own8_gold.jsonl"
NOT_A_QUANTITY = "not_a_quantity"
DOC = REPO / "docs" / "bench" / "devset_quantities.md"
# figure name in score.py's output -> name printed here
FIGURES = {
    "recognizers with unit right": "recognizers with unit",
    "recognizers number right": "recognizers number",
    "quantulum3 with unit right": "quantulum3 with unit",
    "quantulum3 number right": "quantulum3 number",
    "meantime with unit right": "meantime with unit",
    "meantime number right": "meantime number",
}


def meantime_written(figures: dict[str, float]) -> tuple[float, int]:
    """The share of the written meantime spans right (with unit and number together) and their count."""
    right = total = 0.0
    for key in ("meantime with unit right", "meantime number right"):
        if key in figures:
            n = figures[key + " n"]
            right += figures[key] * n
            total += n
    missing = figures.get("meantime written values n", 0.0)
    total += missing
    return (right / total if total else 0.0), int(total)


def run(part: str, annotator: Any = None) -> dict[str, float]:
    """Annotate ``part`` of quantities.jsonl and score it (figures by score.py's names, plus 'meantime written')."""
    records = devsets.part(devsets.load("quantities"), part)
    output = devsets.annotate_records(records, annotator)
    ids = [str(r["id"]) for r in records]
    figures = devsets.score("quantities", output, ids, extra=("--values", str(VALUES)))
    value, n = meantime_written(figures)
    figures["meantime written right"] = value
    figures["meantime written right n"] = float(n)
    return figures


def run_own(part: str, annotator: Any = None, gold: Path = OWN) -> dict[str, float]:
    """Annotate ``part`` of one of our own golds (``OWN`` ... ``OWN4``) and score it with score.py
    (``--set`` = a folder holding that gold as ``quantities.jsonl``)."""
    import json
    import shutil
    import tempfile

    with gold.open(encoding="utf-8") as f:
        records = devsets.part([json.loads(line) for line in f if line.strip()], part)
    output = devsets.annotate_records(records, annotator)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(gold, Path(tmp) / "quantities.jsonl")
        extra = ("--set", tmp)
        figures = devsets.score("quantities", output, [str(r["id"]) for r in records], extra=extra)
    figures.update(no_quantity(records, output))
    return figures


def no_quantity(records: list[dict[str, Any]], output: list[dict[str, Any]]) -> dict[str, float]:
    """The share of the gold spans marked ``not_a_quantity`` that no quantity of Parallax overlaps."""
    found = {str(o["id"]): o.get("quantities") or [] for o in output}
    total = right = 0
    corpus = ""
    for rec in records:
        for g in rec["gold"]:
            if g.get("subtype") != NOT_A_QUANTITY:
                continue
            corpus = str(rec.get("corpus") or "own")
            total += 1
            qs = found.get(str(rec["id"]), [])
            right += not any(q["start"] < g["end"] and g["start"] < q["end"] for q in qs)
    if not total:
        return {}
    return {f"{corpus} no quantity right": right / total, f"{corpus} no quantity right n": float(total)}


def report(figures: dict[str, float]) -> list[str]:
    names = {**FIGURES, "meantime written right": "meantime written (money, percent, quantity)"}
    lines = []
    for key, label in names.items():
        if key in figures:
            lines.append(f"| {label} | {figures[key]:.3f} | {int(figures[key + ' n'])} |")
    return lines


def write_doc(part: str, figures: dict[str, float]) -> None:
    """Replace the block of ``part`` in the report (the rest of the file, written by hand, stays)."""
    body = "\n".join(["| figure | right | items |", "|---|---|---|", *report(figures)])
    devsets.update_benchmarks_doc(part, body, DOC, title="# Quantities on the public development set\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setaside", action="store_true", help="score the set-aside fifth instead")
    parser.add_argument(
        "--own", action="store_true", help="score our own news gold (never written to the doc)"
    )
    parser.add_argument(
        "--own2", action="store_true", help="score our second own news gold (rates, glued units, currencies)"
    )
    parser.add_argument("--own3", action="store_true", help="score our third own gold (the breadth of units)")
    parser.add_argument(
        "--own4", action="store_true", help="score our fourth own gold (categories of real expressions)"
    )
    parser.add_argument(
        "--own5",
        action="store_true",
        help="score our fifth own gold (units in sentences drawn by a fixed rule)",
    )
    parser.add_argument(
        "--own6",
        action="store_true",
        help="score our sixth own gold (units both pint and quantulum3 know, in sentences drawn by a fixed rule)",
    )
    parser.add_argument(
        "--own7",
        action="store_true",
        help="score our seventh own gold (written sentences covering the categories of issue 8)",
    )
    parser.add_argument(
        "--own8",
        action="store_true",
        help="score our eighth own gold (real sentences of stories.jsonl drawn by a fixed rule)",
    )
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/bench/devset_quantities.md")
    args = parser.parse_args(argv)
    if not devsets.available():
        print(f"score.py not found under {devsets.DEVSETS}", file=sys.stderr)
        return 2
    part = "setaside" if args.setaside else "working"
    t0 = time.perf_counter()
    golds = {"own8": OWN8, "own7": OWN7, "own6": OWN6, "own5": OWN5, "own4": OWN4, "own3": OWN3, "own2": OWN2, "own": OWN}
    chosen = [path for flag, path in golds.items() if getattr(args, flag)]
    if chosen:
        gold = chosen[0]
        own = run_own(part, gold=gold)
        print(f"own gold {gold.name}, {part} part ({time.perf_counter() - t0:.0f} s)")
        for key in sorted(k for k in own if not k.endswith(" n")):
            print(f"{key}: {own[key]:.3f} ({int(own[key + ' n'])})")
        return 0
    figures = run(part)
    print(f"quantities.jsonl, {part} part ({time.perf_counter() - t0:.0f} s)")
    for line in report(figures):
        _, label, value, n, _ = (c.strip() for c in line.split("|"))
        print(f"{label}: {value} ({n})")
    if not args.no_doc:
        write_doc(part, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
