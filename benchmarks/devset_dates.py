"""Dates on the public development set ``dates.jsonl`` (TimeBank + AQUAINT and MEANTIME), scored by its score.py.

Annotates the *working* four fifths through the real pipeline (``annotate --raw``, library form) and prints
score.py's figures: the share of gold DATE values right, overall and per corpus (``tbaq``, ``meantime``),
the share found at all, and the DURATION, TIME and SET values right. ``--setaside`` scores the set-aside
fifth instead (every fifth record: only once, at the end; it is the estimate for unseen news).
``--set news`` scores the project's own gold instead, ``benchmarks/data/dates_news_gold.jsonl``: the first
~15 sentences of 40 articles of ``stories.jsonl`` (news nobody here wrote), every temporal expression
written by reading the text before Parallax ran on them; split into working and set-aside parts the same
way, and scored by the same score.py (``--set`` pointed at a folder holding it as ``dates.jsonl``).
``--set news2`` scores the fourth round's gold, ``benchmarks/data/dates_news2_gold.jsonl``: the first
~1,000 characters of 48 other articles (30 of ``stories.jsonl``, 18 of the PolNeAR texts in
``attributions.jsonl``, working part of each), written the same way before Parallax ran on them.
``--set news3`` scores the sixth round's gold, ``benchmarks/data/dates_news3_gold.jsonl``: the first
~1,300-1,600 characters of 60 more articles (35 of ``stories.jsonl``, 23 PolNeAR texts, and the two
Wikinews articles of ``quantities.jsonl`` that ``dates.jsonl`` does not hold, one sentence a line with
the creation date in the text), none with a publication date an earlier date gold used.
``--set news4`` scores the seventh round's gold, ``benchmarks/data/dates_news4_gold.jsonl``: 18 short
wire-style news bodies of ``../shared/bench/extraction`` (the publication date from each page's address),
written the same way before Parallax ran on them. ``--set guidelines`` scores a probe gold of 104 records
written here (invented names) from the categories of the TimeML / TIDES annotation guidelines (anchored and
relative dates, references, seasons, quarters, fiscal years, decades, centuries, "that year", "the day
before", "ago", the weekend, durations, times, sets), with the values those guidelines give.
``--set news5`` scores the eighth round's gold, ``benchmarks/data/dates_news5_gold.jsonl``: 28 more bodies of
``../shared/bench/extraction`` not used by news4 (manifest order, English, a day-resolved date in the
address; each body cut at the first line end after 1,400 characters), written before Parallax ran on them.
``--set news6`` scores the ninth round's gold, ``benchmarks/data/dates_news6_gold.jsonl``: 17 articles of
``stories.jsonl`` from events no earlier set used (the first article of every tenth such event, file order;
text cut at the first line end after 1,200 characters), written before Parallax ran on them.
``--set news7`` scores the seventeenth round's gold, ``benchmarks/data/dates_news7_gold.jsonl``: 32 passages
of articles an earlier date gold began (stories.jsonl and PolNeAR working parts): the text from the first
paragraph after the part that gold used, cut at the first line end after 1,100 characters (every second such
article, file order of the earlier golds), written before Parallax ran on them.
The figures are written to ``docs/bench/devset_dates.md`` (the part scored replaces its own block there).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/devset_dates.py [--set news|news2|news3|news4|news5|news6|news7|guidelines] [--setaside] [--no-doc]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devsets

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "bench" / "devset_dates.md"
NEWS_GOLD = REPO / "benchmarks" / "data" / "dates_news_gold.jsonl"
# The project's own gold sets, by the name ``--set`` takes.
OWN_GOLD = {
    "news": NEWS_GOLD,
    "news2": REPO / "benchmarks" / "data" / "dates_news2_gold.jsonl",
    "news3": REPO / "benchmarks" / "data" / "dates_news3_gold.jsonl",
    "news4": REPO / "benchmarks" / "data" / "dates_news4_gold.jsonl",
    "guidelines": REPO / "benchmarks" / "data" / "dates_guidelines_gold.jsonl",
    "news5": REPO / "benchmarks" / "data" / "dates_news5_gold.jsonl",
    "news6": REPO / "benchmarks" / "data" / "dates_news6_gold.jsonl",
    "news7": REPO / "benchmarks" / "data" / "dates_news7_gold.jsonl",
}
# The figures this report leads with (score.py's names).
HEADLINE = [
    "DATE value right",
    "DATE tbaq value right",
    "DATE meantime value right",
    "DATE found",
    "DURATION value right",
    "TIME value right",
    "SET value right",
]


def load_news(gold_set: str = "news") -> list[dict[str, Any]]:
    """The records of one of the project's own gold sets (a key of ``OWN_GOLD``), in file order."""
    with OWN_GOLD[gold_set].open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(part: str, gold_set: str = "dates") -> tuple[dict[str, float], float, int]:
    """score.py's figures on one part of ``dates`` (the shared set) or ``news`` / ``news2`` (the project's
    own gold), the seconds it took, and the number of records."""
    records = devsets.part(devsets.load("dates") if gold_set == "dates" else load_news(gold_set), part)
    started = time.perf_counter()
    output = devsets.annotate_records(records)
    seconds = time.perf_counter() - started
    ids = [str(r["id"]) for r in records]
    if gold_set == "dates":
        return devsets.score("dates", output, ids), seconds, len(records)
    with tempfile.TemporaryDirectory() as folder:
        shutil.copyfile(OWN_GOLD[gold_set], Path(folder) / "dates.jsonl")
        return devsets.score("dates", output, ids, extra=["--set", folder]), seconds, len(records)


