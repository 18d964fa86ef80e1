"""The main window's first size: the preferred one, shrunk to fit the screen it opens on (a
1366×768 laptop's work area included), centred; a remembered geometry that no longer fits (it
was saved on a larger monitor) is fitted the same way."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1240, 820)
# Leave a little of the desktop visible around a first window, as other apps do.
SCREEN_SHARE = 0.95


def initial_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """``preferred`` no larger than the share of ``available``, centred in it."""
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE))
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def available_area(window: QWidget) -> QRect:
    """The work area (without panels and docks) of the screen the window is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def restore_or_fit(window: QWidget, remembered: QByteArray | None) -> None:
    """Bring back the remembered geometry if it fits the screen, else fit a fresh one."""
    available = available_area(window)
    if remembered is not None and window.restoreGeometry(remembered):
        frame = window.geometry()
        if (
            frame.width() <= available.width()
            and frame.height() <= available.height()
            and available.intersects(frame)
        ):
            return
    window.setGeometry(initial_geometry(available))
