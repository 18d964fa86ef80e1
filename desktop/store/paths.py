"""Where the archive lives: ``--archive PATH``, else ``$READING_ASSISTANT_ARCHIVE``, else the
platform's user data directory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

ARCHIVE_ENV_VAR = "READING_ASSISTANT_ARCHIVE"
APP_NAME = "reading-assistant"
ARCHIVE_FILE_NAME = "archive.sqlite3"


def default_archive_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / ARCHIVE_FILE_NAME


def resolve_archive_path(
    override: str | Path | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The archive path the user asked for: an explicit override (the ``--archive`` option)
    wins over the environment variable, which wins over the default."""
    if override:
        return Path(override).expanduser()
    from_env = (os.environ if environ is None else environ).get(ARCHIVE_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_archive_path()
