"""Daily copies of the archive to go back to when it is damaged.

A copy is made with SQLite's online backup API, which reads one consistent snapshot while the
app keeps writing (WAL), into ``backups/`` next to the archive: ``archive-YYYY-MM-DD.sqlite3``,
at most one a day, the newest ``KEPT_BACKUPS`` kept. Copying a large archive takes seconds, so
the app runs it off the GUI thread (:func:`start_daily_backup`).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from datetime import date
from pathlib import Path

from desktop.store.paths import create_private_file, create_private_folder

BACKUP_FOLDER_NAME = "backups"
KEPT_BACKUPS = 5


def backup_folder(archive_path: Path) -> Path:
    return archive_path.parent / BACKUP_FOLDER_NAME


def backups_of(archive_path: Path) -> list[Path]:
    """The archive's backups, oldest first (the names sort by date)."""
    folder = backup_folder(archive_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{archive_path.stem}-????-??-??{archive_path.suffix}"))


def latest_backup(archive_path: Path) -> Path | None:
    found = backups_of(archive_path)
    return found[-1] if found else None


def make_daily_backup(
    archive_path: Path, *, today: date | None = None, keep: int = KEPT_BACKUPS
) -> Path | None:
    """Copy the archive unless today's copy exists; drop the oldest beyond ``keep``. Returns the
    new copy, or None when there was nothing to do. Raises ``OSError`` or ``sqlite3.Error``."""
    folder = backup_folder(archive_path)
    day = (today or date.today()).isoformat()
    target = folder / f"{archive_path.stem}-{day}{archive_path.suffix}"
    if target.exists():
        return None
    create_private_folder(folder)
    # Written under a temporary name and renamed when complete: a copy interrupted by a crash
    # or a full disk is never mistaken for a backup.
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    source = sqlite3.connect(f"{archive_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.replace(partial, target)
    for old in backups_of(archive_path)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def start_daily_backup(archive_path: Path) -> threading.Thread:
    """Make today's backup on a background thread. A daemon: quitting does not wait for it, and
    a copy cut short stays a ``.partial`` file that the next backup replaces."""

    def work() -> None:
        try:
            make_daily_backup(archive_path)
        except (OSError, sqlite3.Error) as error:
            print(f"reading-assistant: the daily backup of {archive_path} failed: {error}", file=sys.stderr)

    thread = threading.Thread(target=work, name="archive-backup", daemon=True)
    thread.start()
    return thread
