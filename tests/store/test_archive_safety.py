"""The archive under attack: a damaged file, a different article at a known path, deleted text
lingering in the file, archives readable by other users, and the daily backups."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desktop.core.article import Article
from desktop.store import archive as archive_module
from desktop.store import sql_rows
from desktop.store.archive import Archive
from desktop.store.backups import backups_of, latest_backup, make_daily_backup
from desktop.store.commands import run_export
from desktop.store.records import AnalysisCacheKey, ArchiveError, DamagedArchiveError
from desktop.store.similarity import SAME_ARTICLE_MIN_SIMILARITY, text_similarity

PAGE_SIZE = 4096
ARTICLES = 300

HARBOUR = (
    "The harbour authority said on Monday that twelve cargo ships were waiting outside the port "
    "of Odesa, after a night of drone attacks damaged two grain terminals. Officials said repairs "
    "would take at least a week, and that exports would be diverted to smaller Danube ports in the "
    "meantime. Shipping companies reported that insurance costs had doubled since the attacks began."
)
ELECTION = (
    "Voters in the northern province went to the polls on Sunday in an election that observers "
    "said would test the ruling coalition. Turnout was higher than expected in the cities, the "
    "electoral commission said, while rural districts reported delays at several polling stations. "
    "The opposition leader said that the count would be watched closely by independent monitors."
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def marker(number: int) -> str:
    # Capitals and punctuation: the search index keeps lower-case words only, so this exact
    # string is found in the file only where the article row itself is stored.
    return f"Article-Marker-{number:04d}."


def article_text(number: int) -> str:
    return f"{marker(number)} " + HARBOUR.replace("twelve", f"{number} and twelve") * 4


def build_archive(path: Path) -> list[int]:
    ids: list[int] = []
    with Archive(path) as archive, archive.batch():
        for number in range(ARTICLES):
            opened = archive.open_article(
                Article(text=article_text(number), title=f"Harbour {number}", source=f"/news/{number}.txt")
            )
            archive.add_highlight(opened.article_id, 200, 230, note=f"note {number}")
            ids.append(opened.article_id)
    return ids


def flip_page_holding(path: Path, needle: bytes) -> None:
    """Invert every bit of the 4 KB page where ``needle`` is stored."""
    data = bytearray(path.read_bytes())
    offset = data.index(needle)
    start = offset - offset % PAGE_SIZE
    data[start : start + PAGE_SIZE] = bytes(byte ^ 0xFF for byte in data[start : start + PAGE_SIZE])
    path.write_bytes(bytes(data))


@dataclass(frozen=True)
class DamagedArchive:
    path: Path
    ids: list[int]
    backup: Path


@pytest.fixture
def damaged(tmp_path: Path) -> Iterator[DamagedArchive]:
    """An archive of 300 articles with the page of the middle one flipped, and its backup."""
    path = tmp_path / "archive.sqlite3"
    ids = build_archive(path)
    backup = make_daily_backup(path, today=date(2026, 3, 1))
    assert backup is not None
    size = path.stat().st_size
    flip_page_holding(path, marker(ARTICLES // 2).encode())
    assert path.stat().st_size == size
    yield DamagedArchive(path, ids, backup)


# -- item 2: a different article at a known path ------------------------------------------------


def test_different_article_at_the_same_path_becomes_a_new_article(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.sqlite3") as archive:
        first = archive.open_article(Article(text=HARBOUR, title="Harbour", source="/news/today.txt"))
        kept = archive.add_highlight(first.article_id, 4, 21, note="which authority?")
        second = archive.open_article(Article(text=ELECTION, title="Election", source="/news/today.txt"))
        assert second.status == "new"
        assert second.article_id != first.article_id
        assert (second.highlights, second.orphans) == ((), ())
        assert archive.stored_article(first.article_id).article.title == "Harbour"
        assert archive.load_article(first.article_id).text == HARBOUR
        assert [(h.id, h.orphan, h.exact) for h in archive.highlights(first.article_id)] == [
            (kept.id, False, "harbour authority")
        ]
        assert archive.orphans(first.article_id) == []
        # The path now names the newer article; the old one is still in the library.
        assert archive.find_article("/news/today.txt") == second.article_id
        assert len(archive.list_articles()) == 2


def test_lightly_edited_article_at_the_same_path_is_reanchored(tmp_path: Path) -> None:
    edited = HARBOUR.replace("twelve cargo ships", "fourteen cargo ships").replace("a week", "ten days")
    with Archive(tmp_path / "archive.sqlite3") as archive:
        first = archive.open_article(Article(text=HARBOUR, title="Harbour", source="/news/today.txt"))
        quote = "insurance costs had doubled"
        start = HARBOUR.index(quote)
        kept = archive.add_highlight(first.article_id, start, start + len(quote))
        reopened = archive.open_article(Article(text=edited, title="Harbour", source="/news/today.txt"))
        assert (reopened.status, reopened.article_id) == ("reanchored", first.article_id)
        [moved] = reopened.highlights
        assert (moved.id, edited[moved.start : moved.end]) == (kept.id, quote)
        assert len(archive.list_articles()) == 1


def test_similarity_separates_edits_from_other_articles() -> None:
    light_edit = HARBOUR.replace("twelve", "fourteen").replace("Monday", "Tuesday")
    doubled = HARBOUR + " " + ELECTION
    assert text_similarity(HARBOUR, HARBOUR) == 1.0
    assert text_similarity(HARBOUR, light_edit) > 0.8
    assert text_similarity(HARBOUR, doubled) > SAME_ARTICLE_MIN_SIMILARITY
    assert text_similarity(HARBOUR, ELECTION) < 0.2
    assert text_similarity("", "") == 1.0
    assert text_similarity("", HARBOUR) == 0.0


def test_similarity_of_long_texts_is_linear() -> None:
    words = [f"w{number % 9973}x{number % 7919}" for number in range(1_000_000)]
    long_text = " ".join(words)
    other = " ".join(reversed(words))
    started = time.perf_counter()
    assert text_similarity(long_text, long_text + " one more sentence") > 0.99
    assert text_similarity(long_text, other) < SAME_ARTICLE_MIN_SIMILARITY
    # About 3.4 s on the CI machine for these 2 × 2 texts of 10.7 MB; a quadratic measure takes hours.
    assert time.perf_counter() - started < 30


# -- item 3: a damaged archive ------------------------------------------------------------------


def test_damaged_archive_is_refused_for_writing_and_names_the_backup(
    damaged: DamagedArchive,
) -> None:
    path, backup = damaged.path, damaged.backup
    before = digest(path)
    with pytest.raises(DamagedArchiveError) as raised:
        Archive(path)
    message = str(raised.value)
    assert "damaged" in message and "read-only" in message and str(backup) in message
    assert "export all" in message
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_damaged_archive_opens_read_only_writes_nothing_and_salvages_readable_rows(
    damaged: DamagedArchive,
) -> None:
    path, ids = damaged.path, damaged.ids
    before = digest(path)
    with Archive(path, read_only=True) as archive:
        salvaged = archive.salvage_export()
        with pytest.raises(ArchiveError, match="read-only"):
            archive.add_highlight(ids[0], 0, 5)
        with pytest.raises(DamagedArchiveError):
            archive.export_articles()
    assert digest(path) == before
    exported_ids = {export.stored.id for export in salvaged.exports}
    lost_ids = set(ids) - exported_ids
    damaged_id = ids[ARTICLES // 2]
    assert damaged_id in lost_ids
    # One 4 KB page holds a few article rows: the others are all rescued, with their highlights.
    assert 1 <= len(lost_ids) <= 4
    for lost in lost_ids:
        assert any(item.startswith(f"article {lost} from /news/") for item in salvaged.unreadable)
    assert len(salvaged.unreadable) == len(lost_ids)
    for export in salvaged.exports:
        number = int(export.stored.article.source.split("/")[-1].split(".")[0])  # type: ignore[union-attr]
        assert export.stored.article.text == article_text(number)
        assert [h.note for h in export.highlights] == [f"note {number}"]
    assert [colour.key for colour in salvaged.colours][:2] == ["yellow", "red"]


def test_export_command_salvages_a_damaged_archive(damaged: DamagedArchive) -> None:
    path = damaged.path
    out, err = io.StringIO(), io.StringIO()
    status = run_export(path, "all", "json", out, err)
    assert status == 1
    exported = json.loads(out.getvalue())
    sources = {article["ra:source"] for article in exported["ra:articles"]}
    assert len(sources) >= ARTICLES - 4
    assert exported["total"] == len(sources)
    assert f"/news/{ARTICLES // 2}.txt" not in sources
    assert "could not be read" in err.getvalue()
    assert f"from /news/{ARTICLES // 2}.txt" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_damage_met_while_in_use_turns_the_archive_read_only(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    ids = build_archive(path)
    with Archive(path) as archive:
        # Forget the pages the integrity check read, so the next read comes from the file.
        archive._db.execute("PRAGMA shrink_memory")
        flip_page_holding(path, marker(ARTICLES // 2).encode())
        before = digest(path)
        with pytest.raises(DamagedArchiveError, match="damaged"):
            archive.load_article(ids[ARTICLES // 2])
        assert archive.read_only and archive.damage
        with pytest.raises(ArchiveError, match="read-only"):
            archive.add_highlight(ids[0], 0, 5)
        with pytest.raises(ArchiveError, match="read-only"):
            archive.set_reading_position(ids[0], 10)
    assert digest(path) == before


def test_unexpected_database_error_runs_the_integrity_check(
    damaged: DamagedArchive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unexpected(row: object) -> object:
        raise sqlite3.DatabaseError("unexpected")

    healthy = tmp_path / "healthy.sqlite3"
    with Archive(healthy) as archive:
        article_id = archive.open_article(Article(text=HARBOUR)).article_id
    monkeypatch.setattr(sql_rows, "stored_article", unexpected)
    with Archive(healthy, read_only=True) as archive:
        with pytest.raises(ArchiveError, match="could not be read: unexpected") as raised:
            archive.stored_article(article_id)
        assert not isinstance(raised.value, DamagedArchiveError)
    with Archive(damaged.path, read_only=True) as archive:
        with pytest.raises(DamagedArchiveError, match="unexpected; "):
            archive.stored_article(damaged.ids[0])
        assert archive.damage


def test_large_archive_is_checked_in_the_background_and_never_written_if_damaged(
    damaged: DamagedArchive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "INLINE_CHECK_MAX_BYTES", 0)
    before = digest(damaged.path)
    with Archive(damaged.path) as archive:
        assert archive.colours()[0].key == "yellow"
        with pytest.raises(DamagedArchiveError, match="damaged"):
            archive.set_reading_position(damaged.ids[0], 5)
        assert archive.read_only
        with pytest.raises(DamagedArchiveError, match="damaged"):
            archive.rename_colour("red", "wrong")
    assert digest(damaged.path) == before


def test_large_healthy_archive_checked_in_the_background_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.sqlite3"
    ids = build_archive(path)
    monkeypatch.setattr(archive_module, "INLINE_CHECK_MAX_BYTES", 0)
    with Archive(path) as archive:
        archive.set_reading_position(ids[0], 5)
        assert not archive.read_only
        assert archive.stored_article(ids[0]).reading_position == 5


# -- backups -------------------------------------------------------------------------------------


def test_daily_backups_rotate_and_are_complete_copies(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        opened = archive.open_article(Article(text=HARBOUR, title="Harbour"))
        archive.add_highlight(opened.article_id, 4, 22, note="which authority?")
        made = [make_daily_backup(path, today=date(2026, 3, day)) for day in range(1, 8)]
        # At most one a day.
        assert make_daily_backup(path, today=date(2026, 3, 7)) is None
    assert None not in made
    assert [backup.name for backup in backups_of(path)] == [
        f"archive-2026-03-0{day}.sqlite3" for day in range(3, 8)
    ]
    newest = latest_backup(path)
    assert newest is not None and newest == made[-1]
    assert not list((tmp_path / "backups").glob("*.partial"))
    with Archive(newest, read_only=True) as copy:
        [entry] = copy.list_articles()
        assert [h.note for h in copy.highlights(entry.id)] == ["which authority?"]


# -- item 6: deleted text does not linger ------------------------------------------------------


def test_deleted_article_leaves_no_trace_of_its_text_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    secret = "Zyxwvutsrqbridge"
    text = f"The informant, {secret}, met the reporter twice. " + HARBOUR
    with Archive(path) as archive:
        opened = archive.open_article(Article(text=text, title=f"About {secret}"))
        archive.add_highlight(opened.article_id, 15, 15 + len(secret), note=f"ask {secret} again")
        key = AnalysisCacheKey(Article(text=text).content_hash, "en_core_web_sm", "3.8.0", "1")
        archive.put_cached_analysis(key, json.dumps({"entities": [secret]}))
        for number in range(20):
            archive.open_article(Article(text=article_text(number), title=f"Harbour {number}"))

        def traces() -> bool:
            files = [path, Path(f"{path}-wal")]
            raw = b"".join(file.read_bytes() for file in files if file.exists()).lower()
            return secret.lower()[:12].encode() in raw

        assert traces()
        archive.delete_article(opened.article_id)
        assert archive.get_cached_analysis(key) is None
        assert not traces()
        assert archive.search(secret) == []
        assert len(archive.list_articles()) == 20
    assert not traces()


# -- item 7: private files ---------------------------------------------------------------------


def test_archive_folder_and_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "reading-assistant"
    path = folder / "archive.sqlite3"
    previous = os.umask(0o022)
    try:
        with Archive(path) as archive:
            archive.open_article(Article(text=HARBOUR))
            modes = {
                file.name: stat.S_IMODE(file.stat().st_mode)
                for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
            }
            backup = make_daily_backup(path, today=date(2026, 3, 1))
    finally:
        os.umask(previous)
    assert modes == {"archive.sqlite3": 0o600, "archive.sqlite3-wal": 0o600, "archive.sqlite3-shm": 0o600}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert backup is not None
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    with Archive(tmp_path / "archive.sqlite3"):
        pass
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
