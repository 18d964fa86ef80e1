"""The Notes tab with highlights from a real archive: order, filters, in-place edits, orphans."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.core.plain_text import article_from_text
from desktop.store.archive import Archive
from desktop.store.records import Colour, Highlight, OpenedArticle
from desktop.ui.panels.note_editor import NOTE_SAVE_DELAY_MS
from desktop.ui.panels.notes_model import HIGHLIGHT_ROLE, parse_tags
from desktop.ui.panels.notes_panel import NO_MATCH_MESSAGE, NotesPanel
from desktop.ui.theme import HIGHLIGHT_COLOURS, highlight_colour
from tests.conftest import ARTIFACTS_DIR
from tests.ui.screenshots import (
    assert_not_uniform,
    assert_shown_whole,
    assert_shows_colour,
    dark_palette,
    save_screenshot,
)

SOURCE = "/tmp/reading-assistant-tests/river-bridge.txt"
# Written for these tests.
ARTICLE = """River bridge reopens after two years of repairs

The old river bridge reopened to traffic on Friday, two years after engineers closed it over cracks in its main span. The city says the repairs cost 48 million euros, well over the first estimate of 30 million.

Residents on the east bank welcomed the news. "We lost an hour a day driving around," said Marta Ruiz, who runs a bakery near the bridge.

The transport office said that heavy lorries would stay banned until a final inspection in the spring. Critics argue that the ban pushes freight onto narrow village roads.

An independent report found no sign of new cracks, although it noted that the inspection covered only the northern half of the span.
"""
# The same article after an edit that removes the bakery quote: its highlight cannot be placed.
EDITED = ARTICLE.replace(
    """Residents on the east bank welcomed the news. "We lost an hour a day driving around," said Marta Ruiz, who runs a bakery near the bridge.

