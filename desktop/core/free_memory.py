"""Give the C allocator's free memory back to the system after a big piece of work.

glibc keeps what a long analysis freed (parsed paragraphs, merged documents: a hundred MB for a
book) in its heaps, where the process's memory still counts it; ``malloc_trim`` returns the free
pages. Elsewhere (no glibc) this does nothing.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] | None = getattr(ctypes.CDLL(None), "malloc_trim", None)
    except (OSError, TypeError):  # no C library to look in (Windows)
        return None
    return trim


_TRIM = _malloc_trim()


def release_free_memory() -> None:
    if _TRIM is not None:
        _TRIM(0)
