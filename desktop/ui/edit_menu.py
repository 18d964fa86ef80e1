"""The Edit menu: Copy and Select All act on whatever has the focus (the reader, a panel's list,
a text field) through that widget's own copy, so each keeps its own format; Find is the
window's find action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu, QTextEdit, QWidget

StandardKey = QKeySequence.StandardKey


def build_edit_menu(menu: QMenu, reader: QTextEdit, find_action: QAction) -> tuple[QAction, QAction]:
    """Fill ``menu``; the Copy and Select All actions are returned for tests and the toolbar."""
    copy_action = _menu_only_action(menu, "&Copy", StandardKey.Copy)
    copy_action.triggered.connect(lambda: copy_from(_focused(reader)))
    select_all_action = _menu_only_action(menu, "Select &All", StandardKey.SelectAll)
    select_all_action.triggered.connect(lambda: select_all_in(_focused(reader)))
    menu.addSeparator()
    menu.addAction(find_action)
    return copy_action, select_all_action


def _menu_only_action(menu: QMenu, text: str, key: QKeySequence.StandardKey) -> QAction:
    # The key is shown in the menu but left to the focused widget (a window-wide Ctrl+C would
    # be ambiguous with the panels' own Copy and steal the reader's).
    action = QAction(text, menu, shortcut=QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    menu.addAction(action)
    return action


def _focused(fallback: QWidget) -> QWidget:
    focus = QApplication.focusWidget()
    return focus if focus is not None and focus.window() is fallback.window() else fallback


def copy_from(widget: QWidget) -> None:
    """Copy the way the widget does on Ctrl+C: its own Copy action or shortcut, else the text."""
    if isinstance(widget, QTextEdit | QLineEdit):
        widget.copy()
        return
    copy_key = QKeySequence(StandardKey.Copy)
    for action in widget.actions():
        if action.isEnabled() and copy_key in action.shortcuts():
            action.trigger()
            return
    for shortcut in widget.findChildren(QShortcut, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if shortcut.isEnabled() and shortcut.key() == copy_key:
            shortcut.activated.emit()
            return


def select_all_in(widget: QWidget) -> None:
    if isinstance(widget, QTextEdit | QLineEdit | QAbstractItemView):
        widget.selectAll()
