"""Plain text as an article: the text kept intact, paragraphs as blocks, a headline as title."""

from __future__ import annotations

import re

from desktop.core.article import Article, ArticleLoadError, Block

# A first line longer than this is a sentence of the article, not its headline.
_MAX_TITLE_CHARS = 150
_NOT_HEADLINE_ENDINGS = (".", ",", ";", ":")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_LINE_END = re.compile(r"\n")


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
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_END
    spans = []
    start = 0
    for match in separator.finditer(text):
        spans.append(strip_span(text, start, match.start()))
        start = match.end()
    spans.append(strip_span(text, start, len(text)))
    return [(begin, end) for begin, end in spans if begin < end]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
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
