"""The archive from the window: reading position, export and import, colour meanings, bad archives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.core.loaders import load_article
from desktop.store.archive import Archive
from desktop.store.exporters import to_markdown, to_web_annotation
from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import make_window, open_and_wait

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def _highlight(window: MainWindow, passage: str, note: str = "") -> None:
    start = window.reader.text.index(passage)
    window.reader.select_range(start, start + len(passage))
    window.annotator.highlight_selection()
    if note:
        window.annotations.set_note(window.annotations.highlights[-1].id, note)


def test_reading_position_is_restored(qtbot: QtBot, settings_file: Path, archive_file: Path) -> None:
    first = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, first, SAMPLE)
    first.reader.scroll_to(first.reader.text.index("Council member Daniel Okafor"))
    shown = first.reader.top_position()
    assert shown > 0
    first.close()
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        saved = archive.stored_article(entry.id).reading_position
    assert saved == shown
    second = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, second, SAMPLE)
    qtbot.waitUntil(lambda: abs(second.reader.top_position() - saved) < 120, timeout=5_000)
    second.close()


def test_closing_the_last_tab_keeps_its_reading_position_and_puts_its_notes_away(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    _highlight(window, "corrosion in more than a third", "Check the cables")
    window.reader.scroll_to(window.reader.text.index("Council member Daniel Okafor"))
    shown = window.reader.top_position()
    assert shown > 0
    window.close_tab_action.trigger()
    # Nothing of the closed article stays editable on the welcome page.
    assert window.notes_panel.model.rowCount() == 0
    assert not window.annotator.undo_action.isEnabled()
    # Reopened, it comes back where it was left; it was once stored at the empty reader's top.
    open_and_wait(qtbot, window, SAMPLE)
    qtbot.waitUntil(lambda: abs(window.reader.top_position() - shown) < 120, timeout=5_000)
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        assert archive.stored_article(entry.id).reading_position == shown


# Written for this test: a text long enough that the window lays it out over several turns.
QUAY = "The tide came in slowly over the old stones of the quay, and the gulls waited on the roofs."


def test_a_books_reading_position_is_restored_once_its_text_is_laid_out(
    qtbot: QtBot, settings_file: Path, archive_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "quay.txt"
    path.write_text(
        "The quay\n\n" + "\n\n".join(f"Paragraph {n}. {QUAY}" for n in range(3000)), encoding="utf-8"
    )
    window = make_window(qtbot, settings_file, archive_file)
    book = load_article(path)
    window.show_article(book)
    qtbot.waitUntil(
        lambda: window.annotations.article_id is not None and not window.reader.layout_ahead.pending,
        timeout=10_000,
    )
    window.reader.scroll_to(book.text.index("Paragraph 2500."))
    far = window.reader.top_position()
    assert far > 200_000
    # To another tab and straight back: the book is shown, and laid out, anew.
    window.show_article(load_article(SAMPLE))
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: abs(window.reader.top_position() - far) < 120, timeout=10_000)
    window.close()
    with Archive(archive_file, read_only=True) as archive:
        stored = {
            entry.title: archive.stored_article(entry.id).reading_position
            for entry in archive.list_articles()
        }
    assert abs(stored["The quay"] - far) < 120

    reopened = make_window(qtbot, settings_file, archive_file)
    reopened.show_article(load_article(path))
    qtbot.waitUntil(lambda: abs(reopened.reader.top_position() - far) < 120, timeout=10_000)
    reopened.close()


def test_export_and_import_round_trip(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, settings_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    _highlight(window, "about 31,000 vehicles a day", "Traffic count from 2022?")
    archive = window.annotations.archive
    assert archive is not None and window.annotations.article_id is not None
    exported = tmp_path / "export.json"
    exported.write_text(to_web_annotation(archive.export_articles(), archive.colours()), encoding="utf-8")
    markdown = to_markdown(archive.export_articles()[0], archive.colours())
    assert "> about 31,000 vehicles a day" in markdown and "Traffic count from 2022?" in markdown

    other = make_window(qtbot, tmp_path / "other.ini", tmp_path / "other.sqlite3")
    assert other.import_annotations(exported)
    assert other.annotation_import is not None
    with qtbot.waitSignal(other.annotation_import.succeeded, timeout=30_000):
        pass
    assert "Imported 1 new" in other.info_bar.message.text()
    open_and_wait(qtbot, other, SAMPLE)
    (highlight,) = other.annotations.highlights
    assert highlight.note == "Traffic count from 2022?"
    other.close()


def test_the_suggested_export_name_has_no_space_before_md(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    suggested: list[str] = []

    def cancel(_parent: object, _caption: str, name: str, _filters: str) -> tuple[str, str]:
        suggested.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    window.export_action.trigger()
    # The title is cut after "repair " (60 characters): once "…bridge repair .md".
    assert suggested == ["Riverton council approves $48 million harbour bridge repair.md"]


def test_malformed_import_is_refused_whole(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"type": "AnnotationCollection", "items": [{"target": 5}]}), encoding="utf-8")
    assert window.import_annotations(bad)
    assert window.annotation_import is not None
    with qtbot.waitSignal(window.annotation_import.failed, timeout=30_000):
        pass
    assert window.info_bar.message.text().startswith("Nothing was imported from bad.json")
    archive = window.annotations.archive
    assert archive is not None and archive.list_articles() == []


def test_colour_meanings_can_be_renamed(qtbot: QtBot, window: MainWindow) -> None:
    window.annotator.rename_colours({"red": "contested"})
    assert window.annotator.colour_actions["red"].text() == "contested"
    archive = window.annotations.archive
    assert archive is not None
    assert {c.key: c.meaning for c in archive.colours()}["red"] == "contested"


def test_a_corrupt_archive_is_left_alone_and_said_plainly(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    corrupt = tmp_path / "archive.sqlite3"
    corrupt.write_bytes(b"this is not a database" * 100)
    before = corrupt.read_bytes()
    window = make_window(qtbot, settings_file, corrupt)
    assert window.info_bar.isVisible()
    assert "cannot be written" in window.info_bar.message.text()
    open_and_wait(qtbot, window, SAMPLE)  # reading still works
    assert window.reader.text.startswith("Riverton council")
    window.annotator.highlight_selection()
    assert corrupt.read_bytes() == before
    window.close()


def test_a_highlight_opened_from_the_library_is_selected_in_its_article(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    text = "The ferry fares rise in May. The council said the new timetable adds a late boat on Sundays."
    passage = "the new timetable adds a late boat"
    start = text.index(passage)
    with Archive(archive_file) as archive:
        article_id = archive.open_article(Article(text=text, title="Ferry fares rise"), read=False).article_id
        archive.add_highlight(article_id, start, start + len(passage), note="check the timetable")
    window = make_window(qtbot, settings_file, archive_file)
    window.open_library()
    library = window.library
    assert library is not None
    library.tabs.setCurrentIndex(library.HIGHLIGHTS_TAB)
    view = library.highlights.view
    qtbot.waitUntil(lambda: library.highlights.model.rowCount() == 1)
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.text == text)
    qtbot.waitUntil(lambda: window.reader.selected_range() == (start, start + len(passage)))
    qtbot.wait(200)  # the article's highlights, shown at the next turn of the event loop, keep it
    assert window.reader.selected_range() == (start, start + len(passage))
