"""Reads from the archive off the GUI thread, for the Library window and the views it feeds.

Each read opens its own read-only :class:`Archive` on a one-thread worker pool (an SQLite
connection belongs to the thread that made it, and a pool thread may be replaced after it
idles), so the GUI thread never waits for SQLite.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from desktop.store.archive import Archive
from desktop.store.records import ArchiveError
from desktop.ui.workers import WorkerPool

Result = TypeVar("Result")


def describe_error(error: BaseException) -> str:
    """One line for the user: archive errors are already worded for them."""
    return str(error) if isinstance(error, ArchiveError) else f"{type(error).__name__}: {error}"


class ArchiveReads(QObject):
    """Reads from the archive on one worker thread. Each read belongs to a channel ("articles",
    "search"…); a newer read on a channel makes the older one's result stale, and stale
    results are dropped instead of overwriting newer ones."""

    def __init__(self, archive_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive_path = archive_path
        self._pool = WorkerPool(1, self)
        self._generations: dict[str, int] = {}
        self._stopped = False

    def read(
        self,
        channel: str,
        query: Callable[[Archive], Result],
        on_result: Callable[[Result], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        generation = self.cancel(channel)
        path = self.archive_path

        def work() -> Result:
            with Archive(path, read_only=True) as archive:
                return query(archive)

        def is_current() -> bool:
            return not self._stopped and self._generations.get(channel) == generation

        def succeeded(result: Any) -> None:
            if is_current():
                on_result(result)

        def failed(error: BaseException) -> None:
            if is_current():
                on_error(error)

        self._pool.submit(work, succeeded, failed)

    def cancel(self, channel: str) -> int:
        """Make the channel's pending read stale; returns the channel's new generation."""
        self._generations[channel] = self._generations.get(channel, 0) + 1
        return self._generations[channel]

    def generation(self, channel: str) -> int:
        """How many reads the channel has had (or been cancelled)."""
        return self._generations.get(channel, 0)

    def stop(self, msecs: int = -1) -> bool:
        """Drop every pending result and wait for the worker to finish."""
        self._stopped = True
        return self._pool.wait_for_done(msecs)
