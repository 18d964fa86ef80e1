"""Zooming the reader: Ctrl+wheel, the View menu and its shortcuts scale the reading font in
steps, keep its family, and the zoom comes back on the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFont, QFontInfo, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.plain_text import article_from_text
from desktop.ui.article_layout import BODY_POINT_SIZE, HEADING_SIZE_STEP, SIZE_STEP_SCALE
from desktop.ui.main_window import MainWindow
from desktop.ui.reader import MAX_ZOOM_PERCENT, MIN_ZOOM_PERCENT, SERIF_FAMILIES, ReaderView
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import make_window
from tests.ui.readers import new_reader

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
TITLE_SCALE = SIZE_STEP_SCALE[HEADING_SIZE_STEP[0]]


def _show_sample(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(SAMPLE)


def _turn_wheel(reader: ReaderView, angle: int, modifiers: Qt.KeyboardModifier) -> None:
    """One wheel event of ``angle`` eighths of a degree over the middle of the text."""
    viewport = reader.viewport()
    position = QPointF(viewport.rect().center())
    event = QWheelEvent(
        position,
        QPointF(viewport.mapToGlobal(position.toPoint())),
        QPoint(0, 0),
        QPoint(0, angle),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _reading_font(reader: ReaderView) -> QFont:
    return reader.document().defaultFont()


def _title_point_size(reader: ReaderView) -> float:
    """The size of the article's title line (laid out as the main heading)."""
    return reader.document().firstBlock().begin().fragment().charFormat().font().pointSizeF()


def test_ctrl_wheel_zooms_the_reading_font_in_steps(qtbot: QtBot, window: MainWindow) -> None:
    _show_sample(qtbot, window)
    reader = window.reader
    serif = QFontInfo(_reading_font(reader)).family()
    ctrl = Qt.KeyboardModifier.ControlModifier

    _turn_wheel(reader, 120, ctrl)
    assert reader.zoom_percent == 110
    assert _reading_font(reader).families() == SERIF_FAMILIES
    assert QFontInfo(_reading_font(reader)).family() == serif
    assert _reading_font(reader).pointSizeF() == pytest.approx(BODY_POINT_SIZE * 1.1)
    # Headings grow with the body text.
    assert _title_point_size(reader) == pytest.approx(BODY_POINT_SIZE * 1.1 * TITLE_SCALE)

    # A touchpad sends a notch in parts: two halves make one step.
    _turn_wheel(reader, 60, ctrl)
    assert reader.zoom_percent == 110
    _turn_wheel(reader, 60, ctrl)
    assert reader.zoom_percent == 120

    _turn_wheel(reader, -360, ctrl)
    assert reader.zoom_percent == 90
    assert _reading_font(reader).pointSizeF() == pytest.approx(BODY_POINT_SIZE * 0.9)
    assert QFontInfo(_reading_font(reader)).family() == serif

    # Without Ctrl the wheel scrolls and leaves the zoom alone.
    scroll = reader.verticalScrollBar()
    _turn_wheel(reader, -120, Qt.KeyboardModifier.NoModifier)
    assert scroll.value() > 0
    assert reader.zoom_percent == 90


def test_view_menu_shortcuts_zoom_in_out_and_back(qtbot: QtBot, window: MainWindow) -> None:
    _show_sample(qtbot, window)
    reader = window.reader
    assert {"Zoom &In", "Zoom &Out", "&Actual Size"} <= {a.text() for a in window.view_menu.actions()}
    reader.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier

    QTest.keyClick(reader, Qt.Key.Key_Equal, ctrl)
    assert reader.zoom_percent == 110
    QTest.keyClick(reader, Qt.Key.Key_Plus, ctrl)
    assert reader.zoom_percent == 120
    assert _reading_font(reader).pointSizeF() > BODY_POINT_SIZE
    QTest.keyClick(reader, Qt.Key.Key_Minus, ctrl)
    assert reader.zoom_percent == 110
    QTest.keyClick(reader, Qt.Key.Key_0, ctrl)
    assert reader.zoom_percent == 100
    assert _reading_font(reader).pointSizeF() == BODY_POINT_SIZE
    assert _reading_font(reader).families() == SERIF_FAMILIES
    assert window.status_label.text() == "Zoom 100 %"

    # The shortcuts work with the focus elsewhere in the window too, and stop at the limits.
    window.claims_panel.setFocus()
    for _ in range(40):
        QTest.keyClick(window.claims_panel, Qt.Key.Key_Equal, ctrl)
    assert reader.zoom_percent == MAX_ZOOM_PERCENT
    for _ in range(40):
        QTest.keyClick(window.claims_panel, Qt.Key.Key_Minus, ctrl)
    assert reader.zoom_percent == MIN_ZOOM_PERCENT


