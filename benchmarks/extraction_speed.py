"""Cleaner speed: page dumps cleaned per second on one core, against jusText on the same dumps in the same run.

jusText (shipped with trafilatura) gets each dump as HTML with one <p> per line. The issue's reference
machine ran jusText at about 90 dumps/s and asks for 200 dumps/s, i.e. about 2.2 times jusText.

Run: ``.venv/bin/python benchmarks/extraction_speed.py [--repeat 3]``
"""

from __future__ import annotations

import argparse
import html
import os
import time
from pathlib import Path

from parallax.cleaning.text import clean_dump, load_cleaner_model

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
PAGES = SHARED / "bench" / "extraction" / "pages"


def _best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import justext

    dumps = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.dump.txt"))]
    model = load_cleaner_model()
    stoplist = justext.get_stoplist("English")
    pages = [
        "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in d.splitlines() if line.strip()) + "</body></html>"
        for d in dumps
    ]

    def ours() -> None:
        for dump in dumps:
            clean_dump(dump, model)

    def reference() -> None:
        for page in pages:
            justext.justext(page, stoplist)

    t_ours = _best(ours, args.repeat)
    t_ref = _best(reference, args.repeat)
    print(f"dumps: {len(dumps)}")
    print(f"parallax cleaner: {len(dumps) / t_ours:7.1f} dumps/s")
    print(f"jusText:          {len(dumps) / t_ref:7.1f} dumps/s")
    print(f"ratio (parallax / jusText): {t_ref / t_ours:.2f}  (200/90 = 2.22 meets the issue's target)")


if __name__ == "__main__":
    main()
