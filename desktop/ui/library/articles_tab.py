"""The Library's Articles tab: every archived article in a sortable, filterable table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QMessageBox, QPushButton, QWidget

from desktop.core.citation import display_date
from desktop.store.records import LibraryEntry
from desktop.ui.library.reads import ArchiveReads
from desktop.ui.library.tab import LibraryTab
from desktop.ui.library.views import (
    TYPED_TEXT_SHOWN_CHARS,
    ViewOrMessage,
    add_action,
    copy_table_selection,
    make_table,
)
from desktop.ui.library_models import Arranged, ArticlesModel, name_of
from desktop.ui.wording import counted, shortened

COLUMN_WIDTHS = (
    (ArticlesModel.SITE, 130),
    (ArticlesModel.AUTHOR, 130),
    (ArticlesModel.ADDED, 125),
    (ArticlesModel.OPENED, 125),
    (ArticlesModel.HIGHLIGHTS, 80),
    (ArticlesModel.CHANGED, 80),
)
BUTTONS_GAP = 12
# The longest published date shown ("September 30, 2025"), measured in the table's font, and
# the room a cell leaves around its text.
LONGEST_DATE = display_date("2025-09-30")
CELL_PADDING_PX = 16


class ArticlesTab(LibraryTab):
    """Lists the archive's articles; opening or deleting one is asked for by signal."""

    articleRequested = Signal(int)  # article id
    deleteArticleRequested = Signal(int)  # article id, after the user confirmed
    articlesLoaded = Signal(int)  # number of articles now listed

    def __init__(self, reads: ArchiveReads, parent: QWidget | None = None) -> None:
        super().__init__(reads, parent)
        self.model = ArticlesModel(self)
        self.view, self.proxy = make_table(self.model)
        self.pane = ViewOrMessage(self.view)
        # Asked before a deletion; tests replace it to answer without a dialog.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.view.doubleClicked.connect(self._open_article)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ArticlesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS:
            self.view.setColumnWidth(column, width)
        date_width = self.view.fontMetrics().horizontalAdvance(LONGEST_DATE) + CELL_PADDING_PX
        self.view.setColumnWidth(ArticlesModel.PUBLISHED, date_width)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.sortByColumn(ArticlesModel.OPENED, Qt.SortOrder.DescendingOrder)
        add_action(self.view, "Open", [Qt.Key.Key_Return, Qt.Key.Key_Enter], self._open_current_article)
        add_action(self.view, "Copy", [QKeySequence.StandardKey.Copy], self._copy_articles)
        add_action(self.view, "Delete…", [QKeySequence.StandardKey.Delete], self.delete_current_article)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by title or source…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_articles)
        self.open_button = QPushButton("Open")
        self.open_button.setToolTip("Open the selected article (Enter)")
        self.open_button.clicked.connect(self._open_current_article)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip("Delete the selected article and its highlights (Delete)")
        self.delete_button.clicked.connect(self.delete_current_article)
        self.pane.show_message("Loading the library…")
        self._update_buttons()

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count)
        bar.addSpacing(BUTTONS_GAP)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        self._lay_out(bar)

    def load(self) -> None:
        arrange = self.model.arrangement()
        self.reads.read(
            "articles",
            lambda archive: arrange(archive.list_articles()),
            self._show_articles,
            self._read_failed("The library could not be opened."),
        )

    def current_article(self) -> LibraryEntry | None:
        index = self.view.currentIndex()
        return self.proxy.record_at(index) if index.isValid() else None

    def delete_current_article(self) -> None:
        """Ask, then request the deletion of the current article (the main window deletes)."""
        entry = self.current_article()
        if entry is None:
            return
        count = entry.highlight_count
        question = f"Delete “{name_of(entry.title, entry.source)}” from the library?"
        if count:
            question += f"\n\nIts {counted(count, 'highlight')} and their notes are deleted with it."
        question += "\n\nThis cannot be undone."
        if self.confirm("Delete article", question):
            self.deleteArticleRequested.emit(entry.id)

    def _show_articles(self, entries: Arranged[LibraryEntry]) -> None:
        current = self.current_article()
        current_row = self.view.currentIndex().row()
        self.model.set_records(entries)
        self._show_rows()
        if current is not None and not self._select_article(current.id):
            # Gone (deleted): the article now in its place is current, so that the keyboard
            # goes on from there rather than from nowhere.
            self._select_row(min(current_row, self.proxy.rowCount() - 1))
        self.articlesLoaded.emit(len(entries.records))

    def _clear_results(self) -> None:
        self.model.set_records([])
        self._update_buttons()

    def _filter_articles(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._show_rows()

    def _show_rows(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.pane.show_message(
                "The library is empty.\n\nArticles you open are kept here with your highlights and notes."
            )
        elif shown == 0:
            typed = shortened(self.filter_edit.text().strip(), TYPED_TEXT_SHOWN_CHARS)
            self.pane.show_message(f"No article matches “{typed}”.")
        else:
            self.pane.show_view()
        self.count.setText(
            counted(total, "article") if shown == total else f"{shown:,} of {counted(total, 'article')}"
        )
        self._update_buttons()

    def _select_article(self, article_id: int) -> bool:
        """Make the article current if it is listed and shown; whether it was."""
        row = self.model.row_of(article_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()

    def _select_row(self, row: int) -> None:
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.index(row, 0))

    def _update_buttons(self) -> None:
        has_current = self.view.currentIndex().isValid() and not self.pane.showing_message()
        self.open_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    def _open_article(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleRequested.emit(self.proxy.record_at(index).id)

    def _open_current_article(self) -> None:
        self._open_article(self.view.currentIndex())

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _copy_articles(self) -> None:
        copy_table_selection(self.view, self.proxy)
