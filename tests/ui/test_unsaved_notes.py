"""A note typed while another program holds the archive's write lock is kept, marked unsaved,
retried and saved; the window never freezes for the busy timeout; closing asks first."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.ui.main_window import MainWindow
from desktop.ui.unsaved_edits import DISCARD, RETRY
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
PASSAGE = "corrosion in more than a third of its steel cables"
# Far below the archive's 10 s busy timeout, far above the GUI's short one.
RESPONSIVE_S = 1.0


class ArchiveLock:
    """Another process's connection holding the archive's write lock (``BEGIN EXCLUSIVE``)."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None, timeout=0)

    def take(self) -> None:
        # The window may still be storing the analysis in the background: that write ends first.
        self.connection.execute("PRAGMA busy_timeout = 10000")
        self.connection.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("COMMIT")


@pytest.fixture
def lock(archive_file: Path) -> Iterator[ArchiveLock]:
    holder = ArchiveLock(archive_file)
    yield holder
    holder.release()
    holder.connection.close()


def stored_notes(archive_file: Path) -> list[str]:
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        return [highlight.note for highlight in archive.highlights(entry.id)]


def highlight_passage(window: MainWindow) -> int:
    start = window.reader.text.index(PASSAGE)
    window.reader.select_range(start, start + len(PASSAGE))
    window.annotator.highlight_selection()
    (highlight,) = window.annotations.highlights
    window.notes_panel.select_highlight(highlight.id)
    return highlight.id


def type_note_while_locked(qtbot: QtBot, window: MainWindow, lock: ArchiveLock, text: str) -> float:
    """Types ``text`` as the note of the selected highlight with the archive locked; returns how
    long the save (the editor losing focus) held the GUI thread."""
    lock.take()
    editor = window.notes_panel.note_editor
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, text)
    began = time.perf_counter()
    window.notes_panel.flush_edits()
    return time.perf_counter() - began


def click_in_next_dialog(qtbot: QtBot, button_text: str, before_click: object = None) -> list[str]:
    """Clicks ``button_text`` in the next modal dialog; returns the dialog's texts once shown."""
    seen: list[str] = []

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(dialog.text())
        if callable(before_click):
            before_click()
        (button,) = [b for b in dialog.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, click)
    return seen


def test_a_note_typed_while_the_archive_is_locked_is_kept_retried_and_saved(
    qtbot: QtBot, window: MainWindow, archive_file: Path, lock: ArchiveLock
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    highlight_id = highlight_passage(window)
    stack_before = window.annotations.undo_stack.count()

    held = type_note_while_locked(qtbot, window, lock, "Ask the inspectors")
    assert held < RESPONSIVE_S
    began = time.perf_counter()
    window.annotator.save_reading_position()
    assert time.perf_counter() - began < RESPONSIVE_S

    editor = window.notes_panel.note_editor
    assert editor.text() == "Ask the inspectors"
    assert editor.is_marked_unsaved()
    assert "Not saved yet" in window.info_bar.message.text()
    assert stored_notes(archive_file) == [""]
    # A refresh of the panel (here: another highlight chosen and back) keeps what was typed.
    window.annotations.reload()
    window.notes_panel.select_highlight(highlight_id)
    assert editor.text() == "Ask the inspectors"
    assert window.annotations.undo_stack.count() == stack_before  # nothing stored, nothing to undo

    lock.release()
    qtbot.waitUntil(lambda: stored_notes(archive_file) == ["Ask the inspectors"], timeout=10_000)
    assert not editor.is_marked_unsaved()
    assert window.annotations.undo_stack.count() == stack_before + 1
    window.annotator.undo_action.trigger()
    assert stored_notes(archive_file) == [""]


def test_closing_with_an_unsaved_note_asks_to_retry_or_discard(
    qtbot: QtBot, window: MainWindow, archive_file: Path, lock: ArchiveLock
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    highlight_passage(window)
    type_note_while_locked(qtbot, window, lock, "Not lost")

    seen = click_in_next_dialog(qtbot, "Cancel")
    assert not window.close()
    assert seen == ["Some of your notes, tags or colours are not saved yet."]
    assert window.isVisible()
    assert window.notes_panel.note_editor.text() == "Not lost"

    # Retry while still locked asks again; the second time the lock is gone and it saves.
    second: list[list[str]] = []
    click_in_next_dialog(
        qtbot, RETRY, before_click=lambda: second.append(click_in_next_dialog(qtbot, RETRY, lock.release))
    )
    assert window.close()
    assert second == [["Some of your notes, tags or colours are not saved yet."]]
    assert stored_notes(archive_file) == ["Not lost"]


def test_closing_can_discard_an_unsaved_note(
    qtbot: QtBot, window: MainWindow, archive_file: Path, lock: ArchiveLock
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    highlight_passage(window)
    type_note_while_locked(qtbot, window, lock, "Thrown away on purpose")
    click_in_next_dialog(qtbot, DISCARD)
    assert window.close()
    lock.release()
    assert stored_notes(archive_file) == [""]


def test_changes_that_cannot_be_written_leave_the_undo_stack_where_the_archive_is(
    qtbot: QtBot, window: MainWindow, archive_file: Path, lock: ArchiveLock
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    highlight_id = highlight_passage(window)
    window.annotations.set_colour(highlight_id, "red")
    stack = window.annotations.undo_stack
    assert (stack.count(), stack.index()) == (2, 2)

    lock.take()
    window.annotator.undo_action.trigger()  # cannot be written: the stack stays with the archive
    assert (stack.count(), stack.index()) == (2, 2)
    assert [h.colour for h in window.annotations.highlights] == ["red"]
    other = window.reader.text.index("about 31,000 vehicles a day")
    window.reader.select_range(other, other + 5)
    window.annotator.highlight_selection()  # not stored: no entry to undo
    assert (stack.count(), stack.index()) == (2, 2)
    assert len(window.annotations.highlights) == 1
    assert "could not be saved" in window.info_bar.message.text()

    lock.release()
    window.annotator.undo_action.trigger()
    assert [h.colour for h in window.annotations.highlights] == ["yellow"]
    assert stack.index() == 1
    window.annotator.redo_action.trigger()
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        assert [h.colour for h in archive.highlights(entry.id)] == ["red"]


def test_colour_meanings_that_cannot_be_saved_get_a_message(
    qtbot: QtBot, window: MainWindow, lock: ArchiveLock
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    lock.take()
    window.annotator.rename_colours({"red": "contested"})  # once an uncaught ArchiveError
    assert "could not be saved" in window.info_bar.message.text()
    assert window.annotator.colour_actions["red"].text() == "disputed"


def test_a_retry_waits_once_however_many_edits_are_unsaved(
    qtbot: QtBot, window: MainWindow, archive_file: Path, lock: ArchiveLock
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    session = window.annotations
    words = [(m.start(), m.end()) for m in re.finditer(r"\w{6,}", window.reader.text)][:10]
    for start, end in words:
        session.add(start, end, "yellow")
    lock.take()
    for highlight in session.highlights:
        session.set_note(highlight.id, f"note {highlight.id}")
    assert session.unsaved_highlight_ids() == {h.id for h in session.highlights}
    began = time.perf_counter()
    assert not session.save_unsaved()
    assert time.perf_counter() - began < 0.75  # one busy wait, not ten (1.5 s)
    lock.release()
    assert session.save_unsaved()
    assert stored_notes(archive_file) == [f"note {h.id}" for h in session.highlights]
