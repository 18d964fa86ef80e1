"""The Library window (Ctrl+L): every archived article, full-text search and all highlights.

The window only reads. Each read opens its own read-only :class:`Archive` on a one-thread
worker pool (an SQLite connection belongs to the thread that made it, and a pool thread may
be replaced after it idles), so the GUI thread never waits for SQLite. Changes are asked for
by signal; the main window, the archive's only writer, makes them and calls :meth:`refresh`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store.archive import Archive
from desktop.store.records import (
    ArchiveError,
    Colour,
    HighlightListing,
    LibraryEntry,
    NotFoundError,
    SearchHit,
)
from desktop.store.search import bounded_query
from desktop.ui.compare_figures_view import CompareFiguresView
from desktop.ui.library_models import (
    HTML_ROLE,
    ArticlesModel,
    HighlightsModel,
    RecordFilterProxy,
    RecordTableModel,
    SearchHitsModel,
    hit_text,
    name_of,
    rows_as_tsv,
    tags_text,
)
from desktop.ui.model_index import ModelIndex
from desktop.ui.people_view import PeopleView
from desktop.ui.theme import highlight_accent, is_dark
from desktop.ui.wording import counted
from desktop.ui.workers import WorkerPool

Result = TypeVar("Result")

SEARCH_LIMIT = 50
SEARCH_DELAY_MS = 250
HIGHLIGHTS_LIMIT = 1000
HIGHLIGHT_FILTER_DELAY_MS = 200

SEARCH_HINT = (
    "Search article texts, titles, highlighted passages, notes and tags.\n"
    'Words match in all their forms (drone finds drones); put a phrase in "double quotes".'
)


def describe_error(error: BaseException) -> str:
    """One line for the user: archive errors are already worded for them."""
    return str(error) if isinstance(error, ArchiveError) else f"{type(error).__name__}: {error}"


class ArchiveReads(QObject):
    """Reads from the archive on one worker thread. Each read belongs to a channel ("articles",
    "search"…); a newer read on a channel makes the older one's result stale, and stale
    results are dropped instead of overwriting newer ones."""

    def __init__(self, archive_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive_path = archive_path
        self._pool = WorkerPool(1, self)
        self._generations: dict[str, int] = {}
        self._stopped = False

    def read(
        self,
        channel: str,
        query: Callable[[Archive], Result],
        on_result: Callable[[Result], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        generation = self.cancel(channel)
        path = self.archive_path

        def work() -> Result:
            with Archive(path, read_only=True) as archive:
                return query(archive)

        def is_current() -> bool:
            return not self._stopped and self._generations.get(channel) == generation

        def succeeded(result: Any) -> None:
            if is_current():
                on_result(result)

        def failed(error: BaseException) -> None:
            if is_current():
                on_error(error)

        self._pool.submit(work, succeeded, failed)

    def cancel(self, channel: str) -> int:
        """Make the channel's pending read stale; returns the channel's new generation."""
        self._generations[channel] = self._generations.get(channel, 0) + 1
        return self._generations[channel]

    def generation(self, channel: str) -> int:
        """How many reads the channel has had (or been cancelled)."""
        return self._generations.get(channel, 0)

    def stop(self, msecs: int = -1) -> bool:
        """Drop every pending result and wait for the worker to finish."""
        self._stopped = True
        return self._pool.wait_for_done(msecs)


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


class HtmlItemDelegate(QStyledItemDelegate):
    """Draws an item's ``HTML_ROLE`` rich text, wrapped to the view's width."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        rect = options.rect
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = options.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        # Secondary text: muted, except on the selection colour where muted grey is illegible.
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        document = self._document(str(index.data(HTML_ROLE)), rect.width(), options, muted)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text)
        painter.save()
        painter.translate(rect.topLeft() + QPoint(self.PADDING, self.PADDING))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        widget = options.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 400
        document = self._document(str(index.data(HTML_ROLE)), width, options)
        return QSize(width, int(document.size().height()) + 2 * self.PADDING)

    def _document(
        self, html: str, width: int, options: QStyleOptionViewItem, muted: QColor | None = None
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(0)
        if muted is not None:
            document.setDefaultStyleSheet(f".where {{ color: {muted.name()}; }}")
        document.setHtml(html)
        document.setTextWidth(max(width - 2 * self.PADDING, 50))
        return document


def _make_table(model: RecordTableModel[Any]) -> tuple[QTableView, RecordFilterProxy]:
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


def _add_action(
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


def _colour_icon(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(colour)
    return QIcon(pixmap)


class LibraryWindow(QWidget):
    """Articles, search and all highlights of one archive, read on a worker thread."""

    articleRequested = Signal(int)  # article id
    deleteArticleRequested = Signal(int)  # article id, after the user confirmed
    searchHitRequested = Signal(int, int)  # article id, offset in its text (-1: none)
    highlightRequested = Signal(int, int)  # article id, highlight id
    articlesLoaded = Signal(int)  # number of articles now listed

    ARTICLES_TAB, SEARCH_TAB, HIGHLIGHTS_TAB, PEOPLE_TAB, FIGURES_TAB = range(5)

    def __init__(self, archive_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Library — Reading Assistant")
        # Asked before a deletion; tests replace it to answer without a dialog.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.reads = ArchiveReads(archive_path, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_articles_tab(), "Articles")
        self.tabs.addTab(self._build_search_tab(), "Search")
        self.tabs.addTab(self._build_highlights_tab(), "All highlights")
        self.people = PeopleView(self.reads, _make_table)
        self.tabs.addTab(self.people, "People && Organisations")
        self.compare_figures = CompareFiguresView(self.reads)
        self.tabs.addTab(self.compare_figures, "Compare Figures")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._highlights_loaded = False
        self._people_loaded = False
        self._figures_loaded = False
        self.resize(1040, 660)
        self.refresh()

    # -- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything shown again (the archive changed)."""
        self._load_articles()
        if self._highlights_loaded:
            self._load_highlight_filters()
            self._load_highlights()
        if self.search_edit.text().strip():
            self._run_search()
        if self._people_loaded:
            self.people.load()
        if self._figures_loaded:
            self.compare_figures.load()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.SEARCH_TAB)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def shutdown(self) -> None:
        """Drop pending reads and wait for the worker (before the window is destroyed)."""
        self.reads.stop()

    def current_article(self) -> LibraryEntry | None:
        index = self.articles_view.currentIndex()
        return self.articles_proxy.record_at(index) if index.isValid() else None

    # -- articles ---------------------------------------------------------------------------

    def _build_articles_tab(self) -> QWidget:
        self.articles_model = ArticlesModel(self)
        self.articles_view, self.articles_proxy = _make_table(self.articles_model)
        self.articles_view.doubleClicked.connect(self._open_article)
        header = self.articles_view.horizontalHeader()
        header.setSectionResizeMode(ArticlesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ArticlesModel.SITE, 150),
            (ArticlesModel.AUTHOR, 140),
            (ArticlesModel.PUBLISHED, 120),
            (ArticlesModel.ADDED, 130),
            (ArticlesModel.OPENED, 130),
            (ArticlesModel.HIGHLIGHTS, 90),
        ):
            self.articles_view.setColumnWidth(column, width)
        self.articles_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.articles_view.sortByColumn(ArticlesModel.OPENED, Qt.SortOrder.DescendingOrder)
        _add_action(
            self.articles_view, "Open", [Qt.Key.Key_Return, Qt.Key.Key_Enter], self._open_current_article
        )
        _add_action(self.articles_view, "Copy", [QKeySequence.StandardKey.Copy], self._copy_articles)
        _add_action(
            self.articles_view, "Delete…", [QKeySequence.StandardKey.Delete], self.delete_current_article
        )
        self.articles_view.selectionModel().currentChanged.connect(self._update_article_buttons)

        self.articles_filter = QLineEdit()
        self.articles_filter.setPlaceholderText("Filter by title or source…")
        self.articles_filter.setClearButtonEnabled(True)
        self.articles_filter.textChanged.connect(self._filter_articles)
        self.articles_count = QLabel()
        self.articles_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.open_button = QPushButton("Open")
        self.open_button.setToolTip("Open the selected article (Enter)")
        self.open_button.clicked.connect(self._open_current_article)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setToolTip("Delete the selected article and its highlights (Delete)")
        self.delete_button.clicked.connect(self.delete_current_article)
        self._update_article_buttons()

        self.articles_pane = ViewOrMessage(self.articles_view)
        self.articles_pane.show_message("Loading the library…")
        tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.articles_filter, 1)
        bar.addWidget(self.articles_count)
        bar.addSpacing(12)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.articles_pane, 1)
        return tab

    def _load_articles(self) -> None:
        self.reads.read(
            "articles", lambda archive: archive.list_articles(), self._show_articles, self._articles_failed
        )

    def _show_articles(self, entries: list[LibraryEntry]) -> None:
        current = self.current_article()
        self.articles_model.set_records(entries)
        self._show_article_rows()
        if current is not None:
            self._select_article(current.id)
        self.articlesLoaded.emit(len(entries))

    def _articles_failed(self, error: BaseException) -> None:
        self.articles_model.set_records([])
        self.articles_pane.show_message(
            f"The library could not be opened.\n\n{describe_error(error)}", error=True
        )
        self.articles_count.clear()
        self._update_article_buttons()

    def _filter_articles(self, text: str) -> None:
        self.articles_proxy.set_filter_text(text)
        self._show_article_rows()

    def _show_article_rows(self) -> None:
        total, shown = self.articles_model.rowCount(), self.articles_proxy.rowCount()
        if total == 0:
            self.articles_pane.show_message(
                "The library is empty.\n\nArticles you open are kept here with your highlights and notes."
            )
        elif shown == 0:
            self.articles_pane.show_message(f"No article matches “{self.articles_filter.text().strip()}”.")
        else:
            self.articles_pane.show_view()
        self.articles_count.setText(
            counted(total, "article") if shown == total else f"{shown:,} of {counted(total, 'article')}"
        )
        self._update_article_buttons()

    def _select_article(self, article_id: int) -> None:
        row = self.articles_model.row_of(article_id)
        if row is None:
            return
        index = self.articles_proxy.mapFromSource(self.articles_model.index(row, 0))
        if index.isValid():
            self.articles_view.setCurrentIndex(index)

    def _update_article_buttons(self) -> None:
        has_current = self.articles_view.currentIndex().isValid() and not self.articles_pane.showing_message()
        self.open_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    def _open_article(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleRequested.emit(self.articles_proxy.record_at(index).id)

    def _open_current_article(self) -> None:
        self._open_article(self.articles_view.currentIndex())

    def delete_current_article(self) -> None:
        """Ask, then request the deletion of the current article (the main window deletes)."""
        entry = self.current_article()
        if entry is None:
            return
        count = entry.highlight_count
        question = f"Delete “{name_of(entry.title, entry.source)}” from the library?"
        if count:
            question += f"\n\nIts {count:,} highlight(s) and their notes are deleted with it."
        question += "\n\nThis cannot be undone."
        if self.confirm("Delete article", question):
            self.deleteArticleRequested.emit(entry.id)

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
        _copy_table_selection(self.articles_view, self.articles_proxy)

    # -- search -----------------------------------------------------------------------------

    def _build_search_tab(self) -> QWidget:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search the library…  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_text_changed)
        self.search_edit.returnPressed.connect(self._search_now_or_open_first)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._run_search)
        self.search_model = SearchHitsModel(self)
        self.search_view = QListView()
        self.search_view.setModel(self.search_model)
        self.search_view.setItemDelegate(HtmlItemDelegate(self.search_view))
        self.search_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_view.setResizeMode(QListView.ResizeMode.Adjust)
        # Results wrap to the view's width; they never need scrolling sideways.
        self.search_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.search_view.setAlternatingRowColors(True)
        self.search_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.search_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.search_view.doubleClicked.connect(self._open_hit)
        _add_action(self.search_view, "Open", [Qt.Key.Key_Return, Qt.Key.Key_Enter], self._open_current_hit)
        _add_action(self.search_view, "Copy", [QKeySequence.StandardKey.Copy], self._copy_hits)
        self.search_count = QLabel()
        self.search_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.search_pane = ViewOrMessage(self.search_view)
        self.search_pane.show_message(SEARCH_HINT)
        tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.search_count)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.search_pane, 1)
        return tab

    def _search_text_changed(self, text: str) -> None:
        if text.strip():
            self.search_timer.start()
            return
        self.search_timer.stop()
        self.reads.cancel("search")
        self.search_model.set_hits([])
        self.search_count.clear()
        self.search_pane.show_message(SEARCH_HINT)

    def _search_now_or_open_first(self) -> None:
        """Enter in the search field: search at once, or open the first result when shown."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self._run_search()
        elif self.search_model.rowCount() and not self.search_pane.showing_message():
            self._open_hit(self.search_model.index(0, 0))

    def _run_search(self) -> None:
        query = self.search_edit.text().strip()
        if not query:
            return
        self.search_count.setText("Searching…")
        self.reads.read(
            "search",
            lambda archive: _search_with_passages(archive, query),
            lambda result: self._show_hits(query, *result),
            self._search_failed,
        )

    def _show_hits(self, query: str, hits: list[SearchHit], passages: dict[int, str]) -> None:
        self.search_model.set_hits(hits, passages)
        left_out = bounded_query(query).left_out
        notice = f" ({left_out}.)" if left_out else ""
        if not hits:
            self.search_pane.show_message(f"No results for “{query}”.{notice}")
            self.search_count.clear()
            return
        self.search_pane.show_view()
        self.search_view.setCurrentIndex(self.search_model.index(0, 0))
        self.search_view.scrollToTop()
        best = "best " if len(hits) == SEARCH_LIMIT else ""
        self.search_count.setText(f"{counted(len(hits), best + 'result')}{notice}")

    def _search_failed(self, error: BaseException) -> None:
        self.search_model.set_hits([])
        self.search_count.clear()
        self.search_pane.show_message(f"This search could not be run.\n\n{describe_error(error)}", error=True)

    def _open_hit(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.search_model.hit(index.row())
            self.searchHitRequested.emit(hit.article_id, -1 if hit.offset is None else hit.offset)

    def _open_current_hit(self) -> None:
        self._open_hit(self.search_view.currentIndex())

    def _copy_hits(self) -> None:
        rows = sorted(index.row() for index in self.search_view.selectionModel().selectedIndexes())
        if rows:
            QApplication.clipboard().setText(
                "\n".join(hit_text(self.search_model.hit(row)) for row in rows) + "\n"
            )

    # -- all highlights ---------------------------------------------------------------------

    def _build_highlights_tab(self) -> QWidget:
        self.highlights_model = HighlightsModel(self)
        self.highlights_view, self.highlights_proxy = _make_table(self.highlights_model)
        self.highlights_view.doubleClicked.connect(self._open_highlight)
        header = self.highlights_view.horizontalHeader()
        header.setSectionResizeMode(HighlightsModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (HighlightsModel.COLOUR, 110),
            (HighlightsModel.NOTE, 200),
            (HighlightsModel.TAGS, 120),
            (HighlightsModel.ARTICLE, 180),
            (HighlightsModel.UPDATED, 130),
        ):
            self.highlights_view.setColumnWidth(column, width)
        self.highlights_view.sortByColumn(HighlightsModel.UPDATED, Qt.SortOrder.DescendingOrder)
        _add_action(
            self.highlights_view, "Open", [Qt.Key.Key_Return, Qt.Key.Key_Enter], self._open_current_highlight
        )
        _add_action(self.highlights_view, "Copy", [QKeySequence.StandardKey.Copy], self._copy_highlights)

        self.colour_combo = QComboBox()
        self.colour_combo.setToolTip("Only highlights of this colour")
        self.colour_combo.setMinimumContentsLength(12)
        self.tag_combo = QComboBox()
        self.tag_combo.setToolTip("Only highlights with this tag")
        self.tag_combo.setMinimumContentsLength(12)
        self._fill_highlight_filters([], [])
        self.colour_combo.currentIndexChanged.connect(self._load_highlights)
        self.tag_combo.currentIndexChanged.connect(self._load_highlights)
        self.highlights_filter = QLineEdit()
        self.highlights_filter.setPlaceholderText("Filter by passage or note…")
        self.highlights_filter.setClearButtonEnabled(True)
        self.highlights_timer = QTimer(self)
        self.highlights_timer.setSingleShot(True)
        self.highlights_timer.setInterval(HIGHLIGHT_FILTER_DELAY_MS)
        self.highlights_timer.timeout.connect(self._load_highlights)
        self.highlights_filter.textChanged.connect(self.highlights_timer.start)
        self.highlights_count = QLabel()
        self.highlights_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.highlights_pane = ViewOrMessage(self.highlights_view)
        self.highlights_pane.show_message("Loading highlights…")
        tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.colour_combo)
        bar.addWidget(self.tag_combo)
        bar.addWidget(self.highlights_filter, 1)
        bar.addWidget(self.highlights_count)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.highlights_pane, 1)
        return tab

    def _tab_changed(self, index: int) -> None:
        # All highlights can be many: read them only when the tab is first looked at.
        if index == self.HIGHLIGHTS_TAB and not self._highlights_loaded:
            self._highlights_loaded = True
            self._load_highlight_filters()
            self._load_highlights()
        if index == self.PEOPLE_TAB and not self._people_loaded:
            self._people_loaded = True
            self.people.load()
        if index == self.FIGURES_TAB and not self._figures_loaded:
            self._figures_loaded = True
            self.compare_figures.load()

    def _load_highlight_filters(self) -> None:
        self.reads.read(
            "highlight-filters",
            lambda archive: (archive.colours(), archive.tags()),
            lambda found: self._fill_highlight_filters(*found),
            lambda _error: None,  # the highlights read reports the same problem
        )

    def _fill_highlight_filters(self, colours: list[Colour], tags: list[str]) -> None:
        self.highlights_model.set_colours(colours)
        chosen_colour, chosen_tag = self.colour_combo.currentData(), self.tag_combo.currentData()
        dark = is_dark(self.palette())
        for combo in (self.colour_combo, self.tag_combo):
            combo.blockSignals(True)
            combo.clear()
        self.colour_combo.addItem("All colours", None)
        for colour in colours:
            self.colour_combo.addItem(
                _colour_icon(highlight_accent(colour.key, dark)), colour.meaning or colour.key, colour.key
            )
        self.tag_combo.addItem("All tags", None)
        for tag in tags:
            self.tag_combo.addItem(tags_text([tag]), tag)
        for combo, chosen in ((self.colour_combo, chosen_colour), (self.tag_combo, chosen_tag)):
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _load_highlights(self) -> None:
        colour, tag = self.colour_combo.currentData(), self.tag_combo.currentData()
        text = self.highlights_filter.text().strip() or None
        self.reads.read(
            "highlights",
            lambda archive: archive.find_highlights(
                colour=colour, tag=tag, text=text, limit=HIGHLIGHTS_LIMIT + 1
            ),
            self._show_highlights,
            self._highlights_failed,
        )

    def _show_highlights(self, listings: list[HighlightListing]) -> None:
        more = len(listings) > HIGHLIGHTS_LIMIT
        self.highlights_model.set_records(listings[:HIGHLIGHTS_LIMIT])
        filtered = (
            self.colour_combo.currentIndex() > 0
            or self.tag_combo.currentIndex() > 0
            or bool(self.highlights_filter.text().strip())
        )
        if not listings:
            self.highlights_pane.show_message(
                "No highlight matches these filters."
                if filtered
                else "No highlights yet.\n\nSelect text in an article and press H to highlight it."
            )
            self.highlights_count.clear()
            return
        self.highlights_pane.show_view()
        count = len(listings[:HIGHLIGHTS_LIMIT])
        self.highlights_count.setText(f"newest {count:,} shown" if more else counted(count, "highlight"))
        self.highlights_count.setToolTip("Narrow with the filters to see older ones" if more else "")

    def _highlights_failed(self, error: BaseException) -> None:
        self.highlights_model.set_records([])
        self.highlights_count.clear()
        self.highlights_pane.show_message(
            f"The highlights could not be read.\n\n{describe_error(error)}", error=True
        )

    def _open_highlight(self, index: QModelIndex) -> None:
        if index.isValid():
            highlight = self.highlights_proxy.record_at(index).highlight
            self.highlightRequested.emit(highlight.article_id, highlight.id)

    def _open_current_highlight(self) -> None:
        self._open_highlight(self.highlights_view.currentIndex())

    def _copy_highlights(self) -> None:
        _copy_table_selection(self.highlights_view, self.highlights_proxy)

    # -- window -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_timer.stop()
        self.highlights_timer.stop()
        super().closeEvent(event)


def _copy_table_selection(view: QTableView, proxy: RecordFilterProxy) -> None:
    """The selected rows, as shown, tab-separated with a header row."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    if not rows:
        return
    model = proxy.record_model()
    cells = [model.cells(proxy.mapToSource(proxy.index(row, 0)).row()) for row in rows]
    QApplication.clipboard().setText(rows_as_tsv(model.HEADERS, cells))


def _search_with_passages(archive: Archive, query: str) -> tuple[list[SearchHit], dict[int, str]]:
    """The hits, and the highlighted passage of each hit found in a highlight's note or tags."""
    hits = archive.search(query, limit=SEARCH_LIMIT)
    passages: dict[int, str] = {}
    for hit in hits:
        if hit.highlight_id is not None and hit.field in ("note", "tags"):
            # Deleted by the window since the search ran: the hit still shows, without its passage.
            with contextlib.suppress(NotFoundError):
                passages[hit.highlight_id] = archive.highlight(hit.highlight_id).exact
    return hits, passages
