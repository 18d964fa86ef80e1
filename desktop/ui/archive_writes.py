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
from dataclasses import dataclass
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
        def work() -> Outcome:
            try:
                with Archive(path) as archive:
                    return Outcome(on_done, change(archive), written=True)
            except Exception as error:  # the caller's on_error tells the user
                return Outcome(on_error, error, written=False)

        self._pending += 1
        # Bound methods, not closures: the connections end with this object (and the window
        # that owns it), so a write that lands after the window was deleted calls nothing.
        self._pool.submit(work, self._settled, self._settled)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the writes asked for so far (before the archive is closed); False on timeout."""
        return self._pool.wait_for_done(msecs)

    def _settled(self, outcome: object) -> None:
        self._pending -= 1
        assert isinstance(outcome, Outcome), "work() hands every error to its on_error"
        outcome.callback(outcome.value)
        if outcome.written:
            self.written.emit()


@dataclass(frozen=True)
class Outcome:
    """What a write came to, for the GUI thread: the callback to call with ``value``."""

    callback: Callable[[Any], None]
    value: Any
    written: bool
