"""Dates on the public development set ``dates.jsonl`` (TimeBank + AQUAINT and MEANTIME), scored by its score.py.

Annotates the *working* four fifths through the real pipeline (``annotate --raw``, library form) and prints
score.py's figures: the share of gold DATE values right, overall and per corpus (``tbaq``, ``meantime``),
the share found at all, and the DURATION, TIME and SET values right. ``--setaside`` scores the set-aside
fifth instead (every fifth record: only once, at the end; it is the estimate for unseen news).
The figures are written to ``docs/bench/devset_dates.md`` (the part scored replaces its own block there).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/devset_dates.py [--setaside] [--no-doc]``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devsets

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "bench" / "devset_dates.md"
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


def run(part: str) -> tuple[dict[str, float], float, int]:
    """score.py's figures on one part of the set, the seconds it took, and the number of records."""
    records = devsets.part(devsets.load("dates"), part)
    started = time.perf_counter()
    output = devsets.annotate_records(records)
    seconds = time.perf_counter() - started
    return devsets.score("dates", output, [str(r["id"]) for r in records]), seconds, len(records)


def table(figures: dict[str, float]) -> str:
    rows = ["| figure | value | gold items |", "|---|---|---|"]
    names = HEADLINE + sorted(k for k in figures if not k.endswith(" n") and k not in HEADLINE)
    for name in names:
        if name in figures:
            rows.append(f"| {name} | {figures[name]:.3f} | {int(figures.get(name + ' n', 0))} |")
    return "\n".join(rows)


def write_doc(part: str, figures: dict[str, float], seconds: float, count: int) -> None:
    """Replace the block of ``part`` in the report (the rest of the file, written by hand, stays)."""
    title = (
        "Working four fifths" if part == "working" else "Set-aside fifth (scored once, at the end of a round)"
    )
    body = (
        f"### {title}: {count} records, annotated in {seconds:.0f} s\n\n"
        f"Written by `benchmarks/devset_dates.py{' --setaside' if part == 'setaside' else ''}`.\n\n"
        f"{table(figures)}"
    )
    devsets.update_benchmarks_doc(part, body, DOC, title="# Dates on dates.jsonl\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--setaside", action="store_true", help="score the set-aside fifth (once, at the end)"
    )
    parser.add_argument("--no-doc", action="store_true", help="print only; leave docs/bench/devset_dates.md")
    args = parser.parse_args(argv)
    if not devsets.available():
        print(f"the development sets are not at {devsets.DEVSETS}", file=sys.stderr)
        return 2
    part = "setaside" if args.setaside else "working"
    figures, seconds, count = run(part)
    print(f"dates.jsonl, {part} part: {count} records, annotated in {seconds:.1f} s")
    for name in HEADLINE + sorted(k for k in figures if not k.endswith(" n") and k not in HEADLINE):
        if name in figures:
            print(f"  {name}: {figures[name]:.3f} ({int(figures.get(name + ' n', 0))})")
    if not args.no_doc:
        write_doc(part, figures, seconds, count)
        print(f"written to {DOC.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
