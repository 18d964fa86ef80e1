"""Marks in the left margin of the reader beside each highlight that has a note, like the note
markers of e-book readers: a bar in the highlight's colour over the lines it spans."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QWidget

from desktop.store.records import Highlight
from desktop.ui.annotations import AnnotationSession
from desktop.ui.reader import ReaderView
from desktop.ui.theme import highlight_accent, is_dark

MARK_WIDTH_PX = 4
# From the mark to the start of the text.
MARK_GAP_PX = 10


class NoteMarks(QWidget):
    """Drawn over the reader's viewport (as a sibling, so scrolling the text does not move it),
    transparent to the mouse."""

    def __init__(self, reader: ReaderView, session: AnnotationSession) -> None:
        super().__init__(reader)
        self.reader = reader
        self.session = session
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._viewport = reader.viewport()
        self._viewport.installEventFilter(self)
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self.update())
        reader.document().documentLayout().documentSizeChanged.connect(lambda _size: self.update())
        reader.paletteChanged.connect(self.update)
        session.changed.connect(self.update)
        self._follow_viewport()
        self.show()

    def noted(self) -> list[Highlight]:
        return [h for h in self.session.highlights if h.note.strip()]

    def mark_rects(self) -> list[tuple[Highlight, QRect]]:
        """Where each mark of a noted highlight on screen is, in this widget's coordinates."""
        noted = self.noted()
        if not noted:  # no hit test of the screen's corners: in a book that can lay out pages
            return []
        top = self.reader.to_text(self.reader.cursorForPosition(QPoint(0, 0)).position())
        bottom = self.reader.to_text(
            self.reader.cursorForPosition(QPoint(0, self._viewport.height())).position()
        )
        left = (
            int(self.reader.document().rootFrame().frameFormat().leftMargin()) - MARK_GAP_PX - MARK_WIDTH_PX
        )
        marks = []
        for highlight in noted:
            if highlight.end < top or highlight.start > bottom:
                continue
            first = self._line_rect(highlight.start)
            last = self._line_rect(max(highlight.start, highlight.end - 1))
            marks.append((highlight, QRect(left, first.top(), MARK_WIDTH_PX, last.bottom() - first.top())))
        return marks

    def _line_rect(self, codepoint: int) -> QRect:
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(self.reader.to_document(codepoint))
        return self.reader.cursorRect(cursor)

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = is_dark(self.reader.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for highlight, rect in self.mark_rects():
            painter.setBrush(highlight_accent(highlight.colour, dark))
            painter.drawRoundedRect(rect, 2, 2)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Identity only: while the window is torn down the reader may already be gone.
        if watched is self._viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._follow_viewport()
        return super().eventFilter(watched, event)

    def _follow_viewport(self) -> None:
        self.setGeometry(self._viewport.geometry())
        self.raise_()
