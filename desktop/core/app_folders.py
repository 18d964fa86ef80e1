"""The app's name on disk and its cache folder: ``$READING_ASSISTANT_CACHE``, else the platform's
user cache directory. The cache holds only what the app can make again from installed data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reading-assistant"
CACHE_ENV_VAR = "READING_ASSISTANT_CACHE"


def user_cache_folder() -> Path:
    from_env = os.environ.get(CACHE_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)
