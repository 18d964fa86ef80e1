"""A worker process whose parent was killed outright (no chance to end it) ends itself."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

PARENT_CHECK_EVERY_S = 0.5


def exit_when_orphaned(parent_pid: int) -> None:
    """Watch, on a daemon thread, for ``parent_pid`` to go; then end this process's own
    worker processes (they would be orphans in turn) and this process."""
    threading.Thread(target=_watch, args=(parent_pid,), daemon=True).start()


def end_with_children(exit_code: int) -> None:
    """End this process now, and first the worker processes it started (they would be orphans)."""
    for child in multiprocessing.active_children():
        child.terminate()
    os._exit(exit_code)


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_CHECK_EVERY_S)
    end_with_children(1)
