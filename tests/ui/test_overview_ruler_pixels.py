"""The overview ruler paints one rectangle per run of equal pixels, not one per mark row, and
draws its picture again only when the rows change."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui.overview_ruler import LANES, MARK_HEIGHT_PX, OverviewRuler, PixelRun, pixel_runs
from tests.ui.readers import new_reader

RED, BLUE, GREEN = QColor("#d0453b").rgb(), QColor("#2f6fd0").rgb(), QColor("#3f9c35").rgb()
LANE_WIDTH = 3


def test_runs_keep_the_colour_painted_last_and_merge_equal_neighbours() -> None:
    # A groove of 104 pixels: a mark's top is its fraction of the 100 pixels a mark can start in.
    rows = [
        (0, 0.0, RED),
        (0, 0.02, BLUE),  # from pixel 2, over the red mark's lower half
        (0, 0.5, RED),
        (0, 0.5, BLUE),  # the same row in another colour: painted after, so it shows
        (0, 0.51, BLUE),  # one pixel lower in the same colour: one longer run
        (2, 0.5, GREEN),
    ]
    assert pixel_runs(rows, 104) == [
        PixelRun(0, 0, 2, RED),
        PixelRun(0, 2, MARK_HEIGHT_PX, BLUE),
        PixelRun(0, 50, MARK_HEIGHT_PX + 1, BLUE),
        PixelRun(2, 50, MARK_HEIGHT_PX, GREEN),
    ]
    assert pixel_runs([], 104) == []


def _painted(height: int, rectangles: Sequence[tuple[int, int, int, int]]) -> QImage:
    """(lane, top, height, rgb) rectangles painted in order into lanes ``LANE_WIDTH`` wide."""
    image = QImage(LANES * LANE_WIDTH, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    for lane, top, rows, rgb in rectangles:
        painter.fillRect(lane * LANE_WIDTH, top, LANE_WIDTH, rows, QColor.fromRgb(rgb))
    painter.end()
    return image


def test_runs_paint_the_same_pixels_as_every_mark_in_turn() -> None:
    randomly = random.Random(15)
    height = 300
    colours = [RED, BLUE, GREEN]
    rows = sorted(
        (randomly.randrange(LANES), randomly.randrange(height) / height, randomly.choice(colours))
        for _ in range(900)
    )
    every_mark = [
        (lane, int(fraction * (height - MARK_HEIGHT_PX)), MARK_HEIGHT_PX, rgb) for lane, fraction, rgb in rows
    ]
    runs = pixel_runs(rows, height)
    assert len(runs) < len(rows)
    assert _painted(height, runs) == _painted(height, every_mark)


def test_the_picture_is_drawn_again_only_when_the_rows_change(qtbot: QtBot) -> None:
    reader = new_reader(qtbot, 600, 400)
    text = "\n".join(["Words enough to fill a line of the reader and to scroll a while."] * 300)
    reader.show_article(Article(text))
    qtbot.waitUntil(lambda: not reader.layout_ahead.pending and reader.verticalScrollBar().isVisible())
    ruler = OverviewRuler(reader)
    positions = list(range(0, len(text), 97))
    ruler.set_marks("highlights", positions, [QColor.fromRgb(RED)], 0)
    ruler.recompute()
    ruler.repaint()
    drawn = ruler.picture()
    assert drawn is not None
    # Placed again to the same rows (as when Qt reports the document's size again): kept.
    ruler.recompute()
    ruler.repaint()
    assert ruler.picture() is drawn
    ruler.set_marks("highlights", positions, [QColor.fromRgb(BLUE)], 0)
    ruler.recompute()
    assert ruler.picture() is None
    ruler.repaint()
    redrawn = ruler.picture()
    assert redrawn is not None and redrawn is not drawn
