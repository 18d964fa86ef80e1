"""How a note's rendered Markdown is shown in Qt: documents, their style and their links."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextDocument,
)

from desktop.core.note_markdown import render_note_summary_html

LIST_INDENT = 18  # px per list level in previews (Qt's 40 wastes a narrow panel)
# Compact paragraphs for previews in a narrow side panel (Qt's default adds 12 px around each).
NOTE_STYLESHEET = (
    "p, ul, ol, pre, blockquote, table { margin-top: 0px; margin-bottom: 4px; }"
    " h1, h2, h3, h4, h5, h6 { margin-top: 2px; margin-bottom: 4px; }"
    " blockquote { margin-left: 10px; }"
)


def note_document(note: str, font: QFont) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(NOTE_STYLESHEET)
    document.setIndentWidth(LIST_INDENT)
    document.setHtml(render_note_summary_html(note))
    return document


def note_first_line(note: str) -> str:
    """The first line of a note as it reads, without Markdown marks."""
    document = QTextDocument()
    document.setHtml(render_note_summary_html(note))
    return next((line.strip() for line in document.toPlainText().splitlines() if line.strip()), "")
