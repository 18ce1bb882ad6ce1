"""Shared helpers for the benchmarks on the public development sets in ``../shared/bench/devsets``.

Every fifth record of each set (file order, positions 4, 9, 14, ...) is *set aside*: it is never looked
at while tuning and is scored separately at the end as the estimate for news never seen. The other four
fifths are the *working* part; floors in ``benchmarks/floors/`` are pinned on it.

The sets are scored by the set's own ``score.py`` (which defines every measure); this module only
annotates the records through the real pipeline (``annotate --raw``, the library form), writes the
output where ``score.py`` reads it, and parses the figures it prints (``name: value (n)``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
DEVSETS = SHARED / "bench" / "devsets"
SCORER = DEVSETS / "score.py"

PARTS = ("working", "setaside")


def available() -> bool:
    return SCORER.exists()


def load(kind: str) -> list[dict[str, Any]]:
    """The records of ``dates``, ``attributions``, ``quantities`` or ``stories``, in file order."""
    path = DEVSETS / f"{kind}.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def part(records: Sequence[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """``working`` (four fifths) or ``setaside`` (every fifth record, file order)."""
    if name not in PARTS:
        raise ValueError(f"part must be one of {PARTS}")
    keep_aside = name == "setaside"
    return [r for i, r in enumerate(records) if (i % 5 == 4) == keep_aside]


def real_text_sets() -> dict[str, list[str]]:
    """Every real text a check runs over: the extraction set's page dumps and their gold bodies, and the
    texts of stories.jsonl's working part (the set-aside fifth left alone)."""
    pages = SHARED / "bench" / "extraction" / "pages"
    dumps = sorted(pages.glob("*.dump.txt"))
    golds = sorted(pages.glob("*.gold.txt"))
    if not dumps or not golds:
        raise SystemExit(f"no page dumps in {pages} (set PARALLAX_SHARED)")
    stories = part(load("stories"), "working")
    return {
        "extraction dumps": [p.read_text(encoding="utf-8") for p in dumps],
        "extraction gold bodies": [p.read_text(encoding="utf-8") for p in golds],
        "stories.jsonl (working part)": [str(r.get("text") or "") for r in stories],
    }


def annotate_records(records: Iterable[dict[str, Any]], annotator: Any = None) -> list[dict[str, Any]]:
    """Annotate each record's ``text`` as one raw article (no cleaning), with its publication date."""
    from parallax.annotation.pipeline import annotate_articles, load_annotator
    from parallax.config import Settings
    from parallax.model import Annotation, Article

    settings = Settings()
    annotator = annotator or load_annotator(settings)
    articles = [
        Article(id=str(r["id"]), source=str(r["id"]), text=r["text"], published=(r.get("published") or None))
        for r in records
    ]
    out: list[dict[str, Any]] = []
    for item in annotate_articles(articles, annotator, settings):
        if isinstance(item, Annotation):
            out.append(item.model_dump(mode="json"))
    return out


_FIGURE = re.compile(r"^(?P<name>[^:]+): (?P<value>-|[0-9.]+) \((?P<n>\d+)\)$")


def run_scorer(kind: str, output: dict[str, Any] | Sequence[dict[str, Any]], ids: Iterable[str], extra: Sequence[str] = ()) -> str:
    """Run ``score.py KIND`` on ``output`` (JSONL records, or one JSON report for ``stories``) restricted to
    ``ids``; what it prints."""
    with tempfile.TemporaryDirectory() as tmp:
        out_path = Path(tmp) / "out.json"
        ids_path = Path(tmp) / "ids.txt"
        if isinstance(output, dict):
            out_path.write_text(json.dumps(output), encoding="utf-8")
        else:
            out_path.write_text("".join(json.dumps(r) + "\n" for r in output), encoding="utf-8")
        ids_path.write_text("\n".join(ids) + "\n", encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(SCORER), kind, str(out_path), "--ids", str(ids_path), *extra],
            capture_output=True,
            text=True,
            check=True,
        )
    return done.stdout


def score(
    kind: str, output: Sequence[dict[str, Any]], ids: Iterable[str], extra: Sequence[str] = ()
) -> dict[str, float]:
    """Run ``score.py KIND`` on ``output`` restricted to ``ids``; the figures it prints, by name."""
    figures: dict[str, float] = {}
    for line in run_scorer(kind, output, ids, extra).splitlines():
        m = _FIGURE.match(line.strip())
        if m and m["value"] != "-":
            figures[m["name"]] = float(m["value"])
            figures[m["name"] + " n"] = float(m["n"])
    return figures


def read_floors(name: str) -> dict[str, Any]:
    import tomllib

    return tomllib.loads((REPO / "benchmarks" / "floors" / f"{name}.toml").read_text(encoding="utf-8"))


def update_benchmarks_doc(section: str, body: str, path: Path | None = None, title: str = "") -> None:
    """Replace (or append) the block between ``<!-- section -->`` markers in ``path`` (docs/benchmarks.md)."""
    path = path or REPO / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else title
    start, end = f"<!-- {section} -->", f"<!-- /{section} -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
