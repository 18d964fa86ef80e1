"""Calm defaults: a paragraph carries people, organisations and places softly tinted and nothing
else until asked; one switch (View menu, toolbar, Ctrl+Shift+M) hides or shows every analysis
mark and is remembered; the legend folds away and leaves the Entities tab to the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.reading_controls import MARKS_SHORTCUT
from desktop.ui.theme import LABEL_STYLES, highlight_colour, is_dark
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait, window_from
from tests.ui.screenshots import assert_not_uniform, save_screenshot
from tests.ui.test_main_window import background_at, person_colour
from tests.ui.test_palette_change import _format_at

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
CALM_LABELS = {"PERSON", "ORG", "GPE", "LOC"}


def _figure_position(window: MainWindow) -> int:
    assert window.analysis is not None and window.analysis.figures, "the sample has figures"
    return window.analysis.figures[0].start


def test_only_people_organisations_and_places_are_painted_by_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert {style.label for style in LABEL_STYLES if style.on_by_default} == CALM_LABELS
    open_and_wait(qtbot, window, SAMPLE)
    analysis = window.analysis
    assert analysis is not None
    person = window.reader.text.index("Elena Vasquez")
    assert background_at(window, person) == person_colour(window)
    quiet = [e for e in analysis.entities if e.label not in CALM_LABELS]
    assert quiet, "the sample has dates or numbers"
    for entity in quiet:
        assert background_at(window, entity.start) is None, entity
    # Figures and claim sources: neither bold, nor underlined, until asked for.
    figure = _format_at(window.reader, _figure_position(window))
    assert figure.underlineStyle() == figure.UnderlineStyle.NoUnderline
    assert not window.figures_action.isChecked() and not window.sources_action.isChecked()
    window.figures_action.setChecked(True)
    window.reader.highlighter.finish_pending()
    assert (
        _format_at(window.reader, _figure_position(window)).underlineStyle()
        != figure.UnderlineStyle.NoUnderline
    )
    image = save_screenshot(window, "calm-default.png")
    assert_not_uniform(image)


def test_one_switch_hides_and_shows_every_analysis_mark(
    qtbot: QtBot, window: MainWindow, settings_file: Path, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.figures_action.setChecked(True)
    reader = window.reader
    person = reader.text.index("Elena Vasquez")
    plain = reader.text.index("corrosion in more than")
    reader.select_range(plain, plain + 9)
    window.annotator.choose_colour("green")
    window.annotator.highlight_selection()
    marks = window.reading_controls.marks_action
    # In the View menu and on the toolbar, with a shortcut no other action uses.
    assert marks in window.view_menu.actions()
    toolbar = window.findChild(QToolBar, "annotate-toolbar")
    assert isinstance(toolbar, QToolBar) and marks in toolbar.actions()
    assert marks.shortcut() == QKeySequence(MARKS_SHORTCUT)

    QTest.keyClick(
        reader, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not marks.isChecked()
    assert background_at(window, person) is None
    assert (
        _format_at(reader, _figure_position(window)).underlineStyle()
        == _format_at(reader, 0).UnderlineStyle.NoUnderline
    )
    assert window.layers.tooltip_at(person) == ""
    assert not window.figures_action.isEnabled()
    # The reader's own highlights are not analysis: they stay.
    assert background_at(window, plain) == highlight_colour("green", is_dark(reader.palette()))

    marks.trigger()  # the toolbar button and the menu item
    assert marks.isChecked()
    assert background_at(window, person) == person_colour(window)
    marks.trigger()
    window.close()

    with window_from(qtbot, settings_file, archive_file) as again:
        assert not again.reading_controls.marks_action.isChecked()
        assert not again.layers.marks_shown
        assert again.figures_action.isChecked()  # the figure switch is remembered too


def test_the_legend_folds_away_and_leaves_the_tab_to_the_list(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    panel = window.entities_panel
    window.side_tabs.setCurrentWidget(panel)
    legend = panel.legend
    assert not legend.is_expanded()
    assert not any(box.isVisible() for box in legend.checkboxes.values())
    assert f"{len(CALM_LABELS)} of {len(LABEL_STYLES)}" in legend.toggle_button.text()
    # Folded, the legend is one line and the list has the tab.
    assert legend.height() < 40
    assert panel.tree.height() > panel.height() * 0.7
    QTest.mouseClick(legend.toggle_button, Qt.MouseButton.LeftButton)
    assert legend.is_expanded() and legend.checkboxes["DATE"].isVisible()
    legend.checkboxes["DATE"].setChecked(True)
    assert f"{len(CALM_LABELS) + 1} of" in legend.toggle_button.text()
    save_screenshot(window, "legend-open.png")
    legend.set_expanded(False)
    assert not legend.checkboxes["DATE"].isVisible()
