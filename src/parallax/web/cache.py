"""A small LRU cache of rendered pages, keyed by the page's address and the store's fingerprint.

A page is rendered again as soon as any story changes (the fingerprint changes), so the cache never
serves a page older than the store; it only saves rendering the same page again for the next reader.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

#: Pages kept (a story page is some 20-100 kB).
PAGES = 128


class PageCache:
    def __init__(self, size: int = PAGES) -> None:
        self.size = size
        self._pages: OrderedDict[Hashable, tuple[bytes, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> tuple[bytes, int] | None:
        with self._lock:
            found = self._pages.get(key)
            if found is not None:
                self._pages.move_to_end(key)
            return found

    def put(self, key: Hashable, body: bytes, status: int) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._pages[key] = (body, status)
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