""",
    "",
)


@dataclass
class Notes:
    archive: Archive
    opened: OpenedArticle
    colours: list[Colour]
    tags: list[str]


def passage(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[Notes]:
    """An archived article with highlights added out of text order, then opened again."""
    archive = Archive(tmp_path / "a.sqlite3")
    article_id = archive.open_article(article_from_text(ARTICLE, SOURCE)).article_id
    add = archive.add_highlight
    add(
        article_id,
        *passage(ARTICLE, "heavy lorries would stay banned"),
        "red",
        "Until *when* exactly?",
        ["freight"],
    )
    add(article_id, *passage(ARTICLE, "the repairs cost 48 million euros"), "yellow",
        "Compare with the [tender](https://example.org/tender) and the first estimate of 30 million:"
        " the council has not said what the *extra 18 million* paid for.",
        ["budget", "repairs"])  # fmt: skip
    add(article_id, *passage(ARTICLE, "We lost an hour a day driving around"), "purple")
    add(article_id, *passage(ARTICLE, "covered only the northern half of the span"), "blue",
        "Who checks the southern half?", ["repairs", "inspection"])  # fmt: skip
    archive.set_article_note(article_id, "Follow up when the **spring inspection** is published.")
    opened = archive.open_article(article_from_text(ARTICLE, SOURCE))
    yield Notes(archive, opened, archive.colours(), archive.tags())
    archive.close()


@pytest.fixture
def panel(qtbot: QtBot, notes: Notes) -> NotesPanel:
    widget = NotesPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 820)
    widget.show()
    show(widget, notes)
    return widget


def show(panel: NotesPanel, notes: Notes) -> None:
    panel.show_highlights(
        notes.opened.highlights, notes.opened.orphans, notes.colours, notes.tags, notes.opened.note
    )


def listed(panel: NotesPanel) -> list[Highlight]:
    return [panel.proxy.index(row, 0).data(HIGHLIGHT_ROLE) for row in range(panel.proxy.rowCount())]


def row_of(panel: NotesPanel, opening: str) -> QModelIndex:
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, 0)
        if index.data(HIGHLIGHT_ROLE).exact.startswith(opening):
            return index
    raise AssertionError(f"no listed highlight starts with {opening!r}")


def select(panel: NotesPanel, highlight_id: int) -> None:
    """Selects a highlight as the window does, and lets its editor be laid out as the user sees it."""
    panel.select_highlight(highlight_id)
    QApplication.processEvents()


def click(qtbot: QtBot, panel: NotesPanel, index: QModelIndex) -> None:
    panel.list.scrollTo(index)
    qtbot.mouseClick(
        panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualRect(index).center()
    )


# -- showing ------------------------------------------------------------------------------------


def test_highlights_are_listed_in_text_order(panel: NotesPanel, notes: Notes) -> None:
    shown = listed(panel)
    assert [h.start for h in shown] == sorted(h.start for h in shown)
    assert [h.exact for h in shown] == [
        "the repairs cost 48 million euros",
        "We lost an hour a day driving around",
        "heavy lorries would stay banned",
        "covered only the northern half of the span",
    ]
    assert panel.filters.summary.text() == "4 highlights · 3 with notes"
    assert not panel.orphans_box.isVisibleTo(panel)
    assert not panel.editor_area.isVisibleTo(panel)


def test_rows_grow_with_their_notes_and_wrap_to_the_width(panel: NotesPanel) -> None:
    panel.resize(900, 820)
    QApplication.processEvents()
    bare = panel.list.sizeHintForIndex(row_of(panel, "We lost"))
    noted = panel.list.sizeHintForIndex(row_of(panel, "the repairs"))
    assert noted.height() > bare.height()
    panel.resize(300, 820)
    QApplication.processEvents()
    assert panel.list.sizeHintForIndex(row_of(panel, "the repairs")).height() > noted.height()


def test_each_colour_key_has_distinct_light_and_dark_colours() -> None:
    assert set(HIGHLIGHT_COLOURS) == {"yellow", "red", "green", "blue", "purple"}
    for key in HIGHLIGHT_COLOURS:
        light, dark = highlight_colour(key, False), highlight_colour(key, True)
        # Pale behind dark text, deep behind light text.
        assert light.lightness() > 170 > 110 > dark.lightness()
    assert len({highlight_colour(key, False).name() for key in HIGHLIGHT_COLOURS}) == 5


def test_clear_shows_the_message_and_nothing_to_edit(panel: NotesPanel) -> None:
    panel.clear("No archive: highlights cannot be saved.")
    assert panel.placeholder.isVisibleTo(panel)
    assert panel.placeholder.text() == "No archive: highlights cannot be saved."
    assert not panel.splitter.isVisibleTo(panel)
    assert not panel.article_section.isVisibleTo(panel)
    assert panel.model.rowCount() == 0


def test_five_hundred_highlights_show_quickly(qtbot: QtBot, tmp_path: Path) -> None:
    paragraph = "Paragraph {n} says the bridge cost more than planned, and the council disagrees.\n\n"
    text = "".join(paragraph.format(n=n) for n in range(500))
    with Archive(tmp_path / "many.sqlite3") as archive:
        article_id = archive.open_article(article_from_text(text)).article_id
        with archive.batch():
            for n in range(500):
                start = text.index(f"Paragraph {n} ")
                note = f"Note **{n}** with a [link](https://example.org/{n})." if n % 2 else ""
                archive.add_highlight(article_id, start, start + 60, "yellow", note, [f"t{n % 7}"])
        highlights = archive.highlights(article_id)
        colours = archive.colours()
    widget = NotesPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 820)
    widget.show()
    began = time.perf_counter()
    widget.show_highlights(highlights, (), colours, [f"t{n}" for n in range(7)], "")
    QApplication.processEvents()
    elapsed = time.perf_counter() - began
    assert widget.proxy.rowCount() == 500
    # Generous for slow CI machines; on a laptop this takes about a tenth of that.
    assert elapsed < 2.0, f"showing 500 highlights took {elapsed:.2f} s"


# -- filters ------------------------------------------------------------------------------------


def test_colour_filter_shows_meanings_and_keeps_one_colour(panel: NotesPanel) -> None:
    items = [panel.filters.colour_combo.itemText(i) for i in range(panel.filters.colour_combo.count())]
    assert items == [
        "All colours (4)",
        "Important (yellow) · 1",
        "Disputed (red) · 1",
        "Verified (green) · 0",
        "Question (blue) · 1",
        "Source (purple) · 1",
    ]
    panel.set_colour_filter("red")
    assert [h.exact for h in listed(panel)] == ["heavy lorries would stay banned"]
    assert panel.filters.summary.text() == "Showing 1 of 4 highlights"
    panel.set_colour_filter("green")
    assert panel.proxy.rowCount() == 0
    assert panel.placeholder.isVisibleTo(panel)
    assert panel.placeholder.text() == NO_MATCH_MESSAGE


def test_tag_filter_lists_the_articles_tags_most_used_first(panel: NotesPanel, notes: Notes) -> None:
    items = [panel.filters.tag_combo.itemText(i) for i in range(panel.filters.tag_combo.count())]
    assert items == ["All tags", "#repairs · 2", "#budget · 1", "#freight · 1", "#inspection · 1"]
    panel.set_tag_filter("repairs")
    assert [h.exact for h in listed(panel)] == [
        "the repairs cost 48 million euros",
        "covered only the northern half of the span",
    ]
    panel.set_colour_filter("blue")
    assert [h.colour for h in listed(panel)] == ["blue"]
    # Another article without that tag: the tag filter goes, the colour filter stays.
    lorries = [h for h in notes.opened.highlights if h.colour == "red"]
    panel.show_highlights(lorries, (), notes.colours, notes.tags, "")
    assert panel.selected_tag_filter() is None
    assert panel.selected_colour_filter() == "blue"
    assert panel.placeholder.text() == NO_MATCH_MESSAGE


def test_selecting_a_filtered_out_highlight_clears_the_filters(panel: NotesPanel, notes: Notes) -> None:
    panel.set_colour_filter("red")
    bakery = next(h for h in notes.opened.highlights if h.colour == "purple")
    panel.select_highlight(bakery.id)
    assert panel.selected_colour_filter() is None
    assert panel.current_highlight() == bakery
    assert panel.list.currentIndex().data(HIGHLIGHT_ROLE) == bakery


# -- activating and editing ---------------------------------------------------------------------


def test_click_and_enter_activate_the_highlight(qtbot: QtBot, panel: NotesPanel) -> None:
    index = row_of(panel, "heavy lorries")
    highlight: Highlight = index.data(HIGHLIGHT_ROLE)
    with qtbot.waitSignal(panel.highlightActivated) as clicked:
        click(qtbot, panel, index)
    assert clicked.args == [highlight.id]
    assert panel.editor_area.isVisibleTo(panel)
    assert panel.note_editor.text() == "Until *when* exactly?"
    assert panel.tags_edit.text() == "freight"
    assert panel.colour_picker.buttons["red"].isChecked()
    assert panel.colour_picker.meaning_label.text() == "Disputed"
    panel.list.setFocus()
    panel.list.setCurrentIndex(row_of(panel, "covered only"))
    with qtbot.waitSignal(panel.highlightActivated) as entered:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert entered.args == [row_of(panel, "covered only").data(HIGHLIGHT_ROLE).id]


def test_select_highlight_does_not_activate(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    target = notes.opened.highlights[2]
    with qtbot.assertNotEmitted(panel.highlightActivated):
        panel.select_highlight(target.id)
    assert panel.current_highlight() == target
    assert panel.note_editor.text() == target.note


def test_note_edit_is_emitted_once_with_the_final_text(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    target = notes.opened.highlights[1]  # the bakery quote, no note yet
    panel.select_highlight(target.id)
    panel.focus_note_editor()
    emitted: list[tuple[int, str]] = []
    panel.noteEdited.connect(lambda highlight_id, text: emitted.append((highlight_id, text)))
    qtbot.keyClicks(panel.note_editor.editor, "Ask the **bakery** owner")
    assert emitted == []  # not one save per keystroke
    with qtbot.waitSignal(panel.noteEdited, timeout=3000) as saved:
        pass
    assert saved.args == [target.id, "Ask the **bakery** owner"]
    qtbot.wait(NOTE_SAVE_DELAY_MS + 100)
    assert emitted == [(target.id, "Ask the **bakery** owner")]
    # The list row and the archive agree once the window saves what was emitted.
    assert panel.model.find(target.id).note == "Ask the **bakery** owner"  # type: ignore[union-attr]
    saved_highlight = notes.archive.update_highlight(target.id, note=saved.args[1])
    panel.update_highlight(saved_highlight)
    assert panel.current_highlight() == saved_highlight


def test_note_edit_is_emitted_at_once_when_another_highlight_is_chosen(
    qtbot: QtBot, panel: NotesPanel, notes: Notes
) -> None:
    first, second = notes.opened.highlights[0], notes.opened.highlights[3]
    panel.select_highlight(first.id)
    panel.focus_note_editor()
    qtbot.keyClicks(panel.note_editor.editor, " Ask the council.")
    with qtbot.waitSignal(panel.noteEdited, timeout=50) as saved:
        panel.select_highlight(second.id)
    assert saved.args == [first.id, first.note + " Ask the council."]
    assert panel.note_editor.text() == second.note


def test_note_edit_is_emitted_at_once_when_focus_leaves(
    qtbot: QtBot, panel: NotesPanel, notes: Notes
) -> None:
    panel.activateWindow()
    panel.select_highlight(notes.opened.highlights[0].id)
    panel.focus_note_editor()
    qtbot.waitUntil(panel.note_editor.editor.hasFocus)
    qtbot.keyClicks(panel.note_editor.editor, "!")
    with qtbot.waitSignal(panel.noteEdited, timeout=50) as saved:
        panel.list.setFocus()
    assert saved.args[1].endswith("!")


def test_an_unchanged_note_is_not_emitted(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    panel.select_highlight(notes.opened.highlights[0].id)
    qtbot.keyClicks(panel.note_editor.editor, "x")
    qtbot.keyClick(panel.note_editor.editor, Qt.Key.Key_Backspace)
    with qtbot.assertNotEmitted(panel.noteEdited, wait=NOTE_SAVE_DELAY_MS + 100):
        pass


def test_article_note_is_shown_and_its_edits_debounced(qtbot: QtBot, panel: NotesPanel) -> None:
    assert panel.article_note.text() == "Follow up when the **spring inspection** is published."
    assert "Follow up when" in panel.article_note_button.text()
    assert not panel.article_note.isVisibleTo(panel)
    panel.article_note_button.click()
    assert panel.article_note.isVisibleTo(panel)
    assert "<b>spring inspection</b>" in panel.article_note.preview.toHtml() or (
        "font-weight" in panel.article_note.preview.toHtml()
    )
    panel.article_note.editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(panel.articleNoteEdited, timeout=3000) as saved:
        qtbot.keyClicks(panel.article_note.editor, " Ask for both halves.")
    assert saved.args == ["Follow up when the **spring inspection** is published. Ask for both halves."]


def test_tags_are_parsed_and_completed_from_known_tags(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    assert panel.tag_completer.tags_model.stringList() == notes.tags
    assert notes.tags[0] == "repairs"  # most used first, as the archive gives them
    target = notes.opened.highlights[1]
    panel.select_highlight(target.id)
    panel.tags_edit.setFocus()
    qtbot.keyClicks(panel.tags_edit, "#bakery, residents ins")
    assert panel.tag_completer.completionCount() == 1
    # Choosing the completion replaces the word being typed and keeps the others.
    completed = panel.tag_completer.currentCompletion()
    assert completed == "#bakery, residents inspection, "
    panel.tags_edit.setText(completed)
    with qtbot.waitSignal(panel.tagsEdited) as saved:
        qtbot.keyClick(panel.tags_edit, Qt.Key.Key_Return)
    assert saved.args == [target.id, ["bakery", "inspection", "residents"]]  # in the archive's order
    stored = notes.archive.update_highlight(target.id, tags=saved.args[1])
    assert list(stored.tags) == saved.args[1]
    # The new tags are offered as filters at once.
    assert panel.filters.tag_combo.findData("bakery") > 0


def test_tab_from_the_note_goes_to_the_tags(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    """A reader writes a note, presses Tab and types a tag. The preview under the note took the
    Tab, then one more for each of its links, and the tag typed there went nowhere."""
    target = notes.opened.highlights[0]  # its note links to the tender: a link in the preview
    panel.select_highlight(target.id)
    qtbot.waitUntil(lambda: "tender" in panel.note_editor.preview.toPlainText())
    panel.activateWindow()
    panel.focus_note_editor()
    qtbot.waitUntil(lambda: panel.note_editor.editor.hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.tags_edit
    qtbot.keyClicks(panel.tags_edit, ", to-check")
    with qtbot.waitSignal(panel.tagsEdited) as saved:
        qtbot.keyClick(panel.tags_edit, Qt.Key.Key_Return)
    assert "to-check" in saved.args[1]


def test_parse_tags_splits_strips_and_deduplicates() -> None:
    # In the archive's order (alphabetical, ignoring case), each tag once whatever its case.
    assert parse_tags(" #war,drones  War\tenergy,, ") == ["drones", "energy", "war"]
    assert parse_tags("") == []
    assert parse_tags("ok " + "x" * 500) == ["ok"]


def test_colour_change_is_emitted_and_shown(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    target = notes.opened.highlights[0]
    select(panel, target.id)
    with qtbot.waitSignal(panel.colourChanged) as changed:
        qtbot.mouseClick(panel.colour_picker.buttons["green"], Qt.MouseButton.LeftButton)
    assert changed.args == [target.id, "green"]
    assert panel.colour_picker.meaning_label.text() == "Verified"
    assert panel.model.find(target.id).colour == "green"  # type: ignore[union-attr]
    assert (
        panel.filters.colour_combo.itemText(panel.filters.colour_combo.findData("green"))
        == "Verified (green) · 1"
    )


def test_context_menu_changes_colour_and_deletes(qtbot: QtBot, panel: NotesPanel) -> None:
    index = row_of(panel, "covered only")
    highlight: Highlight = index.data(HIGHLIGHT_ROLE)
    menu = panel.context_menu(index)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts == [
        "Show in article",
        "Edit note",
        "Colour",
        "Copy quote",
        "Copy Citation",
        "Copy note",
        "Delete highlight",
    ]
    colour_menu = next(action.menu() for action in menu.actions() if action.text() == "Colour")
    assert isinstance(colour_menu, QMenu)
    checked = [action.text() for action in colour_menu.actions() if action.isChecked()]
    assert checked == ["Question (blue)"]
    with qtbot.waitSignal(panel.colourChanged) as changed:
        next(a for a in colour_menu.actions() if a.text() == "Disputed (red)").trigger()
    assert changed.args == [highlight.id, "red"]
    next(a for a in menu.actions() if a.text() == "Copy quote").trigger()
    assert QApplication.clipboard().text() == highlight.exact
    with qtbot.waitSignal(panel.deleteRequested) as deleted:
        next(a for a in menu.actions() if a.text() == "Delete highlight").trigger()
    assert deleted.args == [highlight.id]


def test_delete_key_on_the_list_requests_deletion(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    target = notes.opened.highlights[2]
    panel.select_highlight(target.id)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.deleteRequested) as deleted:
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert deleted.args == [target.id]
    # The window deletes it and shows the rest; the neighbour is not edited by accident.
    notes.archive.delete_highlight(target.id)
    with qtbot.assertNotEmitted(panel.noteEdited):
        panel.show_highlights(
            notes.archive.highlights(notes.opened.article_id), (), notes.colours, notes.tags, ""
        )
    assert target.id not in [h.id for h in listed(panel)]
    assert not panel.editor_area.isVisibleTo(panel)


def test_show_again_after_saving_keeps_the_editor(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    target = notes.opened.highlights[0]
    panel.select_highlight(target.id)
    panel.focus_note_editor()
    with qtbot.waitSignal(panel.noteEdited, timeout=3000) as saved:
        qtbot.keyClicks(panel.note_editor.editor, " Soon?")
    notes.archive.update_highlight(target.id, note=saved.args[1])
    cursor_before = panel.note_editor.editor.textCursor().position()
    panel.show_highlights(
        notes.archive.highlights(notes.opened.article_id), (), notes.colours, notes.tags, ""
    )
    assert panel.current_highlight() is not None and panel.current_highlight().id == target.id  # type: ignore[union-attr]
    assert panel.note_editor.editor.textCursor().position() == cursor_before


# -- Markdown preview ---------------------------------------------------------------------------


def test_raw_html_in_a_note_is_shown_as_text(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    target = notes.opened.highlights[1]
    panel.select_highlight(target.id)
    with qtbot.waitSignal(panel.note_editor.previewShown):
        panel.note_editor.editor.setPlainText('<script>alert("x")</script> and <b>bold?</b> *real*')
    preview = panel.note_editor.preview
    assert '<script>alert("x")</script> and <b>bold?</b> real' in preview.toPlainText()
    assert preview.document().toPlainText().count("<b>") == 1


def test_links_open_only_when_clicked(
    qtbot: QtBot, panel: NotesPanel, notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def record(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    panel.select_highlight(notes.opened.highlights[0].id)  # its note links to the tender
    preview = panel.note_editor.preview
    qtbot.waitUntil(lambda: preview.isVisible())
    assert "tender" in preview.toPlainText()
    assert opened == []
    # Click on the link text itself.
    cursor = preview.document().find("tender")
    rect = preview.cursorRect(cursor)
    qtbot.mouseClick(
        preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() - 8, rect.center().y())
    )
    assert opened == ["https://example.org/tender"]
    preview.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.org/tender"]


def test_a_link_in_the_preview_takes_the_panels_link_colour_when_the_palette_changes(
    qtbot: QtBot, panel: NotesPanel, notes: Notes
) -> None:
    panel.select_highlight(notes.opened.highlights[0].id)  # its note links to the tender
    preview = panel.note_editor.preview
    qtbot.waitUntil(lambda: preview.isVisible())

    def link_colour() -> str:
        cursor = preview.document().find("tender")
        return cursor.charFormat().foreground().color().name()

    assert link_colour() == preview.palette().color(QPalette.ColorRole.Link).name()
    dark = dark_palette()
    dark.setColor(QPalette.ColorRole.Link, "#c2d8fc")  # the dark theme's: readable on its panel
    panel.setPalette(dark)
    assert link_colour() == "#c2d8fc"


# -- orphans ------------------------------------------------------------------------------------


def test_orphans_are_listed_with_their_actions(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    reopened = notes.archive.open_article(article_from_text(EDITED, SOURCE))
    assert reopened.status == "reanchored"
    assert [o.exact for o in reopened.orphans] == ["We lost an hour a day driving around"]
    panel.show_highlights(reopened.highlights, reopened.orphans, notes.colours, notes.tags, reopened.note)
    assert panel.orphans_box.isVisibleTo(panel)
    assert panel.orphans_box.orphans_title.text() == "Not found in the text (1)"
    assert len(listed(panel)) == 3
    (row,) = panel.orphans_box.rows()
    assert not row.place_button.isEnabled()  # nothing selected in the reader yet
    panel.set_selection_available(True)
    with qtbot.waitSignal(panel.orphanPlaceRequested) as place:
        qtbot.mouseClick(row.place_button, Qt.MouseButton.LeftButton)
    assert place.args == [reopened.orphans[0].id]
    with qtbot.waitSignal(panel.orphanDeleteRequested) as delete:
        qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert delete.args == [reopened.orphans[0].id]
    # Placed again by the window: the section goes away.
    start, end = passage(EDITED, "two years after engineers closed it")
    notes.archive.place_orphan(reopened.orphans[0].id, start, end)
    panel.show_highlights(
        notes.archive.highlights(reopened.article_id), (), notes.colours, notes.tags, reopened.note
    )
    assert not panel.orphans_box.isVisibleTo(panel)
    assert len(listed(panel)) == 4


# -- screenshot ---------------------------------------------------------------------------------


def test_screenshot(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    orphan_source = notes.archive.open_article(article_from_text(EDITED, SOURCE))
    notes.archive.update_highlight(orphan_source.orphans[0].id, note="Was this quote *cut* from the article?")
    southern = next(h for h in orphan_source.highlights if h.exact.startswith("covered only"))
    notes.archive.update_highlight(
        southern.id,
        note="Who checks the southern half?\n\n- ask the transport office\n- find the report itself\n"
        "- compare with the 2019 inspection\n- check whether the ban has an end date",
    )
    reopened = notes.archive.open_article(article_from_text(EDITED, SOURCE))
    panel.show_highlights(reopened.highlights, reopened.orphans, notes.colours, notes.tags, reopened.note)
    panel.select_highlight(reopened.highlights[0].id)
    panel.resize(440, 900)
    # The note's preview is rendered off the GUI thread; the layout settles once it is shown.
    editor = panel.note_editor
    qtbot.waitUntil(editor.preview.isVisible)
    # Then the panel's layout gives the grown editor its room (a pass of its own, later).
    qtbot.waitUntil(lambda: editor.height() >= editor.minimumSizeHint().height(), timeout=2000)
    image = save_screenshot(panel, "notes-panel.png")
    assert_not_uniform(image)
    assert_shown_whole(
        panel, panel.list, panel.colour_picker, panel.note_editor, panel.tags_edit, panel.orphans_box
    )
    first_row = panel.list.visualRect(panel.proxy.index(0, 0))
    first_row.moveTopLeft(panel.list.viewport().mapTo(panel, first_row.topLeft()))
    assert_shows_colour(image, first_row, highlight_colour(reopened.highlights[0].colour, dark=False))


def test_screenshot_on_a_dark_palette(qtbot: QtBot, panel: NotesPanel, notes: Notes) -> None:
    reopened = notes.archive.open_article(article_from_text(EDITED, SOURCE))
    panel.show_highlights(reopened.highlights, reopened.orphans, notes.colours, notes.tags, reopened.note)
    panel.select_highlight(reopened.highlights[1].id)
    panel.setPalette(dark_palette())
    panel.resize(440, 900)
    QApplication.processEvents()
    (row,) = panel.orphans_box.rows()
    quote_background = row.quote.palette().color(QPalette.ColorRole.Window)
    assert quote_background == highlight_colour(reopened.orphans[0].colour, dark=True)
    swatch = (
        panel.filters.colour_combo.itemIcon(panel.filters.colour_combo.findData("red"))
        .pixmap(12, 12)
        .toImage()
    )
    assert swatch.pixelColor(6, 6) == highlight_colour("red", dark=True)
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    assert panel.grab().save(str(ARTIFACTS_DIR / "notes-panel-dark.png"))


def test_filtering_out_the_edited_highlight_saves_its_note_first(
    qtbot: QtBot, panel: NotesPanel, notes: Notes
) -> None:
    target = notes.opened.highlights[0]  # red
    select(panel, target.id)
    panel.focus_note_editor()
    qtbot.keyClicks(panel.note_editor.editor, " Spring?")
    with qtbot.waitSignal(panel.noteEdited, timeout=50) as saved:
        panel.set_colour_filter("blue")
    assert saved.args == [target.id, target.note + " Spring?"]
    assert panel.current_highlight() != target
    assert all(h.colour == "blue" for h in listed(panel))


@pytest.mark.parametrize("note", ["---\n" * 7_500, "a\n=\n" * 7_500], ids=["rules", "setext headings"])
def test_typing_in_a_long_note_of_rules_or_headings_stays_quick(
    qtbot: QtBot, panel: NotesPanel, notes: Notes, note: str
) -> None:
    panel.select_highlight(notes.opened.highlights[1].id)
    editor = panel.note_editor
    with qtbot.waitSignal(editor.previewShown, timeout=20_000):
        editor.editor.setPlainText(note)
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    began = time.perf_counter()
    with qtbot.waitSignal(editor.previewShown, timeout=20_000):
        qtbot.keyClicks(editor.editor, "abc")  # each key re-rendered the note: 2-4 s (16 s for headings)
        typed = time.perf_counter() - began
    assert typed < 1.0
    assert time.perf_counter() - began < 5.0  # the preview follows
    # Rendered, not shown as text: "---" under "---" is a level-2 setext heading.
    assert editor.preview.document().firstBlock().blockFormat().headingLevel() in (1, 2)
    assert editor.preview.toPlainText().endswith("abc")
