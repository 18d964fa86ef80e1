"""Hovering a highlight shows its note (Markdown, rendered safely) and tags; highlights with a
note have a mark in the left margin."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.theme import highlight_accent, is_dark
from tests.conftest import SAMPLES_DIR
from tests.ui.screenshots import assert_same_colour, commonest_colour, save_screenshot

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
NOTE = "**Check** the date.\n\n<script>alert(1)</script>"


def _open_with_highlights(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(SAMPLE)
    text = window.reader.text
    start = text.index("The bridge, which opened")
    end = start + len("The bridge, which opened in 1964")
    session = window.annotations
    session.add(start, end, "blue")
    noted = session.highlight_at(start)
    assert noted is not None
    session.set_note(noted.id, NOTE)
    session.set_tags(noted.id, ["dates", "follow-up"])
    plain_start = text.index("Council member")
    session.add(plain_start, plain_start + 14, "yellow")
    return start, plain_start


def _tooltip_at(qtbot: QtBot, window: MainWindow, codepoint: int) -> str:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.to_document(codepoint) + 1)
    point = window.reader.cursorRect(cursor).center()
    viewport = window.reader.viewport()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hovering_a_noted_highlight_shows_its_note_and_tags(qtbot: QtBot, window: MainWindow) -> None:
    noted_start, plain_start = _open_with_highlights(qtbot, window)
    tip = _tooltip_at(qtbot, window, noted_start + 3)
    assert "<strong>Check</strong> the date." in tip
    assert "<script>" not in tip and "&lt;script&gt;" in tip, "raw HTML in a note stays text"
    assert "dates, follow-up" in tip
    assert "<strong>" not in _tooltip_at(qtbot, window, plain_start + 3), (
        "a highlight without a note adds nothing"
    )


def test_noted_highlights_have_a_mark_in_the_left_margin(qtbot: QtBot, window: MainWindow) -> None:
    noted_start, _plain_start = _open_with_highlights(qtbot, window)
    marks = window.note_marks.mark_rects()
    assert [highlight.start for highlight, _rect in marks] == [noted_start]
    rect = marks[0][1]
    text_left = window.reader.document().rootFrame().frameFormat().leftMargin()
    assert rect.right() < text_left, "the mark is left of the text"
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.to_document(noted_start))
    line = window.reader.cursorRect(cursor)
    assert rect.top() <= line.center().y() <= rect.bottom()
    qtbot.wait(50)
    image = save_screenshot(window, "note-mark.png")
    origin = window.note_marks.mapTo(window, QPoint(0, 0))
    inner = QRect(rect.center().x() + origin.x() - 1, rect.top() + origin.y() + 3, 2, rect.height() - 6)
    colour = highlight_accent("blue", is_dark(window.reader.palette()))
    # A thin bar: fewer pixels than a swatch, all of them in the highlight's accent colour.
    assert_same_colour(commonest_colour(image, inner), colour)


def test_the_mark_goes_when_the_note_is_cleared(qtbot: QtBot, window: MainWindow) -> None:
    noted_start, _plain_start = _open_with_highlights(qtbot, window)
    noted = window.annotations.highlight_at(noted_start)
    assert noted is not None
    window.annotations.set_note(noted.id, "")
    assert window.note_marks.mark_rects() == []
