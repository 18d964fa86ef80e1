"""Lay a long text out in short slices, instead of Qt's growing lazy-layout steps.

Qt lays a new text out lazily, a step every 10 ms, each step twice the last, up to 200,000
characters: a book's last steps held the window 50 ms each, several times that on a busy
machine. Here the layout is asked for a few lines at a time (``blockBoundingRect`` lays the text
out up to the line asked about), one slice per event-loop turn, and Qt's own steps are held back
meanwhile by keeping its layout's timer events from it; they are its lazy-layout steps and the
report of the document's new size, which Qt makes as soon as the last line is laid out.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSizeF, QTimer
from PySide6.QtGui import QTextDocument

# Each slice stops after this long (short: see ``span_highlighter.SLICE_SECONDS``); lines asked
# about at a time (a few milliseconds at most).
SLICE_SECONDS = 0.005
LINES_PER_REQUEST = 8


class LayoutAhead(QObject):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._next_line = 0  # the first line not yet asked about
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def start(self) -> None:
        """The whole text is laid out anew (new text, font or spacing): from its first line."""
        self._next_line = 0
        self._document.documentLayout().installEventFilter(self)
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer  # Qt's own steps wait: see the module's doc

    def _slice(self) -> None:
        document, layout = self._document, self._document.documentLayout()
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._next_line < document.blockCount() and time.perf_counter() < deadline:
            self._next_line = min(document.blockCount(), self._next_line + LINES_PER_REQUEST)
            layout.blockBoundingRect(document.findBlockByNumber(self._next_line - 1))
        if self._next_line >= document.blockCount():
            self._timer.stop()
            layout.removeEventFilter(self)
            # Made now, not at Qt's next timer event: the scroll range is the whole text's once
            # ``pending`` is False (a reading position far down can be scrolled to at once).
            self.report_size()

    def report_size(self) -> None:
        """Report the size of the text laid out so far now: Qt reports it at a later step of its
        own, and until then the view's scroll range stops short of it. (The view reads the size
        from the layout; the other listeners only hear that it changed.)"""
        self._document.documentLayout().documentSizeChanged.emit(QSizeF())
