"""The rule that draws the sentences of ``quantities_own8_gold.jsonl`` (see docs/bench/quant15.md), fixed before
any sentence was read: sentences of stories.jsonl's working part, not used by an earlier own gold, that hold a digit
followed within two tokens by a unit of measure both pint and quantulum3's table know (not time alone), or a
currency sign before a digit.

1. Source: the *working* part of ``../shared/bench/devsets/stories.jsonl`` (records at positions i % 5 == 4 are its
   set-aside part and are never read), in file order. A record that an earlier own gold drew any sentence from (its
   ``source``) is skipped whole.
2. Each text is split into paragraphs at line breaks, each paragraph into sentences after ``.``, ``!`` or ``?``
   (with a closing quote or bracket) followed by white space and a capital letter, a quote or a bracket.
3. A sentence is taken when it holds (a) a digit followed within two tokens (glued, or the first or the second
   word after it, with a space or a hyphen between) by a token that pint reads as a unit with a dimension other
   than time alone, that is a surface or symbol of a unit in quantulum3's table (its singular, for a plural in "s"
   or "es"; symbols compared with their case, surfaces without), and that is not one of a fixed list of English
   words and suffixes nor a scale letter (a single letter counts only glued to the digit); or (b) a currency sign
   directly before a digit.
4. A sentence already used in an earlier own gold (same text, or one containing the other) is skipped; at most
   one sentence per record is taken (the first that qualifies).
5. Sentences are taken in that order until the figures written reach at least ``--min-figures`` (70); the
   script prints candidates, the figures are written by hand, and the last sentence taken is the one where the
   count reaches the minimum.

Run: ``/work/main/.venv/bin/python benchmarks/data/quantities_own8_select.py --max-sentences 60`` prints the
candidate sentences as JSON lines (``id``, ``source``, ``text``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# the sentence splitter and the unit test of the sixth own gold's rule, which this rule shares (run as a script, this
# folder is on the path)
from quantities_own6_select import is_unit, quantulum_forms, sentences

REPO = Path(__file__).resolve().parents[2]
STORIES = REPO.parent / "shared" / "bench" / "devsets" / "stories.jsonl"
EARLIER = ("quantities_news_gold.jsonl", "quantities_news2_gold.jsonl", "quantities_units3_gold.jsonl",
           "quantities_units4_gold.jsonl", "quantities_own5_gold.jsonl", "quantities_own6_gold.jsonl",
           "quantities_own7_gold.jsonl")  # fmt: skip
# a figure, then up to two tokens: (gap, token) pairs
CANDIDATE = re.compile(
    r"(?<![$£€¥₹\w])\d(?:[\d,.]*\d)?(?P<gap>[ -]?)(?P<unit>[A-Za-zµμ°²³/]+)(?:[ -](?P<unit2>[A-Za-zµμ°²³/]+))?"
)
CURRENCY = re.compile(r"[$£€¥₹]\s?\d")
def eligible(registry: Any, forms: tuple[set[str], set[str]], sentence: str) -> bool:
    if CURRENCY.search(sentence):
        return True
    for m in CANDIDATE.finditer(sentence):
        if is_unit(registry, forms, m["unit"], m["gap"] == ""):
            return True
        if m["unit2"] and is_unit(registry, forms, m["unit2"], False):
            return True
    return False


def earlier() -> tuple[list[str], set[str]]:
    """The texts and the sources of the earlier own golds."""
    texts, sources = [], set()
    for name in EARLIER:
        with (REPO / "benchmarks" / "data" / name).open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    texts.append(rec["text"])
                    sources.add(str(rec.get("source") or ""))
    return texts, sources


def texts() -> Iterator[tuple[str, str]]:
    """(source id, text) of stories.jsonl's working part in file order."""
    with STORIES.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for i, rec in enumerate(records):
        if i % 5 == 4:
            continue  # the set-aside fifth of stories.jsonl (devsets.part): never read
        yield str(rec["id"]), str(rec["text"])


def main(argv: list[str] | None = None) -> int:
    import pint

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-sentences", type=int, default=200)
    args = parser.parse_args(argv)
    registry = pint.UnitRegistry()
    forms = quantulum_forms()
    used, sources = earlier()
    n = 0
    for source, text in texts():
        if n == args.max_sentences:
            break
        if source in sources:
            continue
        for sentence in sentences(text):
            if any(sentence in t or t in sentence for t in used) or not eligible(registry, forms, sentence):
                continue
            print(json.dumps({"id": f"own8/{n}", "source": source, "text": sentence}, ensure_ascii=False))
            n += 1
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
