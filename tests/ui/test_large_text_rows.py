"""At a large application font in a small window, the side panel's filter rows and the welcome
page wrap onto more lines instead of cutting their text or scrolling sideways; at the normal font
they stay on one line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.panels.widgets import ICON_GAP_PX
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait, window_from
from tests.ui.screenshots import assert_not_uniform, assert_shown_whole, save_screenshot

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
SMALL_WINDOW = (800, 600)


def text_room(combo: QComboBox) -> int:
    """The width a combo's style gives the text it shows, after the arrow and the icon."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = 0 if option.currentIcon.isNull() else option.iconSize.width() + ICON_GAP_PX
    return field.width() - icon


def assert_combo_text_whole(combo: QComboBox) -> None:
    text = combo.currentText()
    assert text_room(combo) >= combo.fontMetrics().horizontalAdvance(text), f"{text!r} is cut"


def settle() -> None:
    # A row that wraps asks its parent for a new height, which is laid out on the next pass.
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def small_window(
    qtbot: QtBot, settings_file: Path, archive_file: Path, large_text: None
) -> Iterator[MainWindow]:
    with window_from(qtbot, settings_file, archive_file) as window:
        window.resize(*SMALL_WINDOW)
        yield window


def show_tab(window: MainWindow, panel: QWidget) -> None:
    window.side_tabs.setCurrentWidget(panel)
    settle()


def test_at_large_text_the_figures_filters_wrap_and_keep_their_text(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    window = small_window
    open_and_wait(qtbot, window, SAMPLE)
    panel = window.figures_panel
    show_tab(window, panel)
    assert panel.filters.wrapped
    field = panel.filter_edit
    assert field.width() > field.fontMetrics().horizontalAdvance(field.placeholderText()), (
        "the field is squeezed"
    )
    assert_combo_text_whole(panel.kind_combo)
    assert panel.export_button.width() >= panel.export_button.sizeHint().width(), "Export CSV… is cut"
    assert_not_uniform(save_screenshot(window, "large-text-figures-800x600.png"))
    assert_shown_whole(window, field, panel.kind_combo, panel.export_button)


def test_at_large_text_the_claims_filters_wrap_and_keep_their_text(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    window = small_window
    open_and_wait(qtbot, window, SAMPLE)
    panel = window.claims_panel
    show_tab(window, panel)
    assert panel.filters_row.wrapped
    for combo in (panel.source_combo, panel.kind_combo):
        assert_combo_text_whole(combo)
    assert_not_uniform(save_screenshot(window, "large-text-claims-800x600.png"))
    assert_shown_whole(window, panel.source_combo, panel.kind_combo)


def test_at_large_text_the_welcome_page_wraps_instead_of_scrolling_sideways(small_window: MainWindow) -> None:
    window = small_window
    window.show_welcome()
    settle()
    welcome = window.welcome
    assert welcome.horizontalScrollBar().maximum() == 0, "the welcome page scrolls sideways"
    for button in (welcome.open_button, welcome.open_url_button, welcome.library_button):
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is cut"
    assert_not_uniform(save_screenshot(window, "large-text-welcome-800x600.png"))


def test_at_the_normal_font_the_filter_rows_stay_on_one_line(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    open_and_wait(qtbot, window, SAMPLE)
    show_tab(window, window.figures_panel)
    assert not window.figures_panel.filters.wrapped
    show_tab(window, window.claims_panel)
    assert not window.claims_panel.filters_row.wrapped
    window.show_welcome()
    settle()
    assert not window.welcome.buttons.wrapped
