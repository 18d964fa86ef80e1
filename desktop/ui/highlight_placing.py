"""Placing an article's highlights on its changed text, on a worker thread, with Cancel.

When an archived article's file has changed, each of its highlights is looked for in the new
text; a quote that is no longer there costs a bounded fuzzy search (5–15 ms in a 120 KB text),
so a heavily rewritten article with hundreds of lost quotes took seconds. The window shows the
new text at once while this runs on its own writer ``Archive`` (SQLite connections are per
thread) in one transaction: Cancel makes the progress callback raise, which rolls it all back,
so the archive keeps the earlier text and highlights and tries again next time.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.records import ArchiveError, OpenedArticle
from desktop.ui.library.reads import describe_error
from desktop.ui.wording import counted
from desktop.ui.workers import WorkerPool

PROGRESS_POLL_MS = 200
CANCELLED_MESSAGE = (
    "Placing the highlights on the changed text was cancelled. The archive keeps this article's"
    " earlier text and its highlights; they are placed the next time you open it."
)


class PlacingCancelled(ArchiveError):
    """Raised in the worker at the next highlight after the user pressed Cancel."""


class HighlightPlacing(QObject):
    """Re-anchors the highlights of archived article ``article_id`` on ``article``'s text: call
    :meth:`start`, then exactly one of ``succeeded`` (the OpenedArticle) or ``failed`` (why not,
    worded for the user) is emitted. ``progressed`` carries the status-bar message."""

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(str)

    def __init__(
        self, archive_path: Path, article_id: int, article: Article, highlight_count: int, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.archive_path = archive_path
        self.article_id = article_id
        self.article = article
        self._cancel_requested = threading.Event()
        # Written by the worker, read by the poll timer: (highlights done, highlights in all).
        self._progress = (0, highlight_count)
        self._poll = QTimer(self, interval=PROGRESS_POLL_MS)
        self._poll.timeout.connect(lambda: self.progressed.emit(self.message()))
        self._pool = WorkerPool(1, self)

    def message(self) -> str:
        if self._cancel_requested.is_set():
            return "Cancelling…"
        done, total = self._progress
        placing = f"Placing {counted(total, 'highlight')} on the changed text…"
        return f"{placing} ({done:,} done)" if done else placing

    def start(self) -> None:
        archive_path, article_id, article = self.archive_path, self.article_id, self.article

        def work() -> OpenedArticle:
            with Archive(archive_path) as archive:
                return archive.open_changed_article(article_id, article, self._report)

        self._pool.submit(work, self._succeeded, self._failed)
        self._poll.start()
        self.progressed.emit(self.message())

    def cancel(self) -> None:
        """Stop at the next highlight and roll back everything placed so far."""
        self._cancel_requested.set()
        self.progressed.emit(self.message())

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker to finish; True when it has."""
        return self._pool.wait_for_done(msecs)

    # -- worker thread ------------------------------------------------------------------------

    def _report(self, done: int, total: int) -> None:
        if self._cancel_requested.is_set():
            raise PlacingCancelled(CANCELLED_MESSAGE)
        self._progress = (done, total)

    # -- GUI thread ---------------------------------------------------------------------------

    def _succeeded(self, opened: OpenedArticle) -> None:
        self._poll.stop()
        self.succeeded.emit(opened)

    def _failed(self, error: BaseException) -> None:
        self._poll.stop()
        if isinstance(error, PlacingCancelled):
            self.failed.emit(CANCELLED_MESSAGE)
            return
        self.failed.emit(
            f"The highlights could not be placed on the changed text: {describe_error(error)}. The"
            " archive keeps this article's earlier text and highlights; they are placed the next"
            " time you open it."
        )


class PlacingStatus(QWidget):
    """The status-bar message while highlights are placed, with its Cancel button; hidden
    otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.cancel_button = QPushButton("Cancel Placing")
        self.cancel_button.setToolTip(
            "Stop placing the highlights (the archive keeps the earlier text; they are placed next time)"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message``, or hide when it is empty (placing is over)."""
        self.label.setText(message)
        self.cancel_button.setEnabled(message != "Cancelling…")
        self.setVisible(bool(message))
