"""Writes ``quantities_own8_gold.jsonl`` from the sentences that ``quantities_own8_select.py`` prints (its rule,
docs/bench/quant15.md) and the figures written by hand below (before Parallax was run on any of them).

Each entry: the candidate's number, then (span text, value, unit, subtype) for every figure of the sentence; a span
that occurs more than once is given as (text, occurrence) . Every fifth record in file order is the set-aside part.

Run: ``/work/main/.venv/bin/python benchmarks/data/quantities_own8_select.py --max-sentences 46 > /tmp/own8.jsonl &&
/work/main/.venv/bin/python benchmarks/data/quantities_own8_make.py /tmp/own8.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "quantities_own8_gold.jsonl"
NQ = "not_a_quantity"
P = "percentage"
Span = Any
GOLD: dict[int, list[tuple[Span, Any, str | None, str | None]]] = {
    0: [("$16 million", 16000000, "usd", None)],
    1: [("above $250,000", 250000, "usd", None)],
    2: [("$2 million", 2000000, "usd", None)],
    3: [("$447 billion", 447000000000, "usd", None)],
    4: [("$1 million", 1000000, "usd", None)],
    5: [("35 million", 35000000, None, None), ("$1,179 a month", 1179, "usd per month", None)],
    6: [
        ("$416 billion", 416000000000, "usd", None),
        ("the next decade", 10, "year", None),
        ("69", 69, "year", None),
        ("16 years", 16, "year", None),
        ("1 percent", 1, "percent", P),
    ],
    7: [("$1.1 million", 1100000, "usd", None)],
    8: [("more than $1 million", 1000000, "usd", None)],
    9: [("$5 million", 5000000, "usd", None)],
    10: [("$800 Billion", 800000000000, "usd", None)],
    11: [("$716 billion", 716000000000, "usd", None)],
    12: [("about $6.50", 6.5, "usd", None)],
    13: [("$16 trillion", 16000000000000, "usd", None)],
    14: [("$1 million", 1000000, "usd", None), ("about $400,000", 400000, "usd", None)],
    15: [("$500,000", 500000, "usd", None)],
    16: [
        ("$831 billion", 831000000000, "usd", None),
        ("8 percent", 8, "percent", P),
        ("43 months", 43, "month", None),
        ("1.3 percent", 1.3, "percent", P),
        ("$90 billion", 90000000000, "usd", None),
        ("12 million", 12000000, None, None),
    ],
    17: [("$800 billion", 800000000000, "usd", None), ("the next decade", 10, "year", None)],
    18: [("$4 billion", 4000000000, "usd", None)],
    19: [("roughly $500 million", 500000000, "usd", None)],
    20: [("$640 million", 640000000, "usd", None)],
    21: [("$3.1 million", 3100000, "usd", None)],
    22: [("$43,000", 43000, "usd", None)],
    23: [("one felony", 1, None, None), ("$750,000", 750000, "usd", None)],
    24: [("$250,000 to $300,000", "(250000,300000)", "usd", None)],
    25: [("just over $200,000", 200000, "usd", None)],
    26: [("$5.4 million", 5400000, "usd", None), ("$200,000", 200000, "usd", None)],
    27: [("roughly $141 million", 141000000, "usd", None), ("nearly $44 million", 44000000, "usd", None)],
    28: [("$139 Million", 139000000, "usd", None), ("Seven Years", 7, "year", None)],
    29: [("around $8 billion", 8000000000, "usd", None)],
    30: [("80-foot-long", 80, "foot", None)],
    31: [("$700 billion", 700000000000, "usd", None), ("more than 15 percent", 15, "percent", P)],
    32: [("$84,000", 84000, "usd", None)],
    33: [("tens of thousands of dollars", "(20000,)", "usd", None), ("$600", 600, "usd", None)],
    34: [("more than $5 billion", 5000000000, "usd", None)],
    35: [("$1.3 billion", 1300000000, "usd", None)],
    36: [("$5.7 billion", 5700000000, "usd", None)],
    37: [("35th", None, None, NQ), ("$5.7 billion", 5700000000, "usd", None)],
    38: [("six-to-one", 6, None, None), ("up to $200", 200, "usd", None)],
    39: [("$3.6 billion", 3600000000, "usd", None)],
    40: [("$2 million", 2000000, "usd", None)],
    41: [
        ("up to ten years", 10, "year", None),
        ("up to a year", 1, "year", None),
        ("$ 1,000", 1000, "usd", None),
    ],
    42: [("$ 10,000", 10000, "usd", None), ("six weeks", 6, "week", None)],
    43: [
        ("Dozens", "(24,)", None, None),
        ("between $1 and $1.5 trillion", "(1000000000000,1500000000000)", "usd", None),
    ],
    44: [("$300 billion", 300000000000, "usd", None)],
    45: [
        ("2,700-page", 2700, None, None),
        ("$22.5 billion", 22500000000, "usd", None),
        ("$15.6 billion", 15600000000, "usd", None),
    ],
}


def find(text: str, span: Span) -> int:
    words, nth = (span, 0) if isinstance(span, str) else span
    start = -1
    for _ in range(nth + 1):
        start = text.find(words, start + 1)
        if start < 0:
            raise ValueError(f"{words!r} not in {text!r}")
    return start


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as f:
        candidates = [json.loads(line) for line in f if line.strip()]
    out = []
    for n, spans in sorted(GOLD.items()):
        cand = candidates[n]
        text = cand["text"]
        gold = []
        for span, value, unit, subtype in spans:
            start = find(text, span)
            words = span if isinstance(span, str) else span[0]
            gold.append(
                {
                    "start": start,
                    "end": start + len(words),
                    "text": words,
                    "value": value,
                    "unit": unit,
                    "subtype": subtype,
                }
            )
        gold.sort(key=lambda g: g["start"])
        out.append(
            {"id": f"own8/{n}", "corpus": "own8", "source": cand["source"], "text": text, "gold": gold}
        )
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    figures = sum(1 for r in out for g in r["gold"] if g["subtype"] != NQ)
    print(f"{len(out)} records, {figures} figures, {sum(len(r['gold']) for r in out) - figures} no quantity")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
