"""Train the cleaner's block classifier on the development page dumps and ship it.

    .venv/bin/python scripts/train_cleaner.py [--bench ../shared/bench/extraction] [--out src/parallax/data/cleaner.npz]

Deterministic (fixed seed and hyper-parameters): the same pages give the same file.
Cross-validated figures come from benchmarks/extraction.py.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from parallax.cleaning.training import fit_ensemble, load_pages, page_matrix

ROOT = Path(__file__).resolve().parent.parent
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", ROOT.parent / "shared"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=SHARED / "bench" / "extraction")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "parallax" / "data" / "cleaner.npz")
    args = parser.parse_args()
    pages = load_pages(args.bench)
    x, y, _ = page_matrix(pages)
    model = fit_ensemble(x, y)
    model.save(args.out)
    print(f"trained on {len(pages)} pages, {len(y)} blocks ({y.mean():.1%} body); saved {args.out}")


if __name__ == "__main__":
    main()
