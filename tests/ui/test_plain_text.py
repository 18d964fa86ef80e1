"""Text that comes from pages and imported files is shown as text, never as markup (the info
bar's case, a server's reason phrase, is in test_opening.py)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.ui.article_header import ArticleHeader

HOSTILE = '<a href="javascript:x">click</a><b>bold</b>'


def shown_text(label: QLabel) -> str:
    """What the label displays (and copies): selecting all of it selects only visible text."""
    label.setSelection(0, len(label.text()))
    return label.selectedText()


def test_article_header_shows_page_metadata_as_plain_text(qtbot: QtBot) -> None:
    header = ArticleHeader()
    qtbot.addWidget(header)
    # An imported article's metadata, or a page's author meta tag, is whatever its author wrote.
    header.show_article(Article(text="Some text.", metadata={"site": "Site", "author": HOSTILE}))
    # Rich text only for its own link: what the page says is shown as written.
    document = QTextDocument()
    document.setHtml(header.text())
    assert " ".join(document.toPlainText().split()) == f"Site · {HOSTILE}"
    assert "<a " not in header.text()  # no web address known: no link at all
