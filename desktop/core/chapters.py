"""Chapters of a long text: the heading blocks of level 1 or 2 that divide a book (or, in a book
without such headings, those of its largest headings).

Used to say which chapter a highlight, claim or figure is in (exports, grouped panels).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from desktop.core.article import Article, Block, page_at

# Headings of these levels start a chapter (an EPUB's chapters are level 1 or 2 headings).
CHAPTER_LEVEL = 2
# A text is worth grouping by chapter from this length and this many chapters.
LONG_BOOK_CHARACTERS = 20_000
LONG_BOOK_CHAPTERS = 3


class Chapters:
    """The chapter headings of a text, for many look-ups (one binary search each)."""

    def __init__(self, blocks: Sequence[Block], text: str) -> None:
        levels = [block.level for block in blocks if block.kind == "heading" and block.level >= 1]
        # A book with no heading of a chapter's level has its largest headings as chapters.
        level = max(CHAPTER_LEVEL, min(levels, default=CHAPTER_LEVEL))
        headings = [block for block in blocks if block.kind == "heading" and 1 <= block.level <= level]
        self.starts = [block.start for block in headings]
        self.titles = [" ".join(text[block.start : block.end].split()) for block in headings]
        self.text_length = len(text)

    def at(self, offset: int) -> str | None:
        """The title of the chapter ``offset`` is in (the nearest heading at or before it), or
        None before the first chapter heading."""
        at = bisect.bisect_right(self.starts, offset)
        return self.titles[at - 1] if at > 0 else None

    def spans(self) -> list[tuple[str, int, int]]:
        """Each chapter as (title, start, end): from its heading to the next one or the end."""
        ends = [*self.starts[1:], self.text_length]
        return list(zip(self.titles, self.starts, ends, strict=True))

    def worth_grouping(self) -> bool:
        """A long book: enough text and chapters that grouping by chapter helps."""
        return len(self.starts) >= LONG_BOOK_CHAPTERS and self.text_length >= LONG_BOOK_CHARACTERS


def chapter_at(blocks: Sequence[Block], text: str, offset: int) -> str | None:
    """The title of the chapter of ``text`` (laid out as ``blocks``) that ``offset`` is in."""
    return Chapters(blocks, text).at(offset)


def places_in(article: Article) -> Callable[[int], str | None]:
    """Where an offset of ``article`` is, as a reader cites it: "p. 12" in a paginated article
    (a PDF), "Chapter: The Storm" in a book (an EPUB), else None."""
    chapters = Chapters(article.blocks, article.text) if article.format == "epub" else None

    def place(offset: int) -> str | None:
        page = page_at(article.pages, offset)
        if page is not None:
            return f"p. {page}"
        chapter = chapters.at(offset) if chapters is not None else None
        return f"Chapter: {chapter}" if chapter else None

    return place
