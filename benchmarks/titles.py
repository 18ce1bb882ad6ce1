"""Headline and outlet quality of the text cleaner on the extraction page dumps.

Proxy gold: the address of each page (``manifest.tsv``). The content words of its slug (the last path
part that has letters, split on ``-`` and ``_``; words of three or more letters that are not function words
or digits) say what the story is about; only pages whose slug has at least three such words are scored.

Reported:

* ``slug_hit``: share of scored dumps whose chosen title holds at least half of the slug's words;
* ``bad_shape``: share of all dumps whose title is obviously not a headline (a byline "By ...", a date or
  time line, a line of page-furniture words, mostly digits);
* ``no_title``: share of all dumps with no title;
* ``outlets``: the outlets found (after the file-name fallback), for reading.

Run: ``PYTHONPATH=src python benchmarks/titles.py [--show]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from conftest import shared_path
from parallax.cleaning.outlets import outlet_from_name, readable_outlet
from parallax.cleaning.text import clean_dump, load_cleaner_model
from parallax.common.english import ENGLISH_FUNCTION_WORDS

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
)
_DATE = re.compile(rf"\b(?:{_MONTH})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTH})\b|\b\d{{1,2}}:\d{{2}}\b", re.I)
_UI = re.compile(
    r"\b(?:share|sharing|buttons?|log ?in|log ?out|sign ?in|sign ?up|account|settings|subscribe|menu|gallery|"
    r"watch|live|back to|newsletter|cookies?|search|comments?|advertisement|read more|tempo de leitura|"
    r"minutes? read|min read)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{3,}")


def slug_words(url: str) -> list[str]:
    parts = [p for p in urlsplit(url).path.split("/") if re.search(r"[A-Za-z]", p)]
    if not parts:
        return []
    slug = re.sub(r"\.\w+$", "", parts[-1])
    words = [w.casefold() for w in re.split(r"[-_]+", slug) if w]
    return [w for w in words if _WORD.fullmatch(w) and w not in ENGLISH_FUNCTION_WORDS]


def bad_shape(title: str) -> str | None:
    words = title.split()
    if re.match(r"(?i)^by\s", title):
        return "byline"
    if _DATE.search(title) and len(_WORD.findall(title)) <= 6:
        return "date"
    if len(words) <= 6 and _UI.search(title):
        return "ui"
    if sum(c.isdigit() for c in title) >= sum(c.isalpha() for c in title):
        return "digits"
    return None


def run(show: bool = False) -> dict[str, float]:
    root = shared_path() / "bench" / "extraction"
    model = load_cleaner_model()
    with open(root / "manifest.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    scored = hits = bad = empty = 0
    for row in rows:
        page = root / "pages" / f"{row['name']}.dump.txt"
        if not page.exists():
            continue
        cleaned = clean_dump(page.read_text(encoding="utf-8", errors="replace"), model)
        title = cleaned.title or ""
        outlet = readable_outlet(cleaned.outlet) or outlet_from_name(page.name.split(".")[0])
        gold = slug_words(row["url"])
        hit = None
        if len(gold) >= 3:
            scored += 1
            have = {w.casefold() for w in _WORD.findall(title)}
            hit = sum(w in have for w in gold) >= len(gold) / 2
            hits += hit
        shape = bad_shape(title) if title else None
        bad += shape is not None
        empty += not title
        if show:
            mark = "-" if hit is None else ("+" if hit else "x")
            print(f"{mark} {row['name']}\t{shape or ''}\t{title[:90]!r}\t{outlet!r}\t{' '.join(gold)}")
    n = len(rows)
    figures = {
        "pages": float(n),
        "scored": float(scored),
        "slug_hit": hits / scored if scored else 0.0,
        "bad_shape": bad / n,
        "no_title": empty / n,
    }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each page's title, outlet and slug")
    args = parser.parse_args()
    for key, value in run(args.show).items():
        print(f"{key}\t{value:.3f}" if value < 1.5 else f"{key}\t{value:.0f}")


if __name__ == "__main__":
    main()
