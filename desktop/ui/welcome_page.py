"""What the reading pane shows with no article open: ways to open one, the articles read last
(by title, from the archive) and a word that files and links can be dropped on the window and
articles pasted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.article import article_name
from desktop.store.archive import Archive
from desktop.store.records import ArchiveError
from desktop.ui.panels.widgets import WrappingRow

RECENT_ARTICLES = 8
MARGIN_SIDE_PX, MARGIN_TOP_PX = 48, 40
MIN_MARGIN_SIDE_PX = 8


class WelcomePage(QScrollArea):
    """Scrolls rather than widening the window or crushing its lines at a large font."""

    openRequested = Signal()
    openUrlRequested = Signal()
    libraryRequested = Signal()
    articleRequested = Signal(int)  # archived article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h2>Reading Assistant</h2>")
        title.setWordWrap(True)
        intro = QLabel("Open an article to read it with its people, claims and figures marked.")
        intro.setWordWrap(True)
        self.open_button = QPushButton("&Open File…")
        self.open_url_button = QPushButton("Open &Web Address…")
        self.library_button = QPushButton("&Library")
        for button, description in (
            (self.open_button, "Open article files (Ctrl+O)"),
            (self.open_url_button, "Open an article from a web address (Ctrl+U)"),
            (self.library_button, "Every archived article, with search (Ctrl+L)"),
        ):
            button.setToolTip(description)
            button.setAccessibleDescription(description)
        # Side by side when they fit, one above the other in a narrow window or at a large font.
        self.buttons = WrappingRow()
        for button in (self.open_button, self.open_url_button, self.library_button):
            self.buttons.add(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.row.addStretch(1)
        self.recent_label = QLabel("Recent articles:")
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent articles")
        self.recent.setMaximumHeight(220)
        self.recent_label.setBuddy(self.recent)
        drop = QLabel(
            "You can also drop article files (text, Markdown, web pages, PDF, EPUB) or a link on"
            " this window, or paste an article you copied (File ▸ New Article from Clipboard)."
        )
        drop.setWordWrap(True)
        page = QWidget()
        self.column = column = QVBoxLayout(page)
        column.setContentsMargins(MARGIN_SIDE_PX, MARGIN_TOP_PX, MARGIN_SIDE_PX, MARGIN_TOP_PX)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self.buttons)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addSpacing(12)
        column.addWidget(drop)
        column.addStretch(1)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.open_button.clicked.connect(self.openRequested)
        self.open_url_button.clicked.connect(self.openUrlRequested)
        self.library_button.clicked.connect(self.libraryRequested)
        # Clicks and Return both open (``activated`` depends on the style's single/double click).
        self.recent.itemClicked.connect(self._open_item)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.recent, context=Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open_current())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The side margins give way before the page scrolls sideways: at a large font in a
        # narrow pane the widest button needs the room.
        margins = self.column.contentsMargins()
        content = self.column.minimumSize().width() - margins.left() - margins.right()
        side = max(MIN_MARGIN_SIDE_PX, min(MARGIN_SIDE_PX, (self.viewport().width() - content) // 2))
        if side != margins.left():
            self.column.setContentsMargins(side, MARGIN_TOP_PX, side, MARGIN_TOP_PX)

    def show_recent(self, archive: Archive | None) -> None:
        """List the articles opened last; without an archive there is no list and no Library."""
        self.recent.clear()
        try:
            entries = archive.list_articles("opened", limit=RECENT_ARTICLES) if archive is not None else []
        except ArchiveError:
            entries = []
        for entry in entries:
            item = QListWidgetItem(article_name(entry.title, entry.source))
            item.setToolTip(entry.source or "")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(entries))
        self.recent.setVisible(bool(entries))
        self.library_button.setEnabled(archive is not None)

    def _open_current(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.articleRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
