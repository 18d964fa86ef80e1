"""PDFs made for the tests with Qt's own PDF writer: pages of lines placed where a typesetter
would place them (headings in a larger font, one or two columns, running headers, page numbers,
words hyphenated across lines), so the loader is tested on layouts we know the reading of."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

RESOLUTION = 72  # one device pixel per PDF point
PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
BODY_SIZE = 10
LINE_HEIGHT = 14


@dataclass
class Line:
    text: str
    x: float
    y: float  # baseline, from the top of the page
    size: int = BODY_SIZE
    bold: bool = False


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)


def column_lines(paragraphs: list[list[str]], x: float, top: float, *, indent: float = 0) -> list[Line]:
    """Paragraphs (each a list of already broken lines) stacked in one column, a blank line
    between paragraphs and the first line of each indented by ``indent``."""
    lines: list[Line] = []
    y = top
    for paragraph in paragraphs:
        for number, text in enumerate(paragraph):
            lines.append(Line(text, x + (indent if number == 0 else 0), y))
            y += LINE_HEIGHT
        y += LINE_HEIGHT
    return lines


def write_pdf(path: Path, pages: list[Page], *, title: str = "", author: str = "") -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setTitle(title)
    writer.setAuthor(author)
    painter = QPainter(writer)
    for number, page in enumerate(pages):
        if number:
            writer.newPage()
        for line in page.lines:
            font = QFont("DejaVu Serif")
            font.setPixelSize(line.size)
            font.setBold(line.bold)
            painter.setFont(font)
            painter.drawText(QPointF(line.x, line.y), line.text)
    painter.end()
    return path
