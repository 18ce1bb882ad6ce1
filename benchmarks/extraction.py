"""Cleaner quality on the development page dumps (../shared/bench/extraction), scored by its score.py.

Two figures:

* ``cv``: grouped 5-fold cross-validation by site (host of the page address): every page is cleaned by a
  model trained without any page of its site. This is the honest estimate for sites never seen.
* ``shipped``: the model shipped in the package (trained on all pages) on the same pages; an upper bound,
  not an estimate.

Each is scored over all pages and over the English pages (english.txt), token F1 per page averaged.

Run: ``.venv/bin/python benchmarks/extraction.py [--no-cv] [--out DIR]``
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from parallax.cleaning.text import CleanerModel, clean_dump, load_cleaner_model
from parallax.cleaning.training import fit_ensemble, load_pages, page_matrix

REPO = Path(__file__).resolve().parents[1]
# The shared data beside the repository, or where PARALLAX_SHARED says.
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
BENCH = SHARED / "bench" / "extraction"
FOLDS = 5


def _score(out_dir: Path, english: bool) -> dict[str, float]:
    cmd = [sys.executable, str(BENCH / "score.py"), str(out_dir)]
    if english:
        cmd += ["--names", str(BENCH / "english.txt")]
    text = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    macro = re.search(r"macro\s+precision ([\d.]+)\s+recall ([\d.]+)\s+F1\(mean of per-doc\) ([\d.]+)", text)
    count = re.search(r"count\s+(\d+)", text)
    assert macro and count, text
    return {
        "pages": float(count.group(1)),
        "precision": float(macro.group(1)),
        "recall": float(macro.group(2)),
        "f1": float(macro.group(3)),
    }


def _write(out_dir: Path, name: str, paragraphs: list[str]) -> None:
    (out_dir / f"{name}.out.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")


def run(cv: bool = True, out: Path | None = None) -> dict[str, dict[str, float]]:
    pages = load_pages(BENCH)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = out or Path(tmp)
        shipped_dir = base / "shipped"
        shipped_dir.mkdir(parents=True, exist_ok=True)
        model = load_cleaner_model()
        for page in pages:
            _write(shipped_dir, page.name, clean_dump(page.dump, model).paragraphs)
        results["shipped_all"] = _score(shipped_dir, False)
        results["shipped_english"] = _score(shipped_dir, True)
        if cv:
            cv_dir = base / "cv"
            cv_dir.mkdir(parents=True, exist_ok=True)
            x, y, index = page_matrix(pages)
            sites = sorted({p.site for p in pages})
            order = np.random.default_rng(0).permutation(len(sites))
            fold_of = {sites[s]: k % FOLDS for k, s in enumerate(order)}
            page_fold = np.array([fold_of[p.site] for p in pages])
            for fold in range(FOLDS):
                train = page_fold[index] != fold
                fold_model = CleanerModel(fit_ensemble(x[train], y[train]))
                for number, page in enumerate(pages):
                    if page_fold[number] == fold:
                        _write(cv_dir, page.name, clean_dump(page.dump, fold_model).paragraphs)
            results["cv_all"] = _score(cv_dir, False)
            results["cv_english"] = _score(cv_dir, True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-cv", action="store_true", help="only the shipped model")
    parser.add_argument("--out", type=Path, help="keep the extracted texts here")
    args = parser.parse_args()
    for name, fig in run(cv=not args.no_cv, out=args.out).items():
        print(f"{name:16} pages {fig['pages']:4.0f}  P {fig['precision']:.3f}  R {fig['recall']:.3f}  F1 {fig['f1']:.3f}")


if __name__ == "__main__":
    main()
