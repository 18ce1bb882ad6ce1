"""Copies among the inputs: syndicated wire copy, the same article saved twice, an updated version.

Each text is reduced to the word shingles of its prose (lines of several words; page furniture is mostly
short lines, so two pages of one outlet do not look alike for their menus), summarised by a MinHash
(``datasketch``), and earlier texts that may be copies are found with locality-sensitive hashing (a small
batch is compared exactly, pair by pair). A
candidate is a copy when the exact share of shingles the two have in common, over the smaller of the two,
is high: a copy that an outlet trimmed or extended a little still counts. Copy groups are closed
transitively; every member but the first (in input order) records the first as the text it copies.

The cleaner keeps every copy's body whole: two inputs sharing sentences is evidence of syndication,
never of page furniture.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = ["COPY_CONTAINMENT", "COPY_JACCARD", "EXACT_UP_TO", "CopyFinder", "find_copies", "prose_shingles"]

# Words per shingle.
SHINGLE = 5
# Two texts are copies when this share of the smaller shingle set lies in the other ...
COPY_CONTAINMENT = 0.7
# ... and their Jaccard similarity is at least this (LSH is tuned to it when there are many texts).
COPY_JACCARD = 0.3
# Texts compared exactly with every earlier one, before MinHash LSH takes over.
EXACT_UP_TO = 64
# Texts with fewer shingles than this are not compared (too little text to call two inputs copies).
MIN_SHINGLES = 8
# MinHash size; shingles are hashed in batches of this many (datasketch's tables are batch x permutations).
_PERMUTATIONS = 64
_BATCH = 8192
# A line takes part when it has at least this many words.
_PROSE_WORDS = 8
_MIX = np.uint64(0x9E3779B97F4A7C15)

_WORD = re.compile(r"\w+", re.UNICODE)


def prose_shingles(text: str) -> np.ndarray:
    """The hashed word shingles of the text's prose lines (case folded, punctuation ignored), sorted and
    unique, as 32-bit integers."""
    pieces: list[np.ndarray] = []
    for line in text.split("\n"):
        if line.count(" ") + 1 < _PROSE_WORDS:
            continue
        words = _WORD.findall(line.casefold())
        if len(words) < SHINGLE:
            continue
        hashes = np.fromiter(
            (zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words)
        )
        count = len(words) - SHINGLE + 1
        mixed = np.zeros(count, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(SHINGLE):
                mixed = mixed * _MIX + hashes[k : k + count]
        pieces.append((mixed >> np.uint64(32)).astype(np.uint32))
    if not pieces:
        return np.zeros(0, dtype=np.uint32)
    return np.unique(np.concatenate(pieces))


def _identity(value: Any) -> Any:
    return value


def _is_copy(a: np.ndarray, b: np.ndarray) -> bool:
    """Exact test: the smaller shingle set lies mostly in the other, and the two are not of very unequal size."""
    if a.size < MIN_SHINGLES or b.size < MIN_SHINGLES:
        return False
    common = np.intersect1d(a, b, assume_unique=True).size
    return common >= COPY_CONTAINMENT * min(a.size, b.size) and common >= COPY_JACCARD * (
        a.size + b.size - common
    )


class CopyFinder:
    """Texts are added in input order; each ``add`` says which earlier text (by its number) the new one
    copies, through the first text of its copy group, or None.

    Up to :data:`EXACT_UP_TO` texts every earlier text is compared exactly (cheaper than sketching them, and
    no need to import datasketch for a handful of inputs); from then on MinHash LSH proposes the candidates.
    """

    def __init__(self) -> None:
        self._shingles: list[np.ndarray] = []
        self._first: list[int] = []
        self._lsh: Any = None
        self._permutations: Any = None
        self._scheme: Any = None

    def _sketch(self, shingles: np.ndarray) -> MinHash:
        from datasketch import MinHash

        sketch = MinHash(
            num_perm=_PERMUTATIONS, hashfunc=_identity, permutations=self._permutations, scheme=self._scheme
        )
        for k in range(0, shingles.size, _BATCH):
            sketch.update_batch(shingles[k : k + _BATCH].tolist())
        return sketch

    def _index(self, number: int) -> None:
        if self._shingles[number].size >= MIN_SHINGLES:
            self._lsh.insert(str(number), self._sketch(self._shingles[number]))

    def _candidates(self, shingles: np.ndarray) -> list[int]:
        number = len(self._shingles)
        if number < EXACT_UP_TO:
            return list(range(number))
        if self._lsh is None:
            from datasketch import MinHash, MinHashLSH

            template = MinHash(num_perm=_PERMUTATIONS, seed=1)
            self._permutations, self._scheme = template.permutations, template.scheme
            self._lsh = MinHashLSH(threshold=COPY_JACCARD, num_perm=_PERMUTATIONS)
            for earlier in range(number):
                self._index(earlier)
        return sorted(int(key) for key in self._lsh.query(self._sketch(shingles)))

    def add(self, text: str) -> int | None:
        """The number of the first text of the copy group the new text joins, or None (it starts one)."""
        number = len(self._shingles)
        shingles = prose_shingles(text)
        first = number
        if shingles.size >= MIN_SHINGLES:
            for other in self._candidates(shingles):
                if self._first[other] < first and _is_copy(shingles, self._shingles[other]):
                    first = self._first[other]
        else:
            shingles = np.zeros(0, dtype=np.uint32)
        self._shingles.append(shingles)
        self._first.append(first)
        if self._lsh is not None:
            self._index(number)
        return None if first == number else first


def find_copies(texts: Sequence[str]) -> list[int | None]:
    """For every text, the number of the first text of its copy group, or None when it copies no earlier one."""
    finder = CopyFinder()
    return [finder.add(t) for t in texts]
