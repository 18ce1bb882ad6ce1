"""Retrain quantulum3's unit-disambiguation classifier from the training data quantulum3 ships.

quantulum3's bundled ``clf.joblib`` was pickled with an old scikit-learn and fails to load with the
installed one. This script fits the same kind of model (TF-IDF with sublinear tf, SGD with log loss,
L2, alpha 1e-4, as in ``quantulum3.classifier.train_classifier``) on ``_lang/en_US/train/*.json``
(train.json, wiki.json, similars.json) and writes the fitted numbers (no pickle) to
``src/parallax/data/quantulum_clf.npz``.

Run: ``.venv/bin/python scripts/train_quantulum.py``
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import numpy as np
import quantulum3
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier

from parallax.annotation.quantity_classifier import DEFAULT_CLASSIFIER_PATH, classifier_tokens


def training_set() -> list[dict[str, str]]:
    """Every example from quantulum3's shipped English training files."""
    train_dir = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "train"
    examples: list[dict[str, str]] = []
    for path in sorted(train_dir.glob("*.json")):
        examples += json.loads(path.read_text(encoding="utf-8"))
    return examples


def main(output: Path = DEFAULT_CLASSIFIER_PATH) -> None:
    """Fit and export the classifier."""
    examples = training_set()
    texts = [" ".join(classifier_tokens(ex["text"])) for ex in examples]
    labels = [ex["unit"] for ex in examples]
    tfidf = TfidfVectorizer(sublinear_tf=True, token_pattern=r"\S+", min_df=2, dtype=np.float32)
    matrix = tfidf.fit_transform(texts)
    clf = SGDClassifier(loss="log_loss", penalty="l2", tol=1e-3, alpha=1e-4, random_state=0)
    clf.fit(matrix, labels)
    vocab = sorted(tfidf.vocabulary_, key=tfidf.vocabulary_.__getitem__)
    output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        output,
        vocabulary=np.array(vocab, dtype=str),
        idf=tfidf.idf_.astype(np.float32),
        coef=clf.coef_.astype(np.float16),
        intercept=clf.intercept_.astype(np.float32),
        classes=np.array([str(c) for c in clf.classes_], dtype=str),
        trained_with=np.array([f"scikit-learn {version('scikit-learn')}", f"quantulum3 {version('quantulum3')}"]),
    )
    print(f"{len(examples)} examples, {len(vocab)} features, {len(clf.classes_)} units -> {output}")


if __name__ == "__main__":
    main()
