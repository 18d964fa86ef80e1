"""After H the selection gives way so the new colour shows at once; keys 1–5 highlight selected
text, recolour a highlight selected as a whole, and otherwise only choose the next colour."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import highlight_colour, is_dark
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
PASSAGE = "corrosion in more than a third of its steel cables"
OTHER = "carries about 31,000 vehicles a day"


def _stored(archive_file: Path) -> list[tuple[int, int, str]]:
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        return sorted((h.start, h.end, h.colour) for h in archive.highlights(entry.id))


def _select(window: MainWindow, passage: str) -> tuple[int, int]:
    start = window.reader.text.index(passage)
    window.reader.select_range(start, start + len(passage))
    window.reader.setFocus()
    return start, start + len(passage)


def _painted_background(window: MainWindow, codepoint: int) -> QColor:
    """The colour most of the pixels of three characters from ``codepoint`` are painted in."""
    reader = window.reader
    reader.highlighter.finish_pending()
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.to_document(codepoint))
    left = reader.cursorRect(cursor)
    cursor.setPosition(reader.to_document(codepoint + 3))
    area = QRect(left.topLeft(), reader.cursorRect(cursor).bottomLeft()).adjusted(2, 1, -1, -1)
    image = reader.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = Counter(
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
    )
    return QColor(pixels.most_common(1)[0][0])


def test_after_h_the_new_colour_shows_at_once(qtbot: QtBot, window: MainWindow, archive_file: Path) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    start, end = _select(window, PASSAGE)
    top = window.reader.verticalScrollBar().value()
    QTest.keyClick(window.reader, Qt.Key.Key_H)
    assert _stored(archive_file) == [(start, end, "yellow")]
    assert window.reader.selected_range() is None
    assert window.reader.verticalScrollBar().value() == top
    assert _painted_background(window, start + 2).name() == highlight_colour("yellow", is_dark()).name()
    # The caret stays in the new highlight: N opens its note, Delete removes it.
    QTest.keyClick(window.reader, Qt.Key.Key_N)
    assert window.side_tabs.currentWidget() is window.notes_panel
    qtbot.waitUntil(window.notes_panel.note_editor.editor.hasFocus)
    assert _stored(archive_file) == [(start, end, "yellow")]  # no second highlight
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_Delete)
    assert _stored(archive_file) == []


def test_colour_keys_never_recolour_by_surprise(qtbot: QtBot, window: MainWindow, archive_file: Path) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    annotator = window.annotator
    window.reader.setFocus()

    # Nothing selected: the key chooses the colour of the next highlight, and nothing else.
    QTest.keyClick(window.reader, Qt.Key.Key_2)
    assert annotator.current_colour == "red"
    assert annotator.colour_actions["red"].isChecked()

    # Text selected: the key highlights it in its colour.
    start, end = _select(window, PASSAGE)
    QTest.keyClick(window.reader, Qt.Key.Key_3)
    assert _stored(archive_file) == [(start, end, "green")]
    assert window.reader.selected_range() is None

    # The caret is still in that highlight, but it is not selected: 4 only chooses the colour.
    QTest.keyClick(window.reader, Qt.Key.Key_4)
    assert _stored(archive_file) == [(start, end, "green")]
    assert annotator.current_colour == "blue"

    # The highlight selected as a whole (clicked): 5 recolours it; the next colour stays blue.
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.to_document(start + 4))
    QTest.mouseClick(
        window.reader.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        window.reader.cursorRect(cursor).center(),
    )
    assert window.reader.selected_range() == (start, end)
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_5)
    assert _stored(archive_file) == [(start, end, "purple")]
    assert annotator.current_colour == "blue"
    assert annotator.colour_actions["blue"].isChecked()

    # A selection that only overlaps the highlight is new text: highlighted, the old one kept.
    other_start, other_end = _select(window, OTHER)
    QTest.keyClick(window.reader, Qt.Key.Key_1)
    assert _stored(archive_file) == [(start, end, "purple"), (other_start, other_end, "yellow")]
    _select(window, "found corrosion in more than")
    QTest.keyClick(window.reader, Qt.Key.Key_3)
    stored = _stored(archive_file)
    assert (start, end, "purple") in stored
    assert len(stored) == 3
