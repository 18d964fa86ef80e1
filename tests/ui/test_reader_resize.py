"""Resizing the reader lays its text out to the new width and keeps its highlights, without
formatting every line again."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui.span_highlighter import StyledSpan
from tests.conftest import SAMPLES_DIR
from tests.ui.readers import new_reader

SAMPLE = (SAMPLES_DIR / "harbour-bridge.txt").read_text(encoding="utf-8")


def test_a_resize_lays_the_text_out_anew_without_highlighting_every_line_again(qtbot: QtBot) -> None:
    # The new side margins are a change of the whole document: the highlighter formatted every
    # line again in one go, a second for a 2 MB text at each resize of the window.
    reader = new_reader(qtbot, 900, 600)
    text = "\n".join([SAMPLE] * 8)
    reader.show_article(Article(text))
    qtbot.waitUntil(lambda: not reader.layout_ahead.pending, timeout=30_000)
    tint = QTextCharFormat()
    tint.setBackground(QColor("yellow"))
    spans = [StyledSpan(start, start + 5, "tint") for start in range(0, len(text) - 5, 40)]
    reader.highlighter.set_layer("tints", spans, lambda _key: tint, 1)
    reader.highlighter.finish_pending()
    document = reader.document()
    block = document.findBlock(text.index(" the ", len(text) // 2))
    formats = [(f.start, f.length) for f in block.layout().formats()]
    width = document.documentLayout().blockBoundingRect(block).width()
    formatted = reader.highlighter._lines_formatted

    reader.resize(600, 600)
    qtbot.waitUntil(lambda: document.documentLayout().blockBoundingRect(block).width() < width)
    assert reader.highlighter._lines_formatted == formatted
    assert formats and [(f.start, f.length) for f in block.layout().formats()] == formats
