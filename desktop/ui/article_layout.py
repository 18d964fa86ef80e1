"""Give the plain article text in a ``QTextDocument`` the look of its structure.

The document holds exactly ``Article.text`` (one Qt block per line), so every offset stays
valid; headings, lists, quotes, code and links are formats laid over it. List bullets come
from ``QTextList`` and are drawn by the layout, not inserted into the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from desktop.core.article import Article, Block, Inline
from desktop.ui.theme import subtle_background

BODY_POINT_SIZE = 13
HEADING_SCALE = {0: 1.6, 1: 1.6, 2: 1.35, 3: 1.2}
INDENT_PX = 26
LINE_HEIGHT_PERCENT = 150

ToDocument = Callable[[int], int]


def apply_layout(
    document: QTextDocument,
    article: Article,
    to_document: ToDocument,
    palette: QPalette,
    body_point_size: float = BODY_POINT_SIZE,
) -> None:
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    body = QTextBlockFormat()
    body.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body.setBottomMargin(10)
    cursor.mergeBlockFormat(body)
    for block in _styled_blocks(article):
        _select(cursor, to_document(block.start), to_document(block.end))
        _style_block(cursor, block, palette, body_point_size)
        if block.kind == "list_item":
            cursor.createList(_list_format(block))
    _style_inlines(cursor, article, to_document, palette)
    cursor.endEditBlock()


def restyle(
    document: QTextDocument,
    article: Article,
    to_document: ToDocument,
    palette: QPalette,
    body_point_size: float,
) -> None:
    """Lay the colours and font sizes over an already laid-out article again (another palette,
    another zoom). Each styled block is its own change, not one edit block spanning them all,
    so that a highlighter on the document repaints only the styled lines, not the whole text."""
    cursor = QTextCursor(document)
    for block in _styled_blocks(article):
        _select(cursor, to_document(block.start), to_document(block.end))
        _style_block(cursor, block, palette, body_point_size)
    _style_inlines(cursor, article, to_document, palette)


def _styled_blocks(article: Article) -> list[Block]:
    # Plain paragraphs need nothing beyond the body format; skipping them keeps long texts fast.
    blocks = [b for b in article.blocks if b.kind != "paragraph"]
    if (
        not any(b.kind == "heading" for b in blocks)
        and article.title
        and article.text.startswith(article.title)
    ):
        blocks.insert(0, Block(0, len(article.title), "heading", 0))
    return blocks


def _select(cursor: QTextCursor, start: int, end: int) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)


def _style_block(cursor: QTextCursor, block: Block, palette: QPalette, body_point_size: float) -> None:
    block_format = QTextBlockFormat()
    char_format = QTextCharFormat()
    if block.kind == "heading":
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setFontPointSize(body_point_size * HEADING_SCALE.get(block.level, 1.1))
        block_format.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setBottomMargin(16)
        block_format.setTopMargin(8 if block.level > 1 else 0)
    elif block.kind == "quote":
        char_format.setFontItalic(True)
        char_format.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        block_format.setLeftMargin(INDENT_PX * max(1, block.level))
        block_format.setRightMargin(INDENT_PX)
    elif block.kind in ("code", "table_row"):
        char_format.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        char_format.setFontPointSize(body_point_size * 0.85)
        block_format.setBackground(subtle_background(palette))
        block_format.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setBottomMargin(0 if block.kind == "table_row" else 10)
    cursor.mergeBlockFormat(block_format)
    cursor.mergeCharFormat(char_format)


def _list_format(block: Block) -> QTextListFormat:
    list_format = QTextListFormat()
    list_format.setStyle(
        QTextListFormat.Style.ListDisc if block.level % 2 else QTextListFormat.Style.ListCircle
    )
    list_format.setIndent(max(1, block.level))
    return list_format


def _style_inlines(cursor: QTextCursor, article: Article, to_document: ToDocument, palette: QPalette) -> None:
    for inline in article.inlines:
        _select(cursor, to_document(inline.start), to_document(inline.end))
        cursor.mergeCharFormat(_inline_format(inline, palette))


def _inline_format(inline: Inline, palette: QPalette) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if inline.style == "bold":
        char_format.setFontWeight(QFont.Weight.Bold)
    elif inline.style == "italic":
        char_format.setFontItalic(True)
    elif inline.style == "code":
        char_format.setFontFamilies(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families())
        char_format.setBackground(subtle_background(palette))
    elif inline.style == "link" and inline.href:
        char_format.setAnchor(True)
        char_format.setAnchorHref(inline.href)
        char_format.setForeground(palette.color(QPalette.ColorRole.Link))
        char_format.setFontUnderline(True)
        char_format.setToolTip(inline.href)
    return char_format
