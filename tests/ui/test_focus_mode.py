"""Focus mode (Shift+F11: only the article), full screen (F11), and reading progress in the
status bar: percent read and minutes left at 230 words a minute, brought up to date on scroll."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.reading_progress import WORDS_PER_MINUTE, minutes_left
from tests.ui.conftest import window_from
from tests.ui.screenshots import assert_not_uniform, save_screenshot

PARAGRAPH = (
    "The committee met again on Thursday to weigh the harbour plan, and members asked for a "
    "fuller account of the costs before any vote is taken on the repair. "
)


def _long_article(tmp_path: Path) -> tuple[Path, int]:
    text = "A long report\n" + "\n".join(PARAGRAPH * 3 for _ in range(60))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    return path, len(text.split())


def _show(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(path)


def test_focus_mode_hides_side_panel_and_toolbar_and_brings_them_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path, _words = _long_article(tmp_path)
    _show(qtbot, window, path)
    toolbar = window.findChild(QToolBar, "annotate-toolbar")
    assert isinstance(toolbar, QToolBar)
    width_before = window.reader.width()
    QTest.keyClick(window.reader, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    assert window.reading_controls.focus_action.isChecked()
    assert not window.side_tabs.isVisible() and not toolbar.isVisible()
    qtbot.waitUntil(lambda: window.reader.width() > width_before)
    image = save_screenshot(window, "focus-mode.png")
    assert_not_uniform(image)
    QTest.keyClick(window.reader, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    assert window.side_tabs.isVisible() and toolbar.isVisible()


def test_closing_in_focus_mode_keeps_the_side_panel_for_next_time(
    qtbot: QtBot, window: MainWindow, settings_file: Path, archive_file: Path
) -> None:
    window.reading_controls.focus_action.trigger()
    assert not window.side_tabs.isVisible()
    window.close()
    with window_from(qtbot, settings_file, archive_file) as again:
        assert again.side_tabs.isVisible() and not again.reading_controls.focus_action.isChecked()
        qtbot.waitUntil(lambda: again.side_tabs.width() > 200)


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    QTest.keyClick(window.reader, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.reading_controls.full_screen_action.isChecked()
    QTest.keyClick(window.reader, Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_progress_shows_percent_and_minutes_left_as_the_reader_scrolls(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path, words = _long_article(tmp_path)
    _show(qtbot, window, path)
    progress = window.reading_progress
    qtbot.waitUntil(lambda: progress.text().startswith("0 %"))
    assert f"{math.ceil(words / WORDS_PER_MINUTE)} min left" in progress.text()
    bar = window.reader.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: progress.text().startswith("50 %"))
    halfway = int(progress.text().split("·")[1].split()[0])
    assert 0 < halfway < math.ceil(words / WORDS_PER_MINUTE)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: progress.text() == "100 %  ·  finished")
    assert window.statusBar().isAncestorOf(progress) and progress.isVisible()


def test_minutes_left_rounds_up() -> None:
    assert minutes_left(0) == 0
    assert minutes_left(1) == 1
    assert minutes_left(WORDS_PER_MINUTE) == 1
    assert minutes_left(WORDS_PER_MINUTE + 1) == 2
