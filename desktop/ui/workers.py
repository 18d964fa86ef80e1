"""Run blocking work on a thread pool and hand the result back to the GUI thread by signal.

As in Picard: a ``QRunnable`` carries a small ``QObject`` whose signals are delivered, queued,
to receivers living in the GUI thread. The pool keeps Python references to running tasks so
that neither the runnable nor its signals object is collected while a thread still uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the GUI, which decides what the user sees
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class WorkerPool(QObject):
    """A thread pool that keeps its tasks alive until their result has been delivered."""

    def __init__(self, max_threads: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def submit(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        task = Task(work)
        self._running.add(task)
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(on_failure)
        task.signals.succeeded.connect(lambda _result: self._running.discard(task))
        task.signals.failed.connect(lambda _error: self._running.discard(task))
        self._pool.start(task)

    def wait_for_done(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
