"""A quiet line above the text: the outlet, who wrote it and when, and its web address.

The address is a link that opens only when clicked (http and https only, through
:func:`desktop.ui.links.open_link`); where the article was opened from on this computer is
only in the tooltip.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.article import Article, with_current_metadata_keys
from desktop.core.citation import display_date, web_url
from desktop.ui.links import open_link
from desktop.ui.wording import shortened

# Long addresses are cut in the middle of the line, not wrapped over several.
URL_SHOWN_CHARS = 70
# Indented like the tabs' text above it; little below, since the article follows at once.
MARGINS_PX = (16, 6, 16, 2)  # left, top, right, bottom


class ArticleHeader(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Rich text only for the link: every value from the page is escaped (header_html).
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setContentsMargins(*MARGINS_PX)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.linkActivated.connect(lambda url: open_link(QUrl(url)))
        self.hide()

    def show_article(self, article: Article | None) -> None:
        self.setText(header_html(article) if article is not None else "")
        self.setToolTip(source_tooltip(article) if article is not None else "")
        self.setVisible(article is not None and bool(header_parts(article) or web_url(article)))


def header_parts(article: Article) -> list[str]:
    """Outlet, author and date (as "March 5, 2024"), leaving out what is unknown."""
    metadata = with_current_metadata_keys(article.metadata)
    parts = [
        metadata.get("site", ""),
        metadata.get("author", ""),
        display_date(metadata.get("published", "")),
    ]
    return [" ".join(part.split()) for part in parts if part.strip()]


def header_html(article: Article) -> str:
    parts = [html.escape(part) for part in header_parts(article)]
    url = web_url(article)
    if url:
        shown = shortened(url, URL_SHOWN_CHARS)
        parts.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(shown)}</a>')
    return "&nbsp; · &nbsp;".join(parts)


def source_tooltip(article: Article) -> str:
    """Where the article was opened from, shown as plain text whatever characters it has: a
    path like "<b>.html" is escaped inside a rich-text tooltip, which Qt would otherwise guess
    to be markup."""
    if not article.source:
        return ""
    return f"<p style='white-space:pre'>Opened from {html.escape(article.source)}</p>"
