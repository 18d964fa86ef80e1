"""The main window's open tabs: one per text (whatever file it came from), the shown article
following the current tab, label switches owned by the window, and panels that say why they
are empty."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.nlp.model import Analysis, Entity
from desktop.ui.analysis_layers import AnalysisLayers
from desktop.ui.main_window import MainWindow
from desktop.ui.reader import ReaderView
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def panel_messages(window: MainWindow) -> list[str]:
    return [
        window.entities_panel.placeholder.text(),
        window.claims_panel.placeholder.text(),
        window.figures_panel.placeholder.text(),
    ]


def test_the_same_text_from_another_file_switches_to_its_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    copy = tmp_path / "copy of the bridge.txt"
    shutil.copyfile(SAMPLE, copy)
    open_and_wait(qtbot, window, SAMPLE)
    other = tmp_path / "other.txt"
    other.write_text("Angela Merkel spoke in Berlin on Monday.\n", encoding="utf-8")
    open_and_wait(qtbot, window, other)
    with (
        qtbot.assertNotEmitted(window.controller.analysisStarted),
        qtbot.waitSignal(window.analysisApplied, timeout=5_000),
    ):
        window.open_path(copy)
    assert window.tabs.count() == 2
    assert window.tabs.currentIndex() == 0
    assert window.article is window.documents[0].article
    assert window.reader.text.startswith("Riverton council")


def test_the_shown_article_follows_the_current_tab_and_its_corrections(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.article is None
    other = tmp_path / "other.txt"
    other.write_text("Angela Merkel spoke in Berlin on Monday.\n", encoding="utf-8")
    open_and_wait(qtbot, window, SAMPLE)
    open_and_wait(qtbot, window, other)
    first = window.documents[0].article
    window.replace_article(replace(first, title="Renamed Bridge"))
    assert window.tabs.tabText(0) == "Renamed Bridge"
    assert window.article is not None and window.article.text.startswith("Angela Merkel")
    assert "Renamed Bridge" not in window.windowTitle()
    with qtbot.waitSignal(window.analysisApplied, timeout=5_000):
        window.tabs.setCurrentIndex(0)
    assert window.article is not None and window.article.title == "Renamed Bridge"
    assert window.windowTitle().startswith("Renamed Bridge")
    window.close_document(1)
    window.close_document(0)
    assert window.article is None
    assert panel_messages(window) == [
        "Open an article to see its entities.",
        "Open an article to see who claims what.",
        "Open an article to see its figures.",
    ]


def test_switching_a_label_off_changes_the_window_and_settings_but_not_a_callers_set(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    before = window.settings.enabled_labels
    window.entities_panel.legend.checkboxes["PERSON"].setChecked(False)
    assert "PERSON" not in window.settings.enabled_labels
    assert "PERSON" in before  # the set handed out earlier is the caller's, not changed under it
    listed = window.entities_panel.model
    assert listed is not None


def test_layers_keep_their_own_copy_of_the_labels(qtbot: QtBot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    labels = {"PERSON"}
    layers = AnalysisLayers(reader, labels)
    analysis = Analysis("Elena Vasquez spoke.", entities=(Entity(0, 13, "Elena Vasquez", "PERSON"),))
    for step in layers.painting_steps(analysis, dark=False):
        step()
    labels.clear()  # the caller's set changing does not reach the layers
    assert "Elena Vasquez" in layers.tooltip_at(3)
    layers.set_enabled_labels(set())
    assert layers.tooltip_at(3) == ""
    layers.set_enabled_labels(["PERSON"])
    assert "Elena Vasquez" in layers.tooltip_at(3)
