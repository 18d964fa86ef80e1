"""A schema upgrade (seconds on a big archive) runs on a worker before the window opens the
archive, and only when the archive needs one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.nlp.pipeline import Pipeline
from desktop.store.archive import Archive, upgrade_pending
from desktop.store.records import ArchiveError
from desktop.ui import archive_upgrade
from desktop.ui.archive_upgrade import upgrade_before_opening
from tests.store.knowledge_stories import archive_from_before_knowledge


def test_an_archive_from_before_is_upgraded_on_a_worker(
    qtbot: QtBot, pipeline: Pipeline, archive_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive_from_before_knowledge(archive_file, pipeline)
    assert upgrade_pending(archive_file)
    with pytest.raises(ArchiveError, match="needs a schema upgrade"):
        Archive(archive_file, read_only=True)
    opened_on: list[threading.Thread] = []

    def spied(path: Path) -> Archive:
        opened_on.append(threading.current_thread())
        return Archive(path)

    monkeypatch.setattr(archive_upgrade, "Archive", spied)
    assert upgrade_before_opening(archive_file)
    assert opened_on and opened_on[0] is not threading.main_thread()
    assert not upgrade_pending(archive_file)
    with Archive(archive_file, read_only=True) as archive:
        assert archive.knowledge.pending_count() == 4  # the analyses, indexed by the window later
    assert not upgrade_before_opening(archive_file)  # nothing to do
    assert len(opened_on) == 1


def test_only_an_archive_behind_needs_an_upgrade(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    assert not upgrade_pending(new)  # made when opened, at once
    with Archive(new):
        pass
    assert not upgrade_pending(new)
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("shopping: eggs, flour\n")
    assert not upgrade_pending(not_ours)  # opening it says what is wrong
