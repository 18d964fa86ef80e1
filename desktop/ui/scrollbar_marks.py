"""What the overview ruler shows, gathered from the window: the open article's highlights (in
their colours) and notes, the find bar's hits, and the figures of failing checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop.nlp.model import Analysis
from desktop.ui.overview_ruler import OverviewRuler
from desktop.ui.panels.figures_model import mismatched_figure_indexes, warning_colour
from desktop.ui.theme import highlight_colour, is_dark

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

HIGHLIGHT_LANE, NOTE_LANE, FIND_LANE = 0, 1, 2
FIND_COLOUR = QColor("#ff9632")  # the find bar's own match colour


def ruler_colour(key: str, dark: bool) -> QColor:
    """A highlight colour strong enough to see as a few pixels on a grey scrollbar."""
    hue = highlight_colour(key, dark).hslHue()
    return QColor.fromHsl(max(0, hue), 210, 165 if dark else 115)


class ScrollbarMarks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ruler = OverviewRuler(window.reader)
        self._analysis: Analysis | None = None
        window.annotations.changed.connect(self.show_highlights)
        # Also when another tab is shown: the find bar searches its text, and the last one's hits
        # would stay marked at their old places.
        window.find_bar.searched.connect(self.show_find_hits)
        window.find_bar.closed.connect(self.show_find_hits)
        window.analysisApplied.connect(self.show_failing_checks)
        window.articleShown.connect(lambda _article: self.show_failing_checks(None))
        window.reader.paletteChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.show_highlights()
        self.show_find_hits()
        self.show_failing_checks(self._analysis)

    def show_highlights(self) -> None:
        dark = is_dark(self.window.reader.palette())
        highlights = self.window.annotations.highlights
        self.ruler.set_marks(
            "highlights",
            [h.start for h in highlights],
            [ruler_colour(h.colour, dark) for h in highlights],
            HIGHLIGHT_LANE,
        )
        noted = [h for h in highlights if h.note.strip()]
        self.ruler.set_marks(
            "notes", [h.start for h in noted], [ruler_colour(h.colour, dark) for h in noted], NOTE_LANE
        )

    def show_find_hits(self) -> None:
        bar = self.window.find_bar
        hits = [start for start, _end in bar.matches] if bar.isVisible() else []
        self.ruler.set_marks("find", hits, [FIND_COLOUR], FIND_LANE)

    def show_failing_checks(self, analysis: Analysis | None) -> None:
        self._analysis = analysis
        if analysis is None or analysis.text != self.window.reader.text:
            self.ruler.set_marks("checks", [], [], NOTE_LANE)
            return
        failing = sorted(mismatched_figure_indexes(analysis.checks))
        colour = warning_colour(is_dark(self.window.reader.palette()))
        self.ruler.set_marks("checks", [analysis.figures[i].start for i in failing], [colour], NOTE_LANE)
