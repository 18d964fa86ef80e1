"""The Library's People & Organisations view: every entity of the archive with how many
articles mention it and how many claims it made; searchable, sortable, opening its page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.archive import Archive
from desktop.store.knowledge_records import EntitySummary
from desktop.ui.library.tab import TAB_TOP_MARGIN_PX
from desktop.ui.library_models import RecordFilterProxy, RecordTableModel
from desktop.ui.theme import STYLE_BY_LABEL, describe_label
from desktop.ui.wording import counted

# Fixed widths that fit each column's heading and its longest usual value ("Organisation",
# "12,345"); the name column takes the rest.
KIND_COLUMN_PX = 160
COUNT_COLUMN_PX = 90

TableFactory = Callable[[RecordTableModel[Any]], tuple[QTableView, RecordFilterProxy]]


class ArchiveReader(Protocol):
    """Reads on a worker thread (the Library's ``ArchiveReads``)."""

    def read(
        self,
        channel: str,
        query: Callable[[Archive], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


def kind_name(label: str) -> str:
    """The legend's name for a label ("People", "Organisations"…)."""
    style = STYLE_BY_LABEL.get(label)
    return style.title if style else label


class EntitiesModel(RecordTableModel[EntitySummary]):
    NAME, KIND, ARTICLES, CLAIMS = range(4)
    HEADERS = ("Name", "Kind", "Articles", "Claims")
    HEADER_TIPS = (
        "The fullest name the articles use",
        "Person, organisation, place…",
        "How many archived articles mention it",
        "How many statements the articles attribute to it",
    )
    RIGHT_ALIGNED = frozenset({ARTICLES, CLAIMS})

    def cell(self, record: EntitySummary, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.KIND:
            return kind_name(record.label)
        if column == self.ARTICLES:
            return f"{record.article_count:,}"
        return f"{record.claim_count:,}"

    def sort_key(self, record: EntitySummary, column: int) -> Any:
        if column == self.ARTICLES:
            return (record.article_count, record.name.casefold())
        if column == self.CLAIMS:
            return (record.claim_count, record.name.casefold())
        if column == self.KIND:
            return (record.label, record.name.casefold())
        return (record.name.casefold(), record.id)

    def tooltip(self, record: EntitySummary, column: int) -> str:
        return (
            f"{record.name} — {describe_label(record.label)}\n"
            f"in {counted(record.article_count, 'article')}, {counted(record.claim_count, 'claim')} · Enter or double-click"
            " to open its page"
        )

    def filter_text(self, record: EntitySummary) -> str:
        return f"{record.name}\n{self.cell(record, self.KIND)}"


class PeopleView(QWidget):
    """Read on the Library's worker; activating a row asks for the entity's page."""

    entityRequested = Signal(int)  # entity id
    entitiesLoaded = Signal(int)  # how many are listed

    def __init__(self, reads: ArchiveReader, make_table: TableFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reads = reads
        self.model = EntitiesModel(self)
        self.view, self.proxy = make_table(self.model)
        self.view.doubleClicked.connect(self._open)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(EntitiesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (EntitiesModel.KIND, KIND_COLUMN_PX),
            (EntitiesModel.ARTICLES, COUNT_COLUMN_PX),
            (EntitiesModel.CLAIMS, COUNT_COLUMN_PX),
        ):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(EntitiesModel.ARTICLES, Qt.SortOrder.DescendingOrder)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open(self.view.currentIndex()))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Find a person, organisation or place…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = QLabel("Loading…")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        self.stack.setCurrentWidget(self.message)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, TAB_TOP_MARGIN_PX, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def load(self) -> None:
        self._reads.read("entities", lambda archive: archive.knowledge.entities(), self._show, self._failed)

    def _show(self, entities: list[EntitySummary]) -> None:
        self.model.set_records(entities)
        self._show_rows()
        self.entitiesLoaded.emit(len(entities))

    def _failed(self, error: BaseException) -> None:
        self.model.set_records([])
        self.message.setText(f"The people and organisations could not be listed.\n\n{error}")
        self.stack.setCurrentWidget(self.message)

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._show_rows()

    def _show_rows(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown:,} of {total:,}" if shown != total else f"{total:,}")
        if total == 0:
            self.message.setText(
                "No people, organisations or places yet: they are listed here once articles are analysed."
            )
        elif shown == 0:
            self.message.setText("Nothing matches the filter.")
        self.stack.setCurrentWidget(self.view if shown else self.message)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entityRequested.emit(self.proxy.record_at(index).id)
