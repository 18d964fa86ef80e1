"""Memory housekeeping around a big piece of work (an analysis in the analysis process).

``collector_paused``: the cyclic garbage collector off during the work. An analysis makes
millions of short-lived objects, which set off full collections walking everything alive (a
quarter of a second of a 100,000-word analysis); ``tidy_up_after_work`` then collects the few
cycles it left and hands back the memory it freed.

``no_cyclic_collection``: the collector off for threads of a process that goes on running
other threads (the window's), freezing what was made once the last of them is done.

``release_free_memory``: glibc keeps what a long analysis freed (parsed paragraphs, merged
documents: a hundred MB for a book) in its heaps, where the process's memory still counts it;
``malloc_trim`` returns the free pages. Elsewhere (no glibc) this does nothing.
"""

from __future__ import annotations

import ctypes
import gc
import threading
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


def tidy_up_after_work() -> None:
    """After work done with the collector paused: the cycles it left, and the memory it freed."""
    gc.collect()
    release_free_memory()


class _CollectorPause:
    """How many workers want the collector off, and whether it was on before the first."""

    lock = threading.Lock()
    holders = 0
    was_enabled = False


@contextmanager
def no_cyclic_collection() -> Iterator[None]:
    """The garbage collector off while a thread of the window's process makes hundreds of
    thousands of objects (an import's records, the archive's figure groups, a book's analysis
    as it arrives): each full collection walks all of them holding the GIL, a pause of the
    window of a tenth of a second to over a second. Such records hold no reference cycles:
    reference counting frees them. When the last of overlapping workers is done, the objects
    made meanwhile are frozen (left out of every collection: else the next one, on whichever
    thread, walks them all at once) and the collector is back on."""
    with _CollectorPause.lock:
        if _CollectorPause.holders == 0:
            _CollectorPause.was_enabled = gc.isenabled()
            gc.disable()
        _CollectorPause.holders += 1
    try:
        yield
    finally:
        with _CollectorPause.lock:
            _CollectorPause.holders -= 1
            if _CollectorPause.holders == 0 and _CollectorPause.was_enabled:
                gc.freeze()
                gc.enable()
