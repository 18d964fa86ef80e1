"""A text with no line breaks is shown as paragraphs cut at sentence ends, with every position,
highlight and copied character exactly the article's."""

from __future__ import annotations

import re
import time

from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui.reader import LONGEST_SHOWN_LINE, ReaderView
from tests.conftest import SAMPLES_DIR
from tests.ui.readers import new_reader

ONE_LINE = (SAMPLES_DIR / "harbour-bridge.txt").read_text(encoding="utf-8").replace("\n", " ")


def _reader(qtbot: QtBot, text: str) -> ReaderView:
    reader = new_reader(qtbot, 900, 700)
    reader.show_article(Article(text))
    return reader


def _yellow(_key: str) -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setBackground(QColor("yellow"))
    return char_format


def test_a_long_line_is_shown_in_paragraphs_and_copied_as_it_is(qtbot: QtBot) -> None:
    text = ONE_LINE * 60  # about 160,000 characters, no line break
    reader = _reader(qtbot, text)
    document = reader.document()
    assert document.blockCount() > len(text) // LONGEST_SHOWN_LINE
    assert document.characterCount() - 1 == len(text)
    second = document.findBlockByNumber(1).position()
    assert text[second - 2 : second] == ". "  # the break took the place of the space after a sentence
    reader.select_range(second - 40, second + 40)
    assert reader.selected_range() == (second - 40, second + 40)
    reader.copy()
    assert QApplication.clipboard().text() == text[second - 40 : second + 40]


def test_changing_a_highlight_in_a_megabyte_on_one_line_takes_a_moment(qtbot: QtBot) -> None:
    """Each change once laid out the whole megabyte again."""
    text = ONE_LINE * 380
    reader = _reader(qtbot, text)
    names = [(m.start(), m.end(), "name") for m in re.finditer(r"\b[A-Z][a-z]+\b", text)]
    reader.set_layer("names", names, _yellow, 0)
    reader.highlighter.finish_pending()
    reader.viewport().repaint()
    began = time.perf_counter()
    reader.extend_layer("names", [(2, 8, "name")], _yellow, 0)
    reader.highlighter.finish_pending()
    reader.viewport().repaint()
    assert time.perf_counter() - began < 0.3  # 0.02 s here; the whole line again: 0.7 s
