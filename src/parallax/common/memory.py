"""Giving freed memory back to the system, so that a long run's resident memory follows what it holds.

CPython and the libraries under it (spaCy, thinc, numpy) free memory with the C allocator, which keeps
freed blocks for reuse. With glibc two behaviours make a process hold far more than it uses after a big
stage (a long parse, a large report): freed blocks inside the heap are kept until the heap's top is free,
and after a large buffer is freed, the size above which buffers get their own mapping (returned at once
when freed) grows to that buffer's size, so later buffers land in the heap. Measured on
``parallax analyze`` of a 1 MB single-line text: 45 MB of freed memory still resident after the annotate
stage, 20 MB after the story stage.

:func:`tune_allocator` fixes that size at :data:`MMAP_THRESHOLD` (glibc's own default, kept from
growing) and :func:`release_memory` hands free heap pages back (``malloc_trim``). Both do nothing where
the C library is not glibc.
"""

from __future__ import annotations

import ctypes
import os
import sys

__all__ = ["MMAP_THRESHOLD", "release_memory", "tune_allocator"]

#: Buffers of at least this many bytes get their own mapping, given back to the system when freed. A
#: smaller value (glibc's default start, 128 KB) costs the parse about a tenth more CPU in system calls.
MMAP_THRESHOLD = 1 << 20
_M_MMAP_THRESHOLD = -3  # mallopt parameter number in glibc's malloc.h


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The symbols already loaded (libc among them); ctypes.util.find_library would start a process.
        libc = ctypes.CDLL(None)
        libc.malloc_trim  # noqa: B018 - only glibc has it
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def tune_allocator() -> bool:
    """Fix glibc's mapping threshold for this process (see the module docstring); False where the C
    library is not glibc or when the user set ``MALLOC_MMAP_THRESHOLD_`` themselves. Cheap; may be
    called again."""
    libc = _glibc()
    if libc is None or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def release_memory() -> None:
    """Give the C heap's free pages back to the system (glibc ``malloc_trim``); a few milliseconds."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
