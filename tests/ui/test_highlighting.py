"""Highlighting in the reader, saved at once in a real archive, with undo and re-opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import highlight_colour, is_dark, label_background
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import make_window, open_and_wait
from tests.ui.screenshots import (
    assert_not_uniform,
    assert_same_colour,
    assert_shown_whole,
    dominant_colour,
    save_screenshot,
)
from tests.ui.test_main_window import background_at

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
PASSAGE = "corrosion in more than a third of its steel cables"


def _copy_sample(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _select(window: MainWindow, passage: str) -> tuple[int, int]:
    start = window.reader.text.index(passage)
    window.reader.select_range(start, start + len(passage))
    return start, start + len(passage)


def _stored(archive_file: Path) -> list[tuple[int, int, str, str]]:
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        return [(h.start, h.end, h.colour, h.note) for h in archive.highlights(entry.id)]


def test_h_highlights_the_selection_and_saves_it(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    start, end = _select(window, PASSAGE)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert _stored(archive_file) == [(start, end, "yellow", "")]
    assert background_at(window, start + 3) == highlight_colour("yellow", is_dark(window.palette()))


def test_entity_under_a_highlight_stays_visible(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    passage = "Mayor Elena Vasquez said at a press conference"
    start, _ = _select(window, passage)
    window.annotator.highlight_selection()
    window.reader.highlighter.finish_pending()
    person = window.reader.text.index("Elena Vasquez")
    position = window.reader.to_document(person)
    block = window.reader.document().findBlock(position)
    ranges = block.layout().formats()  # kept alive: the formats below belong to these ranges
    (char_format,) = [r.format for r in ranges if r.start <= position - block.position() < r.start + r.length]
    dark = is_dark(window.palette())
    assert char_format.background().color() == highlight_colour("yellow", dark)
    # The entity's tint moves to the text colour, of the same hue.
    assert char_format.foreground().color().hue() == label_background("PERSON", dark).hue()
    assert background_at(window, start) == highlight_colour("yellow", dark)


def test_colour_keys_undo_and_redo(qtbot: QtBot, window: MainWindow, archive_file: Path) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_2)  # red: "disputed"
    start, end = _select(window, PASSAGE)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert _stored(archive_file) == [(start, end, "red", "")]
    window.reader.select_range(start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_3)  # recolours the selected highlight: green
    assert _stored(archive_file) == [(start, end, "green", "")]
    window.annotator.undo_action.trigger()
    assert _stored(archive_file) == [(start, end, "red", "")]
    window.annotator.undo_action.trigger()
    assert _stored(archive_file) == []
    assert background_at(window, start + 3) is None
    window.annotator.redo_action.trigger()
    window.annotator.redo_action.trigger()
    assert _stored(archive_file) == [(start, end, "green", "")]


def test_clicking_a_highlight_selects_it_and_delete_removes_it(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    start, end = _select(window, PASSAGE)
    window.annotator.highlight_selection()
    window.reader.moveCursor(QTextCursor.MoveOperation.Start)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.to_document(start + 5))
    point = window.reader.cursorRect(cursor).center()
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.reader.selected_range() == (start, end)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert _stored(archive_file) == []


def test_reopening_brings_back_highlights_and_position(
    qtbot: QtBot, settings_file: Path, archive_file: Path, tmp_path: Path
) -> None:
    article = _copy_sample(tmp_path)
    first = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, first, article)
    start, end = _select(first, PASSAGE)
    first.annotator.highlight_selection()
    first.annotations.set_note(first.annotations.highlights[0].id, "Source: state inspection report")
    first.close()

    # The file changes before the next session: a paragraph is added at the top.
    article.write_text(
        "Editor's note: this story was updated.\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    second = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, second, article)
    (highlight,) = second.annotations.highlights
    shift = len("Editor's note: this story was updated.\n")
    assert (highlight.start, highlight.end) == (start + shift, end + shift)
    assert highlight.note == "Source: state inspection report"
    assert second.reader.text[highlight.start : highlight.end] == PASSAGE
    second.close()


def test_a_note_written_in_the_notes_tab_is_saved_and_marked(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    start = window.reader.text.index(PASSAGE)
    end = start + len(PASSAGE)
    window.reader.select_range(start - 1, end)  # the stray space before it is trimmed
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_N)
    assert window.side_tabs.currentWidget() is window.notes_panel
    (highlight,) = window.annotations.highlights
    assert (highlight.start, highlight.end) == (start, end)
    with qtbot.waitSignal(window.notes_panel.noteEdited, timeout=5_000):
        qtbot.keyClicks(window.notes_panel.note_editor.editor, "Check the *inspection report*")
    assert _stored(archive_file)[0][3] == "Check the *inspection report*"
    window.reader.highlighter.finish_pending()
    position = window.reader.to_document(highlight.start + 2)
    block = window.reader.document().findBlock(position)
    ranges = block.layout().formats()
    (char_format,) = [r.format for r in ranges if r.start <= position - block.position() < r.start + r.length]
    assert (
        char_format.underlineStyle() != char_format.UnderlineStyle.NoUnderline
    )  # noted highlights are marked
    window.annotator.undo_action.trigger()
    assert _stored(archive_file)[0][3] == ""


def test_screenshot_with_highlights_and_notes(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    for passage, colour, note in (
        (PASSAGE, "red", "Which inspectors? The **state** report is not public yet."),
        ("about 31,000 vehicles a day", "blue", ""),
        ("Mayor Elena Vasquez said at a press conference", "green", "Confirmed on the city's video."),
    ):
        _select(window, passage)
        window.annotator.choose_colour(colour)
        window.annotator.highlight_selection()
        if note:
            window.annotations.set_note(window.annotations.highlights[-1].id, note)
    window.side_tabs.setCurrentWidget(window.notes_panel)
    window.reader.highlighter.finish_pending()
    QApplication.processEvents()
    image = save_screenshot(window, "main-window-notes.png")
    assert_not_uniform(image)
    panel = window.notes_panel
    assert_shown_whole(window, window.reader, panel, panel.filters, panel.list)
    first_word = window.reader.text.index(PASSAGE)
    start = window.reader.to_document(first_word)
    end = window.reader.to_document(first_word + len(PASSAGE.split()[0]))
    shown = dominant_colour(window, image, window.reader, start, end)
    assert_same_colour(shown, highlight_colour("red", is_dark(window.palette())))
