"""What the archive's safety checks cost on a 1 GB archive: the integrity check at open, the
daily backup, and deleting an article with its text wiped from the file.

Run: ``.venv/bin/python benchmarks/archive_integrity_bench.py [--size-mb 1024]``. Set
ARCHIVE_INTEGRITY_BENCH_PATH=/path/to/file.sqlite3 to keep the built archive and reuse it on
later runs (building 1 GB takes several minutes on the 2-core CI machine). Prints plain lines.
The file is read from the page cache after the build, as on a start shortly after the last one;
a cold start from disk is slower by the disk's read time for the whole file.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.archive_bench import CONTENT_WORDS, FUNCTION_WORDS, ZIPF_WEIGHTS
from desktop.core.article import Article
from desktop.store.archive import INLINE_CHECK_MAX_BYTES, Archive
from desktop.store.backups import backups_of, make_daily_backup

ENV_PATH = "ARCHIVE_INTEGRITY_BENCH_PATH"
WORDS_PER_ARTICLE = 6_000
ARTICLES_PER_BATCH = 100
HIGHLIGHTS_PER_ARTICLE = 5


def article_text(rng: random.Random) -> str:
    words = rng.choices(CONTENT_WORDS, ZIPF_WEIGHTS, k=WORDS_PER_ARTICLE)
    words += rng.choices(FUNCTION_WORDS, k=WORDS_PER_ARTICLE // 2)
    rng.shuffle(words)
    sentences = [" ".join(words[i : i + 20]).capitalize() + "." for i in range(0, len(words), 20)]
    return "\n\n".join(" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6))


def build(path: Path, size_bytes: int) -> None:
    rng = random.Random(7)
    started = time.perf_counter()
    count = 0
    with Archive(path) as archive:
        while path.stat().st_size + _wal_size(path) < size_bytes:
            with archive.batch():
                for _ in range(ARTICLES_PER_BATCH):
                    text = article_text(rng)
                    opened = archive.open_article(Article(text=text, title=f"Article {count}"))
                    for start in rng.sample(range(0, len(text) - 200, 100), HIGHLIGHTS_PER_ARTICLE):
                        archive.add_highlight(opened.article_id, start, start + 80, note="checked")
                    count += 1
    print(
        f"built {count:,} articles, {path.stat().st_size / 2**20:,.0f} MB"
        f" in {time.perf_counter() - started:.0f} s"
    )


def _wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def quick_check(path: Path) -> None:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    conn.close()


def timed(label: str, work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=1024)
    args = parser.parse_args()
    kept = os.environ.get(ENV_PATH)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(kept) if kept else Path(folder) / "archive.sqlite3"
        if not path.exists():
            build(path, args.size_mb * 2**20)
        size_mb = path.stat().st_size / 2**20
        print(f"archive: {size_mb:,.0f} MB")
        timed(f"PRAGMA quick_check on {size_mb:,.0f} MB", lambda: quick_check(path))
        started = time.perf_counter()
        with Archive(path) as archive:
            opened = time.perf_counter()
            print(
                f"opening it for writing: {opened - started:.2f} s (over {INLINE_CHECK_MAX_BYTES // 2**20} MB"
                " the integrity check runs on a background thread)"
            )
            archive.rename_colour("yellow", "important")
            print(f"its first write, which waits for the check: {time.perf_counter() - opened:.2f} s")
        backup_started = time.perf_counter()
        made = make_daily_backup(path, today=date(2000, 1, 2))
        backup_seconds = time.perf_counter() - backup_started
        print(
            f"daily backup (SQLite online backup API, on a background thread) of {size_mb:,.0f} MB: {backup_seconds:.2f} s"
        )
        for backup in backups_of(path):
            backup.unlink()
        assert made is not None
        with Archive(path) as archive:
            entries = archive.list_articles()
            victim = entries[len(entries) // 2].id
            timed(
                "deleting one article (secure delete, search indexes merged, WAL truncated)",
                lambda: archive.delete_article(victim),
            )


if __name__ == "__main__":
    main()
