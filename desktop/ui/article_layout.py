"""Give the plain article text in a ``QTextDocument`` the look of its structure.

The document holds exactly ``Article.text`` (one Qt block per line), so every offset stays
valid; headings, lists, quotes, code and links are formats laid over it. List bullets come
from ``QTextList`` and are drawn by the layout, not inserted into the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from desktop.core.article import Article, Block, Inline
from desktop.ui.theme import subtle_background

BODY_POINT_SIZE = 13
# Headings and code are sized in Qt's font size steps relative to the document's default font
# (+2 is 1.5 times it, +1 is 1.2, -1 is 0.8), so that a zoom, which changes only the default
# font, scales them with the body text at no cost.
HEADING_SIZE_STEP = {0: 2, 1: 2, 2: 1}  # deeper headings: bold, at the body size
CODE_SIZE_STEP = -1
SIZE_STEP_SCALE = {-1: 0.8, 0: 1.0, 1: 1.2, 2: 1.5}
INDENT_PX = 26
LINE_HEIGHT_PERCENT = 150
TIGHT_LINE_HEIGHT_PERCENT = 120
TIGHT_KINDS = ("heading", "code", "table_row")  # set in the tighter spacing
# Space after a paragraph (and a code block): paragraphs read as separate without an empty line.
PARAGRAPH_GAP_PX = 10
# A heading sits closer to the text it introduces than to the text before it.
HEADING_GAP_BELOW_PX = 16
SUBHEADING_GAP_ABOVE_PX = 8
# Kinds whose lines sit together, the gap under their last line only.
_SHAPED_KINDS = ("paragraph", "code")
# A line break followed by a line with nothing but blanks on it.
_BEFORE_BLANK_LINE = re.compile(r"\n(?=[ \t\f\v]*\n)")

ToDocument = Callable[[int], int]


def apply_layout(
    document: QTextDocument,
    article: Article,
    to_document: ToDocument,
    palette: QPalette,
    line_height_percent: int = LINE_HEIGHT_PERCENT,
) -> None:
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    body = _spaced(line_height_percent)
    body.setBottomMargin(PARAGRAPH_GAP_PX)
    cursor.mergeBlockFormat(body)
    _shape_paragraphs(cursor, article, to_document, line_height_percent)
    for block in _styled_blocks(article):
        _select(cursor, to_document(block.start), to_document(block.end))
        _style_block(cursor, block)
        if block.kind == "list_item":
            cursor.createList(_list_format(block))
    for inline in article.inlines:
        _select(cursor, to_document(inline.start), to_document(inline.end))
        cursor.mergeCharFormat(_inline_format(inline))
    _colour(cursor, article, to_document, palette)
    cursor.endEditBlock()


def recolour(document: QTextDocument, article: Article, to_document: ToDocument, palette: QPalette) -> None:
    """Lay another palette's colours over an article laid out before (the desktop switched
    between light and dark). One edit block, so a highlighter on the document repaints the
    lines in between in one pass rather than once for every coloured block."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    _colour(cursor, article, to_document, palette)
    cursor.endEditBlock()


