"""Where the archive lives: ``--archive PATH``, else ``$READING_ASSISTANT_ARCHIVE``, else the
platform's user data directory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from desktop.core.app_folders import APP_NAME

ARCHIVE_ENV_VAR = "READING_ASSISTANT_ARCHIVE"
ARCHIVE_FILE_NAME = "archive.sqlite3"


def default_archive_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / ARCHIVE_FILE_NAME


def resolve_archive_path(
    override: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    preferred: Path | None = None,
) -> Path:
    """The archive path the user asked for: an explicit override (the ``--archive`` option)
    wins over the environment variable, which wins over the one chosen in Preferences
    (``preferred``), which wins over the default."""
    if override:
        return Path(override).expanduser()
    from_env = (os.environ if environ is None else environ).get(ARCHIVE_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return preferred or default_archive_path()


def create_private_folder(folder: Path) -> None:
    """Create ``folder`` (and any missing parents) readable by the user alone (0700). Existing
    folders are left as they are: they may be shared on purpose."""
    missing: list[Path] = []
    for candidate in [folder, *folder.parents]:
        if candidate.exists():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        candidate.mkdir(mode=0o700, exist_ok=True)
        # mkdir's mode is filtered by the umask; the folder must be private whatever it is.
        candidate.chmod(0o700)


def create_private_file(path: Path) -> None:
    """Create an empty ``path`` readable and writable by the user alone (0600) if it is missing.
    SQLite gives an archive's -wal and -shm files the mode of the archive file itself.

    An existing file is not opened: closing any descriptor of a file drops every POSIX lock
    the process holds on it, SQLite's included, and another process closing the archive would
    then take itself for its last user and delete the -wal and -shm files under this one."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)
