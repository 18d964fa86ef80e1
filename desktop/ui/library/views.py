"""View pieces the Library tabs share: a view that can give way to a message, and tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from desktop.core.one_line import rows_as_tsv
from desktop.ui.library_models import RecordFilterProxy, RecordTableModel

# Of what the user typed, repeated in a message: a longer text, one unwrappable word, would
# widen the window past the screen.
TYPED_TEXT_SHOWN_CHARS = 80


class ViewOrMessage(QStackedWidget):
    """A view, or in its place a centred message (loading, empty, no match, error)."""

    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setContentsMargins(32, 32, 32, 32)
        self.addWidget(view)
        self.addWidget(self.message)

    def show_view(self) -> None:
        self.setCurrentWidget(self.view)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """``error``: drawn in full text colour, not muted like hints."""
        self.message.setForegroundRole(
            QPalette.ColorRole.WindowText if error else QPalette.ColorRole.PlaceholderText
        )
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def showing_message(self) -> bool:
        return self.currentWidget() is self.message


def make_table(model: RecordTableModel[Any]) -> tuple[QTableView, RecordFilterProxy]:
    proxy = RecordFilterProxy(model)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    # Fixed row heights: the view never measures 10,000 rows.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionsMovable(True)
    table.setSortingEnabled(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return table, proxy


def add_action(
    view: QWidget,
    text: str,
    keys: Sequence[QKeySequence | QKeySequence.StandardKey | Qt.Key],
    slot: Callable[[], None],
) -> QAction:
    """An action in the view's context menu whose keys work while the view has focus."""
    action = QAction(text, view)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    return action


def copy_table_selection(view: QTableView, proxy: RecordFilterProxy) -> None:
    """The selected rows, as shown, tab-separated with a header row."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    if not rows:
        return
    model = proxy.record_model()
    cells = [model.cells(proxy.mapToSource(proxy.index(row, 0)).row()) for row in rows]
    QApplication.clipboard().setText(rows_as_tsv([model.HEADERS, *cells]))
