"""Tags and undo through the real window: tags typed in any order are saved once, and undo
and redo restore exactly what was there (issue 11, item 1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.ui.main_window import MainWindow
from desktop.ui.panels.notes_panel import NotesPanel
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait, select_passage

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
PASSAGE = "corrosion in more than a third of its steel cables"


def stored(archive_file: Path) -> list[tuple[str, tuple[str, ...]]]:
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        return [(h.note, h.tags) for h in archive.highlights(entry.id)]


def note_on_the_passage(qtbot: QtBot, window: MainWindow) -> NotesPanel:
    """The sample open, ``PASSAGE`` highlighted with N: the Notes tab, its note editor ready."""
    open_and_wait(qtbot, window, SAMPLE)
    select_passage(window, PASSAGE)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_N)
    return window.notes_panel


def undo_texts(window: MainWindow) -> list[str]:
    stack = window.annotations.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_tags_typed_out_of_order_are_saved_once_and_undo_restores_them(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    panel = note_on_the_passage(qtbot, window)
    qtbot.keyClicks(panel.note_editor.editor, "Check the budget")
    panel.tags_edit.setFocus()
    qtbot.keyClicks(panel.tags_edit, "taxes, follow-up")
    qtbot.keyClick(panel.tags_edit, Qt.Key.Key_Return)  # once saved again on every refresh, forever
    assert stored(archive_file) == [("Check the budget", ("follow-up", "taxes"))]
    assert undo_texts(window) == ["Add highlight", "Edit note", "Edit tags"]

    window.annotator.undo_action.trigger()  # once did nothing: the old field text was saved back
    assert stored(archive_file) == [("Check the budget", ())]
    assert panel.tags_edit.text() == ""
    window.annotator.undo_action.trigger()  # and this one crashed the process
    assert stored(archive_file) == [("", ())]
    assert panel.note_editor.text() == ""
    window.annotator.redo_action.trigger()
    window.annotator.redo_action.trigger()
    assert stored(archive_file) == [("Check the budget", ("follow-up", "taxes"))]
    assert panel.tags_edit.text() == "follow-up, taxes"
    assert undo_texts(window) == ["Add highlight", "Edit note", "Edit tags"]


def test_a_note_or_tags_typed_just_before_another_tab_is_shown_are_saved_to_their_article(
    qtbot: QtBot, window: MainWindow, archive_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "notice.txt"
    other.write_text("The library on Mill Street closes for repairs in June.\n", encoding="utf-8")
    open_and_wait(qtbot, window, other)
    open_and_wait(qtbot, window, SAMPLE)
    panel, tab_bar = window.notes_panel, window.tabs

    def write_then_click_the_other_tab(passage: str, field: QWidget, typed: str) -> None:
        select_passage(window, passage)
        window.reader.setFocus()
        qtbot.keyClick(window.reader, Qt.Key.Key_N)
        field.setFocus()
        qtbot.keyClicks(field, typed)  # no Enter, no pause
        qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(0).center())
        assert window.article is not None and window.article.source == str(other)
        window.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: window.annotations.article_id is not None)

    write_then_click_the_other_tab(PASSAGE, panel.tags_edit, "taxes")
    write_then_click_the_other_tab("safe for cars and buses", panel.note_editor.editor, "Says who?")
    # Once both were dropped: the article they were typed for had been put away first.
    with Archive(archive_file, read_only=True) as archive:
        sample = next(entry for entry in archive.list_articles() if entry.source == str(SAMPLE))
        assert [(h.note, h.tags) for h in archive.highlights(sample.id)] == [
            ("", ("taxes",)),
            ("Says who?", ()),
        ]


def test_undo_after_a_colour_or_delete_click_while_typing_undoes_that_click(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    panel = note_on_the_passage(qtbot, window)
    qtbot.keyClicks(panel.note_editor.editor, "Says who?")  # no pause: not saved yet
    # The swatches and Delete take no focus: the typing was still unsaved after the click, and
    # the undo that followed saved it only to undo it (the note vanished, the colour stayed).
    red = panel.colour_picker.buttons["red"]
    qtbot.waitUntil(lambda: red.height() > 0)  # the Notes tab laid out, as the reader sees it
    qtbot.mouseClick(red, Qt.MouseButton.LeftButton)
    window.annotator.undo_action.trigger()
    assert [(h.note, h.colour) for h in window.annotations.highlights] == [("Says who?", "yellow")]
    qtbot.keyClicks(panel.note_editor.editor, " Check.")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    window.annotator.undo_action.trigger()
    assert stored(archive_file) == [("Says who? Check.", ())]
    assert undo_texts(window) == ["Add highlight", "Edit note", "Delete highlight"]


def test_any_change_made_while_a_note_is_being_typed_comes_after_the_typing(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    """The toolbar's colour swatch recolours the selected highlight; a tag typed without Enter is
    saved as well: whatever the reader does next is recorded after what was typed."""
    panel = note_on_the_passage(qtbot, window)
    qtbot.keyClicks(panel.note_editor.editor, "Says who?")  # no pause: not saved yet
    qtbot.keyClicks(panel.tags_edit, "sources")  # no Enter
    select_passage(window, PASSAGE)  # the highlight, selected as a whole in the reader
    window.annotator.colour_actions["blue"].trigger()  # the toolbar takes no focus either
    assert [(h.note, h.tags, h.colour) for h in window.annotations.highlights] == [
        ("Says who?", ("sources",), "blue")
    ]
    window.annotator.undo_action.trigger()
    assert stored(archive_file) == [("Says who?", ("sources",))]
    assert [h.colour for h in window.annotations.highlights] == ["yellow"]


def test_a_word_too_long_to_be_a_tag_is_left_out_and_the_reader_is_told(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    panel = note_on_the_passage(qtbot, window)
    panel.tags_edit.setFocus()
    qtbot.keyClicks(panel.tags_edit, "budget, " + "x" * 320)
    qtbot.keyClick(panel.tags_edit, Qt.Key.Key_Return)
    assert stored(archive_file) == [("", ("budget",))]
    assert window.info_bar.isVisible()
    assert window.info_bar.message.text() == (
        f"Left out of the tags: “{'x' * 40}…” (a tag is at most 100 characters, with no control characters)."
    )
