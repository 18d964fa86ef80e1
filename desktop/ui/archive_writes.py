"""Slow writes to the archive, off the GUI thread.

Storing a book's analysis (megabytes of JSON) or deleting an article (which merges the search
indexes and checkpoints the WAL so that none of its text is left in the file) took a quarter of
a second to seconds; on the GUI thread that froze the window. They run here on one worker
thread, in the order they were asked for, each with a writer :class:`Archive` of its own (an
SQLite connection belongs to the thread that made it). The archive's write gate still lets one
transaction run at a time, so the window's own small writes wait for one of these at most.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.store.archive import Archive
from desktop.ui.workers import WorkerPool

Result = TypeVar("Result")


class ArchiveWrites(QObject):
    """Runs changes to an archive file on one worker thread; results come back on the GUI thread."""

    written = Signal()  # a write is in the archive (after its own ``on_done``)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = WorkerPool(1, self)
        self._pending = 0

    @property
    def busy(self) -> bool:
        """Writes asked for are not all in the archive yet."""
        return self._pending > 0

    def write(
        self,
        path: Path,
        change: Callable[[Archive], Result],
        on_done: Callable[[Result], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        def work() -> Result:
            with Archive(path) as archive:
                return change(archive)

        def done(result: Any) -> None:
            self._pending -= 1
            on_done(result)
            self.written.emit()

        def failed(error: BaseException) -> None:
            self._pending -= 1
            on_error(error)

        self._pending += 1
        self._pool.submit(work, done, failed)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the writes asked for so far (before the archive is closed); False on timeout."""
        return self._pool.wait_for_done(msecs)
