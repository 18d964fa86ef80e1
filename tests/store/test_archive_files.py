"""Archive files that are not what they should be, and archives from older versions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.migrations import FULL_TEXT_SEARCH, MIGRATIONS
from desktop.store.records import AnalysisCacheKey, ArchiveError
from tests.store.unwritable import deny_write_access


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_archive(path: Path) -> int:
    with Archive(path) as archive:
        opened = archive.open_article(Article(text="Ships were seen near the port of Odesa.", title="Ports"))
        archive.add_highlight(opened.article_id, 0, 5, note="how many?")
        return opened.article_id


def test_file_that_is_not_sqlite_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("These are my precious notes, not a database.\n" * 200)
    before = digest(path)
    with pytest.raises(ArchiveError, match="not a Reading Assistant archive, or it is damaged"):
        Archive(path)
    assert digest(path) == before


def test_damaged_archive_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    make_archive(path)
    data = bytearray(path.read_bytes())
    # Wreck the schema page (page 1 after the 100-byte header): sqlite_master is unreadable.
    data[100:1024] = b"\xff" * 924
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(ArchiveError, match="damaged"):
        Archive(path)
    assert digest(path) == before


def test_other_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.close()
    before = digest(path)
    with pytest.raises(ArchiveError, match="not a Reading Assistant archive"):
        Archive(path)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_archive_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    make_archive(path)
    db = Database(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATIONS.name, "0099_from_the_future", "2031-01-01"],
    )
    db.conn.commit()
    db.close()
    before = digest(path)
    with pytest.raises(ArchiveError, match="newer version of Reading Assistant"):
        Archive(path)
    assert digest(path) == before


def test_folder_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="is a folder"):
        Archive(tmp_path)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_named_pipe_in_place_of_the_file_is_refused_without_blocking(
    tmp_path: Path, read_only: bool
) -> None:
    path = tmp_path / "archive.sqlite3"
    os.mkfifo(path)
    errors: list[BaseException] = []

    def open_archive() -> None:
        try:
            Archive(path, read_only=read_only).close()
        except BaseException as error:
            errors.append(error)

    opener = threading.Thread(target=open_archive, daemon=True)
    opener.start()
    opener.join(timeout=10)
    blocked = opener.is_alive()
    if blocked:
        # Opening a pipe waits for its other end: give it one so the thread can end.
        os.close(os.open(path, os.O_RDWR | os.O_NONBLOCK))
    assert not blocked, "opening the archive waited on the pipe"
    assert len(errors) == 1 and isinstance(errors[0], ArchiveError)
    assert "not a regular file" in str(errors[0])


def test_unwritable_location_is_refused_but_readable_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.sqlite3"
    article_id = make_archive(path)
    assert not Path(f"{path}-wal").exists()
    tmp_path.chmod(0o500)
    # Root may write anywhere, so the refusal a user meets in a read-only folder is made real
    # for root too: the write-permission check says no, and SQLite cannot open the -wal and
    # -shm files it needs for a read-only WAL connection (here: folders in their place).
    deny_write_access(monkeypatch, tmp_path, path)
    if os.geteuid() == 0:
        Path(f"{path}-wal").mkdir()
        Path(f"{path}-shm").mkdir()
    before = digest(path)
    try:
        with pytest.raises(ArchiveError, match="cannot be written"):
            Archive(path)
        with Archive(path, read_only=True) as archive:
            assert len(archive.list_articles()) == 1
            assert [highlight.note for highlight in archive.highlights(article_id)] == ["how many?"]
            opened = archive.open_article(
                Article(text="Ships were seen near the port of Odesa.", title="Ports")
            )
            assert [highlight.note for highlight in opened.highlights] == ["how many?"]
            assert archive.search("Odesa")
            with pytest.raises(ArchiveError, match="read-only"):
                archive.add_highlight(article_id, 6, 10)
    finally:
        tmp_path.chmod(0o700)
    assert digest(path) == before


def test_read_only_mode_refuses_to_miss_changes_waiting_in_the_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.sqlite3"
    make_archive(path)
    Path(f"{path}-wal").write_bytes(b"\0" * 64)
    real_connect = sqlite3.connect

    def connect(database: str, uri: bool = False) -> sqlite3.Connection:
        if "mode=ro" in database:
            # What SQLite says for a WAL archive in a folder the user cannot write to.
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(database, uri=uri)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(ArchiveError, match="would be missed"):
        Archive(path, read_only=True)


def test_read_only_mode_reads_but_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    article_id = make_archive(path)
    with Archive(path, read_only=True) as archive:
        assert [highlight.note for highlight in archive.highlights(article_id)] == ["how many?"]
        with pytest.raises(ArchiveError, match="read-only"):
            archive.add_highlight(article_id, 6, 10)
        with pytest.raises(ArchiveError, match="read-only"):
            archive.open_article(Article(text="Something new."))


def test_read_only_mode_needs_an_existing_archive(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no archive"):
        Archive(tmp_path / "missing.sqlite3", read_only=True)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_v1_archive_is_upgraded_in_place_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    text = "The harbour authority reported twelve ships waiting outside Odesa."
    db = Database(path)
    MIGRATIONS.apply(db, stop_before=FULL_TEXT_SEARCH)
    db.execute(
        "INSERT INTO articles (id, title, text, source, content_hash, added_at, opened_at, reading_position)"
        " VALUES (1, 'Harbour', ?, '/old/harbour.txt', ?, '2024-01-01T10:00:00.000Z', '2024-01-02T10:00:00.000Z', 7)",
        [text, Article(text=text).content_hash],
    )
    db.execute(
        "INSERT INTO highlights (id, uid, article_id, pos_start, pos_end, exact, prefix, suffix, colour, note,"
        " tags_text, created_at, updated_at) VALUES (5, 'a1', 1, 31, 43, 'twelve ships', 'authority reported ',"
        " ' waiting', 'green', 'verified by AIS', 'ships', '2024-01-01T10:05:00.000Z', '2024-01-01T10:05:00.000Z')"
    )
    db.execute("INSERT INTO tags (id, name) VALUES (1, 'ships')")
    db.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (5, 1)")
    db.conn.commit()
    db.close()

    with Archive(path) as archive:
        opened = archive.open_article(Article(text=text, source="/old/harbour.txt"))
        [highlight] = opened.highlights
        assert (opened.article_id, opened.reading_position) == (1, 7)
        assert (highlight.id, highlight.exact, highlight.note, highlight.tags) == (
            5,
            "twelve ships",
            "verified by AIS",
            ("ships",),
        )
        # What the later steps added works on the old content.
        assert {hit.field for hit in archive.search("ship")} == {"text", "quote"}
        assert [(hit.highlight_id, hit.field) for hit in archive.search("AIS")] == [(5, "note")]
        key = AnalysisCacheKey(Article(text=text).content_hash, "en_core_web_sm", "3.8.0", "1")
        archive.put_cached_analysis(key, "{}")
        assert archive.get_cached_analysis(key) == b"{}"
    applied = [step.name for step in MIGRATIONS.applied(Database(path))]
    assert applied == [migration.name for migration in MIGRATIONS.pending(Database(memory=True))]


def test_an_archive_held_by_another_program_is_said_so_in_words_of_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        article_id = archive.open_article(Article(text="The bridge will close.", title="Bridge")).article_id
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Archive(path, busy_timeout_ms=50) as archive, pytest.raises(ArchiveError) as refused:
            archive.add_highlight(article_id, 4, 10)
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert "another program (or another window of this app) is writing to it" in str(refused.value)
    assert "database is locked" not in str(refused.value)
