"""The lines on screen, which the highlighter paints first, are the ones Qt shows there: at the
top, scrolled into the middle, back up, and in a smaller window."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui.reader import ReaderView
from tests.conftest import SAMPLES_DIR
from tests.ui.readers import new_reader

SAMPLE = (SAMPLES_DIR / "harbour-bridge.txt").read_text(encoding="utf-8")


def under_the_screen(reader: ReaderView) -> range:
    """What Qt's own hit test finds at the screen's top and bottom edges."""
    first = reader.cursorForPosition(QPoint(0, 0)).block().blockNumber()
    last = reader.cursorForPosition(QPoint(0, reader.viewport().height())).block().blockNumber()
    return range(first, last + 1)


def test_the_blocks_on_screen_follow_the_view(qtbot: QtBot) -> None:
    reader = new_reader(qtbot, 900, 600)
    reader.show_article(Article("\n".join([SAMPLE] * 8)))
    qtbot.waitUntil(lambda: not reader.layout_ahead.pending, timeout=30_000)
    bar = reader.verticalScrollBar()
    seen = []
    for value in (0, bar.maximum() // 2, bar.maximum(), bar.maximum() // 3, 0):
        bar.setValue(value)
        seen.append(reader.visible_blocks())
        assert seen[-1] == under_the_screen(reader)
    taller = reader.viewport().height()
    reader.resize(900, 450)
    qtbot.waitUntil(lambda: reader.viewport().height() < taller)
    assert reader.visible_blocks() == under_the_screen(reader)
    assert seen[0].start == 0 and seen[1].start > seen[0].stop and seen[-1] == seen[0]
