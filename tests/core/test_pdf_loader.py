"""PDFs made here with Qt's PDF writer, read back through PDFium: reading order, running heads,
hyphenation, headings, paragraphs and page numbers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from desktop.core.article import Article, ArticleLoadError, page_at
from desktop.core.loaders import load_article
from desktop.core.pdf_loader import article_from_pdf
from tests.core.pdf_factory import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Line, Page, column_lines, write_pdf

LEFT = [
    [
        "The council voted on Tuesday to",
        "close the old bridge, which engi-",
        "neers say is unsafe for heavy",
        "lorries.",
    ],
    ["A second paragraph starts here", "and goes on for a while."],
]
RIGHT = [["The right column follows the left", "one in the reading order."]]


def running_heads(number: int) -> list[Line]:
    return [
        Line("The Harbour Gazette — Tuesday 4 March", MARGIN, 40, size=8),
        Line(str(number), PAGE_WIDTH / 2, PAGE_HEIGHT - 30, size=8),
    ]


def two_column_pdf(path: Path, pages: int = 3, title: str = "") -> Article:
    made = []
    for number in range(1, pages + 1):
        # Drawn right column first: the order on the page, not in the file, must win.
        lines = column_lines(RIGHT, PAGE_WIDTH / 2 + 10, 120) + column_lines(LEFT, MARGIN, 120, indent=12)
        if number == 1:
            lines.append(Line("Bridge to close", MARGIN, 90, size=18, bold=True))
        made.append(Page(running_heads(number) + lines))
    return load_article(write_pdf(path / "gazette.pdf", made, title=title, author="Ann Lee"))


def test_two_columns_read_left_then_right_without_running_heads(qapp: QApplication, tmp_path: Path) -> None:
    article = two_column_pdf(tmp_path)
    first_page = article.text[article.pages[0].start : article.pages[0].end]
    assert first_page.split("\n") == [
        "Bridge to close",
        "The council voted on Tuesday to close the old bridge, which engineers say is unsafe for heavy lorries.",
        "A second paragraph starts here and goes on for a while.",
        "The right column follows the left one in the reading order.",
    ]
    assert "Gazette" not in article.text
    assert not any(line.strip().isdigit() for line in article.text.split("\n"))


def test_headings_title_metadata_and_format(qapp: QApplication, tmp_path: Path) -> None:
    article = two_column_pdf(tmp_path)
    assert article.format == "pdf"
    assert article.title == "Bridge to close"  # no title in the file: its first heading
    assert article.metadata["author"] == "Ann Lee"
    assert article.metadata["published"][:4].isdigit()
    heading = article.blocks[0]
    assert (heading.kind, article.text[heading.start : heading.end]) == ("heading", "Bridge to close")
    assert all(block.kind == "paragraph" for block in article.blocks[1:])
    assert two_column_pdf(tmp_path, title="The Real Title").title == "The Real Title"


def test_pages_cover_the_text_in_order_and_name_each_offset(qapp: QApplication, tmp_path: Path) -> None:
    article = two_column_pdf(tmp_path, pages=4)
    assert [page.number for page in article.pages] == [1, 2, 3, 4]
    assert article.pages[0].start == 0 and article.pages[-1].end == len(article.text)
    for before, after in zip(article.pages, article.pages[1:], strict=False):
        assert before.end <= after.start
    third = article.text.index("council", article.pages[2].start)
    assert page_at(article.pages, third) == 3
    assert page_at(article.pages, 0) == 1


def test_a_paragraph_cut_by_a_page_break_goes_on(qapp: QApplication, tmp_path: Path) -> None:
    pages = [
        Page(
            running_heads(1)
            + column_lines([["The inquiry heard evidence that the", "bridge had been"]], MARGIN, 120)
        ),
        Page(
            running_heads(2)
            + column_lines([["inspected twice since 2019.", "Nobody disputed it."]], MARGIN, 120)
        ),
    ]
    article = load_article(write_pdf(tmp_path / "cut.pdf", pages))
    assert article.text == (
        "The inquiry heard evidence that the bridge had been inspected twice since 2019. Nobody disputed it."
    )
    assert page_at(article.pages, article.text.index("inspected")) == 2
    assert page_at(article.pages, article.text.index("bridge")) == 1


def test_a_pdf_without_text_is_refused_with_a_reason(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.fillRect(QRectF(50, 50, 300, 400), "grey")  # a "scanned" page: pixels, no text
    painter.end()
    with pytest.raises(ArticleLoadError, match="no text layer"):
        load_article(path)


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n garbage", b"not a pdf at all", b"%PDF-1.4\n" + bytes(range(256)) * 40]
)
def test_a_broken_pdf_gets_a_message(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(ArticleLoadError, match="PDF") as raised:
        load_article(path)
    assert not str(raised.value).endswith(".).")  # PDFium's own full stop is not doubled


def test_an_encrypted_pdf_says_so(tmp_path: Path) -> None:
    # The standard security handler with a user password: the empty password does not open it.
    encrypted = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
        b"4 0 obj << /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >> endobj\n"
        b"trailer << /Root 1 0 R /Size 5 /Encrypt 4 0 R /ID [<"
        + b"ab" * 16
        + b"> <"
        + b"ab" * 16
        + b">] >>\n%%EOF\n"
    )
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted)
    with pytest.raises(ArticleLoadError, match="encrypted"):
        load_article(path)


def drawn_pdf(path: Path, contents: list[bytes], kids: list[int] | None = None) -> Path:
    """A PDF of one page per content stream, written by hand (Qt's writer cannot set a font
    size below 1 pt or a negative one); ``kids`` overrides the object numbers the page tree
    lists, so that a page can be missing or be the tree itself."""
    pages = len(contents)
    font = 3 + 2 * pages
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    listed = kids if kids is not None else [3 + 2 * n for n in range(pages)]
    objects.append(
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % kid for kid in listed), len(listed))
    )
    for number, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >>"
            b" /Contents %d 0 R >>" % (font, 4 + 2 * number)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    path.write_bytes(bytes(data))
    return path


def text_lines(size: bytes, *lines: str, top: int = 800) -> bytes:
    shown = b" ".join(b"0 -14 Td (%s) Tj" % line.encode("ascii") for line in lines)
    return b"BT /F1 %s Tf 56 %d Td %s ET" % (size, top, shown)


def test_text_too_small_to_see_is_no_measure_of_the_body_size(tmp_path: Path) -> None:
    # Mostly a hidden layer at 0.04 pt (rounds to a size of 0), and one line at 20 pt.
    hidden = text_lines(b"0.04", *(f"Hidden line {n} of the layer." for n in range(5)))
    path = drawn_pdf(tmp_path / "tiny.pdf", [hidden + b" " + text_lines(b"20", "Bridge to close", top=500)])
    article = load_article(path)
    assert "Bridge to close" in article.text
    assert "Hidden line 4 of the layer." in article.text


def test_a_negative_font_size_is_the_same_size_mirrored(tmp_path: Path) -> None:
    lines = ("The council voted on Tuesday", "to close the old bridge for", "forty days in March.")
    article = load_article(drawn_pdf(tmp_path / "mirrored.pdf", [text_lines(b"-10", *lines)]))
    assert article.text == " ".join(lines)
    assert [block.kind for block in article.blocks] == ["paragraph"]


def test_a_damaged_page_leaves_the_others_readable(tmp_path: Path) -> None:
    # The tree lists the first page and then an object that is no page at all (the catalog).
    contents = [text_lines(b"10", "The first page reads as usual."), text_lines(b"10", "Second page.")]
    article = load_article(drawn_pdf(tmp_path / "gap.pdf", contents, kids=[3, 1]))
    assert article.text == "The first page reads as usual."


def test_a_pdf_whose_pages_are_all_damaged_says_so(tmp_path: Path) -> None:
    # The page tree lists itself as its only page.
    path = drawn_pdf(tmp_path / "loop.pdf", [text_lines(b"10", "Never read.")], kids=[2])
    with pytest.raises(ArticleLoadError, match="damaged"):
        load_article(path)


def test_a_running_head_naming_the_chapter_is_dropped_like_the_books_title(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A book's running heads: its title over the left-hand pages, the chapter's over the
    right-hand ones, which in a long book each repeat on only a few pages of its hundreds."""
    pages = []
    for number in range(1, 13):
        chapter = "Tides" if number <= 6 else "Storms"
        paragraphs = [
            [f"Paragraph {k} on page {number} tells of the quay.", "It ends here."] for k in range(3)
        ]
        lines = column_lines(paragraphs, MARGIN, 120)
        if number in (1, 7):
            lines.append(Line(chapter, MARGIN, 90, size=20, bold=True))
        head = "The Harbour Years" if number % 2 == 0 else chapter
        pages.append(Page([Line(head, MARGIN, 40, size=8), *lines]))
    article = load_article(write_pdf(tmp_path / "book.pdf", pages * 10))
    assert "Harbour Years" not in article.text
    assert article.text.count("Tides") == 10 and article.text.count("Storms") == 10  # the headings
    seventh = article.text[article.pages[6].start : article.pages[6].end].strip("\n")
    assert seventh.split("\n") == [
        "Storms",
        *(f"Paragraph {k} on page 7 tells of the quay. It ends here." for k in range(3)),
    ]


def test_reading_a_pdf_can_be_cancelled(qapp: QApplication, tmp_path: Path) -> None:
    # A PDF fetched from the web is read while the window may close.
    pdf = write_pdf(tmp_path / "report.pdf", [Page(column_lines([["Some words."]], MARGIN, 100))])
    cancelled = threading.Event()
    cancelled.set()
    with pytest.raises(ArticleLoadError, match="cancelled"):
        article_from_pdf(pdf.read_bytes(), cancelled=cancelled)
