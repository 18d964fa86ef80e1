"""The archive API the reader uses: articles, highlights, undo, orphans, tags, library, cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.article import Article, Block, Inline, Page
from desktop.store.archive import Archive
from desktop.store.records import AnalysisCacheKey, ArchiveError, NotFoundError

TEXT = (
    "Drones struck an industrial site in Kazan on Saturday, officials said.\n\n"
    "The regional governor said nobody was hurt, but two buildings were damaged.\n\n"
    "Independent analysts could not verify the claims made by either side."
)


def make_article(text: str = TEXT, source: str | None = "/home/reader/kazan.txt") -> Article:
    return Article(
        text=text,
        title="Drones over Kazan",
        source=source,
        format="markdown",
        blocks=(Block(0, 70, "paragraph"), Block(72, 148, "paragraph")),
        inlines=(Inline(36, 41, "bold"),),
        metadata={"author": "Desk"},
    )


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "archive.sqlite3") as opened:
        yield opened


def test_new_archive_uses_wal_and_foreign_keys(archive: Archive, tmp_path: Path) -> None:
    archive.open_article(make_article())
    mode = archive._db.execute("PRAGMA journal_mode").fetchone()[0]
    foreign_keys = archive._db.execute("PRAGMA foreign_keys").fetchone()[0]
    assert (mode, foreign_keys) == ("wal", 1)
    assert (tmp_path / "archive.sqlite3").is_file()


def test_highlight_survives_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        opened = archive.open_article(make_article())
        added = archive.add_highlight(
            opened.article_id, *span(TEXT, "nobody was hurt"), "red", "Check *this*", ["kazan"]
        )
        archive.set_reading_position(opened.article_id, 120)
        archive.set_article_note(opened.article_id, "Follow up next week.")
    with Archive(path) as archive:
        reopened = archive.open_article(make_article())
    assert reopened.status == "same"
    assert reopened.highlights == (added,)
    assert (reopened.reading_position, reopened.note) == (120, "Follow up next week.")
    assert added.exact == "nobody was hurt" and added.tags == ("kazan",) and added.colour == "red"


def test_same_text_from_another_file_is_the_same_article(archive: Archive) -> None:
    first = archive.open_article(make_article(source="/a.txt"))
    second = archive.open_article(make_article(source="/elsewhere/b.txt"))
    assert second.article_id == first.article_id
    assert second.status == "same"


def test_article_loads_from_the_archive_without_its_file(archive: Archive) -> None:
    article = make_article()
    opened = archive.open_article(article)
    assert archive.load_article(opened.article_id) == article
    assert archive.load_article(opened.article_id).metadata == {"author": "Desk"}


def test_edited_file_reanchors_highlights_and_orphans_the_deleted_ones(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    kept = archive.add_highlight(
        opened.article_id, *span(TEXT, "two buildings were damaged"), note="how many?"
    )
    lost = archive.add_highlight(
        opened.article_id, *span(TEXT, "could not verify the claims"), tags=["verify"]
    )
    edited = "UPDATE: corrected.\n\n" + TEXT.replace(
        "Independent analysts could not verify the claims made by either side.", "No more comment."
    )
    reopened = archive.open_article(make_article(edited))
    assert reopened.status == "reanchored"
    assert reopened.article_id == opened.article_id
    [moved] = reopened.highlights
    assert (moved.id, moved.note) == (kept.id, "how many?")
    assert edited[moved.start : moved.end] == "two buildings were damaged"
    [orphan] = reopened.orphans
    assert (orphan.id, orphan.exact, orphan.tags) == (lost.id, "could not verify the claims", ("verify",))
    assert archive.load_article(opened.article_id).text == edited


def test_orphan_can_be_placed_again_by_the_user(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    lost = archive.add_highlight(opened.article_id, *span(TEXT, "either side"), note="both sides?")
    edited = TEXT.replace("either side", "the ministry")
    archive.open_article(make_article(edited))
    [orphan] = archive.orphans(opened.article_id)
    placed = archive.place_orphan(orphan.id, *span(edited, "the ministry"))
    assert (placed.id, placed.orphan, placed.exact, placed.note) == (
        lost.id,
        False,
        "the ministry",
        "both sides?",
    )
    assert archive.orphans(opened.article_id) == []


def test_delete_and_restore_is_an_exact_undo(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    original = archive.add_highlight(
        opened.article_id, *span(TEXT, "Drones struck"), "blue", "who?", ["drones", "who"]
    )
    deleted = archive.delete_highlight(original.id)
    assert archive.highlights(opened.article_id) == []
    restored = archive.restore_highlight(deleted)
    assert restored == original
    assert archive.highlights(opened.article_id) == [original]


def test_restoring_a_highlight_twice_is_refused(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    highlight = archive.add_highlight(opened.article_id, 0, 6)
    with pytest.raises(ArchiveError, match="cannot be restored"):
        archive.restore_highlight(highlight)


def test_update_changes_only_what_is_given(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    highlight = archive.add_highlight(opened.article_id, 0, 6, "yellow", "first", ["a"])
    recoloured = archive.update_highlight(highlight.id, colour="green")
    assert (recoloured.colour, recoloured.note, recoloured.tags) == ("green", "first", ("a",))
    retagged = archive.update_highlight(highlight.id, note="", tags=["#Second Thought", "b"])
    assert (retagged.colour, retagged.note, retagged.tags) == ("green", "", ("b", "Second-Thought"))


@pytest.mark.parametrize(
    ("start", "end", "colour", "tags", "message"),
    [(5, 5, "yellow", [], "not inside"), (0, 4, "pink", [], "unknown colour"), (0, 4, "red", ["  "], "tag")],
)
def test_bad_highlight_requests_are_refused(
    archive: Archive, start: int, end: int, colour: str, tags: list[str], message: str
) -> None:
    opened = archive.open_article(make_article())
    with pytest.raises(ValueError, match=message):
        archive.add_highlight(opened.article_id, start, end, colour, tags=tags)
    assert archive.highlights(opened.article_id) == []


def test_tags_autocomplete_from_used_tags_sharing_the_first_spelling(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    archive.add_highlight(opened.article_id, 0, 6, tags=["Russia", "drones"])
    second = archive.add_highlight(opened.article_id, 7, 13, tags=["russia"])
    assert archive.tags() == ["Russia", "drones"]
    assert second.tags == ("Russia",)


def test_colours_have_renamable_meanings(archive: Archive) -> None:
    assert [(colour.key, colour.meaning) for colour in archive.colours()] == [
        ("yellow", "important"),
        ("red", "disputed"),
        ("green", "verified"),
        ("blue", "question"),
        ("purple", "source"),
    ]
    archive.rename_colour("purple", "primary source")
    assert archive.colours()[-1].meaning == "primary source"
    with pytest.raises(ValueError, match="unknown colour"):
        archive.rename_colour("pink", "cute")


def test_library_lists_sorts_and_deletes_with_cascade(archive: Archive) -> None:
    first = archive.open_article(make_article())
    second = archive.open_article(Article(text="Another text entirely.", title="A note", source=None))
    archive.add_highlight(first.article_id, 0, 6)
    archive.add_highlight(first.article_id, 7, 13)
    by_title = archive.list_articles("title", descending=False)
    assert [(entry.title, entry.highlight_count) for entry in by_title] == [
        ("A note", 0),
        ("Drones over Kazan", 2),
    ]
    assert [entry.id for entry in archive.list_articles("highlights")] == [
        first.article_id,
        second.article_id,
    ]
    archive.delete_article(first.article_id)
    assert [entry.id for entry in archive.list_articles()] == [second.article_id]
    assert archive.find_highlights() == []
    with pytest.raises(NotFoundError):
        archive.load_article(first.article_id)


def test_all_highlights_view_filters_by_colour_tag_and_text(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    red = archive.add_highlight(
        opened.article_id, *span(TEXT, "nobody was hurt"), "red", "disputed 100%", ["casualties"]
    )
    archive.add_highlight(opened.article_id, *span(TEXT, "Drones struck"), "yellow", tags=["drones"])
    assert [item.highlight.id for item in archive.find_highlights(colour="red")] == [red.id]
    assert [item.highlight.id for item in archive.find_highlights(tag="casualties")] == [red.id]
    assert [item.highlight.id for item in archive.find_highlights(text="NOBODY")] == [red.id]
    assert [item.highlight.id for item in archive.find_highlights(text="100%")] == [red.id]
    assert archive.find_highlights(text="%") == [archive.find_highlights(colour="red")[0]]
    assert archive.find_highlights(colour="red")[0].article_title == "Drones over Kazan"


def test_find_article_by_id_hash_prefix_or_source(archive: Archive) -> None:
    article = make_article()
    opened = archive.open_article(article)
    assert archive.find_article(str(opened.article_id)) == opened.article_id
    assert archive.find_article(article.content_hash[:10]) == opened.article_id
    assert archive.find_article("/home/reader/kazan.txt") == opened.article_id
    assert archive.find_article("/nowhere.txt") is None


def test_analysis_cache_is_keyed_by_text_pipeline_and_extraction_version(archive: Archive) -> None:
    key = AnalysisCacheKey("abc123", "en_core_web_sm", "3.8.0", "7")
    assert archive.get_cached_analysis(key) is None
    archive.put_cached_analysis(key, '{"entities": []}')
    assert archive.get_cached_analysis(key) == b'{"entities": []}'
    newer = AnalysisCacheKey("abc123", "en_core_web_sm", "3.8.0", "8")
    assert archive.get_cached_analysis(newer) is None
    archive.put_cached_analysis(newer, '{"entities": [1]}')
    assert archive.get_cached_analysis(key) is None
    assert archive.get_cached_analysis(newer) == b'{"entities": [1]}'


def test_analysis_cache_stores_utf8_as_text_and_reads_it_back_as_utf8(archive: Archive) -> None:
    # The window hands the analysis process's UTF-8 on as it is; the column stays text, as the
    # JSON of every other writer (and of archives made before) is.
    as_text, as_utf8 = AnalysisCacheKey("one", "m", "1", "1"), AnalysisCacheKey("two", "m", "1", "1")
    json_text = '{"text": "Zoë said “no” 🙂"}'
    archive.put_cached_analysis(as_text, json_text)
    archive.put_cached_analysis(as_utf8, json_text.encode("utf-8"))
    for key in (as_text, as_utf8):
        assert archive.get_cached_analysis(key) == json_text.encode("utf-8")
    stored = archive._db.execute(
        "SELECT typeof(json), json FROM analysis_cache ORDER BY text_hash"
    ).fetchall()
    assert stored == [("text", json_text), ("text", json_text)]


def test_batch_is_all_or_nothing(archive: Archive) -> None:
    opened = archive.open_article(make_article())
    with pytest.raises(ValueError), archive.batch():
        archive.add_highlight(opened.article_id, 0, 6)
        archive.add_highlight(opened.article_id, 0, 6, "pink")
    assert archive.highlights(opened.article_id) == []


def test_unknown_ids_raise_not_found(archive: Archive) -> None:
    with pytest.raises(NotFoundError):
        archive.add_highlight(99, 0, 1)
    with pytest.raises(NotFoundError):
        archive.delete_highlight(99)
    with pytest.raises(NotFoundError):
        archive.set_article_note(99, "x")


def test_a_paginated_article_keeps_its_pages_and_old_metadata_keys_are_renamed(tmp_path: Path) -> None:
    text = "Page one text.\nPage two text."
    article = Article(
        text=text,
        title="Report",
        format="pdf",
        pages=(Page(1, 0, 14), Page(2, 15, len(text))),
        metadata={"site_name": "Gazette", "date": "2024-01-02"},
    )
    with Archive(tmp_path / "a.sqlite3") as archive:
        article_id = archive.open_article(article).article_id
    with Archive(tmp_path / "a.sqlite3") as archive:
        stored = archive.load_article(article_id)
    assert stored.pages == article.pages
    assert stored.format == "pdf"
    assert stored.metadata == {"site": "Gazette", "published": "2024-01-02"}


def test_a_reading_position_that_would_wait_for_another_writer_fails_at_once(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as window, Archive(path) as background:
        article_id = window.open_article(make_article()).article_id
        # A background writer of this process, mid-transaction.
        with background.batch(), pytest.raises(ArchiveError, match="another change is still being saved"):
            window.set_reading_position(article_id, 120, wait=False)
        assert window.stored_article(article_id).reading_position == 0
        window.set_reading_position(article_id, 120, wait=False)
        assert window.stored_article(article_id).reading_position == 120
