"""How the reader lays out an article's paragraphs, headings and blank lines."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat
from pytestqt.qtbot import QtBot

from desktop.core.article import Article, Block
from desktop.core.plain_text import article_from_text
from desktop.ui.article_layout import PARAGRAPH_GAP_PX
from desktop.ui.reader import ReaderView
from desktop.ui.reading_style import ReadingStyle
from tests.ui.readers import new_reader

# As most articles saved or copied from the web are: paragraphs separated by blank lines, the
# second one wrapped by hand.
BLANK_LINES = (
    "Flood forces thousands from Derna\n\nThousands fled on Monday.\n\nShelters opened\nacross the city.\n"
)
ONE_LINE_EACH = (
    "Flood forces thousands from Derna\nThousands fled on Monday.\nShelters opened across the city.\n"
)


def shown(qtbot: QtBot, article: Article) -> ReaderView:
    reader = new_reader(qtbot, 900, 500)
    reader.show_article(article)
    qtbot.waitExposed(reader)
    return reader


def block_at(reader: ReaderView, text: str, line: str) -> QTextBlock:
    return reader.document().findBlock(reader.to_document(text.index(line)))


def top(reader: ReaderView, text: str, line: str) -> float:
    return reader.document().documentLayout().blockBoundingRect(block_at(reader, text, line)).top()


def is_collapsed(block: QTextBlock) -> bool:
    block_format = block.blockFormat()
    return (
        block_format.lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value
        and block_format.lineHeight() == 0
        and block_format.bottomMargin() == 0
    )


def test_blank_lines_between_paragraphs_take_no_room(qtbot: QtBot) -> None:
    spaced = shown(qtbot, article_from_text(BLANK_LINES))
    tight = shown(qtbot, article_from_text(ONE_LINE_EACH))
    # The second paragraph starts where it does when paragraphs are single lines: one gap.
    assert top(spaced, BLANK_LINES, "Thousands fled") == top(tight, ONE_LINE_EACH, "Thousands fled")
    assert top(spaced, BLANK_LINES, "Shelters") == top(tight, ONE_LINE_EACH, "Shelters")
    blank = block_at(spaced, BLANK_LINES, "Thousands fled").previous()
    assert blank.text() == "" and is_collapsed(blank)


def test_the_lines_of_one_paragraph_sit_together(qtbot: QtBot) -> None:
    reader = shown(qtbot, article_from_text(BLANK_LINES))
    assert block_at(reader, BLANK_LINES, "Shelters").blockFormat().bottomMargin() == 0
    assert block_at(reader, BLANK_LINES, "across").blockFormat().bottomMargin() == PARAGRAPH_GAP_PX
    assert block_at(reader, BLANK_LINES, "Thousands fled").blockFormat().bottomMargin() == PARAGRAPH_GAP_PX


def test_a_blank_line_inside_a_code_block_keeps_its_height(qtbot: QtBot) -> None:
    text = "Run this:\nfirst()\n\nsecond()\n"
    code = text.index("first")
    reader = shown(qtbot, Article(text=text, blocks=(Block(0, 9), Block(code, len(text) - 1, "code"))))
    blank = block_at(reader, text, "second").previous()
    assert blank.text() == "" and not is_collapsed(blank)
    layout = reader.document().documentLayout()
    assert top(reader, text, "second") > layout.blockBoundingRect(blank).top()


def test_a_new_line_spacing_keeps_blank_lines_collapsed(qtbot: QtBot) -> None:
    reader = shown(qtbot, article_from_text(BLANK_LINES))
    reader.set_reading_style(ReadingStyle(line_spacing_percent=180))
    blank = block_at(reader, BLANK_LINES, "Thousands fled").previous()
    assert is_collapsed(blank)
    assert block_at(reader, BLANK_LINES, "Thousands fled").blockFormat().lineHeight() == 180


def test_the_lines_of_a_code_block_sit_together(qtbot: QtBot) -> None:
    # Each line of code had the paragraph gap under it, so a code block showed as grey stripes.
    text = "Run this:\nfirst()\n\nsecond()\nAfter the code.\n"
    code = text.index("first")
    blocks = (
        Block(0, 9),
        Block(code, text.index("\nAfter"), "code"),
        Block(text.index("After"), len(text) - 1),
    )
    reader = shown(qtbot, Article(text=text, blocks=blocks))
    assert block_at(reader, text, "first").blockFormat().bottomMargin() == 0
    assert block_at(reader, text, "second").previous().blockFormat().bottomMargin() == 0
    assert block_at(reader, text, "second").blockFormat().bottomMargin() == PARAGRAPH_GAP_PX
