"""File ▸ Import Annotations on a worker thread, with a progress dialog and Cancel.

The window's ``Archive`` belongs to the GUI thread (an SQLite connection is used from the thread
that made it), so the import opens its own writer ``Archive`` on the same file in the worker and
does all its work there in one transaction; the window reloads once it has finished. Cancel
makes the import's progress callback raise, which rolls that transaction back: nothing is
half-imported. The dialog is window-modal, so the window makes no change of its own meanwhile
(it would wait for the import's write lock).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.free_memory import no_cyclic_collection
from desktop.store.archive import Archive
from desktop.store.records import ArchiveError, ImportSummary
from desktop.ui import archive_dialogs
from desktop.ui.library.reads import describe_error
from desktop.ui.workers import WorkerPool

PROGRESS_POLL_MS = 100
# A quick import finishes before the dialog would show: no flash.
DIALOG_DELAY_MS = 400
CANCELLED_MESSAGE = "the import was cancelled; nothing was imported"


class ImportCancelled(ArchiveError):
    """Raised in the worker at the next highlight after the user pressed Cancel."""


class AnnotationImport(QObject):
    """One import of ``file`` into the archive at ``archive_path``: call :meth:`start`, then
    exactly one of ``succeeded`` (an ImportSummary) or ``failed`` (why nothing was imported,
    worded for the user) is emitted."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, archive_path: Path, file: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.archive_path = archive_path
        self.file = file
        self._cancel_requested = threading.Event()
        # Written by the worker, read by the poll timer: (highlights done, highlights in all).
        self._progress: tuple[int, int] = (0, 0)
        self.dialog = QProgressDialog(f"Reading {file.name}…", "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle("Import annotations")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(DIALOG_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._pool = WorkerPool(1, self)

    def start(self) -> None:
        archive_path, file = self.archive_path, self.file

        def work() -> ImportSummary:
            with no_cyclic_collection(), Archive(archive_path) as archive:
                return archive_dialogs.import_file(archive, file, self._report)

        self._pool.submit(work, self._succeeded, self._failed)
        self._poll.start()

    def cancel(self) -> None:
        """Stop at the next highlight and roll back everything imported so far."""
        self._cancel_requested.set()
        self.dialog.setLabelText("Cancelling…")

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker to finish (for shutdown); True when it has."""
        return self._pool.wait_for_done(msecs)

    # -- worker thread ------------------------------------------------------------------------

    def _report(self, done: int, total: int) -> None:
        if self._cancel_requested.is_set():
            raise ImportCancelled(CANCELLED_MESSAGE)
        self._progress = (done, total)

    # -- GUI thread ---------------------------------------------------------------------------

    def _show_progress(self) -> None:
        done, total = self._progress
        if total and not self._cancel_requested.is_set():
            self.dialog.setLabelText(f"Importing highlight {done:,} of {total:,} from {self.file.name}…")
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish(self) -> None:
        self._poll.stop()
        # Closing a progress dialog counts as Cancel: this one is done, not cancelled.
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.hide()
        self.dialog.deleteLater()

    def _succeeded(self, summary: ImportSummary) -> None:
        self._finish()
        self.succeeded.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(describe_error(error))
