"""Freed memory is given back to the system (glibc), and nothing breaks elsewhere."""

from __future__ import annotations

import sys

import pytest

from parallax.common.memory import release_memory, tune_allocator


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_allocator_is_tuned_on_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert tune_allocator() is True


def test_a_threshold_the_user_set_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "131072")
    assert tune_allocator() is False


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="utf-8") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_release_gives_freed_heap_pages_back() -> None:
    # Many small blocks (heap, not mapped), freed except every 64th so the heap cannot shrink from its top.
    blocks = [bytearray(4000) for _ in range(20_000)]
    keep = blocks[::64]
    del blocks
    before = _rss_kb()
    release_memory()
    after = _rss_kb()
    assert keep
    assert after < before - 25_000, (before, after)  # of the ~80 MB freed, most goes back
