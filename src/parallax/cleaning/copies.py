"""Copies among the inputs: syndicated wire copy, the same article saved twice, an updated version.

Each text is reduced to the word shingles of its prose (lines of several words; page furniture is mostly
short lines, so two pages of one outlet do not look alike for their menus), summarised by a MinHash, and
earlier texts that may be copies are found with locality-sensitive hashing (a small batch is compared
exactly, pair by pair). A candidate is a copy when the exact share of shingles the two have in common,
over the smaller of the two, is high: a copy that an outlet trimmed or extended a little still counts.
Copy groups are closed transitively; every member but the first (in input order) records the first as
the text it copies.

The MinHash and the banding are those of ``datasketch`` (``MinHash(num_perm=64)``, its default
"affine32" permutations from seed 1, and ``MinHashLSH(threshold=0.3)``), written here over numpy in a
few lines: importing ``datasketch`` imports ``scipy.integrate`` (for choosing the bands at run time),
which costs about 59 MB of resident memory, a fifth of the memory bound of a run. The bands are chosen
once, here, as constants; the same texts give the same candidates and the same copies.

The cleaner keeps every copy's body whole: two inputs sharing sentences is evidence of syndication,
never of page furniture.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

__all__ = [
    "COPY_CONTAINMENT",
    "COPY_JACCARD",
    "EXACT_UP_TO",
    "CopyFinder",
    "MinHashIndex",
    "find_copies",
    "minhash",
    "prose_shingles",
]

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
# MinHash size; shingles are hashed in batches of this many (a batch's table is batch x permutations).
PERMUTATIONS = 64
_BATCH = 8192
# LSH banding for COPY_JACCARD: BANDS bands of ROWS values each. Two texts are candidates when all ROWS
# values of one band agree; with Jaccard similarity s that happens with probability 1 - (1 - s^ROWS)^BANDS.
# (21, 3) minimises the sum of the false positive and the false negative areas under that curve on either
# side of COPY_JACCARD = 0.3 over all b x r <= 64 (datasketch's MinHashLSH choice for the same threshold,
# computed once; tests/cleaning/test_copies_lsh.py checks it).
BANDS = 21
ROWS = 3
# The permutations are those of a seeded generator (the seed datasketch's MinHash uses by default).
_SEED = 1
# MurmurHash3's 32-bit finalizer, which spreads the shingle hashes before the affine permutations.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
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


def _is_copy(a: np.ndarray, b: np.ndarray) -> bool:
    """Exact test: the smaller shingle set lies mostly in the other, and the two are not of very unequal size."""
    if a.size < MIN_SHINGLES or b.size < MIN_SHINGLES:
        return False
    common = np.intersect1d(a, b, assume_unique=True).size
    return common >= COPY_CONTAINMENT * min(a.size, b.size) and common >= COPY_JACCARD * (
        a.size + b.size - common
    )


def _permutations(count: int = PERMUTATIONS) -> tuple[np.ndarray, np.ndarray]:
    """``count`` random affine maps ``h -> a * h + b`` modulo 2^32 with ``a`` odd (so each is a bijection)."""
    generator = np.random.RandomState(_SEED)
    a = generator.randint(0, 1 << 31, count, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, count, dtype=np.uint32)
    return a, b


def _fmix(values: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


def minhash(shingles: np.ndarray, permutations: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """The MinHash of a set of 32-bit shingle hashes: for each permutation the least permuted value
    (2^32 - 1 for an empty set)."""
    a, b = permutations
    sketch = np.full(a.size, np.iinfo(np.uint32).max, dtype=np.uint32)
    for k in range(0, shingles.size, _BATCH):
        mixed = _fmix(shingles[k : k + _BATCH].astype(np.uint32)).reshape(-1, 1)
        np.minimum(sketch, (mixed * a + b).min(axis=0), out=sketch)
    return sketch


class MinHashIndex:
    """Locality-sensitive hashing over MinHashes: :data:`BANDS` tables, one per band of :data:`ROWS`
    values; a query's candidates are the texts that share at least one whole band with it."""

    def __init__(self) -> None:
        self.permutations = _permutations()
        self._tables: list[dict[bytes, list[int]]] = [{} for _ in range(BANDS)]

    def _bands(self, sketch: np.ndarray) -> list[bytes]:
        return [sketch[k * ROWS : (k + 1) * ROWS].tobytes() for k in range(BANDS)]

    def insert(self, number: int, shingles: np.ndarray) -> None:
        for table, band in zip(self._tables, self._bands(minhash(shingles, self.permutations)), strict=True):
            table.setdefault(band, []).append(number)

    def query(self, shingles: np.ndarray) -> list[int]:
        """The numbers of the indexed texts that share a band with these shingles, in order."""
        found: set[int] = set()
        for table, band in zip(self._tables, self._bands(minhash(shingles, self.permutations)), strict=True):
            found.update(table.get(band, ()))
        return sorted(found)


class CopyFinder:
    """Texts are added in input order; each ``add`` says which earlier text (by its number) the new one
    copies, through the first text of its copy group, or None.

    Up to :data:`EXACT_UP_TO` texts every earlier text is compared exactly (cheaper than sketching them);
    from then on MinHash LSH (:class:`MinHashIndex`) proposes the candidates.
    """

    def __init__(self) -> None:
        self._shingles: list[np.ndarray] = []
        self._first: list[int] = []
        self._lsh: MinHashIndex | None = None

    def _index(self, number: int) -> None:
        if self._lsh is not None and self._shingles[number].size >= MIN_SHINGLES:
            self._lsh.insert(number, self._shingles[number])

    def _candidates(self, shingles: np.ndarray) -> list[int]:
        number = len(self._shingles)
        if number < EXACT_UP_TO:
            return list(range(number))
        if self._lsh is None:
            self._lsh = MinHashIndex()
            for earlier in range(number):
                self._index(earlier)
        return self._lsh.query(shingles)

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
        self._index(number)
        return None if first == number else first


def find_copies(texts: Sequence[str]) -> list[int | None]:
    """For every text, the number of the first text of its copy group, or None when it copies no earlier one."""
    finder = CopyFinder()
    return [finder.add(t) for t in texts]
