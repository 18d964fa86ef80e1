"""Tree rows that lead to a passage of an archived article: the row keeps the article id, start
and end, and gives them back when it is opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

# Where a row leads: (article id, start, end in its text); rows that lead nowhere hold nothing.
PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1

Passage = tuple[int, int, int]


def set_passage(item: QTreeWidgetItem, passage: Passage) -> None:
    item.setData(0, PASSAGE_ROLE, passage)


def passage_of(item: QTreeWidgetItem) -> Passage | None:
    """The passage ``item`` leads to, None for a heading or another row that leads nowhere."""
    passage = item.data(0, PASSAGE_ROLE)
    return tuple(passage) if passage else None
