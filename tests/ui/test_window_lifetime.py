"""A window closed and deleted while it is still showing an analysis step by step (the steps run
one per event-loop turn) leaves nothing behind that runs later on the deleted widgets."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.ui.app import create_main_window
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS


def test_a_window_deleted_while_showing_an_analysis_runs_no_further_step(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    window = create_main_window(
        QSettings(str(settings_file), QSettings.Format.IniFormat), archive_path=archive_file
    )
    window.show()
    with qtbot.waitSignal(window.controller.analysisFinished, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(SAMPLES_DIR / "harbour-bridge.txt")
    assert window.analysis is not None  # the first step ran, the others are queued
    window.close()
    shiboken6.delete(window)
    qtbot.wait(50)  # an exception in a queued step would fail the test here (pytest-qt)
