"""Average-linkage clustering over a sparse table of pair similarities (used for stories and figures).

The most similar pair of clusters is merged while its average link clears the threshold. The average
link of a merged cluster to any other follows from its parts' links (Lance-Williams), and the best
pair comes off a heap, so n items cost about n^2 log n at worst, not n^3. Pairs missing from the table
count as similarity 0.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping

__all__ = ["average_linkage"]


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
