"""The window's process favours the window's thread: what it does after the launch (building
pint's units, freezing the start-up's objects) waits until the first article's text is on
screen, and a busy background thread hands it the interpreter lock sooner."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from desktop.ui.app import WINDOW_SWITCH_INTERVAL_S, FirstTextPainted
from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES_DIR

NEVER_MS = 600_000


class TextPaints(QObject):
    """Counts the reader's paints with an article shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.count = 0
        window.reader.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.article is not None:
            self.count += 1
        return False


def test_work_after_the_launch_starts_once_the_first_text_is_painted(
    qtbot: QtBot, window: MainWindow
) -> None:
    paints = TextPaints(window)
    text_paints_before: list[int] = []
    FirstTextPainted(window, lambda: text_paints_before.append(paints.count), wait_ms=NEVER_MS)
    window.open_path(SAMPLES_DIR / "harbour-bridge.txt")
    qtbot.waitUntil(lambda: bool(text_paints_before), timeout=60_000)
    window.reader.viewport().repaint()
    qtbot.wait(50)
    assert len(text_paints_before) == 1  # once
    assert text_paints_before[0] >= 1


def test_without_an_article_it_starts_after_the_wait(qtbot: QtBot, window: MainWindow) -> None:
    calls: list[bool] = []
    FirstTextPainted(window, lambda: calls.append(window.article is None), wait_ms=20)
    qtbot.waitUntil(lambda: bool(calls), timeout=10_000)
    assert calls == [True]


def test_the_window_process_switches_threads_sooner_than_python_by_default(window: MainWindow) -> None:
    assert window.isVisible()
    assert sys.getswitchinterval() == pytest.approx(WINDOW_SWITCH_INTERVAL_S)
    assert WINDOW_SWITCH_INTERVAL_S < 0.005  # Python's default
