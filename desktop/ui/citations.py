"""Copy Citation: a passage with its source on the clipboard as plain text and Markdown.

The strings come from :func:`desktop.core.citation.cite`; this module only puts them on the
clipboard (``text/plain`` and ``text/markdown``) and decides what passage the reader's
Copy Citation quotes: the highlight under the pointer, else the selection.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core.article import Article
from desktop.core.citation import Citation, cite
from desktop.store.records import Highlight
from desktop.ui.reader import ReaderView

MARKDOWN_MIME = "text/markdown"
CITE_KEY = "Ctrl+Shift+C"
# Citations of several passages are separated by a blank line in both flavours.
_BETWEEN = "\n\n"


def citation_mime(citations: Sequence[Citation]) -> QMimeData:
    mime = QMimeData()
    mime.setText(_BETWEEN.join(citation.plain for citation in citations))
    mime.setData(MARKDOWN_MIME, _BETWEEN.join(citation.markdown for citation in citations).encode("utf-8"))
    return mime


def copy_citations(article: Article, passages: Sequence[tuple[str, int]]) -> bool:
    """Puts the citations of ``passages`` ((quote, text offset) pairs) of ``article`` on the
    clipboard; False if there was nothing to cite."""
    citations = [cite(quote, article, offset) for quote, offset in passages if quote.strip()]
    if not citations:
        return False
    mime = citation_mime(citations)
    QApplication.clipboard().setMimeData(mime)
    if not _placed:
        atexit.register(_leave_plain_text)
    _placed[:] = [mime]
    return True


# The QMimeData this module last put on the clipboard. Made in Python, it must not outlive the
# interpreter: the clipboard deletes it when the application object goes, during Python's
# finalisation if nothing came first, and its wrapper then calls into a Python that is gone
# (a crash at exit).
_placed: list[QMimeData] = []


def _leave_plain_text() -> None:
    """At exit, a citation still on the clipboard stays there as text that Qt made."""
    clipboard = QApplication.clipboard() if QApplication.instance() is not None else None
    if clipboard is not None and _placed and clipboard.mimeData() is _placed[0]:
        clipboard.setText(_placed[0].text())
    _placed.clear()


class ReaderCitations(QObject):
    """The reader's Copy Citation (Ctrl+Shift+C): quotes the selection, else the highlight at
    the caret; from the context menu, the highlight under the pointer first."""

    def __init__(
        self,
        reader: ReaderView,
        article: Callable[[], Article | None],
        highlight_at: Callable[[int], Highlight | None],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self._article = article
        self._highlight_at = highlight_at
        self._show_status = show_status
        self.action = QAction("Copy &Citation", self)
        self.action.setShortcut(QKeySequence(CITE_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(
            "Copy the selected passage or highlight with its source, as text and Markdown (Ctrl+Shift+C)"
        )
        self.action.triggered.connect(lambda: self.copy_at(None))
        reader.addAction(self.action)

    def passage_at(self, position: int | None) -> tuple[str, int] | None:
        """The passage Copy Citation quotes: the highlight at ``position`` (when given), else
        the selection, else the highlight at the caret."""
        if position is not None and (highlight := self._highlight_at(position)) is not None:
            return highlight.exact, highlight.start
        selection = self.reader.selected_range()
        if selection is not None:
            start, end = selection
            return self.reader.text[start:end], start
        caret = self.reader.to_text(self.reader.textCursor().position())
        highlight = self._highlight_at(caret)
        return (highlight.exact, highlight.start) if highlight is not None else None

    def copy_at(self, position: int | None) -> None:
        article = self._article()
        passage = self.passage_at(position)
        if article is None or passage is None or not copy_citations(article, [passage]):
            self._show_status("Select a passage or click a highlight to copy it as a citation.")
            return
        self._show_status("Copied the citation (text and Markdown).")

    def add_to_menu(self, menu: QMenu, position: int | None) -> None:
        """The context menu's Copy Citation, quoting the highlight under the pointer if any."""
        entry = menu.addAction(self.action.text(), lambda: self.copy_at(position))
        entry.setShortcut(self.action.shortcut())
        entry.setEnabled(self.passage_at(position) is not None)
