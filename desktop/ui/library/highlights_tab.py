"""The Library's All highlights tab: every highlight, newest first, filtered by colour, tag
and text. Read only when first looked at: there can be many."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QWidget

from desktop.store.records import Colour, HighlightListing
from desktop.ui.library.reads import ArchiveReads
from desktop.ui.library.tab import LibraryTab
from desktop.ui.library.views import ViewOrMessage, add_action, copy_table_selection, make_table
from desktop.ui.library_models import HighlightsModel, tags_text
from desktop.ui.panels.widgets import filter_combo, refill
from desktop.ui.theme import highlight_accent, is_dark
from desktop.ui.wording import counted

HIGHLIGHTS_LIMIT = 1000
HIGHLIGHT_FILTER_DELAY_MS = 200
FILTER_COMBO_CHARACTERS = 12
COLOUR_ICON_PX = 14

ComboItem = tuple[str, str | None, QIcon | None]  # text, data, icon: what refill takes

COLUMN_WIDTHS = (
    (HighlightsModel.COLOUR, 110),
    (HighlightsModel.NOTE, 200),
    (HighlightsModel.TAGS, 120),
    (HighlightsModel.ARTICLE, 180),
    (HighlightsModel.UPDATED, 130),
)


class HighlightsTab(LibraryTab):
    """Lists highlights across the archive; opening one is asked for by signal."""

    highlightRequested = Signal(int, int)  # article id, highlight id

    def __init__(self, reads: ArchiveReads, parent: QWidget | None = None) -> None:
        super().__init__(reads, parent)
        self.model = HighlightsModel(self)
        self.view, self.proxy = make_table(self.model)
        self.view.doubleClicked.connect(self._open_highlight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(HighlightsModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS:
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(HighlightsModel.UPDATED, Qt.SortOrder.DescendingOrder)
        add_action(self.view, "Open", [Qt.Key.Key_Return, Qt.Key.Key_Enter], self._open_current_highlight)
        add_action(self.view, "Copy", [QKeySequence.StandardKey.Copy], self._copy_highlights)

        self.colour_combo = filter_combo("Only highlights of this colour", FILTER_COMBO_CHARACTERS)
        self.tag_combo = filter_combo("Only highlights with this tag", FILTER_COMBO_CHARACTERS)
        self._fill_filters([], [])
        self.colour_combo.currentIndexChanged.connect(self.load)
        self.tag_combo.currentIndexChanged.connect(self.load)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by passage or note…")
        self.filter_edit.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HIGHLIGHT_FILTER_DELAY_MS)
        self.timer.timeout.connect(self.load)
        self.filter_edit.textChanged.connect(self.timer.start)

        self.pane = ViewOrMessage(self.view)
        self.pane.show_message("Loading highlights…")
        bar = QHBoxLayout()
        bar.addWidget(self.colour_combo)
        bar.addWidget(self.tag_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count)
        self._lay_out(bar)

    def load_filters(self) -> None:
        """Read the colours and tags offered by the filters."""
        self.reads.read(
            "highlight-filters",
            lambda archive: (archive.colours(), archive.tags()),
            lambda found: self._fill_filters(*found),
            lambda _error: None,  # the highlights read reports the same problem
        )

    def load(self) -> None:
        """Read the highlights the filters let through."""
        colour, tag = self.colour_combo.currentData(), self.tag_combo.currentData()
        text = self.filter_edit.text().strip() or None
        self.reads.read(
            "highlights",
            lambda archive: archive.find_highlights(
                colour=colour, tag=tag, text=text, limit=HIGHLIGHTS_LIMIT + 1
            ),
            self._show_highlights,
            self._read_failed("The highlights could not be read."),
        )

    def _fill_filters(self, colours: list[Colour], tags: list[str]) -> None:
        self.model.set_colours(colours)
        dark = is_dark(self.palette())
        colour_items: list[ComboItem] = [("All colours", None, None)]
        colour_items += [
            (colour.meaning or colour.key, colour.key, _colour_icon(highlight_accent(colour.key, dark)))
            for colour in colours
        ]
        tag_items: list[ComboItem] = [("All tags", None, None)]
        tag_items += [(tags_text([tag]), tag, None) for tag in tags]
        refill(self.colour_combo, colour_items)
        refill(self.tag_combo, tag_items)

    def _show_highlights(self, listings: list[HighlightListing]) -> None:
        more = len(listings) > HIGHLIGHTS_LIMIT
        self.model.set_records(listings[:HIGHLIGHTS_LIMIT])
        filtered = (
            self.colour_combo.currentIndex() > 0
            or self.tag_combo.currentIndex() > 0
            or bool(self.filter_edit.text().strip())
        )
        if not listings:
            self.pane.show_message(
                "No highlight matches these filters."
                if filtered
                else "No highlights yet.\n\nSelect text in an article and press H to highlight it."
            )
            self.count.clear()
            return
        self.pane.show_view()
        count = len(listings[:HIGHLIGHTS_LIMIT])
        self.count.setText(f"newest {count:,} shown" if more else counted(count, "highlight"))
        self.count.setToolTip("Narrow with the filters to see older ones" if more else "")

    def _clear_results(self) -> None:
        self.model.set_records([])

    def _open_highlight(self, index: QModelIndex) -> None:
        if index.isValid():
            highlight = self.proxy.record_at(index).highlight
            self.highlightRequested.emit(highlight.article_id, highlight.id)

    def _open_current_highlight(self) -> None:
        self._open_highlight(self.view.currentIndex())

    def _copy_highlights(self) -> None:
        copy_table_selection(self.view, self.proxy)


def _colour_icon(colour: QColor) -> QIcon:
    pixmap = QPixmap(COLOUR_ICON_PX, COLOUR_ICON_PX)
    pixmap.fill(colour)
    return QIcon(pixmap)
