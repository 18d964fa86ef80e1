"""A quiet line above the text: where the article comes from and who wrote it, when known."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.article import Article

METADATA_ORDER = ("site", "author", "published")


class ArticleHeader(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Site, author and date come from the page or an imported file: never markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(16, 6, 16, 2)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hide()

    def show_article(self, article: Article | None) -> None:
        text = header_text(article) if article is not None else ""
        self.setText(text)
        self.setToolTip(article.source or "" if article is not None else "")
        self.setVisible(bool(text))


def header_text(article: Article) -> str:
    """ "Site · Author · Date · source", leaving out what is unknown."""
    parts = [article.metadata[key] for key in METADATA_ORDER if article.metadata.get(key)]
    if article.source:
        parts.append(article.source)
    return "  ·  ".join(parts)
