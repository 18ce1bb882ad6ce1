"""Cost of the annotate stage against spaCy's own parse of the same texts, in the same run.

Texts: the five seed articles (cleaned) and the bundled example, repeated to
about 60 articles. Reference: ``nlp.pipe`` over the texts the stage parses, the
bodies and the titles (what any spaCy user pays). Measured: ``annotate_articles``
over the same articles (parse plus sentences, entities, quantities, dates and
attributions, of the body and of the title). Each is run three
times, alternating, and the best time is kept; the ratio is the figure to read.

Usage: .venv/bin/python benchmarks/annotate_speed.py [--shared ../shared] [--copies 12]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from parallax.annotation.pipeline import annotate_articles, headline_text, load_annotator
from parallax.config import Settings
from parallax.pipeline import clean

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--copies", type=int, default=12)
    args = ap.parse_args()
    settings = Settings()
    inputs = [args.shared / "seeds", REPO / "src" / "parallax" / "examples" / "harbour-bridge"]
    run = clean(inputs, settings)
    articles = [
        a.model_copy(update={"id": f"{a.id}-{i}", "published": a.published or "2018-07-23"})
        for i in range(args.copies)
        for a in run.articles
    ]
    # The bodies and, after each, its title as the stage reads it (one stream, as the stage parses them).
    texts = [t for a in articles for t in (a.text, headline_text(a)) if t]
    words = sum(len(t.split()) for t in texts)
    annotator = load_annotator(settings)
    list(annotator.nlp.pipe(texts[:3]))  # warm up
    best_parse = best_annotate = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        list(annotator.nlp.pipe(texts, batch_size=settings.batch_size))
        best_parse = min(best_parse, time.perf_counter() - t0)
        t0 = time.perf_counter()
        results = list(annotate_articles(articles, annotator, settings))
        best_annotate = min(best_annotate, time.perf_counter() - t0)
    titles = sum(1 for a in articles if headline_text(a))
    print(f"articles: {len(articles)} ({titles} with a title)  words: {words}  (annotated: {len(results)})")
    print(f"spaCy nlp.pipe      : {best_parse:.2f} s  ({words / best_parse:,.0f} words/s)")
    print(f"parallax annotate   : {best_annotate:.2f} s  ({words / best_annotate:,.0f} words/s)")
    print(f"ratio annotate/parse: {best_annotate / best_parse:.2f}  (goal <= 1.3)")


if __name__ == "__main__":
    main()
