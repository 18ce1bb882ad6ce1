"""Loading the language resources of the annotate stage: the spaCy model and the language identifier.

Both are loaded once per :class:`~parallax.annotation.pipeline.Annotator` (so once per
:class:`~parallax.engine.Engine`), never at import time.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from parallax.common.english import english_share
from parallax.common.memory import tune_allocator
from parallax.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from parallax.annotation.language_model import CompactLanguageModel

__all__ = [
    "MIN_LANGUAGE_PROBABILITY",
    "MIN_LANGUAGE_WORDS",
    "SUPPORTED_LANGUAGES",
    "LanguageIdentifier",
    "count_words",
    "language_sample",
    "load_nlp",
    "looks_english",
    "pipe_bounded",
    "preload_inflect",
]

#: Languages the annotators are written for.
SUPPORTED_LANGUAGES = frozenset({"en"})
#: An article is refused as "language not supported" only when it has at least this many words ...
MIN_LANGUAGE_WORDS = 50
#: ... and the identifier gives its language at least this (normalised) probability.
MIN_LANGUAGE_PROBABILITY = 0.9
#: Characters of an article the language check reads: the whole of a shorter article, else
#: :data:`LANGUAGE_WINDOWS` windows spread from its beginning to its end (a page's menus and a long
#: article's first screen are not its language).
LANGUAGE_SAMPLE_CHARS = 3_000
LANGUAGE_WINDOWS = 5

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Scripts written without spaces between words: two characters count as one word.
_PARTIAL_FIRST = re.compile(r"^\S*\s")
_PARTIAL_LAST = re.compile(r"\s\S*$")
# Letters of the Latin script (ASCII, Latin-1, Latin Extended A/B and Additional): a text whose letters are
# mostly of other scripts cannot be read by the English models, whatever the identifier's confidence.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
#: A text is in another script when at least this share of its letters (and at least MIN_SCRIPT_LETTERS) are
#: not Latin.
OTHER_SCRIPT_SHARE = 0.6
MIN_SCRIPT_LETTERS = 40
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# The fast path, before the identifier: when the commonest English function words make up this share
# of the words the text is English prose and the identifier is not consulted (it agrees on such text) ...
_ENGLISH_SHARE = 0.2
# ... or this share of the lower-case words, when these are at least _PROSE_SHARE of the words: running
# prose is mostly lower case, while menus, names and headings are capitalised, so on a page whose
# furniture dilutes the first share the second still sees the English prose. On the 181 pages of the
# extraction set (spread windows of the dump) the first share alone passes 123 of 161 English pages,
# both 155; no page in another language passes either (the highest second share among them, 0.17).
_ENGLISH_PROSE_SHARE = 0.25
_PROSE_SHARE = 0.3


def load_nlp(model_name: str) -> Language:
    """Load an installed spaCy model package by name. Nothing is downloaded.

    Raises ConfigError when the package is not installed. Also fixes the C allocator's mapping
    threshold (:func:`parallax.common.memory.tune_allocator`) so that spaCy's large buffers go back to
    the system when freed.
    """
    tune_allocator()
    try:
        module = importlib.import_module(model_name)
    except ImportError as exc:
        raise ConfigError(
            f"spaCy model package {model_name!r} is not installed (pip install it; nothing is downloaded at run time)"
        ) from exc
    nlp: Language = module.load()
    return nlp


#: One spaCy batch holds at most this many characters: spaCy's working memory grows with the characters
#: of a batch (20 sentences of 150 characters cost a few MB; 1,000 of them, spaCy's default, hundreds).
BATCH_CHARS = 10_000


def pipe_bounded(
    nlp: Language, texts: Iterable[str], max_chars: int = BATCH_CHARS, max_texts: int = 64
) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts`` in batches of at most ``max_chars`` characters and ``max_texts`` texts.

    Lazy: a batch is parsed when the caller reaches it, so a caller that drops each Doc holds one batch
    at a time. A text longer than ``max_chars`` is a batch of its own.
    """
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (size + len(text) > max_chars or len(batch) >= max_texts):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


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

    The model is held compactly (:class:`~parallax.annotation.language_model.CompactLanguageModel`:
    about 31 MB resident instead of the 77 MB of py3langid's own loader, with the same probabilities).
    :meth:`unsupported` gives the language code of a text that is confidently in a language the
    annotators do not support, and None for everything else (short, uncertain or English texts).
    """

    def __init__(self) -> None:
        self._model: CompactLanguageModel | None = None
        self._lock = threading.Lock()

    def _identifier(self) -> CompactLanguageModel:
        with self._lock:
            if self._model is None:
                from parallax.annotation.language_model import CompactLanguageModel

                self._model = CompactLanguageModel.load()
            return self._model

    def classify(self, text: str) -> tuple[str, float]:
        """(language code, normalised probability) for a text."""
        return self._identifier().classify(text)

    def unsupported(self, text: str) -> str | None:
        """The code of the language the text is confidently written in, when it is not supported; else None.

        Reads :func:`language_sample` of the text; the identifier is loaded only for a sample of at least
        :data:`MIN_LANGUAGE_WORDS` words that the English fast path does not settle.
        A text whose letters are mostly of a script other than Latin is refused at any probability (the English
        models read no other script): with the identifier's language, or "und" when that is a supported one.
        """
        sample = language_sample(text)
        if other_script(sample):
            language, _ = self.classify(sample)
            return language if language not in SUPPORTED_LANGUAGES else "und"
        if count_words(sample) < MIN_LANGUAGE_WORDS or looks_english(sample):
            return None
        language, probability = self.classify(sample)
        if probability >= MIN_LANGUAGE_PROBABILITY and language not in SUPPORTED_LANGUAGES:
            return language
        return None


def other_script(sample: str) -> bool:
    """True when most letters of ``sample`` (at least :data:`MIN_SCRIPT_LETTERS` of them) are not Latin."""
    letters = len(_LETTER.findall(sample))
    if letters < MIN_SCRIPT_LETTERS:
        return False
    return letters - len(_LATIN_LETTER.findall(sample)) >= OTHER_SCRIPT_SHARE * letters


def language_sample(text: str, chars: int = LANGUAGE_SAMPLE_CHARS, windows: int = LANGUAGE_WINDOWS) -> str:
    """At most ``chars`` characters of a text: all of it when short, else ``windows`` windows spread evenly
    from its beginning to its end, each cut to whole words, one per line."""
    if len(text) <= chars:
        return text
    width = chars // windows
    parts: list[str] = []
    for k in range(windows):
        start = k * (len(text) - width) // max(1, windows - 1)
        window = text[start : start + width]
        if start > 0 and not text[start - 1].isspace():
            window = _PARTIAL_FIRST.sub("", window, count=1)
        if start + width < len(text) and not text[start + width].isspace():
            window = _PARTIAL_LAST.sub("", window, count=1)
        parts.append(window)
    return "\n".join(parts)


def looks_english(sample: str) -> bool:
    """The cheap English check: the share of English function words among all words, or among the
    lower-case words when these are a good part of the text (see ``_ENGLISH_PROSE_SHARE``)."""
    words = _WORD.findall(sample)
    if not words:
        return False
    if english_share(w.casefold() for w in words) >= _ENGLISH_SHARE:
        return True
    lower = [w for w in words if w.islower()]
    return (
        len(lower) >= MIN_LANGUAGE_WORDS
        and len(lower) >= _PROSE_SHARE * count_words(sample)
        and (english_share(lower) >= _ENGLISH_PROSE_SHARE)
    )
