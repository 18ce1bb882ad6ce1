"""Story grouping on the public development set ``../shared/bench/devsets/stories.jsonl`` (654 real articles).

Two ways in, both scored by the set's own ``score.py stories`` (B-cubed F1 per corpus and over all; a rejected
article counts as a story of its own):

* ``direct``: each record becomes an Article (its ``text`` as the body, its ``title``, ``published`` and
  ``outlet``) and goes straight to annotate + :func:`parallax.story.build.build_stories`; this measures the
  grouping apart from the cleaner. Annotations can be cached (``--cache DIR``, JSON of the Annotation models)
  so that only the story stages run again while tuning.
* ``analyze``: one ``parallax analyze stories.jsonl --json`` run over the whole file (cleaner included).

Every fifth record (file order) is set aside; figures are reported on the working four fifths, and on the
set-aside fifth only with ``--part setaside`` (once, at the end). Grouping always runs over all 654 articles
together (as one ``analyze`` run would); only the scoring is restricted to a part.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/devset_stories.py [--cache /tmp/names-cache] [--analyze]``
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devsets

from parallax.config import Settings
from parallax.model import Annotation, Article

CORPORA = ("basil", "newswcl50", "pac")
_FIGURE = re.compile(r"^(?P<name>\S+) B3: precision (?P<p>[0-9.]+) recall (?P<r>[0-9.]+) F1 (?P<f1>[0-9.]+)")


def articles_of(records: Sequence[dict[str, Any]]) -> list[Article]:
    return [
        Article(
            id=str(r["id"]),
            source=str(r["id"]),
            title=r.get("title") or None,
            outlet=r.get("outlet") or None,
            published=r.get("published") or None,
            text=r["text"],
        )
        for r in records
    ]


def annotations_of(articles: Sequence[Article], cache: Path | None = None) -> list[Annotation]:
    """Annotations of the articles (from ``cache/annotations.jsonl`` when it holds them all)."""
    from parallax.annotation.pipeline import annotate_articles, load_annotator

    path = cache / "annotations.jsonl" if cache else None
    if path is not None and path.exists():
        cached = [
            Annotation.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()
        ]
        if {a.id for a in cached} >= {a.id for a in articles}:
            wanted = {a.id for a in articles}
            return [a for a in cached if a.id in wanted]
    settings = Settings()
    annotator = load_annotator(settings)
    out = [item for item in annotate_articles(articles, annotator, settings) if isinstance(item, Annotation)]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(a.model_dump_json() + "\n" for a in out), encoding="utf-8")
    return out


def report_of_stories(
    articles: Sequence[Article],
    annotations: Sequence[Annotation],
    settings: Settings,
    stories_only: bool = False,
) -> dict[str, Any]:
    """The part of an analyze JSON report that ``score.py stories`` reads, from the story stages.

    ``stories_only`` runs the grouping alone (as build_stories calls it) and skips the per-story analysis.
    """
    from parallax.story.build import build_stories
    from parallax.story.grouping import group_stories

    if stories_only:
        by_id = {a.id: a for a in annotations}
        usable = [a for a in articles if a.id in by_id]
        groups = group_stories(usable, [by_id[a.id] for a in usable], threshold=settings.story_threshold)
        stories = [(f"s{n}", g.article_ids) for n, g in enumerate(groups, start=1)]
    else:
        stories = [(s.id, list(s.article_ids)) for s in build_stories(articles, annotations, settings)]
    done = {i for _, ids in stories for i in ids}
    return {
        "stories": [{"id": story_id, "article_ids": ids} for story_id, ids in stories],
        "rejected": [{"id": a.id} for a in articles if a.id not in done],
    }


def _score_json(report: dict[str, Any], ids: Sequence[str]) -> dict[str, float]:
    """``score.py stories REPORT --ids IDS``; the figures it prints, by name."""
    figures: dict[str, float] = {}
    for line in devsets.run_scorer("stories", report, ids).splitlines():
        m = _FIGURE.match(line.strip())
        if m:
            figures[m["name"]] = float(m["f1"])
            figures[m["name"] + " precision"] = float(m["p"])
            figures[m["name"] + " recall"] = float(m["r"])
    return figures


def run_direct(
    part: str = "working",
    cache: Path | None = None,
    settings: Settings | None = None,
    stories_only: bool = False,
) -> dict[str, float]:
    records = devsets.load("stories")
    articles = articles_of(records)
    annotations = annotations_of(articles, cache)
    report = report_of_stories(articles, annotations, settings or Settings(), stories_only)
    return _score_json(report, [str(r["id"]) for r in devsets.part(records, part)])


def run_analyze(part: str = "working", keep: Path | None = None) -> dict[str, float]:
    """One ``parallax analyze stories.jsonl --json`` run (exit 1 only says some records were rejected).

    With ``keep`` the report is written there, or read from there when it already exists.
    """
    records = devsets.load("stories")
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp) / "report.json"
        if not out.exists():
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "parallax.cli",
                    "analyze",
                    str(devsets.DEVSETS / "stories.jsonl"),
                    "--json",
                    str(out),
                ],
                capture_output=True,
                text=True,
            )
            if done.returncode not in (0, 1) or not out.exists():
                raise RuntimeError(f"parallax analyze failed ({done.returncode}): {done.stderr[-2000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    return _score_json(report, [str(r["id"]) for r in devsets.part(records, part)])


def show(name: str, figures: dict[str, float]) -> None:
    print(name + ": " + ", ".join(f"{k} {figures[k]:.3f}" for k in (*CORPORA, "all") if k in figures))
    print(
        "  (P/R) "
        + ", ".join(
            f"{k} {figures[k + ' precision']:.3f}/{figures[k + ' recall']:.3f}"
            for k in (*CORPORA, "all")
            if k in figures
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="working", choices=devsets.PARTS)
    parser.add_argument("--cache", type=Path, default=None, help="directory for cached annotations")
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument("--analyze", action="store_true", help="also score one full `parallax analyze` run")
    parser.add_argument("--keep", type=Path, default=None, help="write (or reuse) the analyze report here")
    args = parser.parse_args()
    settings = Settings(story_threshold=args.threshold)
    show(f"direct ({args.part})", run_direct(args.part, args.cache, settings))
    if args.analyze:
        show(f"analyze ({args.part})", run_analyze(args.part, args.keep))


if __name__ == "__main__":
    main()
