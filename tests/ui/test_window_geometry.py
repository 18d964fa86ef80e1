"""The first window fits the screen it opens on (a 1366×768 laptop included) and the geometry
comes back on the next start; the title names the article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from pytestqt.qtbot import QtBot

from desktop.ui.app import create_main_window
from desktop.ui.main_window import MainWindow
from desktop.ui.window_geometry import PREFERRED_SIZE, available_area, initial_geometry
from tests.conftest import SAMPLES_DIR

LAPTOP_WORK_AREA = QRect(0, 0, 1366, 768 - 32)  # under a 32 px panel


def test_first_window_on_a_laptop_fits_its_work_area() -> None:
    rect = initial_geometry(LAPTOP_WORK_AREA)
    assert LAPTOP_WORK_AREA.contains(rect)
    assert rect.width() == PREFERRED_SIZE.width()
    assert rect.height() < PREFERRED_SIZE.height()
    assert rect.center() == LAPTOP_WORK_AREA.center()


def test_first_window_on_a_large_monitor_keeps_its_preferred_size() -> None:
    rect = initial_geometry(QRect(1920, 0, 2560, 1440))
    assert rect.size() == PREFERRED_SIZE
    assert QRect(1920, 0, 2560, 1440).contains(rect)


def _new_window(qtbot: QtBot, settings_file: Path, archive_file: Path) -> MainWindow:
    window = create_main_window(
        QSettings(str(settings_file), QSettings.Format.IniFormat), archive_path=archive_file
    )
    qtbot.addWidget(window)
    window.show()
    return window


def _assert_fits(window: MainWindow) -> None:
    """No larger than the work area (the test screen is 800×800: no smaller than the window's
    smallest usable size either)."""
    available, smallest = available_area(window), window.minimumSizeHint()
    assert window.width() <= max(available.width(), smallest.width())
    assert window.height() <= max(available.height(), smallest.height())


def _shut(window: MainWindow) -> None:
    window.controller.shutdown()
    window.annotations.close()


def test_window_fits_its_screen_and_its_geometry_comes_back(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    first = _new_window(qtbot, settings_file, archive_file)
    _assert_fits(first)
    available = available_area(first)
    first.setGeometry(available.x() + 10, available.y() + 20, available.width() // 2, available.height() // 2)
    remembered = first.geometry()
    first.close()
    _shut(first)
    second = _new_window(qtbot, settings_file, archive_file)
    try:
        assert second.geometry().size() == remembered.size()
    finally:
        _shut(second)


def test_a_geometry_from_a_larger_monitor_is_fitted(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    first = _new_window(qtbot, settings_file, archive_file)
    available = available_area(first)
    first.resize(available.width() * 2, available.height() * 2)
    first.close()
    _shut(first)
    second = _new_window(qtbot, settings_file, archive_file)
    try:
        _assert_fits(second)
    finally:
        _shut(second)


def test_title_names_the_article(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "Reading Assistant"
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(SAMPLES_DIR / "harbour-bridge.txt")
    assert window.article is not None and window.article.title
    assert window.windowTitle() == f"{window.article.title} — Reading Assistant"
