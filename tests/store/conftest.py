"""Fixtures of the store tests: a fresh archive, and one holding a story told by three outlets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.nlp.pipeline import Pipeline
from desktop.store.archive import Archive
from tests.store.knowledge_stories import STORY, archive_analysed


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "archive.sqlite3") as opened:
        yield opened


@pytest.fixture
def story(archive: Archive, pipeline: Pipeline) -> list[int]:
    """The ids of ``STORY``'s articles, archived with their real analyses."""
    return [archive_analysed(archive, pipeline, article) for article in STORY]
