"""Random sequences of what a reader does with highlights, through the real window, checked
step by step against a simple model (issue 11, item 1): after every step the archive holds
exactly the model's highlights, the Notes tab lists them, and the undo stack has one entry per
user action (consecutive note edits of one highlight are one entry, as in a text editor)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.ui.app import create_main_window
from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
PASSAGES = (
    "corrosion in more than a third of its steel cables",
    "about 31,000 vehicles a day",
    "Mayor Elena Vasquez said at a press conference",
    "Council member Daniel Okafor",
)
COLOURS = ("yellow", "red", "green", "blue", "purple")
NOTES = ("", "Check the report", "Who said so?", "**Verified** on video")
TAGS = ("taxes", "follow-up", "budget", "#roads")


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    colour: str
    note: str = ""
    tags: tuple[str, ...] = ()


State = tuple[Expected, ...]  # in text order


class AnnotationMachine(RuleBasedStateMachine):
    """Each run starts from the article with no highlights and an empty undo stack, in one
    window shared by the runs (a window per run would load the language pipeline each time)."""

    qtbot: QtBot
    folder: Path
    shared_window: ClassVar[MainWindow | None] = None

    def __init__(self) -> None:
        super().__init__()
        self.article = self.folder / "bridge.txt"
        self.archive_file = self.folder / "archive.sqlite3"
        if AnnotationMachine.shared_window is None:
            shutil.copyfile(SAMPLE, self.article)
            window = create_main_window(
                QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat),
                archive_path=self.archive_file,
            )
            window.resize(1100, 760)
            window.show()
            AnnotationMachine.shared_window = window
        assert AnnotationMachine.shared_window is not None
        self.window: MainWindow = AnnotationMachine.shared_window
        self.window.close_document(0)
        archive = self.window.annotations.archive
        assert archive is not None
        for entry in archive.list_articles():  # a clean start: no highlights
            for highlight in archive.highlights(entry.id):
                archive.delete_highlight(highlight.id)
        self.open_article()
        text = self.window.reader.text
        self.spans = [(text.index(p), text.index(p) + len(p)) for p in PASSAGES]
        # The undo history as states: ``states[index]`` is what the archive must hold now.
        self.states: list[State] = [()]
        # For each state, the span whose note the undo entry that made it edited, if any.
        self.note_edits: list[tuple[int, int] | None] = [None]
        self.index = 0

    # -- the model ---------------------------------------------------------------------------------

    @property
    def current(self) -> State:
        return self.states[self.index]

    def record(self, state: State, note_edit_of: tuple[int, int] | None = None) -> None:
        """A user action: a new undo entry, or, when the entry on top is an edit of the same
        note, that entry (an undone one is no longer on top; one undone back to is)."""
        merges = self.index > 0 and note_edit_of is not None and self.note_edits[self.index] == note_edit_of
        del self.states[self.index + 1 :]
        del self.note_edits[self.index + 1 :]
        if merges:
            self.states[self.index] = state
        else:
            self.states.append(state)
            self.note_edits.append(note_edit_of)
            self.index += 1

    def find(self, span: tuple[int, int]) -> Expected:
        return next(h for h in self.current if (h.start, h.end) == span)

    def changed(self, span: tuple[int, int], **values: object) -> State:
        return tuple(replace(h, **values) if (h.start, h.end) == span else h for h in self.current)  # type: ignore[arg-type]

    # -- the window --------------------------------------------------------------------------------

    def open_article(self) -> None:
        # Until the analysis is shown, its steps could change the reader between two rules.
        with self.qtbot.waitSignal(self.window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
            self.window.open_path(self.article)

    def select_in_panel(self, span: tuple[int, int]) -> None:
        self.window.side_tabs.setCurrentWidget(self.window.notes_panel)
        (highlight,) = [h for h in self.window.annotations.highlights if (h.start, h.end) == span]
        self.window.notes_panel.select_highlight(highlight.id)

    # -- rules ---------------------------------------------------------------------------------

    @rule(passage=st.integers(0, len(PASSAGES) - 1), colour=st.sampled_from(COLOURS))
    def highlight(self, passage: int, colour: str) -> None:
        span = self.spans[passage]
        if any((h.start, h.end) == span for h in self.current):
            return  # already highlighted: H would add a second one on the same words
        self.window.reader.moveCursor(self.window.reader.textCursor().MoveOperation.Start)
        self.window.annotator.colour_actions[colour].trigger()  # no selection: the next colour
        self.window.reader.select_range(*span)
        self.window.annotator.highlight_action.trigger()  # H
        self.record(tuple(sorted((*self.current, Expected(*span, colour)), key=lambda h: (h.start, h.end))))

    @precondition(lambda self: self.current)
    @rule(data=st.data(), colour=st.sampled_from(COLOURS))
    def recolour(self, data: st.DataObject, colour: str) -> None:
        target = data.draw(st.sampled_from(self.current))
        span = (target.start, target.end)
        self.select_in_panel(span)
        self.window.notes_panel.colour_picker.buttons[colour].click()
        if colour != target.colour:
            self.record(self.changed(span, colour=colour))

    @precondition(lambda self: self.current)
    @rule(data=st.data(), note=st.sampled_from(NOTES))
    def edit_note(self, data: st.DataObject, note: str) -> None:
        target = data.draw(st.sampled_from(self.current))
        span = (target.start, target.end)
        self.select_in_panel(span)
        editor = self.window.notes_panel.note_editor.editor
        editor.setFocus()
        editor.selectAll()
        if note:
            self.qtbot.keyClicks(editor, note)
        else:
            self.qtbot.keyClick(editor, Qt.Key.Key_Delete)
        self.window.notes_panel.flush_edits()  # as when the editor loses focus
        if note != target.note:
            self.record(self.changed(span, note=note), note_edit_of=span)

    @precondition(lambda self: self.current)
    @rule(data=st.data(), tags=st.lists(st.sampled_from(TAGS), unique=True, max_size=3))
    def edit_tags(self, data: st.DataObject, tags: list[str]) -> None:
        target = data.draw(st.sampled_from(self.current))
        span = (target.start, target.end)
        self.select_in_panel(span)
        field = self.window.notes_panel.tags_edit
        field.setFocus()
        field.selectAll()
        self.qtbot.keyClick(field, Qt.Key.Key_Delete)
        self.qtbot.keyClicks(field, ", ".join(tags))  # in any order: stored alphabetically
        self.qtbot.keyClick(field, Qt.Key.Key_Return)
        popup = self.window.notes_panel.tag_completer.popup()
        assert popup is not None
        popup.hide()
        self.window.notes_panel.flush_edits()  # as when the field loses focus: nothing twice
        stored = tuple(sorted(tag.lstrip("#") for tag in tags))
        if stored != target.tags:
            self.record(self.changed(span, tags=stored))

    @precondition(lambda self: self.current)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(self.current))
        self.select_in_panel((target.start, target.end))
        self.window.notes_panel.delete_button.click()
        self.record(tuple(h for h in self.current if h != target))

    @rule()
    def undo(self) -> None:
        self.window.annotator.undo_action.trigger()
        if self.index > 0:
            self.index -= 1

    @rule()
    def redo(self) -> None:
        self.window.annotator.redo_action.trigger()
        if self.index < len(self.states) - 1:
            self.index += 1

    @rule()
    def reopen(self) -> None:
        self.window.close_document(0)
        self.open_article()
        self.states, self.note_edits, self.index = [self.current], [None], 0

    # -- checks --------------------------------------------------------------------------------

    @invariant()
    def archive_holds_the_model(self) -> None:
        QApplication.processEvents()
        with Archive(self.archive_file, read_only=True) as archive:
            (entry,) = archive.list_articles()
            stored = tuple(
                Expected(h.start, h.end, h.colour, h.note, h.tags) for h in archive.highlights(entry.id)
            )
        assert stored == self.current
        assert self.window.notes_panel.model.rowCount() == len(self.current)

    @invariant()
    def one_undo_entry_per_user_action(self) -> None:
        stack = self.window.annotations.undo_stack
        assert (stack.count(), stack.index()) == (len(self.states) - 1, self.index)


def test_random_annotation_sequences_keep_the_archive_and_undo_stack_right(
    qtbot: QtBot, tmp_path: Path
) -> None:
    AnnotationMachine.qtbot, AnnotationMachine.folder = qtbot, tmp_path
    machine = AnnotationMachine.TestCase
    machine.settings = settings(max_examples=15, stateful_step_count=12, deadline=None)
    try:
        machine().runTest()
    finally:
        window, AnnotationMachine.shared_window = AnnotationMachine.shared_window, None
        if window is not None:
            window.close()  # waits for the workers; their results are delivered next
            QApplication.processEvents()
