"""English function words: enough to tell English prose from other languages, cheaply.

The cleaner uses them to label a page's language and to see a line that ends mid-sentence; the annotate
stage uses them as its fast path before the language identifier."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["ENGLISH_FUNCTION_WORDS", "english_share"]

#: The commonest English function words.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by it at from his her he she said are be has have were "
    "an not this which but their they its or who after will been would".split()
)


def english_share(words: Iterable[str]) -> float:
    """The share of ``words`` (already case-folded) that are English function words; 0 for none."""
    total = hits = 0
    for word in words:
        total += 1
        hits += word in ENGLISH_FUNCTION_WORDS
    return hits / total if total else 0.0
