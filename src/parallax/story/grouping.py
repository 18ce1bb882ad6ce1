"""Group articles into stories, and mark near-duplicates within a story.

Each article becomes a sparse vector of weighted features:

* content-word stems of its title (x3) and body (the first 400 words, x1), TF-IDF weighted over the
  articles given (smoothed, so that a term shared by every article still counts, and as if
  ``BACKGROUND_ARTICLES`` more articles without the term were given, so that in a run of two or three
  articles the terms they share are not taken for common words);
* the names it mentions (people, organisations, places; x3 each, by folded spelling, see
  :func:`parallax.story.entities.fold_name`; not those on all-caps crosshead lines): two earthquakes share
  their vocabulary but not their places, people or dates;
* the dates it resolves (day or month, x2) and the figures it gives with their unit (x1).

The cosine of two articles is then faded by the days between their publication dates (:func:`date_factor`:
full within ``SAME_EVENT_DAYS``, half about a week later, a twentieth a year apart): two shootings or two
budget fights told in the same words a year apart are two stories. Undated articles are not faded.

Articles are joined by average-linkage agglomerative clustering on these similarities, stopping at a
threshold (``DEFAULT_THRESHOLD``, or ``settings.story_threshold`` as :func:`parallax.story.build.build_stories`
passes it). An article on nothing else stays alone. An article whose ``copy_of`` names another article of the
run (a syndicated copy found by the cleaner) is not clustered on its own: it joins its original's story.
Near-duplicates (word 5-gram shingles overlapping by half or more) are reported per story, and the
comparison counts them as one source.
"""

from __future__ import annotations

import itertools
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING

import numpy as np

from parallax.common.unionfind import UnionFind
from parallax.model import Annotation, Article
from parallax.story.entities import fold_name, in_crosshead
from parallax.story.linkage import average_linkage, average_linkage_matrix
from parallax.story.text_features import content_stems

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

#: Blocks of article pairs ``(i, j, cosine)`` (see :func:`_pair_blocks`).
PairBlocks = Iterable[tuple[np.ndarray, np.ndarray, np.ndarray]]

__all__ = [
    "DEFAULT_THRESHOLD",
    "StoryGroup",
    "article_vector",
    "group_stories",
    "group_vectors",
    "near_duplicates",
]

DEFAULT_THRESHOLD = 0.15
#: Unseen articles assumed beside the run when weighting terms by their rarity (IDF): a term in every
#: article of a small run is not therefore common in the news. Without them, in a run of two articles the
#: words and names the two share weigh less than those only one has (1.0 against 1.4), so two reports of
#: one event in different words fall under the threshold; over hundreds of articles they change nothing.
BACKGROUND_ARTICLES = 10
#: Reports published this many days apart or fewer may be of one event without any doubt from their dates.
SAME_EVENT_DAYS = 3
#: Beyond SAME_EVENT_DAYS, a pair's similarity halves after this many more days (and keeps fading).
DATE_FADE_DAYS = 7.0
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})
#: The pairs of articles are held as one matrix when at least 1 in DENSE_PAIRS of all pairs is linked.
DENSE_PAIRS = 32
#: About this many article pairs are multiplied at a time (a block of rows by the articles after them).
PAIR_BLOCK = 1 << 16
_SHINGLE_WORD = re.compile(r"\w+")
_BODY_WORD = re.compile(r"\S+")


@dataclass
class StoryGroup:
    article_ids: list[str]
    duplicates: list[list[str]] = field(default_factory=list)


def article_vector(article: Article, annotation: Annotation | None) -> Counter[str]:
    """Raw (not yet IDF-weighted) feature counts of one article."""
    features: Counter[str] = Counter()
    for stem in content_stems(article.title or ""):
        features["w:" + stem] += 3
    body_words = (m.group() for m in _BODY_WORD.finditer(article.text))
    for stem in content_stems(" ".join(itertools.islice(body_words, 400))):
        features["w:" + stem] += 1
    if annotation is not None:
        for mention in annotation.entities:
            if mention.label in NAME_LABELS and not in_crosshead(annotation.text, mention.start, mention.end):
                key = fold_name(mention.text)
                if key:
                    features["e:" + key] += 3
                    last = key.split()[-1]
                    if last != key:
                        features["e:" + last] += 1
        for date in annotation.dates:
            if date.value and date.type in ("DATE", "TIME") and len(date.value) >= 7:
                features["d:" + date.value[:10]] += 2
        for quantity in annotation.quantities:
            norm = quantity.normalized
            if norm is not None and norm.unit and (norm.value or norm.low):
                features[f"q:{norm.unit}:{norm.value or norm.low:g}"] += 1
    return features


