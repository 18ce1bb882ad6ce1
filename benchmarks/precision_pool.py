"""Are the disputes Parallax reports on stories nobody tuned on real? A pool of real political news, labelled by hand.

The pool: the working records of ``../shared/bench/devsets/attributions.jsonl`` (PolNeAR, seven publishers,
2015-2016; file positions ``i % 5 != 4``, the others are set aside for the attribution work and never read
here), written as JSONL ``{id, title, published, outlet, text}`` and analysed in one run of
``parallax.cli analyze``. The stories with two or more outlets are sorted by their key (a hash of their
sorted article ids); every fifth of them is the untouched estimate (``--part untouched``), the others are
the worked stories (``--part worked``, the default).

Labels: ``benchmarks/data/precision14_labels.jsonl``, one line per point read by hand: ``story`` (key),
``kind``, ``measure`` (or topic), ``article_ids``, ``point`` (the key of the point: a hash of its kind and
its cited sentences), ``label`` (``real`` or ``false``), ``cause`` and ``reason``. The labels were written
from the first run, before any change made for this pool.

Commands::

    python benchmarks/precision_pool.py build [--out DIR]        # the pool file
    python benchmarks/precision_pool.py run --json FILE [--out DIR]  # analyse it (minutes)
    python benchmarks/precision_pool.py restage --json FIRST --out-json FILE [--cache PKL]  # story stage again
    python benchmarks/precision_pool.py show --json FILE [--part worked|untouched] [--kinds ...]
    python benchmarks/precision_pool.py score --json FILE [--part worked|untouched]

``restage`` runs the story stage again (this tree's code) on the stories of two or more outlets of a
first run, with that run's grouping, on the pool's annotations (cleaned and annotated once, then kept in
``--cache``): the changes measured here are all in the story stage, and on the first run's code it gives
the first run's points exactly. ``show`` prints each point of the kinds asked (contradiction, disagreement, evolving by default; add
``agreement``) with its key, its label when there is one, and its cited sentences. ``score`` counts, per
kind, the points labelled real, false, and not labelled.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
SOURCE = SHARED / "bench" / "devsets" / "attributions.jsonl"
LABELS = REPO / "benchmarks" / "data" / "precision14_labels.jsonl"
DISPUTES = ("contradiction", "disagreement", "evolving")


def build(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    pool = out / "pool.jsonl"
    with SOURCE.open(encoding="utf-8") as source, pool.open("w", encoding="utf-8") as sink:
        for i, line in enumerate(source):
            if i % 5 == 4:
                continue  # set aside for the attribution work: never read here
            r = json.loads(line)
            record = {
                "id": r["id"],
                "title": r["title"],
                "published": r["published"],
                "outlet": r["publisher"],
                "text": r["text"],
            }
            sink.write(json.dumps(record) + "\n")
    return pool


def story_key(story: dict[str, Any]) -> str:
    return hashlib.sha1("|".join(sorted(story["article_ids"])).encode()).hexdigest()[:10]


def point_key(comparison: dict[str, Any], claims: dict[str, dict[str, Any]]) -> str:
    texts = sorted(claims[i]["text"] for i in comparison["claim_ids"] if i in claims)
    return hashlib.sha1("\n".join([comparison["kind"], *texts]).encode()).hexdigest()[:10]


def stories(report: dict[str, Any], part: str) -> list[dict[str, Any]]:
    """The stories with two or more outlets, sorted by key; ``untouched`` is every fifth, ``worked`` the rest."""
    outlets = {a["id"]: a.get("outlet") for a in report["articles"]}
    multi = [s for s in report["stories"] if len({outlets.get(a) for a in s["article_ids"]}) >= 2]
    multi.sort(key=story_key)
    return [s for i, s in enumerate(multi) if (i % 5 == 4) == (part == "untouched")]


def load_labels() -> dict[tuple[str, str], dict[str, Any]]:
    if not LABELS.exists():
        return {}
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["story"], r["point"]): r for r in rows}


def points(report: dict[str, Any], part: str, kinds: tuple[str, ...]) -> list[tuple[dict[str, Any], ...]]:
    rows = []
    for story in stories(report, part):
        claims = {c["id"]: c for c in story["claims"]}
        for comparison in story["comparisons"]:
            if comparison["kind"] in kinds:
                rows.append((story, comparison, claims))
    return rows


def show(report: dict[str, Any], part: str, kinds: tuple[str, ...], limit_agreements: int) -> None:
    labels = load_labels()
    agreements = 0
    for story, comparison, claims in points(report, part, kinds):
        if comparison["kind"] == "agreement":
            agreements += 1
            if agreements > limit_agreements:
                continue
        key = (story_key(story), point_key(comparison, claims))
        label = labels.get(key, {}).get("label", "UNLABELLED")
        measure = comparison.get("measure") or comparison["topic"]
        values = [(v["outlet"], v["value"]) for v in comparison.get("values", [])]
        print(f"== {key[0]} {key[1]} {comparison['kind']} [{label}] {measure!r} {values}")
        print(f"   {comparison['explanation'][:300]}")
        for cid in comparison["claim_ids"]:
            c = claims.get(cid)
            if c is not None:
                print(f"   [{c['article_id'][:40]}] ({c.get('speaker')}) {c['text'][:400]}")


def score(report: dict[str, Any], part: str, kinds: tuple[str, ...]) -> dict[str, Counter[str]]:
    labels = load_labels()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for story, comparison, claims in points(report, part, kinds):
        key = (story_key(story), point_key(comparison, claims))
        counts[comparison["kind"]][labels[key]["label"] if key in labels else "unlabelled"] += 1
    return counts


def restage(report: dict[str, Any], pool: Path, cache: Path) -> dict[str, Any]:
    """The report's stories of two or more outlets analysed again from cached annotations (see above)."""
    import pickle

    import parallax
    from parallax.config import Settings
    from parallax.story.build import build_story

    engine = parallax.load()
    if cache.exists():
        articles, annotations = pickle.loads(cache.read_bytes())
    else:
        cleaned = engine.clean_paths([pool])
        run = engine.annotate_articles(cleaned.articles)
        articles = {a.id: a for a in cleaned.articles}
        annotations = {a.id: a for a in run.annotations}
        cache.write_bytes(pickle.dumps((articles, annotations)))
    nlp = engine.annotator().nlp
    out: dict[str, Any] = {"articles": report["articles"], "stories": []}
    for story in stories(report, "worked") + stories(report, "untouched"):
        ids = story["article_ids"]
        built = build_story(
            story["id"],
            [articles[i] for i in ids],
            [annotations[i] for i in ids],
            story["duplicates"],
            Settings(),
            nlp=nlp,
        )
        out["stories"].append(json.loads(built.model_dump_json()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("build", "run", "restage", "show", "score"))
    parser.add_argument("--out-json", type=Path, help="restage: where to write the report")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/precision14/annotated.pkl"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/precision14"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--part", choices=("worked", "untouched"), default="worked")
    parser.add_argument("--kinds", nargs="*", default=list(DISPUTES))
    parser.add_argument("--agreements", type=int, default=30, help="show at most this many agreements")
    args = parser.parse_args()
    if args.command == "build":
        print(build(args.out))
        return
    if args.json is None:
        raise SystemExit("--json FILE is needed")
    if args.command == "run":
        pool = build(args.out)
        command = [sys.executable, "-m", "parallax.cli", "analyze", str(pool), "--json", str(args.json), "-q"]
        subprocess.run([*command, "-p", "1"], check=False)
        return
    report = json.loads(args.json.read_text(encoding="utf-8"))
    if args.command == "restage":
        if args.out_json is None:
            raise SystemExit("--out-json FILE is needed")
        args.out_json.write_text(
            json.dumps(restage(report, args.out / "pool.jsonl", args.cache)), encoding="utf-8"
        )
        return
    kinds = tuple(args.kinds)
    if args.command == "show":
        show(report, args.part, kinds, args.agreements)
        return
    counts = score(report, args.part, kinds)
    print(f"part: {args.part}, {len(stories(report, args.part))} stories with two or more outlets")
    for kind in kinds:
        c = counts.get(kind, Counter())
        labelled = c["real"] + c["false"]
        precision = f"{c['real'] / labelled:.3f}" if labelled else "-"
        print(
            f"  {kind:14} points {sum(c.values()):3}  real {c['real']:3}  false {c['false']:3}  "
            f"unlabelled {c['unlabelled']:3}  precision {precision}"
        )


if __name__ == "__main__":
    main()
