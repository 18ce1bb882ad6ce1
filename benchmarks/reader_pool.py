"""What a reader sees first on real multi-outlet stories: how many of those points are worth reading?

The pool is the one of ``benchmarks/precision_pool.py`` (PolNeAR working records, stories of two or more
outlets sorted by key, every fifth the untouched estimate). Of each story the reader's view
(:func:`parallax.render.view.story_view`, as the terminal, Markdown and HTML renderers rank it) shows at most
ten points per section; the points read here are the **agreements and the points only one outlet reports**
among those shown first (the disputes are precision_pool's labels).

The stories read: the first ``--stories`` (20) worked stories in key order (a rule fixed before reading),
or with ``--part untouched`` the first 10 of the untouched fifth (read once, at the end).

Labels: ``benchmarks/data/reader15_labels.jsonl``, one line per point read by hand: ``story`` (key),
``kind``, ``point`` (precision_pool's point key: a hash of the kind and the cited sentences), ``nth`` (the
occurrence of that key among the story's points shown, 0 first: two figures of one sentence make two points
with one key), ``label``
(``worth`` or ``noise``), ``cause`` (for noise: a category, see docs/bench/reader15.md), ``note``, and
``round`` (``first``: written from the first run before any change; a later round names the commit whose
output showed the point first).

Commands::

    python benchmarks/reader_pool.py show --json FILE [--part worked|untouched] [--stories N] [--unlabelled]
    python benchmarks/reader_pool.py score --json FILE [--part worked|untouched] [--stories N]

``score`` prints, over the points shown first, how many are labelled worth, noise (by cause) and not
labelled, the noise share among the labelled ones, and the points per story (all kinds, and shown first).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from precision_pool import point_key, stories, story_key

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "benchmarks" / "data" / "reader15_labels.jsonl"
READ_KINDS = ("agreement", "unique")


def load_labels(path: Path = LABELS) -> dict[tuple[str, str, int], dict[str, Any]]:
    """Labels by (story key, point key, occurrence): two points that cite the same sentences (two figures of
    one sentence, say) share a point key; ``nth`` (0 when absent) tells them apart in the order shown."""
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["story"], r["point"], int(r.get("nth", 0))): r for r in rows}


def shown_first(
    report: dict[str, Any], part: str, count: int
) -> list[tuple[dict[str, Any], list[tuple[dict[str, Any], dict[str, Any]]], int]]:
    """Per story read: the story, its (comparison, claims) shown first of the read kinds, in the order the
    reader sees them, and the story's number of points (all kinds)."""
    from parallax.model import Report
    from parallax.render.view import story_view

    chosen = stories(report, part)[:count]
    ids = {a for s in chosen for a in s["article_ids"]}
    model = Report.model_validate(
        {"articles": [a for a in report["articles"] if a["id"] in ids], "rejected": [], "stories": chosen}
    )
    out = []
    for raw, story in zip(chosen, model.stories, strict=True):
        view = story_view(model, story)
        claims = {c["id"]: c for c in raw["claims"]}
        rows = []
        for section in view.sections:
            for comp in section.points:
                if comp.kind in READ_KINDS:
                    rows.append((json.loads(comp.model_dump_json()), claims))
        out.append((raw, rows, len(raw["comparisons"])))
    return out


def show(report: dict[str, Any], part: str, count: int, unlabelled: bool) -> None:
    labels = load_labels()
    for story, rows, _ in shown_first(report, part, count):
        skey = story_key(story)
        outlets = sorted(
            {a.get("outlet") or "?" for a in report["articles"] if a["id"] in story["article_ids"]}
        )
        print(f"##### story {skey} {story['title'][:100]!r} {len(story['article_ids'])} articles {outlets}")
        seen: Counter[str] = Counter()
        for comp, claims in rows:
            pkey = point_key(comp, claims)
            nth = seen[pkey]
            seen[pkey] += 1
            label = labels.get((skey, pkey, nth))
            if unlabelled and label is not None:
                continue
            tag = f"{label['label']}:{label.get('cause', '')}" if label else "UNLABELLED"
            measure = comp.get("measure") or comp["topic"]
            values = [(v["outlet"], v["value"]) for v in comp.get("values", [])]
            print(
                f"== {skey} {pkey}#{nth} {comp['kind']} bg={comp['background']} [{tag}] {measure!r} {values}"
            )
            for cid in comp["claim_ids"]:
                c = claims.get(cid)
                if c is not None:
                    print(f"   [{c['article_id'][:30]}] ({c.get('speaker')}) {c['text'][:500]}")


def score(report: dict[str, Any], part: str, count: int) -> dict[str, Any]:
    labels = load_labels()
    tally: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {k: Counter() for k in READ_KINDS}
    read = shown_first(report, part, count)
    total_points = 0
    for story, rows, n_points in read:
        total_points += n_points
        skey = story_key(story)
        seen: Counter[str] = Counter()
        for comp, claims in rows:
            pkey = point_key(comp, claims)
            label = labels.get((skey, pkey, seen[pkey]))
            seen[pkey] += 1
            name = label["label"] if label else "unlabelled"
            tally[name] += 1
            per_kind[comp["kind"]][name] += 1
            if name == "noise":
                causes[label.get("cause") or "?"] += 1  # type: ignore[union-attr]
    labelled = tally["worth"] + tally["noise"]
    return {
        "stories": len(read),
        "shown": sum(tally.values()),
        "worth": tally["worth"],
        "noise": tally["noise"],
        "unlabelled": tally["unlabelled"],
        "noise_share": tally["noise"] / labelled if labelled else 0.0,
        "per_kind": {k: dict(v) for k, v in per_kind.items()},
        "causes": dict(causes.most_common()),
        "points_per_story": total_points / len(read) if read else 0.0,
        "shown_per_story": sum(tally.values()) / len(read) if read else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("show", "score"))
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--part", choices=("worked", "untouched"), default="worked")
    parser.add_argument("--stories", type=int, default=None, help="20 worked or 10 untouched by default")
    parser.add_argument("--unlabelled", action="store_true", help="show: only the points not labelled")
    args = parser.parse_args()
    count = args.stories if args.stories is not None else (20 if args.part == "worked" else 10)
    report = json.loads(args.json.read_text(encoding="utf-8"))
    if args.command == "show":
        show(report, args.part, count, args.unlabelled)
        return
    figures = score(report, args.part, count)
    print(f"part: {args.part}, {figures['stories']} stories read")
    for name in ("shown", "worth", "noise", "unlabelled"):
        print(f"  {name:18} {figures[name]}")
    print(f"  {'noise share':18} {figures['noise_share']:.3f}")
    print(f"  {'per kind':18} {figures['per_kind']}")
    print(f"  {'noise causes':18} {figures['causes']}")
    print(f"  {'points per story':18} {figures['points_per_story']:.1f}")
    print(f"  {'shown per story':18} {figures['shown_per_story']:.1f}")


if __name__ == "__main__":
    main()
