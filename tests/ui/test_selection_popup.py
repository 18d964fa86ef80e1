"""The pop-up over a finished selection: colours and Note, without taking the focus, not while
dragging, hidden by Esc; the keys keep working."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.selection_popup import SelectionPopup
from tests.conftest import SAMPLES_DIR
from tests.ui.screenshots import assert_not_uniform, save_screenshot

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def _point(window: MainWindow, codepoint: int) -> QPoint:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.to_document(codepoint))
    return window.reader.cursorRect(cursor).center()


def _open(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(SAMPLE)
    window.reader.setFocus()
    text = window.reader.text
    start = text.index("\n", 200) + 1  # a body paragraph
    return start, start + 30


def _drag(qtbot: QtBot, window: MainWindow, start: int, end: int, *, release: bool = True) -> None:
    viewport = window.reader.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point(window, start))
    qtbot.mouseMove(viewport, pos=_point(window, (start + end) // 2))
    qtbot.mouseMove(viewport, pos=_point(window, end))
    if release:
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_point(window, end))


def _popup_over_selection(qtbot: QtBot, window: MainWindow) -> tuple[int, int, SelectionPopup]:
    start, end = _open(qtbot, window)
    _drag(qtbot, window, start, end)
    popup = window.selection_popup
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    return start, end, popup


def test_popup_shows_over_a_finished_selection_without_taking_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    start, end = _open(qtbot, window)
    popup = window.selection_popup
    _drag(qtbot, window, start, end, release=False)
    assert window.reader.selected_range() is not None
    assert not popup.isVisible(), "no pop-up while the selection is still being dragged"
    qtbot.mouseRelease(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=_point(window, end))
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    focus = QApplication.focusWidget()
    assert focus is None or not popup.isAncestorOf(focus)
    viewport_area = QRect(
        window.reader.viewport().mapTo(window.reader, QPoint(0, 0)), window.reader.viewport().size()
    )
    assert viewport_area.contains(popup.geometry())
    selection_top = window.reader.viewport().mapTo(window.reader, _point(window, start)).y()
    assert popup.geometry().bottom() < selection_top, "the bar sits above the selection"
    image = save_screenshot(window, "selection-popup.png")
    assert_not_uniform(image)
    assert len(popup.buttons) == 5 and popup.note_button.isVisible() and popup.cite_button.isVisible()


def test_a_colour_in_the_popup_highlights_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    start, end, popup = _popup_over_selection(qtbot, window)
    qtbot.mouseClick(popup.buttons["green"], Qt.MouseButton.LeftButton)
    assert [(h.colour, h.exact.strip()) for h in window.annotations.highlights] == [
        ("green", window.reader.text[start:end].strip())
    ]
    assert not popup.isVisible()


def test_note_in_the_popup_highlights_and_opens_the_note(qtbot: QtBot, window: MainWindow) -> None:
    _start, _end, popup = _popup_over_selection(qtbot, window)
    qtbot.mouseClick(popup.note_button, Qt.MouseButton.LeftButton)
    assert len(window.annotations.highlights) == 1
    assert window.side_tabs.currentWidget() is window.notes_panel


def test_cite_in_the_popup_copies_the_passage_with_its_source(qtbot: QtBot, window: MainWindow) -> None:
    start, end, popup = _popup_over_selection(qtbot, window)
    QApplication.clipboard().clear()
    qtbot.mouseClick(popup.cite_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert window.reader.text[start:end].strip() in copied
    assert window.article is not None and window.article.title and window.article.title in copied
    assert not popup.isVisible()


def test_escape_hides_the_popup_and_keeps_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    _start, _end, popup = _popup_over_selection(qtbot, window)
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.reader.selected_range() is not None


def test_colour_keys_still_work_with_the_popup_up(qtbot: QtBot, window: MainWindow) -> None:
    _start, _end, popup = _popup_over_selection(qtbot, window)
    qtbot.keyClick(window.reader, Qt.Key.Key_2)
    assert [h.colour for h in window.annotations.highlights] == ["red"]
    assert not popup.isVisible(), "the selection gave way to the new highlight"
