"""Real processes on a real archive file: a writer killed mid-burst, and two writers at once."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from desktop.core.article import Article
from desktop.store.archive import Archive
from tests.store.writer_process import BURST_TEXT, kill_writer_after, start_writer


def make_article(path: Path) -> int:
    with Archive(path) as archive:
        return archive.open_article(Article(text=BURST_TEXT, title="Burst")).article_id


def test_sigkill_during_a_burst_of_writes_loses_no_committed_highlight(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    article_id = make_article(path)
    rng = random.Random(3)
    committed: set[int] = set()
    for _ in range(12):
        committed |= kill_writer_after(path, article_id, rng.randint(5, 150), "burst")
        with Archive(path) as archive:
            stored = {highlight.id for highlight in archive.highlights(article_id)}
            assert committed <= stored
            assert archive._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # Nothing half-written: every stored highlight has its tag row and search entry.
            assert len(archive.find_highlights(tag="burst")) == len(stored)
            assert archive._db.execute("SELECT count(*) FROM highlights_fts").fetchone()[0] == len(stored)


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    article_id = make_article(path)
    writers = [start_writer(path, article_id, 150, tag) for tag in ("first", "second")]
    outputs = [writer.communicate(timeout=120)[0] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0]
    reported = {int(line) for output in outputs for line in output.split()}
    with Archive(path) as archive:
        stored = archive.highlights(article_id)
        assert {highlight.id for highlight in stored} == reported
        assert len(stored) == 300
        assert len(archive.find_highlights(tag="first")) == len(archive.find_highlights(tag="second")) == 150


def test_another_process_closing_the_archive_leaves_an_app_with_two_connections_working(
    tmp_path: Path,
) -> None:
    """The window holds several connections (its reader threads open their own); opening one
    must not drop the locks the others hold, or a `reading-assistant conflicts` run closing
    the archive takes itself for the last user and deletes the -wal and -shm files under the
    open window ("disk I/O error" on its next read, its next writes lost)."""
    path = tmp_path / "archive.sqlite3"
    article_id = make_article(path)
    with Archive(path) as window, Archive(path):
        closing = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from desktop.store.archive import Archive; Archive(sys.argv[1]).close()",
                str(path),
            ],
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert closing.returncode == 0, closing.stderr
        assert Path(f"{path}-shm").exists()
        written = window.add_highlight(article_id, 0, 5, "yellow")
        with Archive(path) as later:
            assert written.id in {highlight.id for highlight in later.highlights(article_id)}
