"""Highlights as the Notes tab lists them: their colours, tag text helpers, the item model and its filter.

The colours here are the ones the reader paints highlights with, so the list swatch and the
passage in the text always match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.store.records import Highlight
from desktop.store.sql_rows import MAX_TAG_LENGTH, normalise_tag
from desktop.ui.model_index import NO_PARENT

HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Highlight of a row

_TAG_SEPARATORS = re.compile(r"[,\s]+")
# A refused tag is quoted in its message up to this many characters.
_SHOWN_REFUSED_CHARS = 40


def parse_tags(text: str) -> list[str]:
    """Tags typed as "war, #drones energy": split at commas and spaces, '#' dropped, each once
    (whatever its case), in the order the archive keeps them (alphabetical, ignoring case).

    Words that cannot be tags (over-long ones, control characters) are left out.
    """
    tags: dict[str, str] = {}
    for word in _TAG_SEPARATORS.split(text):
        try:
            tag = normalise_tag(word)
        except ValueError:
            continue
        tags.setdefault(tag.casefold(), tag)
    return sorted(tags.values(), key=str.casefold)


def tags_refusal(text: str) -> str | None:
    """What the reader is told of the words of ``text`` that ``parse_tags`` leaves out
    (over-long, control characters), or None when it takes them all."""
    refused = []
    for word in _TAG_SEPARATORS.split(text):
        if word.strip().lstrip("#"):
            try:
                normalise_tag(word)
            except ValueError:
                refused.append(word)
    if not refused:
        return None
    first = refused[0] if len(refused[0]) <= _SHOWN_REFUSED_CHARS else refused[0][:_SHOWN_REFUSED_CHARS] + "…"
    more = f" and {len(refused) - 1} more" if len(refused) > 1 else ""
    return (
        f"Left out of the tags: “{first}”{more}"
        f" (a tag is at most {MAX_TAG_LENGTH} characters, with no control characters)."
    )


def same_tags(first: Iterable[str], second: Iterable[str]) -> bool:
    """Whether two lists of tags are the same once stored (order and case do not count)."""
    return {tag.casefold() for tag in first} == {tag.casefold() for tag in second}


def tags_text(tags: Iterable[str]) -> str:
    """Tags as the tags field shows them, ready to be parsed back."""
    return ", ".join(tags)


def hashtags(tags: Iterable[str]) -> str:
    return " ".join(f"#{tag}" for tag in tags)


def colour_names(colour: str, meanings: dict[str, str]) -> str:
    """ "Important (yellow)": the meaning the user gave a colour, then the colour itself."""
    meaning = meanings.get(colour)
    return f"{meaning.capitalize()} ({colour})" if meaning else colour.capitalize()


class NotesModel(QAbstractListModel):
    """The article's highlights, in the order given (text order), one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.highlights: list[Highlight] = []
        self._rows: dict[int, int] = {}

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        self.beginResetModel()
        self.highlights = list(highlights)
        self._rows = {highlight.id: row for row, highlight in enumerate(self.highlights)}
        self.endResetModel()

    def replace(self, highlight: Highlight) -> bool:
        """Shows the new state of a listed highlight; False when it is not listed."""
        row = self._rows.get(highlight.id)
        if row is None:
            return False
        self.highlights[row] = highlight
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        return True

    def row_of(self, highlight_id: int) -> int | None:
        return self._rows.get(highlight_id)

    def find(self, highlight_id: int) -> Highlight | None:
        row = self._rows.get(highlight_id)
        return None if row is None else self.highlights[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.highlights)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.highlights):
            return None
        highlight = self.highlights[index.row()]
        if role == HIGHLIGHT_ROLE:
            return highlight
        if role == Qt.ItemDataRole.DisplayRole:
            return highlight.exact
        if role == Qt.ItemDataRole.ToolTipRole:
            return highlight_tooltip(highlight)
        return None


def highlight_tooltip(highlight: Highlight) -> str:
    """Plain text: the quote (cut when long), then the note source and tags."""
    parts = [f"“{shortened(highlight.exact, 400)}”"]
    if highlight.note.strip():
        parts.append(highlight.note.strip())
    if highlight.tags:
        parts.append(hashtags(highlight.tags))
    parts.append("Enter: show in the article · Delete: remove the highlight")
    return "\n\n".join(parts)


def shortened(text: str, limit: int) -> str:
    """``text`` cut to about ``limit`` characters at a word boundary, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "…"


class NotesFilter(QSortFilterProxyModel):
    """Keeps the highlights of one colour and/or one tag (None: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colour: str | None = None
        self.tag: str | None = None

    def set_filters(self, colour: str | None, tag: str | None) -> None:
        self.beginFilterChange()
        self.colour, self.tag = colour, tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        highlight: Highlight = self.sourceModel().index(source_row, 0, source_parent).data(HIGHLIGHT_ROLE)
        return (self.colour is None or highlight.colour == self.colour) and (
            self.tag is None or self.tag in highlight.tags
        )
