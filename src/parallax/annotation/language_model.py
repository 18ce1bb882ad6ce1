"""py3langid's language model held compactly: the same decisions in about 30 MB instead of about 77.

py3langid ships a naive Bayes model over byte n-grams (``py3langid/data/model.npz.xz``, an npz inside
LZMA; its layout is documented in ``py3langid/modelio.py``): ``ptc`` (features x languages, float16),
``pc`` (languages), ``classes``, and an Aho-Corasick automaton over the n-grams as a full transition table
(``nextmove``: distinct 256-entry rows, ``nextmove_row``: the row of each state) with ``out_feat``, the
feature a state counts (-1 for none). Its loader keeps the transition table (39 MB) and builds Python
lists of a hundred thousand ints per state besides.

The automaton's state after each byte of a text is the state of the longest suffix of the text so far
that is a path of its trie (that is what an Aho-Corasick automaton computes), and the trie is at most
:data:`MAX_DEPTH` bytes deep. So the table is not needed: its trie is read once, level by level, while
the table is streamed from disk a block at a time, and each state is kept as its byte string packed into
one integer (:func:`_pack`), in one sorted array. Scoring a text looks up its suffixes of every length at
every byte at once (``numpy.searchsorted``), keeps the longest that is a state, and counts the features
in text order, then computes the scores exactly as py3langid's ``LanguageIdentifier`` with
``norm_probs=True``: the same arrays and the same operations in the same order, so the same
probabilities (tests/annotation/test_language_model.py compares the two).
"""

from __future__ import annotations

import lzma
import math
import shutil
import tempfile
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

__all__ = ["MAX_DEPTH", "CompactLanguageModel", "default_model_path"]

#: The trie of the shipped model is 6 bytes deep; a model deeper than this is refused (keys hold 7 bytes).
MAX_DEPTH = 7
# Rows of the transition table read at a time while the trie is found (1,024 rows of 256 states: 1 MB).
_BLOCK_ROWS = 1024
_LENGTH_SHIFT = np.uint64(56)


def default_model_path() -> Path:
    """The model file inside the installed py3langid package."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def _header(stream: IO[bytes]) -> tuple[tuple[int, ...], np.dtype[Any]]:
    version = np.lib.format.read_magic(stream)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
    else:
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
    if fortran:
        raise ValueError("unexpected Fortran-ordered array in the language model")
    return shape, dtype


def _read(archive: zipfile.ZipFile, name: str) -> np.ndarray:
    with archive.open(f"{name}.npy") as stream:
        return np.lib.format.read_array(stream, allow_pickle=False)


def _row_blocks(archive: zipfile.ZipFile) -> Iterator[tuple[int, np.ndarray]]:
    """The transition table's distinct rows, ``_BLOCK_ROWS`` at a time: (number of the first, rows)."""
    with archive.open("nextmove.npy") as stream:
        shape, dtype = _header(stream)
        rows = int(np.prod(shape)) // 256
        for first in range(0, rows, _BLOCK_ROWS):
            count = min(_BLOCK_ROWS, rows - first)
            data = stream.read(count * 256 * dtype.itemsize)
            yield first, np.frombuffer(data, dtype=dtype).reshape(count, 256)