def _weighted_matrix(n: int, vectors: Callable[[], Iterable[Counter[str]]]) -> tuple[csr_matrix, list[str]]:
    """The ``n`` raw vectors of ``vectors()`` TF-IDF weighted and unit length, as the rows of one sparse
    matrix, and its columns' features (numbered in the order first seen). ``vectors`` is called twice, so
    that a caller may make each vector afresh rather than hold them all; no weighted vector is held as a
    dict (a few hundred floats and entries each: tens of MB over thousands of articles)."""
    from scipy import sparse

    df: Counter[str] = Counter()
    for vec in vectors():
        df.update(vec.keys())
    column: dict[str, int] = {}
    # Typed buffers, not lists: a run of thousands of articles has hundreds of thousands of entries.
    rows = array("q")
    cols = array("q")
    values = array("d")
    for i, vec in enumerate(vectors()):
        weighted = [
            (1 + math.log(c)) * (math.log((n + 1 + BACKGROUND_ARTICLES) / (df[k] + 1)) + 1)
            for k, c in vec.items()
        ]
        norm = math.sqrt(sum(v * v for v in weighted)) or 1.0
        for key, value in zip(vec, weighted, strict=True):
            rows.append(i)
            cols.append(column.setdefault(key, len(column)))
            values.append(value / norm)
    matrix = sparse.csr_matrix(
        (
            np.frombuffer(values, dtype=np.float64),
            (np.frombuffer(rows, dtype=np.int64), np.frombuffer(cols, dtype=np.int64)),
        ),
        shape=(n, len(column)),
    )
    return matrix, list(column)


def _shingles(text: str, n: int = 5) -> np.ndarray:
    """The hashed word ``n``-grams of a text, sorted and unique (8 bytes each, not a Python set's ~70)."""
    words = [w.casefold() for w in _SHINGLE_WORD.findall(text)]
    count = max(0, len(words) - n + 1)
    hashes = np.fromiter((hash(tuple(words[i : i + n])) for i in range(count)), dtype=np.int64, count=count)
    return np.unique(hashes)


