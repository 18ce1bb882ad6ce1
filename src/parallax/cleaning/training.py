"""Training data and fitting for the cleaner's block classifier.

Used by ``scripts/train_cleaner.py`` (fit and ship the model) and
``benchmarks/extraction.py`` (cross-validated figures). Not used at run time.

Labels come from the gold bodies of the development pages: a block is body
when its text occurs in the gold body (after normalising spaces), or when at
least 80% of its tokens do; a short block (under four words) only when it is
a whole paragraph of the gold body, so that a menu item such as "Contact"
is not taken for body because the word occurs somewhere in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from parallax.cleaning.features import FEATURE_NAMES, block_features, split_blocks
from parallax.cleaning.trees import TreeEnsemble, from_sklearn

__all__ = ["Page", "fit_ensemble", "label_blocks", "load_pages", "page_matrix"]

_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    name: str
    dump: str
    gold: str
    site: str


def load_pages(bench_dir: str | Path) -> list[Page]:
    """The development pages (NAME.dump.txt + NAME.gold.txt) with their site from manifest.tsv."""
    root = Path(bench_dir)
    sites: dict[str, str] = {}
    manifest = root / "manifest.tsv"
    if manifest.exists():
        rows = manifest.read_text(encoding="utf-8").splitlines()
        header = rows[0].split("\t")
        for row in rows[1:]:
            cells = dict(zip(header, row.split("\t"), strict=False))
            host = urlsplit(cells.get("url", "")).hostname or cells["name"]
            sites[cells["name"]] = host.removeprefix("www.")
    pages = []
    for dump in sorted((root / "pages").glob("*.dump.txt")):
        name = dump.name.removesuffix(".dump.txt")
        gold = dump.with_name(f"{name}.gold.txt")
        if gold.exists():
            pages.append(
                Page(name, dump.read_text(encoding="utf-8"), gold.read_text(encoding="utf-8"), sites.get(name, name))
            )
    return pages


def label_blocks(dump: str, gold: str) -> np.ndarray:
    """1 for blocks of the dump that belong to the gold body, else 0."""
    gold_flat = _WS.sub(" ", gold).strip()
    gold_paragraphs = {_WS.sub(" ", p).strip() for p in gold.splitlines() if p.strip()}
    gold_tokens = Counter(gold_flat.split())
    labels = []
    for block in split_blocks(dump):
        text = _WS.sub(" ", block.text).strip()
        tokens = text.split()
        if len(tokens) < 4:
            labels.append(1 if text in gold_paragraphs else 0)
        elif text in gold_flat:
            labels.append(1)
        else:
            found = sum(min(c, gold_tokens[t]) for t, c in Counter(tokens).items())
            labels.append(1 if found >= 0.8 * len(tokens) else 0)
    return np.array(labels, dtype=np.int8)


def page_matrix(pages: Sequence[Page]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and page index of every block of every page."""
    xs, ys, idx = [], [], []
    for number, page in enumerate(pages):
        blocks = split_blocks(page.dump)
        xs.append(block_features(blocks))
        ys.append(label_blocks(page.dump, page.gold))
        idx.append(np.full(len(blocks), number))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(idx)


def fit_ensemble(x: np.ndarray, y: np.ndarray, seed: int = 0, weights: np.ndarray | None = None) -> TreeEnsemble:
    """Fit the gradient-boosted trees (fixed hyper-parameters, fixed seed) and convert them to arrays."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(
        max_iter=40,
        learning_rate=0.3,
        max_leaf_nodes=24,
        max_depth=6,
        min_samples_leaf=30,
        l2_regularization=1.0,
        random_state=seed,
        early_stopping=False,
    )
    model.fit(x, y, sample_weight=weights)
    return from_sklearn(model, FEATURE_NAMES)
