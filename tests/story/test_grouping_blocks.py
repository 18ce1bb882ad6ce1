"""Story grouping reads its pairs of articles in blocks of rows and clusters each connected component of
the pairs that reach the threshold on its own: the same pairs, the same cosines and the same clusters as
over the whole table. Invented words, generated articles."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import numpy as np
import pytest
from scipy.sparse import csr_matrix

import parallax.story.grouping as grouping
from parallax.model import Article
from parallax.story.linkage import average_linkage

SYLLABLES = ("ka", "lo", "ven", "tur", "mis", "dra", "pel", "quo", "sen", "bra", "fin", "gol", "ret")
COUNT = 130  # above 2 x 50, so that some words are common enough not to link articles


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)) + "ing"


def _corpus() -> list[Article]:
    """Articles on nine invented topics: each draws most words from its topic, some from a vocabulary
    shared by all (common words), a few at random; dates in three seasons, some undated."""
    rng = random.Random(7)
    common = [_word(rng) for _ in range(12)]
    noise = [_word(rng) for _ in range(400)]
    topics = [[_word(rng) for _ in range(25)] for _ in range(9)]
    seasons = [date(2024, 3, 1), date(2024, 9, 1), date(2025, 5, 1)]
    articles = []
    for n in range(COUNT):
        topic = topics[rng.randrange(len(topics)) if n % 5 else n % len(topics)]
        words = (
            rng.sample(topic, rng.randint(4, 14))
            + rng.sample(common, 8)
            + rng.sample(noise, rng.randint(2, 20))
        )
        rng.shuffle(words)
        day = seasons[rng.randrange(3)] + timedelta(days=rng.randrange(20))
        articles.append(
            Article(
                id=f"a{n}",
                source=f"a{n}",
                title=" ".join(rng.sample(topic, 3)),
                text=" ".join(words) + ".",
                published=None if n % 7 == 0 else day.isoformat(),
            )
        )
    return articles


def _matrix(articles: list[Article]) -> tuple[csr_matrix, list[str], list[Counter[str]]]:
    raw = [grouping.article_vector(a, None) for a in articles]
    matrix, features = grouping._weighted_matrix(len(raw), lambda: iter(raw))
    return matrix, features, raw


def _table(blocks: grouping.PairBlocks) -> dict[tuple[int, int], float]:
    table: dict[tuple[int, int], float] = {}
    for rows, cols, values in blocks:
        assert np.all(rows < cols)
        for i, j, v in zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True):
            assert (i, j) not in table
            table[(i, j)] = v
    return table


def test_pairs_read_in_blocks_are_every_pair_that_shares_a_rare_feature(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _corpus()
    matrix, features, raw = _matrix(articles)
    tables = []
    for block in (1, 3 * COUNT, 10**9):  # a row at a time, three rows, all at once
        monkeypatch.setattr(grouping, "PAIR_BLOCK", block)
        tables.append(_table(grouping._pair_blocks(matrix, features)))
    assert tables[0] == tables[1] == tables[2]  # the same pairs and the same floats

    # The pairs, from the raw features: two articles that share a word found in at most 50 of them.
    seen = Counter(key for vec in raw for key in vec)
    rare = [{k for k in vec if seen[k] <= 50} for vec in raw]
    expected = {(i, j) for i in range(COUNT) for j in range(i + 1, COUNT) if rare[i] & rare[j]}
    assert set(tables[0]) == expected
    assert 0 < len(expected) < COUNT * (COUNT - 1) // 2  # common words alone link no pair
    dense = (matrix @ matrix.T).toarray()
    for (i, j), value in tables[0].items():
        assert value == pytest.approx(float(dense[i, j]), rel=1e-12)


@pytest.mark.parametrize("dense_pairs", [0, 32, 10**9])  # dicts always, as the size says, a matrix always
def test_clusters_by_component_are_the_clusters_over_the_whole_table(
    monkeypatch: pytest.MonkeyPatch, dense_pairs: int
) -> None:
    articles = _corpus()
    matrix, features, _ = _matrix(articles)
    days = [grouping._day(a) for a in articles]
    whole = {
        (i, j): v
        * grouping.date_factor(None if days[i] is None or days[j] is None else abs(days[i] - days[j]))  # type: ignore[operator]
        for (i, j), v in _table(grouping._pair_blocks(matrix, features)).items()
    }
    monkeypatch.setattr(grouping, "DENSE_PAIRS", dense_pairs)
    monkeypatch.setattr(grouping, "PAIR_BLOCK", 5 * COUNT)
    sizes = []
    for threshold in (0.05, 0.1, 0.15, 0.25):
        expected = average_linkage(COUNT, whole, threshold)
        found = grouping._clusters(COUNT, days, lambda: grouping._pair_blocks(matrix, features), threshold)
        assert found == expected
        sizes.append(len(found))
    # The thresholds make very different groupings: a few large clusters up to many small ones.
    assert sizes[0] < 30 and sizes[-1] > 60 and sizes == sorted(sizes)
