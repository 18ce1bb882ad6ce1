"""Unit disambiguation: a TF-IDF + linear classifier retrained from quantulum3's own training data.

quantulum3 ships a pickled scikit-learn classifier (``clf.joblib``) that no longer unpickles with the
installed scikit-learn, and its text cleaner needs the ``stemming`` package, which is not installed.
``scripts/train_quantulum.py`` retrains the same kind of model (TF-IDF, SGD with log loss) on the
training files quantulum3 ships (``_lang/en_US/train/*.json``) and exports the fitted numbers to a
plain ``.npz`` file (no pickle), which :class:`UnitClassifier` applies with numpy alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

DEFAULT_CLASSIFIER_PATH = Path(__file__).resolve().parents[1] / "data" / "quantulum_clf.npz"

_NON_WORD = re.compile(r"[^a-z]+")
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s")
_STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on
    once only or other our out over own same she should so some such than that the their them then there these
    they this those through to too under until up very was we were what when where which while who whom why
    will with would you your""".split()
)


def _stem(word: str) -> str:
    """A crude suffix stripper (stands in for the Porter stemmer quantulum3 would use)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix == "ies":
                word += "y"
            break
    return word


def classifier_tokens(text: str) -> list[str]:
    """Lower-case, drop digits and punctuation and stop words, and stem: the classifier's features."""
    return [_stem(w) for w in _NON_WORD.split(text.lower()) if len(w) > 1 and w not in _STOP_WORDS]


@dataclass(frozen=True)
class UnitClassifier:
    """The exported model: vocabulary, idf weights, one weight row per unit name."""

    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float32]
    coef: npt.NDArray[np.float32]
    intercept: npt.NDArray[np.float32]
    classes: tuple[str, ...]

    @property
    def class_index(self) -> dict[str, int]:
        """Unit name -> row of ``coef``."""
        return {name: i for i, name in enumerate(self.classes)}

    def scores(self, text: str) -> dict[str, float]:
        """Decision score of every unit name for ``text`` (higher = more likely)."""
        counts = Counter(t for t in classifier_tokens(text) if t in self.vocabulary)
        raw = self.intercept.astype(np.float64)
        if counts:
            cols = np.fromiter((self.vocabulary[t] for t in counts), dtype=np.int64)
            weights = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64)
            weights *= self.idf[cols]
            norm = float(np.linalg.norm(weights))
            if norm > 0:
                weights /= norm
            raw = raw + self.coef[:, cols].astype(np.float64) @ weights
        return {name: float(raw[i]) for i, name in enumerate(self.classes)}

    def choose(self, candidates: list[str], text: str) -> str:
        """The most likely of ``candidates`` (unit names) in the context ``text``.

        Candidates the model never saw rank after those it did; ties keep the given order.
        """
        if len(candidates) == 1:
            return candidates[0]
        scores = self.scores(text)
        ranked = sorted(
            range(len(candidates)),
            key=lambda i: (candidates[i] not in scores, -scores.get(candidates[i], 0.0), i),
        )
        return candidates[ranked[0]]


def load_unit_classifier(path: Path = DEFAULT_CLASSIFIER_PATH) -> UnitClassifier:
    """Load the exported classifier (written by ``scripts/train_quantulum.py``)."""
    with np.load(path, allow_pickle=False) as data:
        vocab = [str(w) for w in data["vocabulary"]]
        return UnitClassifier(
            vocabulary={w: i for i, w in enumerate(vocab)},
            idf=data["idf"].astype(np.float32),
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"].astype(np.float32),
            classes=tuple(str(c) for c in data["classes"]),
        )
