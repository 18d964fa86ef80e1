"""Keyboard and screen-reader access: Tab skips the legend, Alt+1…4 go into a panel's list
(Alt+0 back to the text), and every visible control has a name to announce."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.accessibility import panel_views
from desktop.ui.archive_dialogs import ColourMeaningsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.reading_style import ReadingStyle
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QTabBar,
)


def _unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisible()
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
        and not isinstance(widget.parentWidget(), QAbstractSpinBox)  # a spin box's own text field
    ]


def test_every_visible_control_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    assert _unnamed(window) == [], "on the welcome page"
    open_and_wait(qtbot, window, SAMPLE)
    text = window.reader.text
    start = text.index("The bridge")
    window.annotations.add(start, start + 10, "yellow")
    window.reader.select_range(start, start + 10)
    window.annotator.write_note()  # the Notes tab with its editor showing
    for index in range(window.side_tabs.count()):
        window.side_tabs.setCurrentIndex(index)
        assert _unnamed(window) == [], f"with the {window.side_tabs.tabText(index)} tab"
    assert window.reader.accessibleDescription()


def test_tab_skips_the_legend_checkboxes(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.reader.setFocus()
    visited: list[QWidget] = []
    for _ in range(40):
        focus = QApplication.focusWidget()
        assert focus is not None
        visited.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert not [w for w in visited if isinstance(w, QCheckBox)], "Tab walked into the legend"
    assert window.entities_panel.tree in visited, "Tab reaches the entities list"
    # From the reader to the entities list in a few steps, not through eighteen checkboxes.
    assert visited.index(window.entities_panel.tree) < 8, [type(w).__name__ for w in visited]


def test_alt_number_moves_focus_into_that_panels_list(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.reader.setFocus()
    for index, view in enumerate(panel_views(window)):
        qtbot.keyClick(window.reader, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.AltModifier)
        assert window.side_tabs.currentIndex() == index
        assert QApplication.focusWidget() is view, f"Alt+{index + 1}"
        window.reader.setFocus()
    entities = panel_views(window)[0]
    assert entities.currentIndex().isValid(), "the list's first row is current, ready for arrows and Enter"
    # Alt+0 goes back to the text, where the colour keys work.
    qtbot.keyClick(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.claims_panel.tree
    qtbot.keyClick(window.claims_panel.tree, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.reader


def test_every_control_of_the_library_and_the_dialogs_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.open_library()
    library = window.library
    assert library is not None
    for index in range(library.tabs.count()):
        library.tabs.setCurrentIndex(index)
        assert _unnamed(library) == [], f"in the Library's {library.tabs.tabText(index)} tab"
    window.knowledge.open_related()
    assert window.knowledge.related is not None
    assert _unnamed(window.knowledge.related) == [], "in Related Articles"
    archive = window.annotations.archive
    assert archive is not None
    meanings = ColourMeaningsDialog(archive.colours(), window)
    meanings.show()
    assert _unnamed(meanings) == [], "in Colour Meanings"
    assert meanings.fields["yellow"].accessibleName() == "Yellow", "a meaning is announced with its colour"
    preferences = PreferencesDialog(window, window.settings, 100, ReadingStyle(), [], None, pipelines=[])
    preferences.show()
    assert _unnamed(preferences) == [], "in Preferences"
    assert preferences.reading_page.theme_box.accessibleName() == "Theme", "the label, not the value"