def _trie(archive: zipfile.ZipFile, state_row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(depth, packed byte string) of every state, found breadth first: a transition from a state of
    depth d leads to a state first seen at depth d + 1 exactly along the trie's own edges."""
    states = state_row.size
    depth = np.full(states, -1, dtype=np.int8)
    packed = np.zeros(states, dtype=np.uint64)
    depth[0] = 0
    frontier = np.zeros(1, dtype=np.int64)
    level = 0
    while frontier.size:
        if level >= MAX_DEPTH:
            raise ValueError("language model: trie deeper than expected")
        needed = state_row[frontier].astype(np.int64)
        order = np.argsort(needed, kind="stable")
        needed_sorted = needed[order]
        children: list[np.ndarray] = []
        for first, rows in _row_blocks(archive):
            lo, hi = np.searchsorted(needed_sorted, [first, first + rows.shape[0]])
            if lo == hi:
                continue
            parents = frontier[order[lo:hi]]
            targets = rows[needed_sorted[lo:hi] - first].astype(np.int64)
            new = depth[targets] < 0
            parent_of = np.broadcast_to(parents[:, None], targets.shape)[new]
            byte = np.broadcast_to(np.arange(256, dtype=np.uint64), targets.shape)[new]
            child = targets[new]
            if np.unique(child).size != child.size:
                raise ValueError("language model: not a trie automaton")
            depth[child] = level + 1
            packed[child] = packed[parent_of] | (byte << np.uint64(8 * level))
            children.append(child)
        frontier = np.concatenate(children) if children else np.zeros(0, dtype=np.int64)
        level += 1
    if (depth < 0).any():
        raise ValueError("language model: states out of reach")
    return depth, packed


def _pack(data: np.ndarray, length: int, previous: np.ndarray | None) -> np.ndarray:
    """The keys of every ``length``-byte window of ``data``, from those one byte shorter."""
    byte = data[length - 1 :] << np.uint64(8 * (length - 1))
    return byte if previous is None else previous[:-1] | byte


@dataclass(frozen=True, eq=False)
class CompactLanguageModel:
    """py3langid's model with its automaton as a sorted array of states (see the module docstring)."""

    classes: tuple[str, ...]
    ptc: np.ndarray  # features x classes, float16 as shipped
    pc: np.ndarray  # classes, float32
    keys: np.ndarray  # sorted uint64: byte length << 56 | the state's bytes, first byte lowest
    key_features: np.ndarray  # int32: the feature the state of each key counts, -1 for none
    root_feature: int
    depth: int
    alias_pairs: tuple[tuple[int, int], ...]

    @classmethod
    def load(cls, path: Path | None = None) -> CompactLanguageModel:
        """Read the model file (py3langid's own by default). The npz inside the LZMA is unpacked to a
        temporary file, as py3langid does, so that it is never whole in memory."""
        with tempfile.TemporaryFile(suffix=".npz") as unpacked:
            with lzma.open(path or default_model_path()) as source:
                shutil.copyfileobj(source, unpacked, length=1 << 20)
            unpacked.seek(0)
            with zipfile.ZipFile(unpacked) as archive:
                classes = tuple(str(c) for c in _read(archive, "classes").tolist())
                pc = _read(archive, "pc")
                state_row = _read(archive, "nextmove_row")
                out = _read(archive, "out_feat").astype(np.int32)
                depth, packed = _trie(archive, state_row)
                del state_row
                ptc = _read(archive, "ptc").reshape(-1, len(classes))
        keys = packed[1:] | (depth[1:].astype(np.uint64) << _LENGTH_SHIFT)
        order = np.argsort(keys)
        first: dict[str, int] = {}
        aliases: list[tuple[int, int]] = []
        for k, name in enumerate(classes):
            if name in first:
                aliases.append((first[name], k))
            else:
                first[name] = k
        return cls(
            classes=classes,
            ptc=ptc,
            pc=pc,
            keys=keys[order],
            key_features=out[1:][order],
            root_feature=int(out[0]),
            depth=int(depth.max()),
            alias_pairs=tuple(aliases),
        )

    def features(self, data: bytes) -> list[int]:
        """The features the automaton counts over ``data``, in text order (one at most per byte)."""
        if not data:
            return []
        raw = np.frombuffer(data, dtype=np.uint8).astype(np.uint64)
        found = np.full(raw.size, self.root_feature, dtype=np.int32)
        window: np.ndarray | None = None
        for length in range(1, min(self.depth, raw.size) + 1):
            window = _pack(raw, length, window)
            wanted = window | (np.uint64(length) << _LENGTH_SHIFT)
            at = np.minimum(np.searchsorted(self.keys, wanted), self.keys.size - 1)
            match = self.keys[at] == wanted
            found[length - 1 :][match] = self.key_features[at[match]]  # longer suffixes overwrite shorter
        return [int(f) for f in found[found >= 0]]

    @staticmethod
    def encode(text: str) -> bytes:
        """The bytes py3langid classifies for a text (all upper case lowered, NFC, UTF-8)."""
        if text.isupper():
            text = text.lower()
        return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")

    def probabilities(self, text: str) -> np.ndarray:
        """The normalised probability of each class (py3langid's ``_decide`` with ``norm_probs``)."""
        data = self.encode(text)
        visits = Counter(self.features(data))
        if visits:
            index = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
            scores = np.log1p(counts) @ self.ptc[index] + self.pc
        else:
            scores = np.full(len(self.classes), 0.0, dtype=np.float32)
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for i, j in self.alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        return scores

    def classify(self, text: str) -> tuple[str, float]:
        """(language code, normalised probability) of the likeliest language."""
        scores = self.probabilities(text)
        best = int(scores.argmax())
        return self.classes[best], float(scores[best])