def respace(
    document: QTextDocument, article: Article, to_document: ToDocument, line_height_percent: int
) -> None:
    """Set the line spacing of the body text anew; headings and code keep their tighter one."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(_spaced(line_height_percent))
    for block in _styled_blocks(article):
        if block.kind in TIGHT_KINDS:
            _select(cursor, to_document(block.start), to_document(block.end))
            cursor.mergeBlockFormat(_spaced(TIGHT_LINE_HEIGHT_PERCENT))
    _collapse_blank_lines(cursor, article, to_document)
    cursor.endEditBlock()


def _spaced(line_height_percent: int) -> QTextBlockFormat:
    block_format = QTextBlockFormat()
    block_format.setLineHeight(line_height_percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return block_format


def _shape_paragraphs(
    cursor: QTextCursor, article: Article, to_document: ToDocument, line_height_percent: int
) -> None:
    """The lines of one paragraph (or code block) sit together, and the blank lines between
    paragraphs take no room: a text whose paragraphs are separated by blank lines (as most
    articles saved or copied from the web are) reads as one whose paragraphs are single lines,
    one gap between them."""
    together = _spaced(line_height_percent)
    together.setBottomMargin(0)
    text = article.text
    for block in article.blocks:
        last_break = text.rfind("\n", block.start, block.end) if block.kind in _SHAPED_KINDS else -1
        if last_break != -1:  # every line but the last: the paragraph's gap comes after it
            _select(cursor, to_document(block.start), to_document(last_break))
            cursor.setBlockFormat(together)
    _collapse_blank_lines(cursor, article, to_document)


def _collapse_blank_lines(cursor: QTextCursor, article: Article, to_document: ToDocument) -> None:
    """Blank lines between blocks take no height and leave no gap (inside a block, as in code,
    they stay). A whole format set on one position: a tenth of the cost of merging one into a
    selection, for the thousands of blank lines of a book."""
    collapsed = QTextBlockFormat()
    collapsed.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    collapsed.setBottomMargin(0)
    for line in _blank_lines(article):
        cursor.setPosition(to_document(line))
        cursor.setBlockFormat(collapsed)


def _blank_lines(article: Article) -> Iterator[int]:
    """Where each blank line outside every block starts."""
    blocks = sorted((block.start, block.end) for block in article.blocks)
    starts = [start for start, _ in blocks]
    for match in _BEFORE_BLANK_LINE.finditer(article.text):
        line = match.end()
        before = bisect_right(starts, line) - 1
        if before < 0 or line >= blocks[before][1]:
            yield line


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


def _style_block(cursor: QTextCursor, block: Block) -> None:
    """The block's shape and type, without colours (see :func:`_colour`)."""
    block_format = QTextBlockFormat()
    char_format = QTextCharFormat()
    if block.kind == "heading":
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setProperty(
            QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_STEP.get(block.level, 0)
        )
        block_format.setLineHeight(
            TIGHT_LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        block_format.setBottomMargin(HEADING_GAP_BELOW_PX)
        block_format.setTopMargin(SUBHEADING_GAP_ABOVE_PX if block.level > 1 else 0)
    elif block.kind == "quote":
        char_format.setFontItalic(True)
        block_format.setLeftMargin(INDENT_PX * max(1, block.level))
        block_format.setRightMargin(INDENT_PX)
    elif block.kind in ("code", "table_row"):
        char_format.setFontFamilies(_fixed_families())
        char_format.setFontFixedPitch(True)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, CODE_SIZE_STEP)
        block_format.setLineHeight(
            TIGHT_LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        if block.kind == "table_row":  # rows follow each other with no gap: the table reads as one
            block_format.setBottomMargin(0)
    cursor.mergeBlockFormat(block_format)
    cursor.mergeCharFormat(char_format)


def _colour(cursor: QTextCursor, article: Article, to_document: ToDocument, palette: QPalette) -> None:
    """The colours taken from the palette: quotes, code backgrounds and links."""
    muted = QTextCharFormat()
    muted.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    shaded_block = QTextBlockFormat()
    shaded_block.setBackground(subtle_background(palette))
    shaded = QTextCharFormat()
    shaded.setBackground(subtle_background(palette))
    link = QTextCharFormat()
    link.setForeground(palette.color(QPalette.ColorRole.Link))
    for block in _styled_blocks(article):
        if block.kind == "quote":
            _select(cursor, to_document(block.start), to_document(block.end))
            cursor.mergeCharFormat(muted)
        elif block.kind in ("code", "table_row"):
            _select(cursor, to_document(block.start), to_document(block.end))
            cursor.mergeBlockFormat(shaded_block)
    for inline in article.inlines:
        colour = (
            shaded if inline.style == "code" else link if inline.style == "link" and inline.href else None
        )
        if colour is not None:
            _select(cursor, to_document(inline.start), to_document(inline.end))
            cursor.mergeCharFormat(colour)


def _fixed_families() -> list[str]:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families()


def _list_format(block: Block) -> QTextListFormat:
    list_format = QTextListFormat()
    list_format.setStyle(
        QTextListFormat.Style.ListDisc if block.level % 2 else QTextListFormat.Style.ListCircle
    )
    list_format.setIndent(max(1, block.level))
    return list_format


def _inline_format(inline: Inline) -> QTextCharFormat:
    """The inline's type and shape, without colours (see :func:`_colour`)."""
    char_format = QTextCharFormat()
    if inline.style == "bold":
        char_format.setFontWeight(QFont.Weight.Bold)
    elif inline.style == "italic":
        char_format.setFontItalic(True)
    elif inline.style == "code":
        char_format.setFontFamilies(_fixed_families())
    elif inline.style == "link" and inline.href:
        char_format.setAnchor(True)
        char_format.setAnchorHref(inline.href)
        char_format.setFontUnderline(True)
        char_format.setToolTip(inline.href)
    return char_format
