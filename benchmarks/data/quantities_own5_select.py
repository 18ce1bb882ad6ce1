"""The rule that draws the sentences of ``quantities_own5_gold.jsonl`` (see docs/bench/quant7.md), fixed before
any sentence was read: the first sentences of the extraction gold bodies, in file order, holding a digit
followed by a non-currency, non-time unit that pint reads; at most two a body; none from an earlier own gold.

Run: ``/work/main/.venv/bin/python benchmarks/data/quantities_own5_select.py [--min-figures 120]`` prints the
candidate sentences as JSON lines (``id``, ``source``, ``text``); the figures are then written by hand.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO.parent / "shared" / "bench" / "extraction" / "pages"
EARLIER = ("quantities_news_gold.jsonl", "quantities_news2_gold.jsonl", "quantities_units3_gold.jsonl",
           "quantities_units4_gold.jsonl")  # fmt: skip
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[A-Z\"“‘(\[])")
CANDIDATE = re.compile(
    r"(?<![$£€¥₹])\d(?:[\d,.]*\d)?(?P<gap>[ -]?)(?:(?:square|cubic|sq\.?) )?(?P<unit>[A-Za-zµμ°²³/]+)"
)
NOT_UNITS = {"in", "at", "a", "an", "am", "pm", "as", "are", "or", "to", "of", "on", "is", "it", "by", "for",
             "per", "and", "the", "st", "nd", "rd", "th", "k", "m", "b", "bn", "mn", "percent", "s"}  # fmt: skip


def sentences(body: str) -> Iterator[str]:
    for paragraph in body.split("\n"):
        for sentence in SENTENCE_END.split(paragraph.strip()):
            if sentence.strip():
                yield sentence.strip()


def is_unit(registry: Any, token: str, glued: bool) -> bool:
    token = token.rstrip("/")
    if not token or token.lower() in NOT_UNITS or token in ("K", "M", "B"):
        return False
    if len(token) == 1 and not glued:
        return False
    try:
        unit = registry.parse_units(token.replace("²", "**2").replace("³", "**3"))
    except Exception:  # pint raises many kinds of errors for words it does not know
        return False
    dims = dict(unit.dimensionality)
    return bool(dims) and dims != {"[time]": 1}


def eligible(registry: Any, sentence: str) -> bool:
    return any(is_unit(registry, m["unit"], m["gap"] == "") for m in CANDIDATE.finditer(sentence))


def earlier_texts() -> list[str]:
    texts = []
    for name in EARLIER:
        with (REPO / "benchmarks" / "data" / name).open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def main(argv: list[str] | None = None) -> int:
    import pint

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-sentences", type=int, default=200)
    args = parser.parse_args(argv)
    registry = pint.UnitRegistry()
    used = earlier_texts()
    n = 0
    for path in sorted(PAGES.glob("*.gold.txt")):
        taken = 0
        for sentence in sentences(path.read_text(encoding="utf-8")):
            if taken == 2 or n == args.max_sentences:
                break
            if any(sentence in t or t in sentence for t in used) or not eligible(registry, sentence):
                continue
            source = "ex/" + path.name.removesuffix(".gold.txt")
            print(json.dumps({"id": f"own5/{n}", "source": source, "text": sentence}, ensure_ascii=False))
            taken += 1
            n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
