"""Open an article from a file or from plain text, with a clear message for bad input."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from desktop.core.article import Article, ArticleLoadError, Block
from desktop.core.decoding import decode_text

# 20 MB is far beyond any news article (a long feature is ~100 KB) yet keeps a stray
# log file or disk image from freezing the reader.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

PLAIN_TEXT_SUFFIXES = frozenset({".txt", ".text"})
SUPPORTED_SUFFIXES = PLAIN_TEXT_SUFFIXES

# A first line longer than this is a sentence of the article, not its headline.
_MAX_TITLE_CHARS = 150
_NOT_HEADLINE_ENDINGS = (".", ",", ";", ":")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


def load_article(path: Path) -> Article:
    """Read the article at ``path``, choosing the loader by the file's extension.

    Unknown extensions are read as plain text (binary files are refused).
    """
    data = read_article_bytes(path)
    text = decode_text(data)
    return article_from_text(text, source=str(path))


def read_article_bytes(path: Path) -> bytes:
    """The bytes of ``path``, or ArticleLoadError saying why it cannot be an article."""
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
    _check_size(path, info.st_size)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_ARTICLE_BYTES + 1)
    except PermissionError:
        raise ArticleLoadError(f"Permission denied: cannot read {path}") from None
    except OSError as error:
        raise ArticleLoadError(f"Cannot read {path}: {error.strerror or error}") from None
    # The file may have changed between stat() and read().
    _check_size(path, len(data))
    return data


def _check_size(path: Path, size: int) -> None:
    if size == 0:
        raise ArticleLoadError(f"{path} is empty.")
    if size > MAX_ARTICLE_BYTES:
        raise ArticleLoadError(
            f"{path} is too large ({size / 1024 / 1024:.1f} MB); the limit is "
            f"{MAX_ARTICLE_BYTES // 1024 // 1024} MB."
        )


def article_from_text(text: str, source: str | None = None) -> Article:
    """A plain-text article: ``text`` kept intact, one paragraph block per paragraph.

    Paragraphs are separated by blank lines when the text has any, else each line is
    one. The first line becomes the title when it reads like a headline.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleLoadError("The article is empty (no text, only whitespace).")
    blocks = tuple(Block(start, end, "paragraph") for start, end in _paragraph_spans(text))
    return Article(text=text, title=_headline(text, blocks), source=source, format="text", blocks=blocks)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans = []
    start = 0
    for match in separator.finditer(text):
        spans.append(_strip_span(text, start, match.start()))
        start = match.end()
    spans.append(_strip_span(text, start, len(text)))
    return [(begin, end) for begin, end in spans if begin < end]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _headline(text: str, blocks: tuple[Block, ...]) -> str | None:
    """The first paragraph when it is one short line not ending like a sentence, and more follows."""
    if len(blocks) < 2:
        return None
    first = text[blocks[0].start : blocks[0].end]
    if "\n" in first or len(first) > _MAX_TITLE_CHARS or first.endswith(_NOT_HEADLINE_ENDINGS):
        return None
    return first