def near_duplicates(articles: Sequence[Article], threshold: float = 0.5) -> list[list[str]]:
    """Groups of articles whose texts are near-copies (shingle containment of the shorter >= threshold)."""
    if len(articles) < 2:
        return []
    shingles = [_shingles(a.text) for a in articles]
    sets = UnionFind(len(articles))

    # Blocking: only pairs that share one of the rarest shingles of either article are compared.
    index: dict[int, list[int]] = {}
    for i, sh in enumerate(shingles):
        for h in sh[:50].tolist():
            index.setdefault(h, []).append(i)
    pairs = {(i, j) for ids in index.values() for i in ids for j in ids if i < j}
    for i, j in pairs:
        a, b = shingles[i], shingles[j]
        if (
            a.size
            and b.size
            and np.intersect1d(a, b, assume_unique=True).size / min(a.size, b.size) >= threshold
        ):
            sets.join(i, j)
    groups: dict[int, list[str]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(sets.find(i), []).append(article.id)
    return [g for g in groups.values() if len(g) > 1]


def _pair_blocks(
    matrix: csr_matrix, features: Sequence[str]
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Cosine of every pair of articles (rows of ``matrix``, unit length) that share a feature other than
    a word found in most articles, as arrays ``(i, j, cosine)`` with i < j, a block of rows ``i`` at a
    time (in order of ``i``, each block about ``PAIR_BLOCK`` products).

    The cosines are a sparse matrix product; a second product over the discriminating features only
    (entities always count) says which pairs are compared at all. A block multiplies its rows by the
    articles from its first row on, not by all: each cosine is still summed feature by feature in the
    order of article ``i``'s features, as the product of the whole matrix sums it (the same floats), but
    neither that whole product nor its copies are ever in memory (for thousands of articles, most pairs
    of which share some feature, they took over 100 MB).
    """
    count = matrix.shape[0]
    if count < 2 or not features:
        return
    frequency = np.bincount(matrix.indices, minlength=len(features))  # articles per feature
    common = max(50, count // 2)
    keep = np.array([frequency[k] <= common or key.startswith("e:") for k, key in enumerate(features)])
    marks = (matrix[:, np.flatnonzero(keep)] != 0).astype(np.float32)
    del frequency, keep
    step = max(1, PAIR_BLOCK // count)
    for start in range(0, count, step):
        stop = min(count, start + step)
        shared = (marks[start:stop] @ marks[start:].T) > 0
        pairs = (matrix[start:stop] @ matrix[start:].T).multiply(shared).tocoo()
        del shared
        upper = pairs.col > pairs.row
        yield (
            pairs.row[upper].astype(np.int64) + start,
            pairs.col[upper].astype(np.int64) + start,
            pairs.data[upper].astype(np.float64),
        )


def _date_factors(days: Sequence[int | None], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """:func:`date_factor` of each pair (``rows[k]``, ``cols[k]``): the same floats, computed at once."""
    known = np.array([d is not None for d in days], dtype=bool)
    ordinal = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
    apart = np.abs(ordinal[rows] - ordinal[cols])
    fade = known[rows] & known[cols] & (apart > SAME_EVENT_DAYS)
    factors = np.ones(len(rows), dtype=np.float64)
    factors[fade] = 1.0 / (1.0 + (apart[fade] - SAME_EVENT_DAYS) / DATE_FADE_DAYS)
    return factors


def _clusters(
    count: int, days: Sequence[int | None], pairs: Callable[[], PairBlocks], threshold: float
) -> list[list[int]]:
    """Average-linkage clusters of the articles from the cosines of their pairs (``pairs()``: blocks as
    :func:`_pair_blocks` gives them, asked for three times), faded by the days between them.

    Two clusters merge only when their average link reaches the threshold, so only when some pair
    between them does: every cluster lies within one connected component of the pairs that reach it,
    and each component is clustered on its own with the same merges as over the whole table (the
    links between components are below the threshold, and so is every average of them). So the pairs
    are read once for the links that reach the threshold, once to count the pairs inside each
    component, and once to hold them: for thousands of articles, most pairs of which share some
    feature but few of which are alike, a small part of all pairs. A component's table is held as dicts
    when it is sparse, and as one matrix when 1 in ``DENSE_PAIRS`` of its pairs is linked (8 bytes a
    pair, not dicts of some 200); both give the same clusters.
    """

    def faded() -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        for rows, cols, cosines in pairs():
            yield rows, cols, cosines * _date_factors(days, rows, cols)

    # (Union-find, not scipy.sparse.csgraph: importing that costs 12 MB of memory.)
    sets = UnionFind(count)
    reached = False
    for rows, cols, values in faded():
        reach = values >= threshold
        for i, j in zip(rows[reach].tolist(), cols[reach].tolist(), strict=True):
            sets.join(i, j)
            reached = True
    if not reached:
        return [[i] for i in range(count)]
    roots, label = np.unique(
        np.array([sets.find(i) for i in range(count)], dtype=np.int64), return_inverse=True
    )
    components = len(roots)
    del sets, roots
    size = np.bincount(label, minlength=components)
    linked = np.zeros(components, dtype=np.int64)
    for rows, _, _ in _inside(faded(), label):
        linked += np.bincount(label[rows], minlength=components)
    dense = (linked * DENSE_PAIRS >= size * size) & (size > 1) & (threshold > 0)
    # Each component's members (ascending); their numbers within it keep the articles' order.
    members = np.argsort(label, kind="stable")
    starts = np.concatenate([[0], np.cumsum(size)])
    local = np.empty(count, dtype=np.int64)
    for component in range(components):
        local[members[starts[component] : starts[component + 1]]] = np.arange(size[component])
    matrices = {int(c): np.zeros((size[c], size[c]), dtype=np.float64) for c in np.flatnonzero(dense)}
    sparse_parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for rows, cols, values in _inside(faded(), label):
        in_matrix = dense[label[rows]]
        sparse_parts.append((rows[~in_matrix], cols[~in_matrix], values[~in_matrix]))
        chosen = np.flatnonzero(in_matrix)
        if not chosen.size:
            continue
        chosen = chosen[np.argsort(label[rows[chosen]], kind="stable")]
        present, first = np.unique(label[rows[chosen]], return_index=True)
        for component, begin, end in zip(
            present.tolist(), first.tolist(), [*first[1:].tolist(), len(chosen)], strict=True
        ):
            k = chosen[begin:end]
            i, j = local[rows[k]], local[cols[k]]
            matrices[component][i, j] = values[k]
            matrices[component][j, i] = values[k]
    rows = np.concatenate([r for r, _, _ in sparse_parts])
    cols = np.concatenate([c for _, c, _ in sparse_parts])
    values = np.concatenate([v for _, _, v in sparse_parts])
    del sparse_parts
    order = np.argsort(label[rows], kind="stable")
    rows, cols, values = rows[order], cols[order], values[order]
    bounds = np.searchsorted(label[rows], np.arange(components + 1))
    clusters: list[list[int]] = []
    for component in range(components):
        ids = members[starts[component] : starts[component + 1]]
        if len(ids) == 1:
            clusters.append([int(ids[0])])
            continue
        if component in matrices:
            found = average_linkage_matrix(matrices.pop(component), threshold)
        else:
            part = slice(bounds[component], bounds[component + 1])
            sims = {
                (i, j): v
                for i, j, v in zip(
                    local[rows[part]].tolist(), local[cols[part]].tolist(), values[part].tolist(), strict=True
                )
            }
            found = average_linkage(len(ids), sims, threshold)
        clusters.extend([int(ids[k]) for k in cluster] for cluster in found)
    return sorted(clusters, key=lambda cluster: cluster[0])


def _inside(blocks: PairBlocks, label: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The pairs of ``blocks`` whose two articles are in one component (``label``)."""
    for rows, cols, values in blocks:
        inside = label[rows] == label[cols]
        yield rows[inside], cols[inside], values[inside]


def _day(article: Article) -> int | None:
    """The publication day as an ordinal, or None when the article has no readable date."""
    from datetime import date

    try:
        return date.fromisoformat((article.published or "")[:10]).toordinal()
    except ValueError:
        return None


def date_factor(days_apart: int | None) -> float:
    """How much a pair's similarity counts, given the days between the two publications.

    Reports of one event come out within a few days of each other; two events of the same kind (two
    shootings, two storms) told in the same words are usually weeks or years apart. Within
    ``SAME_EVENT_DAYS`` the similarity counts fully; beyond, it fades (half at about a week past).
    Without a date on either side nothing is known and it counts fully.
    """
    if days_apart is None or days_apart <= SAME_EVENT_DAYS:
        return 1.0
    return 1.0 / (1.0 + (days_apart - SAME_EVENT_DAYS) / DATE_FADE_DAYS)


def _copy_roots(articles: Sequence[Article]) -> list[int]:
    """For each article, the first (in input order) of the articles joined to it by ``copy_of`` links."""
    index = {a.id: i for i, a in enumerate(articles)}
    sets = UnionFind(len(articles))
    for i, article in enumerate(articles):
        original = index.get(article.copy_of or "")
        if original is not None:
            sets.join(i, original)
    return [sets.find(i) for i in range(len(articles))]


def group_stories(
    articles: Sequence[Article], annotations: Sequence[Annotation | None], threshold: float = 0.0
) -> list[StoryGroup]:
    """Stories as groups of article ids (input order kept inside each story, stories by first article).

    ``threshold`` is the similarity an average link must reach (0 means ``DEFAULT_THRESHOLD``). An article
    whose ``copy_of`` names another article given here joins that article's story whatever its words.
    """
    return group_vectors(articles, cache(lambda i: article_vector(articles[i], annotations[i])), threshold)


def group_vectors(
    articles: Sequence[Article], vector: Callable[[int], Counter[str]], threshold: float = 0.0
) -> list[StoryGroup]:
    """:func:`group_stories` from each article's raw features, ``vector(i)`` (:func:`article_vector` of
    article ``i`` and its annotation; asked, twice, only for articles that are not copies), so that a
    caller can keep these features in a compact form instead of the annotation records."""
    if not articles:
        return []
    threshold = threshold or DEFAULT_THRESHOLD
    roots = _copy_roots(articles)
    own = [i for i, root in enumerate(roots) if root == i]
    originals = [articles[i] for i in own]
    matrix, features = _weighted_matrix(len(own), lambda: (vector(i) for i in own))
    pairs = partial(_pair_blocks, matrix, features)
    del matrix, features
    linked = _clusters(len(own), [_day(a) for a in originals], pairs, threshold)
    del pairs
    position = {original: k for k, original in enumerate(own)}
    members: list[list[int]] = [[] for _ in own]
    for i, root in enumerate(roots):
        members[position[root]].append(i)
    clusters = sorted(sorted(i for k in cluster for i in members[k]) for cluster in linked)
    out = []
    for indices in clusters:
        group_articles = [articles[i] for i in indices]
        out.append(StoryGroup([a.id for a in group_articles], near_duplicates(group_articles)))
    return out
