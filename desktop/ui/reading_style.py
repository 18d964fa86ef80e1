"""How the reader sets its text: typeface, size, measure, line spacing and colour theme."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.ui.article_layout import BODY_POINT_SIZE, LINE_HEIGHT_PERCENT
from desktop.ui.theme import SYSTEM_THEME

# Typographers' comfortable measure is 45 to 75 characters a line.
DEFAULT_MEASURE_CHARS = 70
MIN_MEASURE_CHARS, MAX_MEASURE_CHARS = 40, 120
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 32.0
MIN_LINE_SPACING, MAX_LINE_SPACING = 100, 250


@dataclass(frozen=True)
class ReadingStyle:
    font_family: str = ""  # empty: the first installed of the reader's serif families
    point_size: float = float(BODY_POINT_SIZE)
    measure_chars: int = DEFAULT_MEASURE_CHARS
    line_spacing_percent: int = LINE_HEIGHT_PERCENT
    theme: str = SYSTEM_THEME

    def clamped(self) -> ReadingStyle:
        """The same style with every number brought into its range (a hand-edited settings file)."""
        return ReadingStyle(
            self.font_family,
            max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, self.point_size)),
            max(MIN_MEASURE_CHARS, min(MAX_MEASURE_CHARS, self.measure_chars)),
            max(MIN_LINE_SPACING, min(MAX_LINE_SPACING, self.line_spacing_percent)),
            self.theme,
        )
