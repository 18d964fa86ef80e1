"""What the Library window shows: text forms of archive records (no Qt needed) and the Qt
models over articles, search hits and highlights.

Tables sort in their source model, not in the proxy: a proxy sorts by calling ``data()`` from
C++ into Python for every comparison, which takes most of a second for 10,000 articles,
whereas sorting the Python list by a precomputed key takes milliseconds. The proxies only
filter, and forward a header click to the source model.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.core.article import article_name
from desktop.core.citation import display_date, quoted
from desktop.core.one_line import one_line
from desktop.store.records import Colour, HighlightListing, LibraryEntry, SearchField, SearchHit
from desktop.ui.model_index import NO_PARENT, ModelIndex
from desktop.ui.theme import highlight_accent, is_dark
from desktop.ui.wording import counted

HTML_ROLE = Qt.ItemDataRole.UserRole + 1

# Where a hit was found, as the results list says it: an article's own columns…
_FOUND_IN_ARTICLE: dict[SearchField, str] = {
    "text": "in the article text",
    "title": "in the title",
    "note": "in the article note",
    "metadata": "in the author, outlet, date or address",
}
# …or one of its highlights.
_FOUND_IN_HIGHLIGHT: dict[SearchField, str] = {
    "quote": "in a highlighted passage",
    "note": "in a highlight's note",
    "tags": "in a highlight's tags",
}

Record = TypeVar("Record")


# -- text forms (no Qt needed) ------------------------------------------------------------------
def format_time(stamp: str) -> str:
    """A stored UTC time ("2025-03-04T13:05:00.000Z") as local "2025-03-04 14:05"."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp  # shown as stored rather than hidden
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def name_of(title: str | None, source: str | None = None) -> str:
    """An archived article's name (its title column holds the name the rule gave it)."""
    return article_name(title, source)


