"""Copies among many inputs: the MinHash LSH that takes over past EXACT_UP_TO texts."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np

from parallax.cleaning import copies
from parallax.cleaning.copies import BANDS, COPY_JACCARD, EXACT_UP_TO, PERMUTATIONS, ROWS, find_copies

# Invented words; every text is made of sentences drawn from them at random (seeded).
_WORDS = (
    "harbour council ferry bridge river valley school market station tunnel road rain storm crew union "
    "mayor budget repair cost week month report engineer survey village island coast farmer orchard "
    "festival museum library hospital nurse doctor court judge witness police driver train tram bus "
    "airport pilot runway cargo port dock warehouse factory worker strike wage offer vote election"
).split()


def _text(rng: random.Random, sentences: int = 30) -> str:
    return "\n".join(" ".join(rng.choice(_WORDS) for _ in range(12)) + "." for _ in range(sentences))


def _area(threshold: float, bands: int, rows: int, below: bool) -> float:
    """The false positive (below the threshold) or false negative (above) area of a banding."""
    s = np.linspace(0.0, threshold, 4001) if below else np.linspace(threshold, 1.0, 4001)
    candidate = 1 - (1 - s**rows) ** bands
    values = candidate if below else 1 - candidate
    return float(np.sum((values[1:] + values[:-1]) / 2 * np.diff(s)))


def test_the_bands_minimise_false_positives_and_negatives_at_the_copy_threshold() -> None:
    best = min(
        (_area(COPY_JACCARD, b, r, True) + _area(COPY_JACCARD, b, r, False), b, r)
        for b in range(1, PERMUTATIONS + 1)
        for r in range(1, PERMUTATIONS // b + 1)
    )
    assert (best[1], best[2]) == (BANDS, ROWS)


def test_the_share_of_equal_minhash_values_estimates_the_jaccard_similarity() -> None:
    permutations = copies.MinHashIndex().permutations
    rng = np.random.default_rng(7)
    values = rng.choice(1 << 32, size=3000, replace=False).astype(np.uint32)
    a, b = np.unique(values[:2000]), np.unique(values[1000:])  # Jaccard 1000 / 3000
    agree = float(np.mean(copies.minhash(a, permutations) == copies.minhash(b, permutations)))
    assert abs(agree - 1 / 3) < 0.2
    assert (copies.minhash(a, permutations) == copies.minhash(a.copy(), permutations)).all()
    assert (copies.minhash(np.zeros(0, np.uint32), permutations) == np.iinfo(np.uint32).max).all()


def test_copies_past_the_exact_batch_are_found_by_lsh() -> None:
    rng = random.Random(3)
    texts = [_text(rng) for _ in range(EXACT_UP_TO + 10)]
    texts.append(texts[5])  # saved twice
    lines = texts[12].split("\n")
    texts.append("\n".join(lines[3:]))  # trimmed by an outlet: 27 of 30 lines
    texts.append("\n".join(lines[:10] + texts[20].split("\n")[:20]))  # a third of one, two thirds of another
    texts.append(texts[EXACT_UP_TO + 2] + "\n" + _text(rng, 4))  # extended a little, past the batch
    found = find_copies(texts)
    n = EXACT_UP_TO + 10
    assert found[:n] == [None] * n
    assert found[n:] == [5, 12, None, EXACT_UP_TO + 2]


def test_many_inputs_do_not_import_scipy_or_datasketch() -> None:
    code = (
        "import sys, random\n"
        "from test_copies_lsh import _text, EXACT_UP_TO\n"
        "from parallax.cleaning.copies import find_copies\n"
        "rng = random.Random(1)\n"
        "texts = [_text(rng) for _ in range(EXACT_UP_TO + 5)]\n"
        "assert find_copies(texts + texts[:1])[-1] == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'datasketch')))\n"
    )
    path = os.pathsep.join([str(Path(__file__).parent), str(Path(copies.__file__).parents[2])])
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    assert out.stdout.strip() == "[]"
