"""Words left in the status bar, counted a piece of text at a time."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui import reading_progress
from desktop.ui.reader import ReaderView
from desktop.ui.reading_progress import ReadingProgress
from tests.ui.readers import new_reader

PARAGRAPH = "The quay\twas rebuilt   after the storm of 1953, stone by stone.\n"


@pytest.mark.parametrize("piece_chars", [7, 64, 65_536])
def test_words_left_are_the_words_from_the_top_line_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, piece_chars: int
) -> None:
    monkeypatch.setattr(reading_progress, "PIECE_CHARS", piece_chars)
    reader = new_reader(qtbot, 500, 300)
    text = PARAGRAPH * 120
    reader.show_article(Article(text))
    progress = ReadingProgress(reader)
    progress.update_now()
    qtbot.waitUntil(lambda: bool(progress.toolTip()))  # counted over turns of the event loop
    total = len(text.split())
    bar = reader.verticalScrollBar()
    for value in (0, bar.maximum() // 3, bar.maximum() // 2):
        bar.setValue(value)
        qtbot.wait(1)  # the layout follows the scrolling
        progress.update_now()
        left = len(text[reader.top_position() :].split())
        assert progress.toolTip().startswith(f"{left:,} of {total:,} words left")
    assert 0 < left < total


def test_a_long_text_is_counted_over_turns_of_the_event_loop(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counting every word of a 20 MB text at once held the window 0.3-0.8 s: a piece at a
    # time, then the rest at the next turn when the slice is over.
    monkeypatch.setattr(reading_progress, "PIECE_CHARS", 64)
    monkeypatch.setattr(reading_progress, "COUNT_SLICE_SECONDS", 0.0)
    reader = ReaderView()
    qtbot.addWidget(reader)
    text = PARAGRAPH * 40
    reader.show_article(Article(text))
    progress = ReadingProgress(reader)
    progress.update_now()
    assert progress.text() == ""  # one piece counted of some forty
    qtbot.waitUntil(lambda: bool(progress.toolTip()))
    assert progress.toolTip().startswith(f"{len(text.split()):,} of {len(text.split()):,} words left")