def first_line(text: str) -> str:
    """The first non-blank line of a note, for a one-line cell."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def tags_text(tags: Sequence[str]) -> str:
    return " ".join(f"#{tag}" for tag in tags)


def marked_html(snippet: str, marks: Sequence[tuple[int, int]]) -> str:
    """The snippet as escaped HTML with the matched ranges in bold; overlapping or
    out-of-range marks are clipped rather than trusted."""
    parts: list[str] = []
    position = 0
    for start, end in sorted(marks):
        start, end = max(start, position), min(end, len(snippet))
        if start >= end:
            continue
        parts.append(html.escape(snippet[position:start]))
        parts.append(f"<b>{html.escape(snippet[start:end])}</b>")
        position = end
    parts.append(html.escape(snippet[position:]))
    return "".join(parts)


def hit_html(hit: SearchHit, passage: str | None = None) -> str:
    """A search result as rich text: the article title, where the words were found (class
    "where", coloured by the view's style sheet), the snippet, and for a hit in a highlight's
    note or tags the highlighted passage, so that several such hits can be told apart."""
    title = html.escape(name_of(hit.article_title))
    where = found_in(hit)
    on = f"<div class='where'>on {html.escape(quoted(shortened_passage(passage)))}</div>" if passage else ""
    return (
        f"<div><b>{title}</b> &nbsp;<span class='where'>{html.escape(where)}</span></div>"
        f"<div>{marked_html(one_line(hit.snippet), _one_line_marks(hit.snippet, hit.marks))}</div>" + on
    )


PASSAGE_CHARS = 90


def shortened_passage(passage: str) -> str:
    text = one_line(passage)
    return text if len(text) <= PASSAGE_CHARS else text[: PASSAGE_CHARS - 1].rstrip() + "…"


def found_in(hit: SearchHit) -> str:
    """ "in the article text", "in a highlight's note"…"""
    if hit.highlight_id is None:
        return _FOUND_IN_ARTICLE.get(hit.field, f"in the {hit.field}")
    where = _FOUND_IN_HIGHLIGHT.get(hit.field, f"in a highlight's {hit.field}")
    if hit.offset is None:
        where += " (the highlight lost its place in the text)"
    return where


def _one_line_marks(snippet: str, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mark ranges moved to match ``one_line(snippet)``, which squeezes runs of white space."""
    mapping: list[int] = []  # original position -> position in the squeezed text
    squeezed = 0
    previous_space = True  # leading white space is dropped
    for char in snippet:
        mapping.append(squeezed)
        if char.isspace():
            if not previous_space:
                squeezed += 1
            previous_space = True
        else:
            squeezed += 1
            previous_space = False
    mapping.append(squeezed)
    return [(mapping[start], mapping[end]) for start, end in marks if 0 <= start <= end <= len(snippet)]


def hit_text(hit: SearchHit) -> str:
    """A search result as one plain line, for copying."""
    return f"{name_of(hit.article_title)} ({found_in(hit)}): {one_line(hit.snippet)}"


# -- Qt models -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Arranged(Generic[Record]):
    """Records already in a table's order: by ``order``, (column, Qt.SortOrder)."""

    records: list[Record]
    order: tuple[int, Qt.SortOrder]


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """Rows of archive records; cells are computed when the view asks (only visible rows pay),
    sorting is done here by each column's key."""

    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: tuple[str, ...] = ()
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []
        self._haystacks: list[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # what a subclass says about its records
    def cell(self, record: Record, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, record: Record, column: int) -> Any:
        raise NotImplementedError

    def tooltip(self, record: Record, column: int) -> str:
        return self.cell(record, column)

    def decoration(self, record: Record, column: int) -> QColor | None:
        return None

    def filter_text(self, record: Record) -> str:
        """What the text filter looks in; every cell unless a table says otherwise."""
        return "\n".join(self.cell(record, column) for column in range(len(self.HEADERS)))

    # records
    def set_records(self, records: Sequence[Record] | Arranged[Record]) -> None:
        """Show ``records``, keeping the sort order the user chose (records put in it by
        :meth:`arrangement` off the GUI thread are not sorted again)."""
        arranged = isinstance(records, Arranged) and records.order == (self._sort_column, self._sort_order)
        self.beginResetModel()
        self._records = list(records.records if isinstance(records, Arranged) else records)
        self._haystacks = None
        if self._sort_column >= 0 and not arranged:
            self._records.sort(key=self._key_function(self._sort_column), reverse=self._descending())
        self.endResetModel()

    def arrangement(self) -> Callable[[Sequence[Record]], Arranged[Record]]:
        """A function that puts records in the table's current order, for a worker thread to
        run on what it read (sorting a library of 10,000 articles then costs the window nothing)."""
        column, order = self._sort_column, self._sort_order
        key = self._key_function(column)

        def arrange(records: Sequence[Record]) -> Arranged[Record]:
            ordered = list(records)
            if column >= 0:
                ordered.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
            return Arranged(ordered, (column, order))

        return arrange

    def record(self, row: int) -> Record:
        return self._records[row]

    def records(self) -> list[Record]:
        return list(self._records)

    def cells(self, row: int) -> list[str]:
        return [self.cell(self._records[row], column) for column in range(len(self.HEADERS))]

    def haystack(self, row: int) -> str:
        """A row's filter text, case-folded (built for all rows on first use)."""
        if self._haystacks is None:
            self._haystacks = [self.filter_text(record).casefold() for record in self._records]
        return self._haystacks[row]

    # QAbstractTableModel interface
    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.HEADER_TIPS):
            return self.HEADER_TIPS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(self._records[index.row()], index.column()) for index in before]
        self._sort_column, self._sort_order = column, order
        self._records.sort(key=self._key_function(column), reverse=self._descending())
        self._haystacks = None
        row_of = {id(record): row for row, record in enumerate(self._records)}
        self.changePersistentIndexList(
            before, [self.index(row_of[id(record)], column) for record, column in moved]
        )
        self.layoutChanged.emit()

    def _key_function(self, column: int) -> Callable[[Record], Any]:
        return lambda record: self.sort_key(record, column)

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder


