"""Words of a text looked up in a small vocabulary without making a string per word.

A text is read as an array of code points; every word (a start and an end offset)
gets a polynomial hash of its ASCII-lower-cased code points, computed for all words at
once from prefix sums, so the same word hashes the same wherever it is. A vocabulary
is a sorted array of such hashes with a bit mask per word.
"""

from __future__ import annotations

import numpy as np

__all__ = ["LazyWords", "lookup_words", "vocabulary_table", "word_hashes"]

_HASH_BASE = 1_099_511_628_211  # odd, so it has an inverse modulo 2**64
_HASH_INVERSE = pow(_HASH_BASE, -1, 1 << 64)


def _powers(base: int, count: int) -> np.ndarray:
    """base**0 .. base**(count-1) modulo 2**64."""
    out = np.full(count, base, dtype=np.uint64)
    if count:
        out[0] = 1
    with np.errstate(over="ignore"):
        return np.cumprod(out, dtype=np.uint64)


def word_hashes(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Hash of codes[start:end] for every word, independent of where the word is (modulo 2**64)."""
    lowered = codes.astype(np.uint64)
    upper = (codes >= 65) & (codes <= 90)
    lowered[upper] += np.uint64(32)
    with np.errstate(over="ignore"):
        prefix = np.concatenate(
            [np.zeros(1, dtype=np.uint64), np.cumsum(lowered * _powers(_HASH_BASE, codes.size))]
        )
        return (prefix[ends] - prefix[starts]) * _powers(_HASH_INVERSE, codes.size + 1)[starts]


def vocabulary_table(vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The word hashes of ``vocab`` (sorted, read-only) and the bit mask of each."""
    words = list(vocab)
    text = " ".join(words)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    starts = np.cumsum([0] + [len(w) + 1 for w in words[:-1]]).astype(np.int64)
    ends = starts + np.array([len(w) for w in words], dtype=np.int64)
    hashes = word_hashes(codes, starts, ends)
    order = np.argsort(hashes)
    masks = np.array([vocab[w] for w in words], dtype=np.int64)[order]
    hashes = hashes[order]
    hashes.flags.writeable = False
    masks.flags.writeable = False
    return hashes, masks


def lookup_words(
    table: tuple[np.ndarray, np.ndarray], codes: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> np.ndarray:
    """The bit mask of every word of ``codes`` in ``table`` (0 for words not in it)."""
    hashes, masks = table
    found = word_hashes(codes, starts, ends)
    at = np.minimum(np.searchsorted(hashes, found), hashes.size - 1)
    return np.where(hashes[at] == found, masks[at], 0)


class LazyWords:
    """The lower-cased text of word k, made only when asked for (phrase checks need a few)."""

    def __init__(self, text: str, starts: np.ndarray, ends: np.ndarray) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    def __len__(self) -> int:
        return int(self.starts.size)

    def __getitem__(self, k: int) -> str:
        return self.text[int(self.starts[k]) : int(self.ends[k])].lower().replace("’", "'")
