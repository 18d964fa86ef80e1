"""Related articles: the archived articles sharing the most people, organisations and places
with one article (the same story told elsewhere), within a time window the user chooses."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.knowledge_records import RelatedArticle
from desktop.ui.accessibility import add_close_keys, name, name_unnamed
from desktop.ui.library.reads import ArchiveReads, describe_error
from desktop.ui.time_windows import DEFAULT_WINDOW, TIME_WINDOWS
from desktop.ui.wording import counted

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The window's own margin, as in Qt's dialogs.
WINDOW_MARGIN_PX = 12
# Wide for the titles, short: a related list is a handful of rows.
WINDOW_SIZE_PX = (900, 420)
# The shared names column shows the first few names; the rest are in its tooltip.
SHARED_NAMES_WIDTH_PX = 320


class RelatedArticlesWindow(QWidget):
    articleRequested = Signal(int)  # article id
    relatedShown = Signal(int)  # how many are listed

    def __init__(
        self, article_id: int, title: str, reads: ArchiveReads, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.article_id = article_id
        self._reads = reads
        self.setWindowTitle(f"Related to {title} — Reading Assistant")
        heading = QLabel(f"Archived articles sharing names with <b>{html.escape(title)}</b>")
        heading.setWordWrap(True)
        self.window_choice = QComboBox()
        for label, days in TIME_WINDOWS:
            self.window_choice.addItem(label, days)
        self.window_choice.setCurrentIndex(DEFAULT_WINDOW)
        self.window_choice.setToolTip("How far from this article's date the others may be")
        self.window_choice.currentIndexChanged.connect(self.refresh)
        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(["Title", "Outlet", "Date", "Shared", "Names in common"])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(heading, 1)
        bar.addWidget(self.window_choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(WINDOW_MARGIN_PX, WINDOW_MARGIN_PX, WINDOW_MARGIN_PX, WINDOW_MARGIN_PX)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        add_close_keys(self)
        name(self.list, "Related articles")
        name_unnamed(self)
        self.resize(*WINDOW_SIZE_PX)
        self.refresh()

    def refresh(self) -> None:
        article_id = self.article_id
        days = self.window_choice.currentData()
        self.status.setText("Looking through the archive…")
        self._reads.read(
            f"related-{id(self)}",
            lambda archive: archive.knowledge.related_articles(article_id, days),
            self.show_related,
            lambda error: self.status.setText(
                f"Related articles could not be found: {describe_error(error)}"
            ),
        )

    def show_related(self, related: list[RelatedArticle]) -> None:
        self.list.clear()
        for article in related:
            item = QTreeWidgetItem(
                [
                    article.title,
                    article.outlet,
                    article.date[:10],
                    f"{article.shared_entities}",
                    ", ".join(article.shared_names),
                ]
            )
            item.setData(0, ARTICLE_ID_ROLE, article.article_id)
            item.setToolTip(4, "\n".join(article.shared_names))
            self.list.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)
        self.list.setColumnWidth(4, SHARED_NAMES_WIDTH_PX)
        window = self.window_choice.currentText()
        self.status.setText(
            f"{counted(len(related), 'article')} {window}; double-click to open"
            if related
            else f"No related article {window}."
        )
        self.relatedShown.emit(len(related))

    def _open(self, item: QTreeWidgetItem) -> None:
        self.articleRequested.emit(int(item.data(0, ARTICLE_ID_ROLE)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._reads.cancel(f"related-{id(self)}")
        super().closeEvent(event)
