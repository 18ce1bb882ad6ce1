"""Which stories a new article touches, and which story each regrouped set of articles continues.

Adding articles never regroups the whole store. The new (pending) articles are compared with every
stored article on the grouping features of :func:`parallax.story.grouping.article_vector`, TF-IDF
weighted over the store; a story is *touched* when one of its articles is at least ``MARGIN`` times the
grouping threshold similar to a new article (average linkage joins a story only through such a pair).
The touched stories' articles and the new ones then go through ``build_stories`` again, and
:func:`continue_stories` says which old story each resulting group continues: so a new article joins a
story, starts one, or (similar to two) merges them.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from parallax.model import Article

# Touch a story when a new article is this fraction of the grouping threshold similar to one of its
# articles: the weights differ a little between the whole store and the touched subset.
MARGIN = 0.5
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


def unit_vectors(features: Sequence[Mapping[str, int]]) -> list[dict[str, float]]:
    """TF-IDF (log tf, smoothed idf) vectors of unit length, the weighting the grouping uses."""
    count = len(features)
    df: Counter[str] = Counter()
    for vec in features:
        df.update(vec.keys())
    out = []
    for vec in features:
        weighted = {
            k: (1 + math.log(c)) * (math.log((count + 1) / (df[k] + 1)) + 1) for k, c in vec.items() if c > 0
        }
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        out.append({k: v / norm for k, v in weighted.items()})
    return out


def touched_stories(
    pending: Sequence[str],
    features: Mapping[str, Mapping[str, int]],
    story_of: Mapping[str, str | None],
    threshold: float,
) -> set[str]:
    """Stories with an article at least ``MARGIN * threshold`` similar to a pending article."""
    ids = list(features)
    vectors = dict(zip(ids, unit_vectors([features[i] for i in ids]), strict=True))
    stored = [i for i in ids if story_of.get(i)]
    postings: dict[str, list[tuple[str, float]]] = {}
    for article_id in stored:
        for key, weight in vectors[article_id].items():
            postings.setdefault(key, []).append((article_id, weight))
    touched: set[str] = set()
    for article_id in pending:
        scores: dict[str, float] = {}
        for key, weight in vectors.get(article_id, {}).items():
            for other, other_weight in postings.get(key, ()):
                scores[other] = scores.get(other, 0.0) + weight * other_weight
        for other, score in scores.items():
            if score >= MARGIN * threshold:
                story = story_of[other]
                if story:
                    touched.add(story)
    return touched


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
