"""An article opened again from the same source with a changed text becomes its next version:
every text is kept, and the archive knows which one the reader was last shown."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.migrations import ARTICLE_VERSIONS
from desktop.store.records import AnalysisCacheKey, NotFoundError

FIRST = "The mayor opened the new bridge on Monday. " + "Traffic was light in the morning. " * 20
SECOND = "The mayor opened the new bridge on Tuesday. " + "Traffic was light in the morning. " * 20
THIRD = SECOND + "A correction was appended at the end."
SOURCE = "/news/bridge.txt"


def opened_twice(archive: Archive) -> int:
    article_id = archive.open_article(Article(text=FIRST, source=SOURCE)).article_id
    archive.add_highlight(article_id, FIRST.index("Traffic"), FIRST.index(" in the"), note="traffic")
    opened = archive.open_article(Article(text=SECOND, source=SOURCE))
    assert opened.article_id == article_id
    return article_id


def test_a_changed_text_becomes_the_next_version_and_the_earlier_one_is_kept(archive: Archive) -> None:
    article_id = opened_twice(archive)
    assert archive.load_article(article_id).text == SECOND
    first, second = archive.article_version(article_id, 1), archive.article_version(article_id, 2)
    assert (first.article.text, second.article.text) == (FIRST, SECOND)
    assert first.article.source == second.article.source == SOURCE
    assert first.stored_at <= second.stored_at
    with pytest.raises(NotFoundError, match="no version 3"):
        archive.article_version(article_id, 3)


def test_highlights_are_re_anchored_on_the_new_version(archive: Archive) -> None:
    article_id = opened_twice(archive)
    [highlight] = archive.highlights(article_id)
    assert SECOND[highlight.start : highlight.end] == "Traffic was light"


def test_opening_in_the_window_marks_the_version_read(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=FIRST, source=SOURCE)).article_id
    changed = archive.open_article(Article(text=SECOND, source=SOURCE))
    assert (changed.status, changed.version, changed.read_version) == ("reanchored", 2, 1)
    assert changed.changed_since_read
    again = archive.open_article(Article(text=SECOND, source=SOURCE))
    assert (again.status, again.read_version, again.changed_since_read) == ("same", 2, False)
    assert archive.compared_versions(article_id) == (1, 2)


def test_a_version_added_without_reading_marks_the_article_changed_in_the_library(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=FIRST, source=SOURCE)).article_id
    archive.open_article(
        Article(text="Another story entirely, nothing alike. " * 10, source="/other.txt"), read=False
    )
    archive.open_article(Article(text=SECOND, source=SOURCE), read=False)
    archive.open_article(Article(text=THIRD, source=SOURCE), read=False)
    opened_at = {entry.id: entry.opened_at for entry in archive.list_articles()}
    archive.open_article(Article(text=THIRD, source=SOURCE), read=False)
    # Archived, not opened: the Library's "Last opened" stays.
    assert {entry.id: entry.opened_at for entry in archive.list_articles()} == opened_at
    changed = {entry.id: entry.changed_since_read for entry in archive.list_articles()}
    assert changed[article_id] is True
    assert list(changed.values()).count(True) == 1  # the other one was never read: not "changed"
    # What changed since it was read: from the version read to the current one.
    assert archive.compared_versions(article_id) == (1, 3)
    [first, *_] = archive.list_articles("changed", descending=True)
    assert first.id == article_id
    archive.open_article(Article(text=THIRD, source=SOURCE))
    assert not any(entry.changed_since_read for entry in archive.list_articles())
    # Read now: what changed is between its last two versions.
    assert archive.compared_versions(article_id) == (2, 3)


def test_an_article_with_one_version_has_nothing_to_compare(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=FIRST, source=SOURCE)).article_id
    assert archive.compared_versions(article_id) is None


def test_the_earlier_version_keeps_its_cached_analysis_until_the_article_is_deleted(
    archive: Archive,
) -> None:
    first = Article(text=FIRST, source=SOURCE)
    key = AnalysisCacheKey(first.content_hash, "pipeline", "1", "1")
    article_id = archive.open_article(first).article_id
    archive.put_cached_analysis(key, '{"entities": []}')
    archive.open_article(Article(text=SECOND, source=SOURCE))
    assert archive.get_cached_analysis(key) == b'{"entities": []}'
    archive.delete_article(article_id)
    assert archive.get_cached_analysis(key) is None
    conn = sqlite3.connect(archive.path)
    assert conn.execute("SELECT count(*) FROM article_versions").fetchone() == (0,)
    conn.close()
    with pytest.raises(NotFoundError):
        archive.article_version(article_id, 1)


def test_articles_archived_before_versions_are_at_their_first_version_read(tmp_path: Path) -> None:
    path = tmp_path / "before.sqlite3"
    with Archive(path) as archive:
        article_id = archive.open_article(Article(text=FIRST, source=SOURCE)).article_id
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE article_versions")
    conn.execute("ALTER TABLE articles DROP COLUMN version")
    conn.execute("ALTER TABLE articles DROP COLUMN read_version")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [ARTICLE_VERSIONS])
    conn.commit()
    conn.close()
    with Archive(path) as archive:
        assert archive.article_version(article_id, 1).article.text == FIRST
        assert not archive.list_articles()[0].changed_since_read
        opened = archive.open_article(Article(text=SECOND, source=SOURCE), read=False)
        assert (opened.version, opened.read_version) == (2, 1)
        assert archive.list_articles()[0].changed_since_read