def test_zoom_keeps_the_reading_position(qtbot: QtBot, window: MainWindow) -> None:
    _show_sample(qtbot, window)
    reader = window.reader
    paragraph = reader.text.index("According to the inspection report")
    reader.scroll_to(paragraph)
    top = reader.top_position()
    assert top > 0
    reader.zoom_in()
    reader.zoom_in()
    assert abs(reader.top_position() - top) < 80  # the same line, give or take its first words


def test_zoom_steps_in_and_out_come_back_to_the_same_line(qtbot: QtBot) -> None:
    reader = new_reader(qtbot, 900, 700)
    # Written for this test: long paragraphs, so the top line starts mid-paragraph and its
    # words fall on other lines at another size.
    words = " ".join(f"word{n}" for n in range(400))
    reader.show_article(article_from_text("\n\n".join(f"Paragraph {n}. {words}" for n in range(8))))
    qtbot.waitUntil(lambda: not reader.layout_ahead.pending)
    reader.verticalScrollBar().setValue(400)  # a dozen lines into the first paragraph
    top = reader.top_position()
    assert top > reader.text.index("word20 ")
    for step in [reader.zoom_in] * 4 + [reader.zoom_out] * 4:
        step()  # a key pressed, and the text laid out before the next
        qtbot.waitUntil(lambda: not reader.layout_ahead.pending and reader.kept_top is None)
    # Once each step kept the start of the line at the top instead: the text crept down a line
    # every step or two, and the reader lost the place.
    assert reader.top_position() == top


def test_zoom_keeps_the_reading_position_far_down_a_book(qtbot: QtBot) -> None:
    reader = new_reader(qtbot, 900, 700)
    # Written for this test: long enough that a zoom step lays it out anew over several turns.
    line = "The tide came in slowly over the old stones of the quay, and the gulls waited on the roofs."
    reader.show_article(article_from_text("\n\n".join(f"Paragraph {n}. {line}" for n in range(3000))))
    qtbot.waitUntil(lambda: not reader.layout_ahead.pending)
    reader.scroll_to(reader.text.index("Paragraph 2500."))
    top = reader.top_position()
    assert top > 200_000
    for step in (reader.zoom_in, reader.zoom_in, reader.zoom_out, reader.zoom_out, reader.zoom_out):
        step()  # one after the other, as keys pressed in a row
        assert abs(reader.top_position() - top) < 120
    qtbot.waitUntil(lambda: not reader.layout_ahead.pending)
    assert abs(reader.top_position() - top) < 120


def test_the_zoom_is_remembered_across_restarts(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    first = make_window(qtbot, settings_file, archive_file)
    first.zoom_in_action.trigger()
    first.zoom_in_action.trigger()
    first.zoom_in_action.trigger()
    first.close()

    second = make_window(qtbot, settings_file, archive_file)
    assert second.reader.zoom_percent == 130
    assert _reading_font(second.reader).pointSizeF() == pytest.approx(BODY_POINT_SIZE * 1.3)
    assert _reading_font(second.reader).families() == SERIF_FAMILIES
    _show_sample(qtbot, second)
    assert _title_point_size(second.reader) == pytest.approx(BODY_POINT_SIZE * 1.3 * TITLE_SCALE)
    second.close()


def test_a_nonsense_zoom_setting_is_ignored(qtbot: QtBot, settings_file: Path, archive_file: Path) -> None:
    for stored, expected in (
        ("lots", 100),
        ("5000", MAX_ZOOM_PERCENT),
        ("-3", MIN_ZOOM_PERCENT),
        ("123", 120),
    ):
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        settings.setValue("readingZoom", stored)
        settings.sync()
        window = make_window(qtbot, settings_file, archive_file)
        assert window.reader.zoom_percent == expected, stored
        window.close()


def test_a_new_widget_font_does_not_replace_the_reading_font(qtbot: QtBot, window: MainWindow) -> None:
    _show_sample(qtbot, window)
    window.reader.zoom_in()
    window.reader.setFont(QFont("DejaVu Sans", 8))
    assert _reading_font(window.reader).families() == SERIF_FAMILIES
    assert _reading_font(window.reader).pointSizeF() == pytest.approx(BODY_POINT_SIZE * 1.1)
