"""Full-text search: stemming, every searchable field, snippets and offsets to scroll to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.article import Article
from desktop.store.archive import Archive

TEXT = (
    "Farmers protested in Brussels on Monday against new import rules.\n\n"
    "Tractors blocked the streets around the European Parliament for hours, "
    "and the police estimated that four thousand people were marching."
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "archive.sqlite3") as opened:
        yield opened


def test_stemmed_word_in_the_text_gives_an_offset_to_scroll_to(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Farm protest")).article_id
    [hit] = archive.search("march")
    assert (hit.article_id, hit.field, hit.highlight_id) == (article_id, "text", None)
    assert hit.offset == TEXT.index("marching")
    [(mark_start, mark_end)] = hit.marks
    assert hit.snippet[mark_start:mark_end] == "marching"


def test_highlight_quote_note_and_tags_are_searchable(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Farm protest")).article_id
    start = TEXT.index("four thousand")
    highlight = archive.add_highlight(
        article_id, start, start + 20, note="Organisers claimed *ten* thousand", tags=["crowd-size"]
    )
    by_note = archive.search("organisers")
    assert [(hit.highlight_id, hit.field, hit.offset) for hit in by_note] == [(highlight.id, "note", start)]
    by_tag = archive.search("crowd")
    assert [(hit.highlight_id, hit.field) for hit in by_tag] == [(highlight.id, "tags")]
    by_quote = [hit for hit in archive.search("thousand") if hit.highlight_id == highlight.id]
    assert [(hit.field, hit.offset) for hit in by_quote] == [("quote", TEXT.index("thousand"))]


def test_title_and_article_note_hits_have_no_offset(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Agriculture dispute")).article_id
    archive.set_article_note(article_id, "Compare with the Dutch protests of 2019.")
    assert [(hit.field, hit.offset) for hit in archive.search("agriculture")] == [("title", None)]
    assert [(hit.field, hit.offset) for hit in archive.search("Dutch")] == [("note", None)]


def test_changed_and_deleted_content_leaves_the_index(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Farm protest", source="/farm.txt")).article_id
    highlight = archive.add_highlight(article_id, 0, 7, note="cereal prices")
    archive.update_highlight(highlight.id, note="milk prices")
    assert archive.search("cereal") == []
    assert len(archive.search("milk")) == 1
    archive.open_article(
        Article(text=TEXT.replace("Tractors", "Lorries"), title="Farm protest", source="/farm.txt")
    )
    assert archive.search("tractor") == []
    archive.delete_article(article_id)
    assert archive.search("farmers") == archive.search("milk") == []


@pytest.mark.parametrize(
    ("query", "expected_hits"),
    [('"unbalanced', 0), ("NOT", 0), ("AND OR", 0), ("*", 0), ("x:y", 0), ("  ", 0), ("(brussels", 1)],
)
def test_user_input_never_breaks_the_query_syntax(archive: Archive, query: str, expected_hits: int) -> None:
    archive.open_article(Article(text=TEXT, title="Farm protest"))
    assert len(archive.search(query)) == expected_hits


def test_pages_do_not_overlap(archive: Archive) -> None:
    for number in range(7):
        archive.open_article(
            Article(text=f"Report number {number} about harvests.", title=f"Report {number}")
        )
    first, second = archive.search("harvest", limit=4), archive.search("harvest", limit=4, offset=4)
    assert (len(first), len(second)) == (4, 3)
    assert not {hit.article_id for hit in first} & {hit.article_id for hit in second}
