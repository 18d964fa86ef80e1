"""The Help menu (Keyboard Shortcuts read from the actions, About) and the Edit menu, through
the real window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.ui.help_menu import AboutDialog, ShortcutsDialog
from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait
from tests.ui.screenshots import assert_not_uniform, assert_shown_whole, save_screenshot

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def _with_dialog(action: QAction, inspect: Callable[[QDialog], None]) -> None:
    """Trigger an action that runs a modal dialog, inspect the dialog while it is up, close it."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(dialog)
        try:
            inspect(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    action.trigger()
    assert seen, "no dialog opened"


def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(_text(table, row, column) for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item.text()


def test_keyboard_shortcuts_lists_every_menu_key(qtbot: QtBot, window: MainWindow) -> None:
    def inspect(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        rows = _rows(dialog.table)
        assert ("Edit", "Preferences", "Ctrl+,") in rows
        assert ("File", "Open", "Ctrl+O") in rows
        assert ("File", "Close Article", "Ctrl+F4, Ctrl+W") in rows, "no media keys listed"
        assert ("View", "Mark Claim Sources", "Ctrl+Alt+S") in rows
        assert ("Annotate", "Highlight Selection", "H, Ctrl+H") in rows
        assert ("View", "Article Text", "Alt+0") in rows
        # A list's own keys say which list they work in.
        assert ("Figures list", "Show in text", "Return, Enter") in rows
        assert not [row for row in rows if row[0] == "Other"]
        help_keys = next(keys for menu, command, keys in rows if command == "Keyboard Shortcuts")
        assert help_keys.startswith("Ctrl+/, F1"), "and the platform's other Help keys"
        image = save_screenshot(dialog, "keyboard-shortcuts.png")
        assert_not_uniform(image)
        assert_shown_whole(dialog, dialog.table)

    _with_dialog(window.shortcuts_action, inspect)


def test_f1_opens_the_keyboard_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[QDialog | None] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(dialog if isinstance(dialog, QDialog) else None)
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(0, look)
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(opened))
    assert isinstance(opened[0], ShortcutsDialog), "F1 is the Help key: it lists the keys"


def test_keyboard_shortcuts_never_go_stale(window: MainWindow) -> None:
    added = window.view_menu.addAction("Brand New Command")
    added.setShortcut(QKeySequence("Ctrl+Alt+B"))
    window.sources_action.setShortcut(QKeySequence("Ctrl+Alt+M"))
    rows = _rows(ShortcutsDialog(window).table)
    assert ("View", "Brand New Command", "Ctrl+Alt+B") in rows
    assert ("View", "Mark Claim Sources", "Ctrl+Alt+M") in rows


def test_about_names_version_pipeline_archive_and_licences(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    pipeline = window.controller.pipeline
    assert pipeline is not None

    def inspect(dialog: QDialog) -> None:
        assert isinstance(dialog, AboutDialog)
        labels = "\n".join(w.text() for w in dialog.findChildren(QLabel))
        assert "0.1.0" in labels
        assert f"{pipeline.name} {pipeline.version}" in labels
        assert str(window.annotations.path) in labels
        licences = {row[0].lower(): row[2] for row in _rows(dialog.table)}
        assert licences["spacy"] == "MIT"
        assert licences["sqlite-utils"] == "Apache-2.0"
        assert all(licences.values())
        assert_shown_whole(dialog, dialog.table)
        save_screenshot(dialog, "about.png")

    _with_dialog(window.about_action, inspect)


def test_edit_menu_select_all_and_copy_act_on_the_reader(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(SAMPLE)
    window.reader.setFocus()
    window.select_all_action.trigger()
    assert window.reader.selected_range() == (0, len(window.reader.text))
    QApplication.clipboard().clear()
    window.copy_action.trigger()
    assert QApplication.clipboard().text().split() == window.reader.text.split()
    assert window.find_action in window.edit_menu.actions()


def test_edit_menu_copy_uses_the_focused_panels_own_copy(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.side_tabs.setCurrentWidget(window.figures_panel)
    table = window.figures_panel.table
    table.setFocus()
    table.selectRow(0)
    QApplication.clipboard().clear()
    window.copy_action.trigger()
    copied = QApplication.clipboard().text()
    assert "\t" in copied, "the figures table's own copy writes tab-separated rows with a header"
