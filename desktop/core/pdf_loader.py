"""A PDF as an article: its text layer reflowed into headings and paragraphs, page by page.

PDFium (pypdfium2) reads the text layer in time-limited child processes, as hostile HTML is
read, so a malformed file can neither hang nor crash the app; two children each read half the
pages (PDFium's page loading is most of the time a long PDF takes). PDFium gives the characters in
the order the file draws them, broken into lines, with each character's box and font size;
from that this module rebuilds what a reader sees: two columns read left then right, running
headers, footers and page numbers dropped, words hyphenated across lines joined, a line in a
larger font a heading, a gap or an indent a new paragraph. Each page's place in the text is
kept, so highlights, figures and claims know their page.
"""

from __future__ import annotations

import ctypes
import itertools
import json
import re
import statistics
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from desktop.core.article import Article, ArticleLoadError, Block, BlockKind, Page
from desktop.core.time_limit import ChildFailed, TimeLimitExceeded, WorkCancelled, run_with_time_limit

# A 300-page report reads in a few seconds; one that takes this long is hostile.
PDF_EXTRACT_SECONDS = 60.0
# Children reading the pages at once, each opening the document from the same bytes.
PDF_READERS = 2
# Lines within this share of the page's height from its top or bottom may be running heads.
_MARGIN_SHARE = 0.08
# A running head repeats on at least this share of the pages (and on two at least), or on
# this many pages however long the document: a book's running head naming the chapter repeats
# over that chapter's pages only.
_RUNNING_SHARE = 0.4
_RUNNING_PAGES = 3
# A line whose font is this much larger than the body text's is a heading.
_HEADING_RATIO = 1.15
# A gap between baselines this many times the usual line spacing starts a paragraph.
_PARAGRAPH_GAP = 1.4
# A first line indented by this share of the font size starts a paragraph.
_INDENT_EMS = 0.8
# Two columns: lines either side of the page's middle, this share of the width for slack.
_GUTTER_SLACK = 0.02
_MIN_COLUMN_LINES = 2
_PAGE_NUMBER = re.compile(r"(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*(?:/|of)\s*\d{1,4})?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = ".!?:;\"'”’)"
# PDFium marks a hyphen it found at a line end (a word broken across lines) with U+FFFE or
# U+0002; a soft hyphen is U+00AD.
_BREAK_HYPHENS = "\ufffe\x02\xad"


@dataclass(frozen=True)
class _Line:
    """One line as PDFium reads it; y grows down the page, in points."""

    text: str
    left: float
    right: float
    top: float
    baseline: float
    size: float
    # PDFium may join a word broken across lines with the next line: the baseline it ends on.
    end_baseline: float


def article_from_pdf(
    data: bytes, source: str | None = None, cancelled: threading.Event | None = None
) -> Article:
    """The article in PDF ``data``; ArticleLoadError when it cannot be read as text. Setting
    ``cancelled`` ends the reading at once."""
    parts = _read_pages(data, cancelled)
    for part in parts:
        if part.get("error"):
            raise ArticleLoadError(part["error"])
    pages = [
        (page["height"], page["width"], [_Line(*line) for line in page["lines"]])
        for part in parts
        for page in part["pages"]
    ]
    article = reflow(pages)
    damaged = [page.get("damaged", False) for part in parts for page in part["pages"]]
    if not article.text.strip() and damaged and all(damaged):
        raise ArticleLoadError("This PDF is damaged: none of its pages can be read.")
    if not article.text.strip():
        raise ArticleLoadError(
            "This PDF has no text layer (a scanned document?): there is no text to read. "
            "Run it through OCR first."
        )
    info: dict[str, str] = parts[0]["metadata"]
    metadata = {
        key: info[name].strip() for name, key in (("Author", "author"),) if info.get(name, "").strip()
    }
    published = _pdf_date(info.get("CreationDate", ""))
    if published:
        metadata["published"] = published
    headings = [block for block in article.blocks if block.kind == "heading"]
    title = info.get("Title", "").strip() or (
        article.text[headings[0].start : headings[0].end] if headings else None
    )
    return Article(
        text=article.text,
        title=title,
        source=source,
        format="pdf",
        blocks=article.blocks,
        pages=article.pages,
        metadata=metadata,
    )


def reflow(pages: list[tuple[float, float, list[_Line]]]) -> Article:
    """Text, blocks and page ranges from each page's (height, width, lines)."""
    running = _running_heads(pages)
    body_size = _body_size(pages)
    builder = _TextBuilder(body_size)
    for number, (height, width, lines) in enumerate(pages, start=1):
        kept = [line for line in lines if not _is_running_head(line, height, running)]
        builder.start_page(number)
        for column in _columns(kept, width):
            builder.add_column(column)
        builder.end_page()
    return builder.article()


def _body_size(pages: list[tuple[float, float, list[_Line]]]) -> float:
    """The font size most of the text is set in; text too small to see (a hidden layer at
    0.01 pt) is no measure, and would make every other line a heading of infinite size."""
    sizes: Counter[float] = Counter()
    for _, _, lines in pages:
        for line in lines:
            if (size := round(line.size, 1)) > 0:
                sizes[size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _margin_key(line: _Line, height: float) -> str | None:
    """How a line in the top or bottom margin is compared across pages (numbers ignored)."""
    if line.top > height * _MARGIN_SHARE and line.baseline < height * (1 - _MARGIN_SHARE):
        return None
    return _DIGITS.sub("#", " ".join(line.text.split()).lower())


def _running_heads(pages: list[tuple[float, float, list[_Line]]]) -> set[str]:
    seen: Counter[str] = Counter()
    for height, _, lines in pages:
        seen.update({key for line in lines if (key := _margin_key(line, height)) is not None})
    needed = max(2, min(_RUNNING_PAGES, round(len(pages) * _RUNNING_SHARE)))
    return {key for key, count in seen.items() if count >= needed}


def _is_running_head(line: _Line, height: float, running: set[str]) -> bool:
    key = _margin_key(line, height)
    if key is None:
        return False
    return key in running or _PAGE_NUMBER.fullmatch(line.text.strip()) is not None


def _columns(lines: list[_Line], width: float) -> list[list[_Line]]:
    """The page's lines in reading order, as runs that each flow down one column. A page with
    lines on both sides of its middle reads the left column, then the right; a line across
    the middle (a headline, a table) ends one band of columns and starts the next."""
    middle, slack = width / 2, width * _GUTTER_SLACK
    left = [line for line in lines if line.right <= middle + slack]
    right = [line for line in lines if line.left >= middle - slack]
    if len(left) < _MIN_COLUMN_LINES or len(right) < _MIN_COLUMN_LINES:
        # One column, top to bottom: a headline drawn last in the file still reads first.
        return [sorted(lines, key=lambda line: line.baseline)] if lines else []
    runs: list[list[_Line]] = []
    band: list[_Line] = []
    for line in sorted(lines, key=lambda line: line.baseline):
        if line.right <= middle + slack or line.left >= middle - slack:
            band.append(line)
            continue
        runs.extend(_band_columns(band, middle))
        band = []
        runs.append([line])
    runs.extend(_band_columns(band, middle))
    return runs


def _band_columns(band: list[_Line], middle: float) -> list[list[_Line]]:
    left = [line for line in band if line.left < middle]
    right = [line for line in band if line.left >= middle]
    return [column for column in (left, right) if column]


class _TextBuilder:
    """Joins lines into blocks and blocks into the article's text, tracking pages."""

    def __init__(self, body_size: float) -> None:
        self._body_size = body_size
        self._text: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._pages: list[Page] = []
        self._page_start = 0
        self._page_number = 0
        self._block_start: int | None = None
        self._block_kind: BlockKind = "paragraph"
        self._block_level = 0
        self._previous: _Line | None = None
        self._spacing: float | None = None

    def start_page(self, number: int) -> None:
        self._page_number = number
        self._page_start = self._length

    def end_page(self) -> None:
        self._pages.append(Page(self._page_number, self._page_start, self._length))
        self._previous = None

    def add_column(self, lines: list[_Line]) -> None:
        # The usual spacing between body lines: the space around a headline is no measure.
        body = [line for line in lines if not self._is_heading(line)]
        spacings = [b.baseline - a.end_baseline for a, b in itertools.pairwise(body)]
        usual = [s for s in spacings if s > 0]
        self._spacing = statistics.median(usual) if usual else None
        column_left = min((line.left for line in lines), default=0.0)
        previous: _Line | None = None
        for line in lines:
            text = " ".join(line.text.split())
            if not text:
                continue
            if previous is None:
                continuing = self._continues_across_page(text)
            else:
                continuing = not self._starts_block(previous, line, column_left)
            if continuing and self._block_start is not None:
                self._join_line(text)
            else:
                self._close_block()
                self._open_block(line)
                self._append(text)
            previous = line
        self._previous = previous

    def _continues_across_page(self, text: str) -> bool:
        """A paragraph cut by a page or column break goes on when the next text starts in
        lower case after a line that did not end a sentence."""
        return (
            self._block_start is not None
            and self._block_kind == "paragraph"
            and text[0].islower()
            and not self._last_char().endswith(tuple(_SENTENCE_END))
        )

    def _starts_block(self, previous: _Line, line: _Line, column_left: float) -> bool:
        if self._is_heading(previous) != self._is_heading(line) or abs(previous.size - line.size) > 0.5:
            return True
        gap = line.baseline - previous.end_baseline
        if self._spacing is not None and (gap > self._spacing * _PARAGRAPH_GAP or gap < 0):
            return True
        return line.left - column_left > line.size * _INDENT_EMS

    def _is_heading(self, line: _Line) -> bool:
        return line.size >= self._body_size * _HEADING_RATIO

    def _open_block(self, line: _Line) -> None:
        if self._text:
            self._append("\n")
        self._block_start = self._length
        heading = self._is_heading(line)
        self._block_kind = "heading" if heading else "paragraph"
        self._block_level = _heading_level(line.size / self._body_size) if heading else 0

    def _close_block(self) -> None:
        if self._block_start is not None and self._length > self._block_start:
            self._blocks.append(Block(self._block_start, self._length, self._block_kind, self._block_level))
        self._block_start = None

    def _join_line(self, text: str) -> None:
        last = self._last_char()
        if last and last in _BREAK_HYPHENS:
            self._drop_last()  # "engi-" + "neers": one word
        elif not (last == "-" and text[0].islower()):
            self._append(" ")  # "well-" + "known" keeps its hyphen, without a space
        self._append(text)

    def _append(self, text: str) -> None:
        text = _without_inner_break_hyphens(text)
        self._text.append(text)
        self._length += len(text)

    def _last_char(self) -> str:
        return self._text[-1][-1:] if self._text else ""

    def _drop_last(self) -> None:
        self._text[-1] = self._text[-1][:-1]
        self._length -= 1

    def article(self) -> Article:
        self._close_block()
        text = "".join(self._text)
        return Article(text=text, format="pdf", blocks=tuple(self._blocks), pages=tuple(self._pages))


def _without_inner_break_hyphens(text: str) -> str:
    """PDFium joins a word broken across lines into one line with a marker between its halves;
    only a marker at the very end (the next line's word) is left for the joiner."""
    body, end = text[:-1], text[-1:]
    for marker in _BREAK_HYPHENS:
        body = body.replace(marker, "")
    return body + end


def _heading_level(ratio: float) -> int:
    return 1 if ratio >= 1.6 else 2 if ratio >= 1.3 else 3


def _pdf_date(value: str) -> str | None:
    """``D:20240305143000+01'00'`` → ``2024-03-05`` (the date is what a citation needs)."""
    match = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", value.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def _read_pages(data: bytes, cancelled: threading.Event | None) -> list[dict[str, Any]]:
    """What each reading child found in its share of the pages, in page order."""
    payloads = [f"{part}/{PDF_READERS}\n".encode() + data for part in range(PDF_READERS)]
    with ThreadPoolExecutor(PDF_READERS) as pool:
        futures = [
            pool.submit(
                run_with_time_limit,
                __name__,
                "extract_pdf_part",
                payload,
                PDF_EXTRACT_SECONDS,
                cancelled=cancelled,
            )
            for payload in payloads
        ]
        try:
            return [_part_read(future.result()) for future in futures]
        except TimeLimitExceeded as error:
            raise ArticleLoadError(f"Reading this PDF {error}; giving up.") from None
        except ChildFailed as error:
            raise ArticleLoadError(f"This PDF could not be read ({error}).") from None
        except WorkCancelled:
            raise ArticleLoadError("Reading this PDF was cancelled.") from None


def _part_read(output: bytes) -> dict[str, Any]:
    """A reading child's output: its first line (the metadata, or an error), then a line per
    page. Decoded line by line: one ``json.loads`` of a book's half held the interpreter lock
    for 20 ms, while the window was painting."""
    first, *pages = output.split(b"\n")
    part: dict[str, Any] = json.loads(first)
    if "error" not in part:
        part["pages"] = [json.loads(page) for page in pages]
    return part


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _origin_y(raw: Any, textpage: Any, index: int) -> float:
    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
    return y.value


def extract_pdf_part(payload: bytes) -> bytes:
    """Part ``k`` of ``n`` of the pages ("k/n\\n" then the PDF's bytes): each page's lines with
    their boxes and sizes, and the info dictionary, as JSON lines (runs in a child process).
    Encrypted files are refused with a message."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    header, _, data = payload.partition(b"\n")
    part, parts = (int(number) for number in header.split(b"/"))
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = str(error)
        if "password" in reason.lower():
            message = "This PDF is encrypted (password protected); it cannot be opened here."
        else:
            # PDFium's reason ends in its own parenthesis and full stop: said after a dash.
            message = f"This is not a PDF that can be read — {reason.rstrip('.')}."
        return json.dumps({"error": message}).encode("utf-8")
    pages = []
    count = len(document)
    for number in range(part * count // parts, (part + 1) * count // parts):
        try:
            page = document[number]
        except pdfium.PdfiumError:
            # A damaged page (its object missing, a loop in the page tree): the rest still read.
            pages.append({"width": 0.0, "height": 0.0, "lines": [], "damaged": True})
            continue
        width, height = page.get_size()
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        lines: list[list[object]] = []
        index = 0  # PDFium counts characters in UTF-16 code units, "\r\n" between lines
        for line_text in text.split("\r\n"):
            if line_text.strip():
                first = index + _units(line_text[: len(line_text) - len(line_text.lstrip())])
                last = index + _units(line_text.rstrip()) - 1
                left, _, _, top = textpage.get_charbox(first)
                _, _, right, _ = textpage.get_charbox(last)
                # A font set at a negative size draws the text mirrored, at the same size.
                size = abs(raw.FPDFText_GetFontSize(textpage, first))
                baselines = [height - _origin_y(raw, textpage, at) for at in (first, last)]
                lines.append([line_text, left, right, height - top, *baselines[:1], size, baselines[1]])
            index += _units(line_text) + 2
        pages.append({"width": width, "height": height, "lines": lines})
        textpage.close()
        page.close()
    metadata = {key: str(value) for key, value in document.get_metadata_dict().items()}
    document.close()
    # JSON lines (see ``_part_read``): JSON has no line break outside its strings' escapes.
    output = [json.dumps({"metadata": metadata}), *(json.dumps(page) for page in pages)]
    return "\n".join(output).encode("utf-8")
