"""Fixtures for widget tests: a real main window with settings and archive in temporary files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.app import create_main_window
from desktop.ui.main_window import MainWindow

ANALYSIS_TIMEOUT_MS = 120_000
# Large text, as a reader with low vision sets it (the platform's default is 9 or 10 pt).
LARGE_TEXT_PT = 20


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    return tmp_path / "archive.sqlite3"


def make_window(
    qtbot: QtBot, settings_file: Path, archive_file: Path, model: str | None = None
) -> MainWindow:
    window = create_main_window(
        QSettings(str(settings_file), QSettings.Format.IniFormat), model=model, archive_path=archive_file
    )
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    return window


@pytest.fixture
def large_text() -> Iterator[None]:
    """A 20 pt application font, as a reader who needs large text sets it."""
    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSize(LARGE_TEXT_PT)
    QApplication.setFont(large)
    yield
    QApplication.setFont(normal)


@contextmanager
def window_from(qtbot: QtBot, settings_file: Path, archive_file: Path) -> Iterator[MainWindow]:
    """A window on these settings and archive (another one on the same files is the app after a
    restart), shut down afterwards."""
    main_window = make_window(qtbot, settings_file, archive_file)
    try:
        yield main_window
    finally:
        main_window.controller.shutdown()
        main_window.annotations.close()


@pytest.fixture
def window(qtbot: QtBot, settings_file: Path, archive_file: Path) -> Iterator[MainWindow]:
    with window_from(qtbot, settings_file, archive_file) as main_window:
        yield main_window


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(path)


def select_passage(window: MainWindow, passage: str) -> int:
    """Select the first ``passage`` in the reader, as a drag over it would; return where it starts."""
    start = window.reader.text.index(passage)
    window.reader.select_range(start, start + len(passage))
    return start