def table(figures: dict[str, float]) -> str:
    rows = ["| figure | value | gold items |", "|---|---|---|"]
    names = HEADLINE + sorted(k for k in figures if not k.endswith(" n") and k not in HEADLINE)
    for name in names:
        if name in figures:
            rows.append(f"| {name} | {figures[name]:.3f} | {int(figures.get(name + ' n', 0))} |")
    return "\n".join(rows)


def write_doc(
    part: str,
    figures: dict[str, float],
    seconds: float,
    count: int,
    gold_set: str = "dates",
    doc: Path = DOC,
) -> None:
    """Replace the block of ``part`` in the report (the rest of the file, written by hand, stays)."""
    title = (
        "Working four fifths" if part == "working" else "Set-aside fifth (scored once, at the end of a round)"
    )
    flags = (f" --set {gold_set}" if gold_set != "dates" else "") + (
        " --setaside" if part == "setaside" else ""
    )
    if gold_set != "dates":
        title = f"Own gold ({OWN_GOLD[gold_set].name}), {title[0].lower()}{title[1:]}"
    body = (
        f"### {title}: {count} records, annotated in {seconds:.0f} s\n\n"
        f"Written by `benchmarks/devset_dates.py{flags}`.\n\n"
        f"{table(figures)}"
    )
    block = part if gold_set == "dates" else f"{gold_set}-{part}"
    devsets.update_benchmarks_doc(block, body, doc, title="# Dates on dates.jsonl\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--setaside", action="store_true", help="score the set-aside fifth (once, at the end)"
    )
    parser.add_argument(
        "--set",
        dest="gold_set",
        choices=("dates", *OWN_GOLD),
        default="dates",
        help="dates: the shared dates.jsonl; news, news2 .. news7, guidelines: the project's own gold "
        "(benchmarks/data/dates_<name>_gold.jsonl)",
    )
    parser.add_argument("--no-doc", action="store_true", help="print only; leave the report unchanged")
    parser.add_argument(
        "--doc",
        type=Path,
        default=DOC,
        help="the report whose block is rewritten (docs/bench/devset_dates.md)",
    )
    args = parser.parse_args(argv)
    if not devsets.available():
        print(f"the development sets are not at {devsets.DEVSETS}", file=sys.stderr)
        return 2
    part = "setaside" if args.setaside else "working"
    figures, seconds, count = run(part, args.gold_set)
    name = "dates.jsonl" if args.gold_set == "dates" else OWN_GOLD[args.gold_set].name
    print(f"{name}, {part} part: {count} records, annotated in {seconds:.1f} s")
    for name in HEADLINE + sorted(k for k in figures if not k.endswith(" n") and k not in HEADLINE):
        if name in figures:
            print(f"  {name}: {figures[name]:.3f} ({int(figures.get(name + ' n', 0))})")
    if not args.no_doc:
        write_doc(part, figures, seconds, count, args.gold_set, args.doc)
        print(f"written to {args.doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
