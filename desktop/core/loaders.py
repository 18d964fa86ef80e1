"""Open an article from a file or from plain text, with a clear message for bad input."""

from __future__ import annotations

import math
import stat
from pathlib import Path

from desktop.core.article import Article, ArticleLoadError
from desktop.core.decoding import decode_text
from desktop.core.plain_text import article_from_text

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SUPPORTED_SUFFIXES",
    "article_from_text",
    "check_not_too_large",
    "load_article",
    "utf8_size",
]

# 20 MB is far beyond any news article (a long feature is ~100 KB) yet keeps a stray
# log file or disk image from freezing the reader.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# PDFs and EPUBs carry fonts and images beside their text: a 300-page report is easily 50 MB.
MAX_BOOK_BYTES = 200 * 1024 * 1024

PLAIN_TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
EPUB_SUFFIXES = frozenset({".epub"})
SUPPORTED_SUFFIXES = PLAIN_TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | EPUB_SUFFIXES


def load_article(path: Path) -> Article:
    """Read the article at ``path``, choosing the loader by the file's extension.

    Unknown extensions are read as plain text (binary files are refused). Each format's
    loader is imported when a file of that format is opened: together they (lxml, Markdown,
    YAML) would add a tenth of a second to the window's launch.
    """
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from desktop.core.pdf_loader import article_from_pdf

        return article_from_pdf(read_article_bytes(path, MAX_BOOK_BYTES), source=str(path))
    if suffix in EPUB_SUFFIXES:
        from desktop.core.epub_loader import article_from_epub

        return article_from_epub(read_article_bytes(path, MAX_BOOK_BYTES), source=str(path))
    data = read_article_bytes(path)
    if suffix in HTML_SUFFIXES:
        from desktop.core.html_loader import article_from_html

        # The page's own meta charset decides its encoding.
        return article_from_html(data, source=str(path))
    text = decode_text(data)
    if suffix in MARKDOWN_SUFFIXES:
        from desktop.core.markdown_loader import article_from_markdown

        return article_from_markdown(text, source=str(path))
    return article_from_text(text, source=str(path))


def read_article_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of ``path`` (at most ``limit``), or ArticleLoadError saying why it cannot be
    an article."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleLoadError(f"File not found: {path}") from None
    except PermissionError:
        raise ArticleLoadError(f"Permission denied: cannot open {path}") from None
    except OSError as error:
        raise ArticleLoadError(f"Cannot open {path}: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleLoadError(f"{path} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        # Pipes and devices could block forever or never end.
        raise ArticleLoadError(f"{path} is not a regular file.")
    _check_size(path, info.st_size, limit)
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except PermissionError:
        raise ArticleLoadError(f"Permission denied: cannot read {path}") from None
    except OSError as error:
        raise ArticleLoadError(f"Cannot read {path}: {error.strerror or error}") from None
    # The file may have changed between stat() and read().
    _check_size(path, len(data), limit)
    return data


def _check_size(path: Path, size: int, limit: int) -> None:
    if size == 0:
        raise ArticleLoadError(f"{path} is empty.")
    check_not_too_large(str(path), size, limit)


def check_not_too_large(what: str, size: int, limit: int = MAX_ARTICLE_BYTES) -> None:
    """ArticleLoadError if ``size`` bytes of ``what`` (a file, the clipboard's text…) are over
    ``limit``, worded alike wherever a text comes from."""
    if size > limit:
        raise ArticleLoadError(
            f"{what} is too large ({_megabytes_rounded_up(size)} MB); the limit is {limit // 1024 // 1024} MB."
        )


def _megabytes_rounded_up(size: int) -> str:
    """``size`` bytes in MB to a tenth, rounded up: a file a byte over 20 MB reads 20.1, never
    20.0, which would say it is within the limit it is refused for."""
    return f"{math.ceil(size * 10 / 1024 / 1024) / 10:.1f}"


def utf8_size(text: str) -> int:
    """The bytes ``text`` takes in UTF-8, as a file of it would."""
    return len(text.encode("utf-8", "surrogatepass"))
