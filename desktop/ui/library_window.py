"""The Library window (Ctrl+L): every archived article, full-text search, all highlights,
people & organisations and figures compared across articles — one tab each.

The window only reads, through :class:`ArchiveReads` (off the GUI thread). Changes are asked
for by signal; the main window, the archive's only writer, makes them and calls
:meth:`LibraryWindow.refresh`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.accessibility import add_close_keys, name, name_unnamed
from desktop.ui.compare_figures_view import CompareFiguresView
from desktop.ui.library.articles_tab import ArticlesTab
from desktop.ui.library.highlights_tab import HighlightsTab
from desktop.ui.library.reads import ArchiveReads
from desktop.ui.library.search_tab import SearchTab
from desktop.ui.library.views import make_table
from desktop.ui.people_view import PeopleView

WINDOW_MARGIN = 10
WINDOW_SIZE = (1180, 700)


class LibraryWindow(QWidget):
    """The Library's tabs on one archive, read on a worker thread; their requests forwarded."""

    articleRequested = Signal(int)  # article id
    deleteArticleRequested = Signal(int)  # article id, after the user confirmed
    searchHitRequested = Signal(int, int)  # article id, offset in its text (-1: none)
    highlightRequested = Signal(int, int)  # article id, highlight id
    articlesLoaded = Signal(int)  # number of articles now listed

    ARTICLES_TAB, SEARCH_TAB, HIGHLIGHTS_TAB, PEOPLE_TAB, FIGURES_TAB = range(5)

    def __init__(self, archive_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Library — Reading Assistant")
        self.reads = ArchiveReads(archive_path, self)
        self.articles = ArticlesTab(self.reads)
        self.articles.articleRequested.connect(self.articleRequested)
        self.articles.deleteArticleRequested.connect(self.deleteArticleRequested)
        self.articles.articlesLoaded.connect(self.articlesLoaded)
        self.search = SearchTab(self.reads)
        self.search.searchHitRequested.connect(self.searchHitRequested)
        self.highlights = HighlightsTab(self.reads)
        self.highlights.highlightRequested.connect(self.highlightRequested)
        self.people = PeopleView(self.reads, make_table)
        self.compare_figures = CompareFiguresView(self.reads)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.articles, "Articles")
        self.tabs.addTab(self.search, "Search")
        self.tabs.addTab(self.highlights, "All highlights")
        self.tabs.addTab(self.people, "People && Organisations")
        self.tabs.addTab(self.compare_figures, "Compare Figures")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(WINDOW_MARGIN, WINDOW_MARGIN, WINDOW_MARGIN, WINDOW_MARGIN)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        add_close_keys(self)
        self._name_parts()
        # Tabs after the first two are read only once looked at: they can be slow to read.
        self._highlights_loaded = False
        self._people_loaded = False
        self._figures_loaded = False
        self.resize(*WINDOW_SIZE)
        self.refresh()

    def _name_parts(self) -> None:
        name(self.tabs.tabBar(), "Library sections")
        name(self.articles.view, "Articles")
        name(self.highlights.view, "All highlights")
        name(self.people.view, "People and organisations")
        name_unnamed(self)

    def refresh(self) -> None:
        """Read everything shown again (the archive changed)."""
        self.articles.load()
        if self._highlights_loaded:
            self.highlights.load_filters()
            self.highlights.load()
        self.search.run()
        if self._people_loaded:
            self.people.load()
        if self._figures_loaded:
            self.compare_figures.load()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.SEARCH_TAB)
        self.search.focus()

    def shutdown(self) -> None:
        """Drop pending reads and wait for the worker (before the window is destroyed)."""
        self.reads.stop()

    def _tab_changed(self, index: int) -> None:
        if index == self.HIGHLIGHTS_TAB and not self._highlights_loaded:
            self._highlights_loaded = True
            self.highlights.load_filters()
            self.highlights.load()
        if index == self.PEOPLE_TAB and not self._people_loaded:
            self._people_loaded = True
            self.people.load()
        if index == self.FIGURES_TAB and not self._figures_loaded:
            self._figures_loaded = True
            self.compare_figures.load()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search.timer.stop()
        self.highlights.timer.stop()
        super().closeEvent(event)
