"""``python -m benchmarks.reliability [--rounds N]``: attack the archive and print what was lost.

Each round runs real processes on a real archive file and checks the promise of issue 10 —
what was committed is never lost, a damaged archive is never written to, a hostile server gets
nothing but a clear message. One line per kind of attack, e.g.
``25 SIGKILL rounds during a burst of writes: 0 lost, 0 damaged``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.records import ArchiveError, ArticleExport
from tests.store.writer_process import BURST_TEXT, UNTIL_KILLED, kill_writer_after, start_python, start_writer

# Imports the export file given, then prints "done"; killed somewhere in between.
IMPORTER = """
import sys
from desktop.store.archive import Archive
from desktop.store.exporters import parse_web_annotation
path, source = sys.argv[1], sys.argv[2]
parsed = parse_web_annotation(open(source, encoding="utf-8").read())
print("start", flush=True)
with Archive(path) as archive:
    archive.import_articles(parsed.articles, parsed.colours)
print("done", flush=True)
"""


def _healthy(path: Path) -> bool:
    with Archive(path) as archive:
        return bool(archive._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def sigkill_during_writes(folder: Path, rounds: int, rng: random.Random) -> str:
    path = folder / "writes.sqlite3"
    with Archive(path) as archive:
        article_id = archive.open_article(Article(text=BURST_TEXT, title="Burst")).article_id
    committed: set[int] = set()
    lost = damaged = 0
    for _ in range(rounds):
        committed |= kill_writer_after(path, article_id, rng.randint(5, 150), "burst")
        damaged += not _healthy(path)
        with Archive(path) as archive:
            stored = {highlight.id for highlight in archive.highlights(article_id)}
        lost += len(committed - stored)
    return f"{rounds} SIGKILL rounds during a burst of writes: {lost} lost, {damaged} damaged"


def _export_file(folder: Path, articles: int, highlights_each: int, repeat: int = 1) -> Path:
    """A Web Annotation export of ``articles`` articles with highlights, made by the app itself."""
    from desktop.store.exporters import to_web_annotation

    source = folder / "source.sqlite3"
    with Archive(source) as archive, archive.batch():
        for n in range(articles):
            text = f"Article {n}. " + BURST_TEXT * repeat
            article_id = archive.open_article(Article(text=text, title=f"Article {n}")).article_id
            for h in range(highlights_each):
                start = (h * 7) % (len(text) - 30)
                archive.add_highlight(article_id, start, start + 25, note=f"note {n}/{h}")
        exports: list[ArticleExport] = archive.export_articles()
        colours = archive.colours()
    target = folder / "export.json"
    target.write_text(to_web_annotation(exports, colours), encoding="utf-8")
    return target


def sigkill_during_import(folder: Path, rounds: int, rng: random.Random) -> str:
    source = _export_file(folder, articles=40, highlights_each=50)
    path = folder / "import.sqlite3"
    with Archive(path) as archive:
        before = _counts(archive)
    duration = _import_seconds(folder, source)
    half_done = damaged = completed = 0
    for _ in range(rounds):
        importer = start_python(IMPORTER, str(path), str(source))
        assert importer.stdout is not None
        importer.stdout.readline()  # "start": the export is read; the import is under way
        time.sleep(rng.uniform(0.0, duration))
        importer.send_signal(signal.SIGKILL)
        importer.wait()
        importer.stdout.close()
        damaged += not _healthy(path)
        with Archive(path) as archive:
            after = _counts(archive)
        if after == before:
            continue
        if after == (40, 40 * 50):
            completed += 1
            path.unlink()
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            continue
        half_done += 1
    return (
        f"{rounds} SIGKILL rounds during an import of 2,000 annotations: {half_done} half-imported,"
        f" {damaged} damaged ({completed} finished before the kill)"
    )


def _import_seconds(folder: Path, source: Path) -> float:
    """How long one whole import takes here, from "start" to "done": the kills land within it."""
    importer = start_python(IMPORTER, str(folder / "timing.sqlite3"), str(source))
    assert importer.stdout is not None
    importer.stdout.readline()
    started = time.perf_counter()
    importer.stdout.readline()
    importer.wait()
    importer.stdout.close()
    return time.perf_counter() - started


def _counts(archive: Archive) -> tuple[int, int]:
    articles = archive._db.execute("SELECT count(*) FROM articles").fetchone()[0]
    highlights = archive._db.execute("SELECT count(*) FROM highlights").fetchone()[0]
    return int(articles), int(highlights)


def import_on_a_full_disk(folder: Path, rounds: int, rng: random.Random) -> str:
    """Imports into an archive on a small filesystem until it is full: each import is all or
    nothing, and what was there before stays readable. A 1 MB tmpfs as root; elsewhere SQLite's
    page limit stands in for the full disk."""
    source = _export_file(folder, articles=80, highlights_each=40, repeat=6)
    from desktop.store.exporters import parse_web_annotation

    parsed = parse_web_annotation(source.read_text(encoding="utf-8"))
    exports, colours = parsed.articles, parsed.colours
    mount = folder / "small-disk"
    mount.mkdir()
    mounted = _mount_tmpfs(mount, "1m")
    refused = partial = damaged = 0
    try:
        for n in range(rounds):
            path = mount / f"archive-{n}.sqlite3"
            with Archive(path) as archive:
                if not mounted:
                    archive._db.execute("PRAGMA max_page_count = 250")
                archive.open_article(Article(text="Before the disk filled up.", title="Kept"))
                before = _counts(archive)
                batch = rng.sample(exports, k=len(exports))
                try:
                    archive.import_articles(batch, colours)
                except ArchiveError:
                    refused += 1
                    partial += _counts(archive) != before
            damaged += not _healthy(path)
            path.unlink()
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], check=False)
    where = "a 1 MB filesystem" if mounted else "an archive capped at 250 pages"
    return (
        f"{rounds} imports onto {where}: {refused} refused with a message, {partial} half-imported,"
        f" {damaged} damaged"
    )


def _mount_tmpfs(mount: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True, check=False
    )
    return done.returncode == 0


def two_writers_at_once(folder: Path, rounds: int, rng: random.Random) -> str:
    path = folder / "two.sqlite3"
    with Archive(path) as archive:
        article_id = archive.open_article(Article(text=BURST_TEXT, title="Two")).article_id
    lost = 0
    for _ in range(rounds):
        writers = [start_writer(path, article_id, UNTIL_KILLED, tag) for tag in ("first", "second")]
        reported: set[int] = set()
        for writer in writers:
            assert writer.stdout is not None
            for _ in range(rng.randint(20, 80)):
                reported.add(int(writer.stdout.readline()))
        for writer in writers:
            writer.send_signal(signal.SIGKILL)
            writer.wait()
            assert writer.stdout is not None
            writer.stdout.close()
        with Archive(path) as archive:
            stored = {highlight.id for highlight in archive.highlights(article_id)}
        lost += len(reported - stored)
    return f"{rounds} rounds of two processes writing at once: {lost} lost"


def corruption(folder: Path, rounds: int, rng: random.Random) -> str:
    """4 KB flipped at a random place in a 300-article archive: the damage is found at open (or
    the flipped bytes were free space), nothing is written to the file after, and the export
    rescues every row it can read and names the others."""
    from desktop.store.records import DamagedArchiveError

    pristine = folder / "pristine.sqlite3"
    with Archive(pristine) as archive, archive.batch():
        for n in range(300):
            article_id = archive.open_article(
                Article(text=f"Article {n}. " + BURST_TEXT, title=f"A{n}")
            ).article_id
            archive.add_highlight(article_id, 0, 20, note=f"note {n}")
    size = pristine.stat().st_size
    detected = unnoticed = written = 0
    rescued: list[int] = []
    for n in range(rounds):
        path = folder / f"damaged-{n}.sqlite3"
        data = bytearray(pristine.read_bytes())
        offset = rng.randrange(4096, size - 4096)
        data[offset : offset + 4096] = bytes(b ^ 0xFF for b in data[offset : offset + 4096])
        path.write_bytes(bytes(data))
        try:
            with Archive(path) as archive:
                archive.add_highlight(1, 0, 10)
            unnoticed += 1
            continue
        except DamagedArchiveError:
            detected += 1
        except ArchiveError:
            detected += 1  # refused at open for another reason (not an archive at all)
        before = path.read_bytes()
        try:
            with Archive(path, read_only=True) as archive:
                rescued.append(len(archive.salvage_export().exports))
        except ArchiveError:
            rescued.append(0)
        written += path.read_bytes() != before
    mean = sum(rescued) / len(rescued) if rescued else 0
    return (
        f"{rounds} archives with 4 KB flipped: {detected} damage found at open, {unnoticed} not"
        f" (the flip hit free space or a page the check does not read), {written} written to after;"
        f" export rescued {mean:.0f} of 300 articles on average"
    )


# Holds the archive's write lock until its standard input closes.
LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
db.execute("ROLLBACK")
"""


