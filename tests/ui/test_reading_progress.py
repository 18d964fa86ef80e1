"""Words left in the status bar, counted a piece of text at a time."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui import reading_progress
from desktop.ui.reader import ReaderView
from desktop.ui.reading_progress import ReadingProgress

PARAGRAPH = "The quay\twas rebuilt   after the storm of 1953, stone by stone.\n"


@pytest.mark.parametrize("piece_chars", [7, 64, 65_536])
def test_words_left_are_the_words_from_the_top_line_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, piece_chars: int
) -> None:
    monkeypatch.setattr(reading_progress, "PIECE_CHARS", piece_chars)
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(500, 300)
    reader.show()
    text = PARAGRAPH * 120
    reader.show_article(Article(text))
    progress = ReadingProgress(reader)
    total = len(text.split())
    bar = reader.verticalScrollBar()
    for value in (0, bar.maximum() // 3, bar.maximum() // 2):
        bar.setValue(value)
        qtbot.wait(1)  # the layout follows the scrolling
        progress.update_now()
        left = len(text[reader.top_position() :].split())
        assert progress.toolTip().startswith(f"{left:,} of {total:,} words left")
    assert 0 < left < total
