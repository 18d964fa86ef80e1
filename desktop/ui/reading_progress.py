"""How far through the article the reader is: percent and minutes left, in the status bar."""

from __future__ import annotations

import math
import time
from bisect import bisect_right
from itertools import accumulate

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.reader import ReaderView
from desktop.ui.turns import at_next_turn

WORDS_PER_MINUTE = 230
# Scrolling sends a value per pixel; the label is brought up to date once the scrolling pauses.
UPDATE_DELAY_MS = 120
# Words are counted a piece of text at a time by ``str.split`` (in C), the pieces' counts kept:
# a list of every word's start took a book a quarter of a second on the GUI thread.
PIECE_CHARS = 65_536
# Counting stops after this long and goes on at the next turn of the event loop.
COUNT_SLICE_SECONDS = 0.01
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
        self._piece_starts: list[int] = []
        self._piece_counts: list[int] = []  # words in each piece counted so far
        self._words_from: list[int] = []  # words from each piece to the end, then 0, once all are counted
        self._next_piece = 0  # where the next piece to count starts
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
            self._start_counting(text)
        if not self._count_words(time.perf_counter() + COUNT_SLICE_SECONDS):
            at_next_turn(self, self.update_now)  # the label follows once every piece is counted
            return
        bar = self.reader.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        percent = 100 if at_end else round(100 * bar.value() / bar.maximum())
        remaining = 0 if at_end else self._words_after(self.reader.top_position())
        minutes = minutes_left(remaining)
        self.setText(f"{percent} %  ·  {minutes} min left" if minutes else f"{percent} %  ·  finished")
        self.setToolTip(
            f"{remaining:,} of {self._words_from[0]:,} words left at {WORDS_PER_MINUTE} words a minute"
        )

    def _start_counting(self, text: str) -> None:
        self._counted_text = text
        self._piece_starts = []
        self._piece_counts = []
        self._words_from = []
        self._next_piece = 0

    def _count_words(self, deadline: float) -> bool:
        """Count the words of more pieces of the text until ``deadline`` (a 20 MB text's words
        took 0.3-0.8 s), one piece at least; True once all are counted."""
        text = self._counted_text
        start = first = self._next_piece
        while start < len(text) and (start == first or time.perf_counter() < deadline):
            end = min(len(text), start + PIECE_CHARS)
            while end < len(text) and not text[end].isspace():  # no word cut in two
                end += 1
            self._piece_starts.append(start)
            self._piece_counts.append(len(text[start:end].split()))
            start = end
        self._next_piece = start
        if start < len(text):
            return False
        if not self._words_from:
            self._words_from = [*reversed(list(accumulate(reversed(self._piece_counts)))), 0]
        return True

    def _words_after(self, position: int) -> int:
        """How many words start at ``position`` or after it."""
        text = self._counted_text
        piece = bisect_right(self._piece_starts, position) - 1
        end = self._piece_starts[piece + 1] if piece + 1 < len(self._piece_starts) else len(text)
        words = len(text[position:end].split()) + self._words_from[piece + 1]
        # A word the position cuts into started before it.
        cut = 0 < position < len(text) and not text[position - 1].isspace() and not text[position].isspace()
        return words - cut
