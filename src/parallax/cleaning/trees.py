"""A gradient-boosted tree ensemble stored as plain numpy arrays.

The cleaner's classifier is trained with scikit-learn
(``HistGradientBoostingClassifier``, see ``scripts/train_cleaner.py``) and
saved as arrays, not as a pickle: loading it needs only numpy, and it does not
break when scikit-learn changes its internals (the failure that quantulum3's
pickled classifier shows).

All trees are evaluated together: a matrix of current node indices (rows x
trees) is moved one level down per step until every row sits on a leaf.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["TreeEnsemble", "from_sklearn"]


@dataclass(frozen=True)
class TreeEnsemble:
    """Binary classifier: sum of tree leaf values plus a baseline, through a logistic."""

    feature: np.ndarray  # int32, per node; -1 for leaves
    threshold: np.ndarray  # float32, go left when x <= threshold
    left: np.ndarray  # int32 (global index); leaves point to themselves
    right: np.ndarray  # int32
    value: np.ndarray  # float32 leaf values (0 for split nodes)
    roots: np.ndarray  # int32 root index of every tree
    depth: int
    baseline: float
    feature_names: tuple[str, ...]

    def __post_init__(self) -> None:
        # Leaves test feature 0 against +inf and point to themselves, so every row can take the same steps;
        # the two children of node k sit at 2k (right) and 2k + 1 (left) of one table.
        leaf = self.feature < 0
        object.__setattr__(self, "_feature", np.where(leaf, 0, self.feature).astype(np.intp))
        object.__setattr__(self, "_threshold", np.where(leaf, np.inf, self.threshold).astype(np.float32))
        object.__setattr__(self, "_children", np.stack([self.right, self.left], axis=1).ravel().astype(np.intp))

    def decision(self, x: np.ndarray) -> np.ndarray:
        """Raw scores (log-odds) for the rows of ``x``."""
        if x.shape[0] == 0:
            return np.zeros(0, dtype=np.float64)
        x = np.ascontiguousarray(x, dtype=np.float32)
        flat = x.ravel()
        offsets = (np.arange(x.shape[0], dtype=np.intp) * x.shape[1])[:, None]
        feature: np.ndarray = self._feature  # type: ignore[attr-defined]
        threshold: np.ndarray = self._threshold  # type: ignore[attr-defined]
        children: np.ndarray = self._children  # type: ignore[attr-defined]
        node = np.broadcast_to(self.roots.astype(np.intp)[None, :], (x.shape[0], self.roots.size))
        for _ in range(self.depth):
            go_left = flat[offsets + feature[node]] <= threshold[node]
            node = children[2 * node + go_left]
        return self.value[node].sum(axis=1, dtype=np.float64) + self.baseline

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Probability of the positive class for every row."""
        return 1.0 / (1.0 + np.exp(-self.decision(x)))

    def save(self, path: str | Path) -> None:
        np.savez_compressed(
            path,
            feature=self.feature,
            threshold=self.threshold,
            left=self.left,
            right=self.right,
            value=self.value,
            roots=self.roots,
            depth=np.array(self.depth),
            baseline=np.array(self.baseline),
            feature_names=np.array(self.feature_names),
        )

    @classmethod
    def load(cls, path: str | Path) -> TreeEnsemble:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                feature=data["feature"].astype(np.int32),
                threshold=data["threshold"].astype(np.float32),
                left=data["left"].astype(np.int32),
                right=data["right"].astype(np.int32),
                value=data["value"].astype(np.float32),
                roots=data["roots"].astype(np.int32),
                depth=int(data["depth"]),
                baseline=float(data["baseline"]),
                feature_names=tuple(str(n) for n in data["feature_names"]),
            )


def from_sklearn(model: Any, feature_names: list[str]) -> TreeEnsemble:
    """Convert a fitted binary ``HistGradientBoostingClassifier`` (no missing values, no categories)."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    depth = 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        base = len(feature)
        roots.append(base)
        depth = max(depth, int(nodes["depth"].max()))
        for node_id in range(len(nodes)):
            node = nodes[node_id]
            if node["is_leaf"]:
                feature.append(-1)
                threshold.append(0.0)
                left.append(base + node_id)
                right.append(base + node_id)
                value.append(float(node["value"]))
            else:
                feature.append(int(node["feature_idx"]))
                threshold.append(float(node["num_threshold"]))
                left.append(base + int(node["left"]))
                right.append(base + int(node["right"]))
                value.append(0.0)
    baseline = float(np.ravel(model._baseline_prediction)[0])
    return TreeEnsemble(
        feature=np.array(feature, dtype=np.int32),
        threshold=np.array(threshold, dtype=np.float32),
        left=np.array(left, dtype=np.int32),
        right=np.array(right, dtype=np.int32),
        value=np.array(value, dtype=np.float32),
        roots=np.array(roots, dtype=np.int32),
        depth=depth,
        baseline=baseline,
        feature_names=tuple(feature_names),
    )
