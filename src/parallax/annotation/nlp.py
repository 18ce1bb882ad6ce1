"""Loading the language resources of the annotate stage: the spaCy model and the language identifier.

Both are loaded once per :class:`~parallax.annotation.pipeline.Annotator` (so once per
:class:`~parallax.engine.Engine`), never at import time.
"""

from __future__ import annotations

import importlib
import re
import threading
from typing import TYPE_CHECKING, Any

from parallax.common.english import english_share
from parallax.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "MIN_LANGUAGE_PROBABILITY",
    "MIN_LANGUAGE_WORDS",
    "SUPPORTED_LANGUAGES",
    "LanguageIdentifier",
    "count_words",
    "load_nlp",
    "preload_inflect",
]

#: Languages the annotators are written for.
SUPPORTED_LANGUAGES = frozenset({"en"})
#: An article is refused as "language not supported" only when it has at least this many words ...
MIN_LANGUAGE_WORDS = 50
#: ... and the identifier gives its language at least this (normalised) probability.
MIN_LANGUAGE_PROBABILITY = 0.9
#: Characters of an article the identifier reads (its beginning is enough to tell the language).
LANGUAGE_SAMPLE_CHARS = 3_000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Scripts written without spaces between words: two characters count as one word.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# The commonest English function words: when they make up this share of the words the text is
# English prose and the identifier is not consulted (a fast path; the identifier agrees on such text).
_ENGLISH_SHARE = 0.2


def load_nlp(model_name: str) -> Language:
    """Load an installed spaCy model package by name. Nothing is downloaded.

    Raises ConfigError when the package is not installed.
    """
    try:
        module = importlib.import_module(model_name)
    except ImportError as exc:
        raise ConfigError(
            f"spaCy model package {model_name!r} is not installed (pip install it; nothing is downloaded at run time)"
        ) from exc
    nlp: Language = module.load()
    return nlp


def preload_inflect() -> None:
    """Import ``inflect`` (quantulum3's pluraliser) without typeguard's run-time instrumentation.

    inflect decorates its engine with ``typeguard.typechecked``, which re-parses and recompiles
    the module's source at import: about 1.5 to 4 seconds, most of the start-up of a command.
    The checks are meant for development (typeguard itself skips them under ``python -O``); this
    imports inflect once with the decorator as a no-op, then puts the decorator back. Does nothing
    when inflect is already imported.
    """
    import sys

    if "inflect" in sys.modules:
        return
    try:
        import typeguard
    except ImportError:
        return
    original = typeguard.typechecked

    def untouched(target: Any = None, **_: Any) -> Any:
        return target if target is not None else (lambda inner: inner)

    typeguard.typechecked = untouched
    try:
        import inflect  # noqa: F401
    finally:
        typeguard.typechecked = original


def count_words(text: str) -> int:
    """Words in a text; in scripts written without spaces, two characters count as one word."""
    unspaced = len(_UNSPACED.findall(text))
    return (
        len(_WORD.findall(_UNSPACED.sub(" ", text))) + unspaced // 2 if unspaced else len(_WORD.findall(text))
    )


class LanguageIdentifier:
    """py3langid's model (shipped inside its package), loaded on the first text that needs it.

    :meth:`unsupported` gives the language code of a text that is confidently in a language the
    annotators do not support, and None for everything else (short, uncertain or English texts).
    """

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _identifier(self) -> Any:
        with self._lock:
            if self._model is None:
                from py3langid.langid import MODEL_FILE
                from py3langid.langid import LanguageIdentifier as Model

                self._model = Model.from_model_file(MODEL_FILE, norm_probs=True)
            return self._model

    def classify(self, text: str) -> tuple[str, float]:
        """(language code, normalised probability) for a text."""
        language, probability = self._identifier().classify(text)
        return str(language), float(probability)

    def unsupported(self, text: str) -> str | None:
        sample = text[:LANGUAGE_SAMPLE_CHARS]
        if count_words(sample if len(text) > LANGUAGE_SAMPLE_CHARS else text) < MIN_LANGUAGE_WORDS:
            return None
        words = [w.casefold() for w in _WORD.findall(sample)][:400]
        if words and english_share(words) >= _ENGLISH_SHARE:
            return None
        language, probability = self.classify(sample)
        if probability >= MIN_LANGUAGE_PROBABILITY and language not in SUPPORTED_LANGUAGES:
            return language
        return None
