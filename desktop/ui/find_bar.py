"""Find in the article (Ctrl+F): every match marked, Enter and Shift+Enter step through them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui.reader import ReaderView

FIND_LAYER = "find"
FIND_LAYER_ORDER = 200  # over everything: the matches are what the reader is looking for
# The field lines up with the header's text on the left; the close button sits near the edge.
MARGINS_PX = (12, 4, 8, 4)  # left, top, right, bottom


def find_matches(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive, literal matches of ``needle`` in ``text`` as (start, end) code points."""
    if not needle:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


class FindBar(QWidget):
    closed = Signal()
    searched = Signal()  # ``matches`` are new: typed, or the same words in another article

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in article…")
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        previous.setText("▲")
        previous.setToolTip("Previous match (Shift+Enter)")
        following.setText("▼")
        following.setToolTip("Next match (Enter)")
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        for button in (previous, following, close):
            button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*MARGINS_PX)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(lambda: self.step(1))
        for key, action in (
            (QKeySequence("Shift+Return"), lambda: self.step(-1)),
            (QKeySequence(Qt.Key.Key_Escape), self.close_bar),
        ):
            shortcut = QShortcut(key, self.field)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close_bar)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor("#ff9632"))
        self._format.setForeground(QColor("#000000"))
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.reader.set_layer(FIND_LAYER, [], lambda _key: None, order=FIND_LAYER_ORDER)
        self.reader.setFocus()
        self.closed.emit()

    def search(self, needle: str) -> None:
        self.matches = find_matches(self.reader.text, needle)
        self.reader.set_layer(
            FIND_LAYER,
            [(s, e, "match") for s, e in self.matches],
            lambda _key: self._format,
            order=FIND_LAYER_ORDER,
        )
        self.current = -1
        if self.matches:
            self.step(1)
        else:
            self.count.setText("No matches" if needle else "")
        self.searched.emit()

    def step(self, direction: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        start, end = self.matches[self.current]
        self.reader.select_range(start, end)
        self.count.setText(f"{self.current + 1} of {len(self.matches)}")