def write_lock(folder: Path, rounds: int, rng: random.Random) -> str:
    """Another process holds the write lock while a note is saved, as the window saves it (a
    short busy timeout): the save fails fast instead of freezing, the note is kept and saved on
    the first retry after the lock is gone."""
    from desktop.ui.annotations import GUI_BUSY_TIMEOUT_MS

    path = folder / "locked.sqlite3"
    with Archive(path) as archive:
        article_id = archive.open_article(Article(text=BURST_TEXT, title="Locked")).article_id
    waits: list[float] = []
    lost = 0
    for n in range(rounds):
        locker = subprocess.Popen(
            [sys.executable, "-c", LOCKER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert locker.stdout is not None and locker.stdin is not None
        locker.stdout.readline()
        note = f"typed while locked {n} {rng.random()}"
        with Archive(path, busy_timeout_ms=GUI_BUSY_TIMEOUT_MS) as archive:
            started = time.perf_counter()
            with contextlib.suppress(ArchiveError):
                archive.set_article_note(article_id, note)
            waits.append(time.perf_counter() - started)
            locker.stdin.close()
            locker.wait()
            locker.stdout.close()
            archive.set_article_note(article_id, note)  # the retry
        with Archive(path) as archive:
            lost += archive.stored_article(article_id).note != note
    return (
        f"{rounds} note saves while another process held the write lock: each refused within"
        f" {max(waits) * 1000:.0f} ms (no freeze), {lost} lost after the retry"
    )


def hostile_server(folder: Path, rounds: int, rng: random.Random) -> str:
    """The hostile-network rounds of ``benchmarks.hostile_network``: headers a byte at a time,
    a cancelled fetch, and SIGKILL of a process in the middle of an extraction."""
    from benchmarks import hostile_network

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        hostile_network.slow_header_lines()
        hostile_network.orphan_lines()
    return "; ".join(printed.getvalue().strip().splitlines())


Round = Callable[[Path, int, random.Random], str]
ROUNDS: dict[str, tuple[Round, int]] = {
    "kill-writes": (sigkill_during_writes, 25),
    "kill-import": (sigkill_during_import, 25),
    "full-disk": (import_on_a_full_disk, 10),
    "two-writers": (two_writers_at_once, 5),
    "corruption": (corruption, 25),
    "write-lock": (write_lock, 10),
    "hostile-server": (hostile_server, 1),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reliability", description=__doc__)
    parser.add_argument("--rounds", type=int, help="rounds per attack (default: each attack's own)")
    parser.add_argument("--only", choices=sorted(ROUNDS), action="append", help="run only these attacks")
    options = parser.parse_args(argv)
    rng = random.Random(10)
    for name, (attack, default_rounds) in ROUNDS.items():
        if options.only and name not in options.only:
            continue
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            line = attack(Path(folder), options.rounds or default_rounds, rng)
            print(f"{line}  [{time.perf_counter() - started:.0f} s]", flush=True)


if __name__ == "__main__":
    main()
