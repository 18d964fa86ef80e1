"""Completing tags in a comma or space separated tags field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
)


class TagCompleter(QCompleter):
    """Completes the word being typed in a comma/space separated tags field, keeping the others."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self._field = field
        self.tags_model = QStringListModel(self)
        self.setModel(self.tags_model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_tags(self, tags: Sequence[str]) -> None:
        self.tags_model.setStringList(list(tags))

    def splitPath(self, path: str) -> list[str]:
        return [_last_word(path)[1].lstrip("#")]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        kept, _ = _last_word(self._field.text())
        return f"{kept}{index.data()}, "


def _last_word(text: str) -> tuple[str, str]:
    """``text`` split before its last tag being typed: ("war, ", "dro") for "war, dro"."""
    cut = max(text.rfind(","), text.rfind(" ")) + 1
    return text[:cut], text[cut:]
