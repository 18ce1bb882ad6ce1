"""Cost of the store's writes on a synthetic store (no spaCy in the timed part).

The written set of tests/store (12 articles, four stories) is annotated once; the store is then filled
with N articles made from it (each carried by another outlet under another title, so the four stories
grow to N/4 articles each), and we time: committing each article, the first settle (grouping and
analysing every story), and adding 10 more articles then settling (re-analysing only the stories they
touch; here every story is touched, the worst case for this layout).

    PYTHONPATH=src python benchmarks/store_settle.py [N] [--db URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=600)
    parser.add_argument("--db", default=None, help="store URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "tests"))
    from parallax.pipeline import annotate, clean
    from parallax.store.db import open_engine
    from parallax.store.writer import StoreWriter
    from store.store_corpus import article_files  # type: ignore[import-not-found]

    folder = Path(tempfile.mkdtemp(prefix="parallax-store-bench-"))
    run = clean(list(article_files(folder / "in").values()))
    annotations = annotate(run.articles).annotations
    engine = open_engine(args.db or f"sqlite:///{folder / 'store.db'}")
    writer = StoreWriter(engine)

    def add(number: int) -> None:
        article, annotation = run.articles[number % 12], annotations[number % 12]
        update = {
            "id": f"{article.id}-{number}",
            "outlet": f"Outlet {number // 12}",
            "title": f"{article.title} {number}",
        }
        writer.add_article(article.model_copy(update=update), annotation)

    start = time.perf_counter()
    for number in range(args.count):
        add(number)
    commit = (time.perf_counter() - start) / args.count
    start = time.perf_counter()
    first = writer.settle()
    first_time = time.perf_counter() - start
    for number in range(args.count, args.count + 10):
        add(number)
    start = time.perf_counter()
    more = writer.settle()
    more_time = time.perf_counter() - start
    print(f"{args.count} articles, {engine.dialect.name}")
    print(f"commit one article: {commit * 1000:.1f} ms")
    print(f"first settle: {first_time:.2f} s ({len(first.created)} stories)")
    print(f"10 more, settle: {more_time:.2f} s ({len(more.updated)} stories re-analysed)")
    engine.dispose()


if __name__ == "__main__":
    main()
