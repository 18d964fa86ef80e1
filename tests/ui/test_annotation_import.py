"""File ▸ Import Annotations runs on a worker thread: the window stays responsive, Cancel leaves
nothing behind, and a hostile file gets a message instead of a crash."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.ui.annotation_import import AnnotationImport
from desktop.ui.main_window import MainWindow
from tests.store.made_up import web_annotation_export

IMPORT_TIMEOUT_MS = 180_000


def export_file(path: Path, highlight_count: int) -> Path:
    """A W3C JSON export of one article with ``highlight_count`` highlights, as the app writes it."""
    sentence = "The council approved the budget on Tuesday after a long debate about school funding. "
    text = sentence * (highlight_count // 10 + 1)
    sentences = len(text) // len(sentence)
    starts = ((index % sentences) * len(sentence) + index % 40 for index in range(highlight_count))
    path.write_text(web_annotation_export(text, "Budget", starts))
    return path


def started_import(window: MainWindow, file: Path) -> AnnotationImport:
    assert window.import_annotations(file)
    assert window.annotation_import is not None
    return window.annotation_import


def archived_counts(archive_file: Path) -> tuple[int, int]:
    with Archive(archive_file, read_only=True) as archive:
        return len(archive.list_articles()), len(archive.find_highlights())


def test_a_large_import_keeps_the_window_responsive(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_file: Path
) -> None:
    file = export_file(tmp_path / "many.json", 20_000)
    if window.controller.pipeline is None:
        # Loading the pipeline pauses the window by itself: measure the import alone.
        with qtbot.waitSignal(window.controller.pipelineReady, timeout=IMPORT_TIMEOUT_MS):
            pass
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    importing = started_import(window, file)
    with qtbot.waitSignal(importing.succeeded, timeout=IMPORT_TIMEOUT_MS):
        pass
    probe.stop()
    longest_stall = max(later - earlier for earlier, later in itertools.pairwise(ticks))
    # The import ran on the GUI thread before: the window froze for the whole of it (17.5 s
    # for 100,000 annotations).
    assert longest_stall < 1.0
    assert "Imported 1 new" in window.info_bar.message.text()
    assert window.annotation_import is None
    assert archived_counts(archive_file) == (1, 20_000)


def test_cancel_rolls_the_whole_import_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_file: Path
) -> None:
    file = export_file(tmp_path / "many.json", 20_000)
    importing = started_import(window, file)
    # Cancel once highlights are being written: those must go too.
    qtbot.waitUntil(lambda: importing.dialog.value() > 100, timeout=IMPORT_TIMEOUT_MS)
    cancel_button = importing.dialog.findChild(QPushButton)
    assert cancel_button is not None
    with qtbot.waitSignal(importing.failed, timeout=IMPORT_TIMEOUT_MS) as failed:
        cancel_button.click()
    assert "cancelled; nothing was imported" in str(failed.args[0])
    assert window.info_bar.message.text().startswith("Nothing was imported from many.json")
    assert archived_counts(archive_file) == (0, 0)
    # The archive is free again: the window can write to it and import anew.
    assert window.import_annotations(export_file(tmp_path / "few.json", 3))
    assert window.annotation_import is not None
    with qtbot.waitSignal(window.annotation_import.succeeded, timeout=IMPORT_TIMEOUT_MS):
        pass
    assert archived_counts(archive_file) == (1, 3)


def test_a_lone_surrogate_gets_a_message_not_a_crash(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_file: Path
) -> None:
    file = export_file(tmp_path / "bad.json", 3)
    collection = json.loads(file.read_text(encoding="utf-8"))
    collection["ra:articles"][0]["title"] = "Budget \ud800"
    file.write_text(json.dumps(collection), encoding="utf-8")
    importing = started_import(window, file)
    with qtbot.waitSignal(importing.failed, timeout=IMPORT_TIMEOUT_MS):
        pass
    message = window.info_bar.message.text()
    assert message.startswith("Nothing was imported from bad.json")
    assert "title holds an invalid character" in message
    assert archived_counts(archive_file) == (0, 0)
