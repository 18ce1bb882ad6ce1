"""Average-linkage clustering over a sparse table of pair similarities (used for stories and figures).

The most similar pair of clusters is merged while its average link clears the threshold. The average
link of a merged cluster to any other follows from its parts' links (Lance-Williams), and the best
pair comes off a heap, so n items cost about n^2 log n at worst, not n^3. Pairs missing from the table
count as similarity 0.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping

import numpy as np

__all__ = ["average_linkage", "average_linkage_matrix"]


def average_linkage(count: int, sims: Mapping[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Clusters of the items 0..count-1 (each sorted, clusters ordered by their first item).

    ``sims`` holds the similarity of pairs (i, j) with i < j.
    """
    clusters: dict[int, list[int]] = {i: [i] for i in range(count)}
    neighbours: dict[int, dict[int, float]] = {i: {} for i in range(count)}
    for (i, j), value in sims.items():
        if value > 0:
            neighbours[i][j] = neighbours[j][i] = value
    heap = [(-value, i, j) for (i, j), value in sims.items() if value >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in clusters or b not in clusters or neighbours[a].get(b) != -negative:
            continue  # a pair whose cluster has merged since it was pushed
        size_a, size_b = len(clusters[a]), len(clusters[b])
        clusters[a] = clusters[a] + clusters.pop(b)
        links_b = neighbours.pop(b)
        links_a = neighbours[a]
        links_a.pop(b, None)
        links_b.pop(a, None)
        merged: dict[int, float] = {}
        for other in set(links_a) | set(links_b):
            value = (size_a * links_a.get(other, 0.0) + size_b * links_b.get(other, 0.0)) / (size_a + size_b)
            neighbours[other].pop(b, None)
            if value > 0:
                merged[other] = value
                neighbours[other][a] = value
                if value >= threshold:
                    heapq.heappush(heap, (-value, min(a, other), max(a, other)))
            else:
                neighbours[other].pop(a, None)
        neighbours[a] = merged
    return sorted((sorted(members) for members in clusters.values()), key=lambda members: members[0])


def average_linkage_matrix(sims: np.ndarray, threshold: float) -> list[list[int]]:
    """:func:`average_linkage` over a symmetric ``count`` x ``count`` matrix of similarities (0 where two
    items are not linked, 0 on the diagonal; ``threshold`` > 0), which it overwrites.

    The same merges in the same order, and the same clusters: a merged row is the same Lance-Williams
    average, computed for all items at once. For tables where most pairs are linked: 8 bytes a pair
    instead of dict entries.
    """
    count = sims.shape[0]
    clusters: dict[int, list[int]] = {i: [i] for i in range(count)}
    alive = np.ones(count, dtype=bool)
    rows, cols = np.nonzero(np.triu(sims >= threshold, k=1))
    heap = [
        (-v, i, j) for i, j, v in zip(rows.tolist(), cols.tolist(), sims[rows, cols].tolist(), strict=True)
    ]
    del rows, cols
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or sims[a, b] != -negative:
            continue  # a pair whose cluster has merged since it was pushed
        size_a, size_b = len(clusters[a]), len(clusters[b])
        clusters[a] = clusters[a] + clusters.pop(b)
        alive[b] = False
        merged = (size_a * sims[a] + size_b * sims[b]) / (size_a + size_b)
        merged[a] = merged[b] = 0.0
        sims[b, :] = 0.0
        sims[:, b] = 0.0
        sims[a, :] = merged
        sims[:, a] = merged
        for other in np.flatnonzero(merged >= threshold).tolist():
            heapq.heappush(heap, (-float(merged[other]), min(a, other), max(a, other)))
    return sorted((sorted(members) for members in clusters.values()), key=lambda members: members[0])