class RecordFilterProxy(QSortFilterProxyModel):
    """Keeps the rows containing every word of the filter text; leaves sorting to the source
    model (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def record_model(self) -> RecordTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def record_at(self, proxy_index: QModelIndex) -> Any:
        return self.record_model().record(self.mapToSource(proxy_index).row())

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.record_model().haystack(source_row)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.record_model().sort(column, order)


# The Library's mark of an article whose text changed since it was last read.
CHANGED_MARK = "● Changed"
CHANGED_TIP = (
    "Its text changed since you last read it (a new version was added); open it and choose"
    " Article ▸ Changes Since You Read It"
)


class ArticlesModel(RecordTableModel[LibraryEntry]):
    TITLE, SITE, AUTHOR, PUBLISHED, ADDED, OPENED, HIGHLIGHTS, CHANGED = range(8)
    HEADERS = ("Title", "Outlet", "Author", "Published", "Added", "Last opened", "Highlights", "Changed")
    HEADER_TIPS = (
        "The article's title",
        "The site or publisher it comes from",
        "Who wrote it",
        "When it was published",
        "When it entered the library",
        "When it was last opened",
        "How many passages you highlighted in it",
        CHANGED_TIP,
    )
    RIGHT_ALIGNED = frozenset({HIGHLIGHTS})

    def cell(self, record: LibraryEntry, column: int) -> str:
        if column == self.TITLE:
            return name_of(record.title, record.source)
        if column == self.SITE:
            return one_line(record.site)
        if column == self.AUTHOR:
            return one_line(record.author)
        if column == self.PUBLISHED:
            return display_date(record.published)
        if column == self.ADDED:
            return format_time(record.added_at)
        if column == self.OPENED:
            return format_time(record.opened_at)
        if column == self.CHANGED:
            return CHANGED_MARK if record.changed_since_read else ""
        return f"{record.highlight_count:,}"

    def sort_key(self, record: LibraryEntry, column: int) -> Any:
        # Stored times are ISO 8601 in UTC and dates ISO 8601, so their text order is their
        # time order.
        if column == self.ADDED:
            return (record.added_at, record.id)
        if column == self.OPENED:
            return (record.opened_at, record.id)
        if column == self.PUBLISHED:
            return (record.published.strip(), record.id)
        if column == self.HIGHLIGHTS:
            return (record.highlight_count, record.id)
        if column == self.CHANGED:
            return (record.changed_since_read, record.opened_at, record.id)
        return (self.cell(record, column).casefold(), record.id)

    def tooltip(self, record: LibraryEntry, column: int) -> str:
        if column == self.CHANGED and record.changed_since_read:
            return CHANGED_TIP
        lines = [name_of(record.title, record.source)]
        about = [one_line(part) for part in (record.site, record.author) if part.strip()]
        if record.published.strip():
            about.append(display_date(record.published))
        if about:
            lines.append(" · ".join(about))
        if record.source:
            lines.append(record.source)
        lines.append(f"{counted(record.highlight_count, 'highlight')} · Enter or double-click to open")
        return "\n".join(lines)

    def filter_text(self, record: LibraryEntry) -> str:
        return "\n".join(
            (record.title or "", record.source or "", record.site, record.author, record.published)
        )

    def row_of(self, article_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == article_id:
                return row
        return None


class HighlightsModel(RecordTableModel[HighlightListing]):
    COLOUR, QUOTE, NOTE, TAGS, ARTICLE, UPDATED = range(6)
    HEADERS = ("Colour", "Highlighted passage", "Note", "Tags", "Article", "Updated")
    HEADER_TIPS = (
        "The highlight's colour and what it means",
        "The passage as highlighted",
        "First line of the note",
        "The highlight's tags",
        "The article it is in",
        "When the highlight or its note last changed",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meanings: dict[str, str] = {}
        self._positions: dict[str, int] = {}

    def set_colours(self, colours: Sequence[Colour]) -> None:
        self._meanings = {colour.key: colour.meaning for colour in colours}
        self._positions = {colour.key: position for position, colour in enumerate(colours)}

    def colour_label(self, key: str) -> str:
        return self._meanings.get(key) or key

    def cell(self, record: HighlightListing, column: int) -> str:
        highlight = record.highlight
        if column == self.COLOUR:
            return self.colour_label(highlight.colour)
        if column == self.QUOTE:
            return one_line(highlight.exact)
        if column == self.NOTE:
            return first_line(highlight.note)
        if column == self.TAGS:
            return tags_text(highlight.tags)
        if column == self.ARTICLE:
            return name_of(record.article_title, record.article_source)
        return format_time(highlight.updated_at)

    def sort_key(self, record: HighlightListing, column: int) -> Any:
        highlight = record.highlight
        if column == self.COLOUR:
            return (self._positions.get(highlight.colour, len(self._positions)), highlight.id)
        if column == self.UPDATED:
            return (highlight.updated_at, highlight.id)
        return (self.cell(record, column).casefold(), highlight.id)

    def tooltip(self, record: HighlightListing, column: int) -> str:
        highlight = record.highlight
        lines = [quoted(one_line(highlight.exact))]
        if highlight.note.strip():
            lines.append(highlight.note.strip())
        if highlight.tags:
            lines.append(tags_text(highlight.tags))
        colour = self.colour_label(highlight.colour)
        lines.append(f"{colour} · in {name_of(record.article_title, record.article_source)}")
        if highlight.orphan:
            lines.append("Lost its place when the article text changed: open the article to restore it")
        return "\n".join(lines)

    def decoration(self, record: HighlightListing, column: int) -> QColor | None:
        return highlight_accent(record.highlight.colour, is_dark()) if column == self.COLOUR else None


class SearchHitsModel(QAbstractListModel):
    """Search results in rank order; ``HTML_ROLE`` gives the rich text the delegate draws."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._html: list[str] = []

    def set_hits(self, hits: Sequence[SearchHit], passages: Mapping[int, str] | None = None) -> None:
        """``passages`` maps highlight ids to their quoted text, shown with note and tag hits."""
        self.beginResetModel()
        self._hits = list(hits)
        passages = passages or {}
        self._html = [
            hit_html(hit, passages.get(hit.highlight_id) if hit.highlight_id is not None else None)
            for hit in self._hits
        ]
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_text(self._hits[index.row()])
        if role == HTML_ROLE:
            return self._html[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            hit = self._hits[index.row()]
            return (
                "Enter or double-click to open the article here"
                if hit.offset is not None
                else ("Enter or double-click to open the article")
            )
        return None
