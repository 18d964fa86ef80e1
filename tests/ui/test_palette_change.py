"""The desktop switching between light and dark while an article is open: every colour made for
the old palette (reader tints, quotes and links, toolbar and legend swatches, the info bar) is
made again, so the text stays legible on its background."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.reader import ReaderView
from desktop.ui.theme import contrast_ratio, highlight_colour, label_background
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait
from tests.ui.screenshots import dark_palette
from tests.ui.test_main_window import background_at

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
PLAIN_PASSAGE = "corrosion in more than a third of its steel cables"
ENTITY_PASSAGE = "Mayor Elena Vasquez said at a press conference"
SCREENSHOT_DIR = Path("/tmp/reading-assistant-screenshots")


@pytest.fixture
def light_palette() -> Iterator[QPalette]:
    """The palette the tests start with, put back afterwards whatever happens."""
    original = QApplication.palette()
    yield original
    QApplication.setPalette(original)


def _switch_palette(window: MainWindow, palette: QPalette) -> None:
    QApplication.setPalette(palette)
    QApplication.processEvents()
    window.reader.highlighter.finish_pending()


def _highlight(window: MainWindow, passage: str, colour: str) -> int:
    start = window.reader.text.index(passage)
    window.reader.select_range(start, start + len(passage))
    window.annotator.choose_colour(colour)
    window.annotator.highlight_selection()
    return start


def _format_at(reader: ReaderView, codepoint: int) -> QTextCharFormat:
    """What is drawn at a code point: the document's format with the highlighter's on top."""
    position = reader.to_document(codepoint)
    block = reader.document().findBlock(position)
    offset = position - block.position()
    cursor = QTextCursor(block)
    cursor.setPosition(position + 1)
    merged = QTextCharFormat(cursor.charFormat())
    for format_range in block.layout().formats():
        if format_range.start <= offset < format_range.start + format_range.length:
            merged.merge(format_range.format)
    return merged


def _format_contrast(reader: ReaderView, codepoint: int) -> float:
    char_format = _format_at(reader, codepoint)
    palette = reader.palette()
    text = (
        char_format.foreground().color()
        if char_format.foreground().style() != Qt.BrushStyle.NoBrush
        else palette.color(QPalette.ColorRole.Text)
    )
    background = (
        char_format.background().color()
        if char_format.background().style() != Qt.BrushStyle.NoBrush
        else palette.color(QPalette.ColorRole.Base)
    )
    return contrast_ratio(text, background)


def _rendered_colours(reader: ReaderView, codepoint: int) -> tuple[QColor, QColor]:
    """The background and the ink drawn over the four characters from ``codepoint``: the most
    common pixel, and the pixel that stands out from it most (the core of a glyph stroke)."""
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.to_document(codepoint))
    left = reader.cursorRect(cursor)
    cursor.setPosition(reader.to_document(codepoint + 4))
    right = reader.cursorRect(cursor)
    area = QRect(left.topLeft(), right.bottomLeft()).adjusted(2, 1, -1, -1)
    image = reader.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = Counter(
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
    )
    background = QColor(pixels.most_common(1)[0][0])
    ink = max((QColor(name) for name in pixels), key=lambda colour: contrast_ratio(colour, background))
    return background, ink


def _icon_colour(icon: QIcon) -> str:
    """The colour in the middle of a swatch icon, as ``#rrggbb``."""
    size = icon.availableSizes()[0]
    return icon.pixmap(size).toImage().pixelColor(size.width() // 2, size.height() // 2).name()


def test_switching_to_dark_remakes_every_tint(
    qtbot: QtBot, window: MainWindow, light_palette: QPalette
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    reader = window.reader
    plain = _highlight(window, PLAIN_PASSAGE, "red")
    noted = _highlight(window, ENTITY_PASSAGE, "green")
    person = reader.text.index("Elena Vasquez")
    place = reader.text.index("Riverton city council")
    reader.select_range(0, 0, scroll=False)
    window.info_bar.show_message("The archive is read-only.", "warning")
    reader.highlighter.finish_pending()
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOT_DIR / "palette-before.png"))
    assert background_at(window, plain + 3) == highlight_colour("red", False)

    _switch_palette(window, dark_palette())
    assert window.grab().save(str(SCREENSHOT_DIR / "palette-after-dark.png"))
    # The reader: highlights and entities in their deep tints, under the light text.
    assert background_at(window, plain + 3) == highlight_colour("red", True)
    assert background_at(window, noted + 3) == highlight_colour("green", True)
    assert background_at(window, place) == label_background("GPE", True)
    for codepoint in (plain + 3, person + 2, place + 2):
        assert _format_contrast(reader, codepoint) >= 4.5, reader.text[codepoint : codepoint + 10]
    background, ink = _rendered_colours(reader, plain + 1)
    assert background == highlight_colour("red", True)
    assert contrast_ratio(ink, background) >= 4.5
    # The toolbar swatches, the legend and the info bar follow.
    red_action = window.annotator.colour_actions["red"]
    assert _icon_colour(red_action.icon()) == highlight_colour("red", True).name()
    legend_box = window.entities_panel.legend.checkboxes["PERSON"]
    assert _icon_colour(legend_box.icon()) == label_background("PERSON", True).name()
    bar_background, bar_text, _border = window.info_bar.colours()
    assert bar_background.lightness() < 128
    assert contrast_ratio(bar_text, bar_background) >= 4.5
    bar_pixel = window.info_bar.grab().toImage().pixelColor(6, window.info_bar.height() // 2)
    assert bar_pixel == bar_background
    assert window.info_bar.message.palette().color(QPalette.ColorRole.WindowText) == bar_text

    # And back to light.
    _switch_palette(window, light_palette)
    assert background_at(window, plain + 3) == highlight_colour("red", False)
    assert _icon_colour(red_action.icon()) == highlight_colour("red", False).name()
    assert window.info_bar.colours()[0].lightness() > 128
    for codepoint in (plain + 3, person + 2, place + 2):
        assert _format_contrast(reader, codepoint) >= 4.5


def test_quotes_and_links_take_the_new_palette(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, light_palette: QPalette
) -> None:
    article = tmp_path / "quote.md"
    article.write_text(
        "# A title\n\nThe [council](https://example.org/council) met.\n\n> A quoted passage.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(article)
    reader = window.reader
    link = reader.text.index("council")
    quote = reader.text.index("quoted")
    _switch_palette(window, dark_palette())
    dark = dark_palette()
    assert _format_at(reader, link).foreground().color() == dark.color(QPalette.ColorRole.Link)
    assert _format_at(reader, quote).foreground().color() == dark.color(QPalette.ColorRole.PlaceholderText)
    assert _format_contrast(reader, quote) >= 4.5
    assert _format_contrast(reader, link) >= 4.5
