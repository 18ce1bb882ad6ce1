"""Gold figures that outlets give in their headlines: how many a comparison holds.

For each part of the comparison gold (``benchmarks/comparison.py``; never ``setaside``), the gold
figures whose span starts inside the record's title (stories.jsonl records: ``title`` + blank line +
body) are counted, and a figure is *held* when a comparison figure of the analysed event overlaps it
(the scorer's own mapping and overlap test).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/title_figures.py [PART ...]`` (default: working,
fresh, fresh2, fresh3).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PARTS = ("working", "fresh", "fresh2", "fresh3")


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("bench_comparison", HERE / "comparison.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def title_figures(part: str) -> tuple[int, int]:
    """(gold figures in titles, of them held by a comparison) for one part."""
    if part == "setaside":
        raise SystemExit("the set-aside part is scored once, by the lead")
    scorer = _scorer()
    gold = scorer.load_gold(part)
    inputs = scorer.load_inputs(gold)
    total = held = 0
    for event in gold:
        in_titles = [
            figure
            for measure in event["measures"]
            for figure in measure["figures"]
            if inputs[figure["article"]].get("title")
            and figure["start"] < len(inputs[figure["article"]]["title"]) + 1
        ]
        if not in_titles:
            continue
        mapped = scorer.map_report(scorer.analyse_event(event, inputs), inputs)
        for figure in in_titles:
            total += 1
            held += any(scorer._overlaps(span, figure) for spans in mapped.figures for span in spans)
    return total, held


def main() -> None:
    for part in sys.argv[1:] or PARTS:
        total, held = title_figures(part)
        print(f"{part:8} gold figures in titles: {total:3}  held by a comparison: {held:3}")


if __name__ == "__main__":
    main()
