"""A chapter filter for the Claims and Figures tabs: in a long book, show one chapter's rows."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop.core.article import Article
from desktop.core.chapters import Chapters
from desktop.ui.panels.widgets import filter_combo

ALL_CHAPTERS = "All chapters"


class ChapterFilter:
    """A combo of the article's chapters, offered only for a long book (see
    :meth:`Chapters.worth_grouping`); ``span()`` is the chosen chapter's text range."""

    def __init__(self) -> None:
        self.combo: QComboBox = filter_combo("Show the rows of one chapter of the book", 12)
        self._spans: list[tuple[int, int]] = []
        self.combo.setVisible(False)

    @property
    def offered(self) -> bool:
        return bool(self._spans)

    def show_article(self, article: Article) -> None:
        """The chapters of ``article`` (none offered for a short text); back to all chapters."""
        chapters = Chapters(article.blocks, article.text)
        spans = chapters.spans() if chapters.worth_grouping() else []
        self._spans = [(start, end) for _title, start, end in spans]
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(ALL_CHAPTERS)
        for title, _start, _end in spans:
            self.combo.addItem(title)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self.combo.setVisible(self.offered)

    def span(self) -> tuple[int, int] | None:
        """The text range of the chosen chapter, None for all."""
        chosen = self.combo.currentIndex() - 1
        return self._spans[chosen] if 0 <= chosen < len(self._spans) else None

    def set_chapter(self, title: str | None) -> None:
        """Chooses the chapter called ``title`` (None: all chapters)."""
        self.combo.setCurrentIndex(max(0, self.combo.findText(title)) if title else 0)
