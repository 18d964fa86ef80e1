"""The Library's Search tab: full-text search of texts, titles, highlights, notes and tags."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHBoxLayout, QLineEdit, QListView, QWidget

from desktop.store.archive import Archive
from desktop.store.records import NotFoundError, SearchHit
from desktop.store.search import bounded_query
from desktop.ui.library.html_delegate import HtmlItemDelegate
from desktop.ui.library.reads import ArchiveReads
from desktop.ui.library.tab import LibraryTab
from desktop.ui.library.views import TYPED_TEXT_SHOWN_CHARS, ViewOrMessage, add_action
from desktop.ui.library_models import SearchHitsModel, hit_text
from desktop.ui.wording import counted, shortened

SEARCH_LIMIT = 50
SEARCH_DELAY_MS = 250

SEARCH_HINT = (
    "Search article texts, titles, highlighted passages, notes and tags.\n"
    'Words match in all their forms (drone finds drones); put a phrase in "double quotes";\n'
    "-word leaves out what has the word; OR between two words finds either."
)


class SearchTab(LibraryTab):
    """Searches as the user types (after a pause); opening a hit is asked for by signal."""

    searchHitRequested = Signal(int, int)  # article id, offset in its text (-1: none)

    def __init__(self, reads: ArchiveReads, parent: QWidget | None = None) -> None:
        super().__init__(reads, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Search the library…  (Ctrl+F)")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.returnPressed.connect(self._search_now_or_open_first)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.model = SearchHitsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlItemDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        # Results wrap to the view's width; they never need scrolling sideways.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.doubleClicked.connect(self._open_hit)
        add_action(self.view, "Open", [Qt.Key.Key_Return, Qt.Key.Key_Enter], self._open_current_hit)
        add_action(self.view, "Copy", [QKeySequence.StandardKey.Copy], self._copy_hits)
        self.pane = ViewOrMessage(self.view)
        self.pane.show_message(SEARCH_HINT)
        bar = QHBoxLayout()
        bar.addWidget(self.edit, 1)
        bar.addWidget(self.count)
        self._lay_out(bar)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def run(self) -> None:
        """Search for the typed query (none: nothing to do)."""
        query = self.edit.text().strip()
        if not query:
            return
        self.count.setText("Searching…")
        self.reads.read(
            "search",
            lambda archive: _search_with_passages(archive, query),
            lambda result: self._show_hits(query, *result),
            self._read_failed("This search could not be run."),
        )

    def _text_changed(self, text: str) -> None:
        if text.strip():
            self.timer.start()
            return
        self.timer.stop()
        self.reads.cancel("search")
        self.model.set_hits([])
        self.count.clear()
        self.pane.show_message(SEARCH_HINT)

    def _search_now_or_open_first(self) -> None:
        """Enter in the search field: search at once, or open the first result when shown."""
        if self.timer.isActive():
            self.timer.stop()
            self.run()
        elif self.model.rowCount() and not self.pane.showing_message():
            self._open_hit(self.model.index(0, 0))

    def _show_hits(self, query: str, hits: list[SearchHit], passages: dict[int, str]) -> None:
        self.model.set_hits(hits, passages)
        left_out = bounded_query(query).left_out
        notice = f" ({left_out})" if left_out else ""
        if not hits:
            self.pane.show_message(f"No results for “{shortened(query, TYPED_TEXT_SHOWN_CHARS)}”{notice}.")
            self.count.clear()
            return
        self.pane.show_view()
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.scrollToTop()
        best = "best " if len(hits) == SEARCH_LIMIT else ""
        self.count.setText(f"{counted(len(hits), best + 'result')}{notice}")

    def _clear_results(self) -> None:
        self.model.set_hits([])

    def _open_hit(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.hit(index.row())
            self.searchHitRequested.emit(hit.article_id, -1 if hit.offset is None else hit.offset)

    def _open_current_hit(self) -> None:
        self._open_hit(self.view.currentIndex())

    def _copy_hits(self) -> None:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        if rows:
            QApplication.clipboard().setText("\n".join(hit_text(self.model.hit(row)) for row in rows) + "\n")


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
