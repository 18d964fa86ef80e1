"""Memory housekeeping around a big piece of work (an analysis in the analysis process).

``collector_paused``: the cyclic garbage collector off during the work. An analysis makes
millions of short-lived objects, which set off full collections walking everything alive
(a quarter of a second of a 100,000-word analysis); the few cycles it leaves are collected
once it is done.

``release_free_memory``: glibc keeps what a long analysis freed (parsed paragraphs, merged documents: a hundred MB for a
book) in its heaps, where the process's memory still counts it; ``malloc_trim`` returns the free
pages. Elsewhere (no glibc) this does nothing.
"""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


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


@contextmanager
def collector_paused() -> Iterator[None]:
    """For one thread's work in a process of its own (nothing else runs meanwhile)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
