"""An EPUB through the real window: opened, analysed, highlighted, reopened with its
highlights and its reading position, and exported with each highlight's chapter."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.store.exporters import to_markdown
from desktop.ui.main_window import MainWindow
from tests.core.epub_factory import write_book
from tests.ui.conftest import make_window, open_and_wait

HIGHLIGHTED = "Rain fell on the quay for forty days"


def harbour_book(folder: Path) -> Path:
    arrival = [
        f"The ferry from Porto came in at six on day {day}, and Ana Lima counted the passengers."
        for day in range(1, 30)
    ]
    storm = [f"{HIGHLIGHTED}, and the harbour council closed the bridge."] + [
        f"On day {day} of the storm the fishermen of the quay stayed at home." for day in range(1, 30)
    ]
    after = [f"After the storm, {count} boats went out again." for count in range(10, 40)]
    return write_book(
        folder / "harbour-years.epub",
        "The Harbour Years",
        "Ann Lee",
        [("Arrival", arrival), ("The Storm", storm), ("After", after)],
    )


def test_an_epub_opens_highlights_reopens_where_it_was_read_and_exports_chapters(
    qtbot: QtBot, settings_file: Path, archive_file: Path, tmp_path: Path
) -> None:
    path = harbour_book(tmp_path)
    first = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, first, path)
    article = first.article
    assert article is not None and article.format == "epub"
    assert first.tabs.tabText(0) == "The Harbour Years" and "Ann Lee" in first.header.text()
    start = first.reader.text.index(HIGHLIGHTED)
    first.reader.select_range(start, start + len(HIGHLIGHTED))
    first.annotator.highlight_selection()
    first.reader.scroll_to(first.reader.text.index("After the storm, 20 boats"))
    shown = first.reader.top_position()
    assert shown > start
    first.close()

    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        assert archive.stored_article(entry.id).reading_position == shown
        markdown = to_markdown(archive.export_articles()[0], archive.colours())
    assert f"> {HIGHLIGHTED}\n\n*important* Chapter: The Storm\n" in markdown

    second = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, second, path)
    [highlight] = second.annotations.highlights
    assert highlight.exact == HIGHLIGHTED and highlight.start == start
    _wait_for_position(qtbot, second, shown)
    second.close()


def test_each_book_keeps_its_own_reading_position(
    qtbot: QtBot, settings_file: Path, archive_file: Path, tmp_path: Path
) -> None:
    first_book = harbour_book(tmp_path)
    second_book = write_book(
        tmp_path / "quay.epub",
        "Quay Stories",
        "Tom Roe",
        [
            (f"Story {n}", [f"Story {n}, line {line}: the tide turned at the quay." for line in range(25)])
            for n in range(3)
        ],
    )
    window = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, window, first_book)
    window.reader.scroll_to(window.reader.text.index("After the storm, 20 boats"))
    in_first = window.reader.top_position()
    open_and_wait(qtbot, window, second_book)
    window.reader.scroll_to(window.reader.text.index("Story 1, line 3:"))
    in_second = window.reader.top_position()
    assert in_first > 0 and in_second > 0 and in_first != in_second
    window.close()

    reopened = make_window(qtbot, settings_file, archive_file)
    for book, position in ((second_book, in_second), (first_book, in_first)):
        open_and_wait(qtbot, reopened, book)
        _wait_for_position(qtbot, reopened, position)
    reopened.close()


def _wait_for_position(qtbot: QtBot, window: MainWindow, position: int) -> None:
    qtbot.waitUntil(lambda: abs(window.reader.top_position() - position) < 120, timeout=5_000)
