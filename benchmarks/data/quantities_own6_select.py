"""The rule that draws the sentences of ``quantities_own6_gold.jsonl`` (see docs/bench/quant8.md), fixed before
any sentence was read: sentences of real text not used by an earlier own gold that hold a digit followed by a
unit of measure that both pint and quantulum3's unit table know (not a currency, not a unit of time alone).

1. Sources, in this order: the extraction gold bodies ``../shared/bench/extraction/pages/*.gold.txt`` in sorted
   file-name order, then the *working* part of PolNeAR (``../shared/bench/devsets/attributions.jsonl``, four
   fifths: every fifth record is that set's set-aside part and is never read) in file order. A body or record that
   an earlier own gold drew any sentence from (its ``source``) is skipped whole.
2. Each text is split into paragraphs at line breaks, each paragraph into sentences after ``.``, ``!`` or ``?``
   (with a closing quote or bracket) followed by white space and a capital letter, a quote or a bracket.
3. A sentence is taken when it holds a digit followed (glued, after one space or a hyphen, optionally with
   "square", "cubic" or "sq" between) by a token that pint reads as a unit with a dimension other than time alone,
   that is a surface or symbol of a unit in quantulum3's table (its singular, for a plural in "s" or "es"; symbols
   compared with their case, surfaces without), that is not preceded by a currency sign, and that is not one of a
   fixed list of English words and suffixes (in, at, a, an, am, pm, st, nd, rd, th, ...) nor a scale letter. A
   single letter counts only glued to the digit.
4. A sentence already used in an earlier own gold (same text, or one containing the other) is skipped; at most
   two sentences per body or record are taken, in order.
5. Sentences are taken in that order until the figures written reach at least ``--min-figures`` (80); the
   script prints candidates, the figures are written by hand, and the last sentence taken is the one where the
   count reaches the minimum.

Run: ``/work/main/.venv/bin/python benchmarks/data/quantities_own6_select.py --max-sentences 60`` prints the
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

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "bench"
PAGES = SHARED / "extraction" / "pages"
POLNEAR = SHARED / "devsets" / "attributions.jsonl"
EARLIER = ("quantities_news_gold.jsonl", "quantities_news2_gold.jsonl", "quantities_units3_gold.jsonl",
           "quantities_units4_gold.jsonl", "quantities_own5_gold.jsonl")  # fmt: skip
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


def quantulum_forms() -> tuple[set[str], set[str]]:
    """(symbols with their case, surfaces lower-cased) of quantulum3's units, money excluded."""
    import quantulum3

    base = Path(quantulum3.__file__).parent
    symbols: set[str] = set()
    surfaces: set[str] = set()
    for path in (base / "units.json", base / "_lang" / "en_US" / "units.json"):
        for unit in json.loads(path.read_text(encoding="utf-8")).values():
            if unit.get("entity") in ("currency", "unknown"):
                continue
            symbols.update(unit.get("symbols") or [])
            surfaces.update(s.lower() for s in unit.get("surfaces") or [])
    return symbols, surfaces


def is_unit(registry: Any, forms: tuple[set[str], set[str]], token: str, glued: bool) -> bool:
    token = token.rstrip("/")
    if not token or token.lower() in NOT_UNITS or token in ("K", "M", "B"):
        return False
    if len(token) == 1 and not glued:
        return False
    symbols, surfaces = forms
    low = token.lower()
    singulars = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    if token not in symbols and not singulars & surfaces:
        return False
    try:
        unit = registry.parse_units(token.replace("²", "**2").replace("³", "**3"))
    except Exception:  # pint raises many kinds of errors for words it does not know
        return False
    dims = dict(unit.dimensionality)
    return bool(dims) and dims != {"[time]": 1}


def eligible(registry: Any, forms: tuple[set[str], set[str]], sentence: str) -> bool:
    return any(is_unit(registry, forms, m["unit"], m["gap"] == "") for m in CANDIDATE.finditer(sentence))


def earlier() -> tuple[list[str], set[str]]:
    """The texts and the sources of the earlier own golds."""
    texts, sources = [], set()
    for name in EARLIER:
        with (REPO / "benchmarks" / "data" / name).open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    texts.append(rec["text"])
                    source = str(rec.get("source") or "")
                    sources.add(source.split("/", 1)[1] if source.startswith(("ex/", "at/")) else source)
    return texts, sources


def texts() -> Iterator[tuple[str, str, str]]:
    """(source key, source label, text) in the rule's order."""
    for path in sorted(PAGES.glob("*.gold.txt")):
        key = path.name.removesuffix(".gold.txt")
        yield key, "ex/" + key, path.read_text(encoding="utf-8")
    with POLNEAR.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for i, rec in enumerate(records):
        if i % 5 == 4:
            continue  # the set-aside fifth of attributions.jsonl (devsets.part): never read
        yield str(rec["id"]), "at/" + str(rec["id"]), str(rec["text"])


def main(argv: list[str] | None = None) -> int:
    import pint

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-sentences", type=int, default=200)
    args = parser.parse_args(argv)
    registry = pint.UnitRegistry()
    forms = quantulum_forms()
    used, sources = earlier()
    n = 0
    for key, label, text in texts():
        if n == args.max_sentences:
            break
        if key in sources:
            continue
        taken = 0
        for sentence in sentences(text):
            if taken == 2 or n == args.max_sentences:
                break
            if any(sentence in t or t in sentence for t in used) or not eligible(registry, forms, sentence):
                continue
            print(json.dumps({"id": f"own6/{n}", "source": label, "text": sentence}, ensure_ascii=False))
            taken += 1
            n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
