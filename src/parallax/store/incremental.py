"""Content identity of articles, and which stored story each new grouping of the store continues.

When articles arrive the whole store is grouped again (:func:`parallax.store.reading.group_store`, the
grouping step of ``build_stories`` over features read one record at a time: cheap next to analysing
stories) and :func:`continue_stories` says which old story
each group continues. A group with the same articles as its old story is not touched; the others (a
story an article joined, a new story, two stories an article bridged, merged) are analysed again.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from parallax.model import Article

_SPACES = re.compile(r"\s+")


def outlet_key(outlet: str | None) -> str:
    return _SPACES.sub(" ", (outlet or "").casefold()).strip()


def body_key(text: str) -> str:
    """Hash of the clean body (whitespace runs folded): the same text is the same content."""
    return hashlib.sha256(_SPACES.sub(" ", text).strip().encode("utf-8")).hexdigest()


def content_key(article: Article) -> str:
    """Hash of the outlet and the clean body: the same content from the same outlet."""
    return hashlib.sha256(f"{outlet_key(article.outlet)}\n{body_key(article.text)}".encode()).hexdigest()


def store_id(key: str) -> str:
    """The article's id in the store, from its content key (stable across file names and runs)."""
    return "a" + key[:15]


def continue_stories(groups: Sequence[Sequence[str]], story_of: Mapping[str, str | None]) -> list[str | None]:
    """For each group of article ids, the old story it continues (None for a new story).

    Each old story is continued by the group holding most of its articles (ties: the earlier group), and
    each group continues at most one old story, the one it holds most articles of (ties: the story seen
    first in the group); an old story continued by no group has been merged into another or split.
    """
    pairs: list[tuple[int, int, int, str]] = []
    for index, group in enumerate(groups):
        overlap = Counter(story_of[a] for a in group if story_of.get(a))
        first_seen = {
            s: n for n, s in enumerate(dict.fromkeys(story_of[a] for a in group if story_of.get(a)))
        }
        for story, count in overlap.items():
            assert story is not None
            pairs.append((-count, index, first_seen[story], story))
    result: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    for _, index, _, story in sorted(pairs):
        if result[index] is None and story not in used:
            result[index] = story
            used.add(story)
    return result
