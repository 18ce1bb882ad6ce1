"""Disjoint sets over the indices 0..n-1 (union-find with path halving)."""

from __future__ import annotations


class UnionFind:
    """Each set's root is its smallest member, so a set is named by the first of its items in input order."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
