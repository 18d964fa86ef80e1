"""Keyboard and screen-reader access to the main window: names and descriptions for what a
screen reader announces, and Alt+1…4 into a panel's list. (The legend keeps its eighteen
checkboxes out of the Tab order by being folded until opened.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def focus_panel(side_tabs: QTabWidget, views: list[QAbstractItemView], index: int) -> None:
    """Show panel ``index`` and put the keyboard in its list, on its current (or first) row."""
    side_tabs.setCurrentIndex(index)
    view = views[index]
    model = view.model()
    if model is not None and not view.currentIndex().isValid() and model.rowCount() > 0:
        view.setCurrentIndex(model.index(0, 0))
    view.setFocus(Qt.FocusReason.ShortcutFocusReason)


def add_close_keys(window: QWidget) -> None:
    """Close a window of its own (the Library, an entity page…) on Esc and on the platform's
    Close keys (Ctrl+W, Ctrl+F4), as other apps' windows close."""
    for key in (QKeySequence(Qt.Key.Key_Escape), *QKeySequence.keyBindings(QKeySequence.StandardKey.Close)):
        QShortcut(key, window, window.close)


def name(widget: QWidget, accessible_name: str, description: str = "") -> None:
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)


def name_unnamed(root: QWidget) -> None:
    """Give what a screen reader would announce as nothing (or as its value) the words a
    sighted user reads: a field its label or placeholder, a drop-down or an icon button its
    tooltip, a table's header the table's name."""
    for label in root.findChildren(QLabel):
        field = label.buddy()
        if field is not None and not field.accessibleName():
            field.setAccessibleName(plain_label(label.text()))
    for widget in root.findChildren(QWidget):
        if widget.accessibleName():
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
            widget.setAccessibleName(widget.placeholderText().rstrip("…"))
        elif isinstance(widget, QComboBox | QAbstractButton) and widget.toolTip() and not _text(widget):
            widget.setAccessibleName(widget.toolTip())
        elif isinstance(widget, QHeaderView):
            view = widget.parentWidget()
            if isinstance(view, QAbstractItemView) and view.accessibleName():
                widget.setAccessibleName(f"{view.accessibleName()} columns")


def plain_label(text: str) -> str:
    """A label as read aloud: without its access-key "&" and the colon before its field."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def name_tab_close_buttons(tabs: QTabBar) -> None:
    for index in range(tabs.count()):
        button = tabs.tabButton(index, QTabBar.ButtonPosition.RightSide)
        if button is not None:
            button.setAccessibleName(f"Close {tabs.tabText(index)}")


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton) else ""


def make_accessible(window: MainWindow) -> None:
    """Name the window's parts and keep the article tabs' close buttons named."""
    name(
        window.reader,
        "Article text",
        "The article. Select text, then press H to highlight it, N to write a note, 1 to 5 for a colour.",
    )
    name(window.tabs, "Open articles")
    name(window.side_tabs.tabBar(), "Analysis panels")
    for view, view_name, description in (
        (
            window.entities_panel.tree,
            "Entities",
            "People, organisations and places; Enter selects the next mention.",
        ),
        (
            window.claims_panel.tree,
            "Claims",
            "Attributed statements by source; Enter selects it in the text.",
        ),
        (
            window.figures_panel.table,
            "Figures",
            "Every figure with its value and unit; Enter selects it in the text.",
        ),
        (
            window.notes_panel.list,
            "Highlights",
            "Your highlights in text order; Enter selects one in the text.",
        ),
    ):
        name(view, view_name, description)
    name_unnamed(window)
    # A new tab becomes current before its close button exists: named on the next turn.
    window.tabs.currentChanged.connect(
        lambda _index: QTimer.singleShot(0, window.tabs, lambda: name_tab_close_buttons(window.tabs))
    )


def panel_views(window: MainWindow) -> list[QAbstractItemView]:
    """The list of each side panel, in tab order (Alt+1…4)."""
    return [
        window.entities_panel.tree,
        window.claims_panel.tree,
        window.figures_panel.table,
        window.notes_panel.list,
    ]
