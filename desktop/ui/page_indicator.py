"""The status bar's "Page 3 of 12" for an article from a paginated source (a PDF): the page
at the top of the reader, so that a passage can be found again in the original."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.core.article import Article, page_at
from desktop.ui.reader import ReaderView


class PageIndicator(QLabel):
    def __init__(self, reader: ReaderView) -> None:
        super().__init__()
        self.reader = reader
        self._article: Article | None = None
        self.setToolTip("The page of the original document at the top of the text")
        reader.verticalScrollBar().valueChanged.connect(self.refresh)
        self.hide()

    def show_article(self, article: Article | None) -> None:
        self._article = article if article is not None and article.pages else None
        self.setVisible(self._article is not None)
        self.refresh()

    def refresh(self) -> None:
        article = self._article
        if article is None:
            return
        last = article.pages[-1].number
        bar = self.reader.verticalScrollBar()
        # At the end of the text its last page is read, though shorter than the view it never
        # reaches the top (while the text is laid out, the range's end is not the text's).
        at_end = 0 < bar.maximum() <= bar.value() and not self.reader.layout_ahead.pending
        page = last if at_end else page_at(article.pages, self.reader.top_position())
        self.setText(f"Page {page} of {last}")
