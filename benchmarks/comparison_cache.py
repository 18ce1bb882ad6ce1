"""The story stage on cached annotations: the comparison output of a tree, and the comparison figures,
without annotating again.

Annotation does not depend on the story stage, so the events' articles are cleaned and annotated once
(``--cache DIR``, one pickle per input set) and every later run only groups, resolves, extracts claims and
compares. Two uses:

* ``snapshot OUT``: every comparison of the bundled example (``src/parallax/examples/harbour-bridge``),
  the seeds (``../shared/seeds``) and the events of the comparison gold's working and fresh parts
  (never the set-aside part) as JSON lines, so that two trees' outputs can be compared byte for byte
  (run it with ``PYTHONPATH`` set to each tree's ``src``, then ``cmp``);
* ``score PART``: the figures of ``benchmarks/comparison.py`` for a working or fresh part
  (not ``setaside``), scored by its own functions on the cached annotations.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/comparison_cache.py [--cache DIR] snapshot OUT`` or
``... score PART [--verbose]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import comparison

REPO = comparison.REPO
EXAMPLE = REPO / "src" / "parallax" / "examples" / "harbour-bridge"
SEEDS = comparison.SHARED / "seeds"
PARTS = ("working", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")


def _annotated(name: str, paths: Sequence[Path], cache: Path) -> tuple[list[Any], list[Any]]:
    """The articles and annotations of ``paths`` (cleaned and annotated once, then read from ``cache``)."""
    import parallax

    key = hashlib.sha1(
        "\n".join(f"{p.name}:{hashlib.sha1(p.read_bytes()).hexdigest()}" for p in paths).encode()
    ).hexdigest()[:16]
    path = cache / f"{name.replace(':', '_')}-{key}.pkl"
    if path.exists():
        with path.open("rb") as f:
            loaded: tuple[list[Any], list[Any]] = pickle.load(f)
            return loaded
    engine = parallax.load()
    cleaned = engine.clean_paths(list(paths))
    run = engine.annotate_articles(cleaned.articles)
    kept = {a.id for a in run.annotations}
    result = ([a for a in cleaned.articles if a.id in kept], list(run.annotations))
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(result, f)
    return result


def _stories(articles: list[Any], annotations: list[Any]) -> list[Any]:
    import parallax
    from parallax.story.build import build_job, plan_stories

    engine = parallax.load()
    nlp = engine.annotator().nlp
    jobs = plan_stories(articles, annotations, engine.settings)
    return [build_job(job, engine.settings, nlp, keep_failed=True) for job in jobs]


def _event_paths(event: dict[str, Any], inputs: dict[str, dict[str, Any]], tmp: Path) -> list[Path]:
    records = [inputs[a] for a in event["articles"]]
    if all("path" in r for r in records):
        return [Path(r["path"]) for r in records]
    path = tmp / f"{event['event'].replace(':', '_')}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return [path]


def _events(part: str) -> list[dict[str, Any]]:
    if part not in PARTS:
        raise SystemExit(f"part must be one of {', '.join(PARTS)} (the set-aside part is not scored here)")
    return comparison.load_gold(part)


def event_stories(
    events: Sequence[dict[str, Any]], cache: Path
) -> list[tuple[dict[str, Any], dict[str, dict[str, Any]], list[Any], list[Any]]]:
    """Per event: the event, its inputs, its articles and its stories."""
    inputs = comparison.load_inputs(events)
    comparison.check_gold(events, inputs)
    out = []
    with tempfile.TemporaryDirectory() as tmp_name:
        for event in events:
            articles, annotations = _annotated(
                event["event"], _event_paths(event, inputs, Path(tmp_name)), cache
            )
            out.append((event, inputs, articles, _stories(articles, annotations)))
    return out


def snapshot(out: Path, cache: Path) -> int:
    """Write every comparison of the example, the seeds and the working and fresh events; their count."""
    lines: list[str] = []
    sets: list[tuple[str, list[Path]]] = [
        ("example", sorted(p for p in EXAMPLE.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))),
        ("seeds", sorted(SEEDS.glob("*.txt"))),
    ]
    for name, paths in sets:
        articles, annotations = _annotated(name, paths, cache)
        for story in _stories(articles, annotations):
            for comp in story.comparisons:
                lines.append(json.dumps({"set": name, "story": story.id, **comp.model_dump(mode="json")}))
    for part in PARTS:
        for event, _, _, stories in event_stories(_events(part), cache):
            for story in stories:
                for comp in story.comparisons:
                    record = {"set": event["event"], "story": story.id, **comp.model_dump(mode="json")}
                    lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def score(part: str, cache: Path, verbose: bool = False) -> dict[str, float]:
    """The figures of ``benchmarks/comparison.py`` for one part, from cached annotations."""
    from parallax.model import Report

    total = comparison.Tally()
    for event, inputs, articles, stories in event_stories(_events(part), cache):
        report = Report(articles=articles, rejected=[], stories=stories)
        total.add(comparison.score_event(event, comparison.map_report(report, inputs), verbose))
    return total.figures_dict()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "parallax-comparison-cache"
    )
    sub = parser.add_subparsers(dest="what", required=True)
    snap = sub.add_parser("snapshot", help="write every comparison as JSON lines")
    snap.add_argument("out", type=Path)
    scoring = sub.add_parser("score", help="the comparison figures of one part")
    scoring.add_argument("part", choices=PARTS)
    scoring.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.what == "snapshot":
        print(f"{snapshot(args.out, args.cache)} comparisons written to {args.out}")
        return
    figures = score(args.part, args.cache, args.verbose)
    print(f"part: {args.part} (cached annotations)")
    for name, value in figures.items():
        print(
            f"  {name:26} {value:.3f}"
            if isinstance(value, float) and not value.is_integer()
            else f"  {name:26} {value:g}"
        )


if __name__ == "__main__":
    main()
