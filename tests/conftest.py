"""Test configuration shared by every test: offscreen Qt, the shared material, the pipeline."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from desktop.nlp.pipeline import Pipeline

# Before anything imports Qt: run every widget test without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# What the app derives and caches (the gazetteer) goes to a folder of this run, not the user's;
# spawned analysis processes inherit it.
_CACHE_FOLDER = tempfile.TemporaryDirectory(prefix="reading-assistant-cache-")
os.environ["READING_ASSISTANT_CACHE"] = _CACHE_FOLDER.name

REPO_ROOT = Path(__file__).resolve().parents[1]
# Beside the repository; a git worktree elsewhere names it in READING_ASSISTANT_SHARED.
SHARED_DIR = Path(os.environ.get("READING_ASSISTANT_SHARED", REPO_ROOT.parent / "shared"))
SAMPLES_DIR = REPO_ROOT / "resources" / "samples"
ARTIFACTS_DIR = REPO_ROOT / "artifacts"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared not present: the third-party articles and gold files live there")
    return SHARED_DIR


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    # Imported here so that tests without the pipeline do not load spaCy.
    from desktop.nlp.pipeline import load_pipeline

    return load_pipeline()
