"""Chapters of a text: the nearest preceding heading of level 1 or 2, and when a text is a long book."""

from __future__ import annotations

from desktop.core.article import Block
from desktop.core.chapters import Chapters, chapter_at

TEXT = "Preface\nArrival\nThe ferry came.\nDetails\nIt rained.\nThe Storm\nRain fell."


def _block(text: str, kind: str = "paragraph", level: int = 0) -> Block:
    start = TEXT.index(text)
    return Block(start, start + len(text), kind, level)  # type: ignore[arg-type]


BLOCKS = (
    _block("Preface"),
    _block("Arrival", "heading", 1),
    _block("The ferry came."),
    _block("Details", "heading", 3),  # a section, not a chapter
    _block("It rained."),
    _block("The Storm", "heading", 2),
    _block("Rain fell."),
)


def test_an_offset_is_in_the_chapter_of_the_nearest_heading_before_it() -> None:
    assert chapter_at(BLOCKS, TEXT, TEXT.index("ferry")) == "Arrival"
    assert chapter_at(BLOCKS, TEXT, TEXT.index("It rained")) == "Arrival"
    assert chapter_at(BLOCKS, TEXT, TEXT.index("The Storm")) == "The Storm"
    assert chapter_at(BLOCKS, TEXT, len(TEXT)) == "The Storm"


def test_text_before_the_first_chapter_and_texts_without_headings_have_none() -> None:
    assert chapter_at(BLOCKS, TEXT, 0) is None
    assert chapter_at((), TEXT, 20) is None


def test_only_long_texts_with_three_chapters_are_worth_grouping() -> None:
    assert not Chapters(BLOCKS, TEXT).worth_grouping()
    long_text = "\n".join(["One", "x" * 10_000, "Two", "y" * 10_000, "Three", "z" * 100])
    headings = tuple(
        Block(long_text.index(name), long_text.index(name) + len(name), "heading", 1)
        for name in ("One", "Two", "Three")
    )
    assert Chapters(headings, long_text).worth_grouping()
    assert not Chapters(headings[:2], long_text).worth_grouping()
    assert not Chapters(headings, long_text[:19_000]).worth_grouping()


def test_a_book_whose_chapters_open_with_smaller_headings_has_them_as_chapters() -> None:
    """Some books title each chapter with an <h3>, and have no larger heading anywhere."""
    text = "Chapter 1\nThe ferry came.\nChapter 2\nIt rained."
    blocks = [
        Block(0, 9, "heading", 3),
        Block(10, 25, "paragraph", 0),
        Block(26, 35, "heading", 3),
        Block(36, 46, "paragraph", 0),
    ]
    assert Chapters(blocks, text).titles == ["Chapter 1", "Chapter 2"]
    assert chapter_at(blocks, text, text.index("It rained")) == "Chapter 2"
