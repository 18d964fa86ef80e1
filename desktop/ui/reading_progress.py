"""How far through the article the reader is: percent and minutes left, in the status bar."""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.reader import ReaderView

WORDS_PER_MINUTE = 230
# Scrolling sends a value per pixel; the label is brought up to date once the scrolling pauses.
UPDATE_DELAY_MS = 120
WORD = re.compile(r"\S+")
# The longest text the label shows, to size it once; and a little room so it never touches
# the widget beside it.
LONGEST_TEXT = "100 %  ·  999 min left"
PADDING_PX = 8


def minutes_left(words_remaining: int) -> int:
    return math.ceil(words_remaining / WORDS_PER_MINUTE)


class ReadingProgress(QLabel):
    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.setAccessibleName("Reading progress")
        # Wide enough for the longest text, so the status bar does not jump while scrolling.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(LONGEST_TEXT) + PADDING_PX)
        self._word_starts: list[int] = []
        self._counted_text = ""
        self._timer = QTimer(self, singleShot=True, interval=UPDATE_DELAY_MS)
        self._timer.timeout.connect(self.update_now)
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        reader.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._timer.start())

    def update_now(self) -> None:
        text = self.reader.text
        if not text.strip():
            self.clear()
            return
        if text is not self._counted_text:  # another article: count its words once
            self._counted_text = text
            self._word_starts = [match.start() for match in WORD.finditer(text)]
        bar = self.reader.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        percent = 100 if at_end else round(100 * bar.value() / bar.maximum())
        remaining = (
            0
            if at_end
            else len(self._word_starts) - bisect_left(self._word_starts, self.reader.top_position())
        )
        minutes = minutes_left(remaining)
        self.setText(f"{percent} %  ·  {minutes} min left" if minutes else f"{percent} %  ·  finished")
        self.setToolTip(
            f"{remaining:,} of {len(self._word_starts):,} words left at {WORDS_PER_MINUTE} words a minute"
        )
