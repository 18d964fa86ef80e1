"""A one-line progress bar for long headless runs, on a terminal only."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 24
REDRAW_EVERY_S = 0.1
CLEAR_LINE = "\r\033[K"


class ProgressLine:
    """``done/total``, articles per second and the time left, redrawn in place with ``\\r``.

    Silent unless ``stream`` is a terminal, so redirected standard error stays clean.
    """

    def __init__(self, total: int, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self._total = total
        self._stream = stream
        self._clock = clock
        self._shown = total > 0 and stream.isatty()
        self._started = clock()
        self._drawn_at: float | None = None
        self._done = 0

    def advance(self) -> None:
        self._done += 1
        now = self._clock()
        if self._shown and (
            self._drawn_at is None or now - self._drawn_at >= REDRAW_EVERY_S or self._done == self._total
        ):
            self._drawn_at = now
            self._stream.write("\r" + self.line(now))
            self._stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self._started, 1e-9)
        rate = self._done / elapsed
        filled = BAR_WIDTH * self._done // self._total
        left = (self._total - self._done) / rate if rate > 0 else 0.0
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        return f"[{bar}] {self._done}/{self._total}  {rate:.1f} articles/s  ETA {_clock_time(left)}"

    def interrupt(self, message: str) -> None:
        """Write a line of its own (an error) without leaving the bar torn around it."""
        if self._shown and self._drawn_at is not None:
            self._stream.write(CLEAR_LINE)
            self._drawn_at = None
        self._stream.write(message + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._shown and self._drawn_at is not None:
            self._stream.write(CLEAR_LINE)
            self._stream.flush()


def _clock_time(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
