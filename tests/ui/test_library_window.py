"""The Library window on a real archive file: articles, search, all highlights, failures."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.records import LibraryEntry, SearchField, SearchHit
from desktop.ui.library.reads import ArchiveReads
from desktop.ui.library_models import (
    HTML_ROLE,
    Arranged,
    ArticlesModel,
    HighlightsModel,
    format_time,
    found_in,
    hit_html,
    hit_text,
    marked_html,
)
from desktop.ui.library_window import LibraryWindow
from tests.conftest import ARTIFACTS_DIR
from tests.ui.screenshots import assert_not_uniform, assert_shown_whole, assert_shows_colour, save_screenshot

LOAD_TIMEOUT_MS = 10_000

HARBOUR = (
    "The harbour authority approved a new sea wall on Monday. Engineers said the wall would "
    "protect 1,200 homes from storm surges. Critics argued that the cost had doubled since 2019."
)
DRONES = (
    "Officials reported that drones struck a refinery overnight. The regional governor said no one "
    "was hurt, but residents described loud explosions. Independent verification was not possible."
)
BUDGET = (
    "The city council passed its budget after a long debate. Spending on schools rises by ten percent, "
    "while road repairs are postponed. The mayor called the budget responsible."
)


@dataclass(frozen=True)
class Library:
    path: Path
    harbour: int
    drones: int
    budget: int
    drones_quote_highlight: int
    budget_note_highlight: int


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """Three articles, added in the order budget, harbour, drones; budget has 10 highlights
    (numeric sort: 10 > 2 > 0), drones 2, harbour none; harbour was opened last."""
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        budget = archive.open_article(
            Article(text=BUDGET, title="Council passes budget", source="/news/budget.txt")
        ).article_id
        harbour = archive.open_article(
            Article(text=HARBOUR, title="A sea wall for the harbour", source="https://example.org/harbour")
        ).article_id
        drones = archive.open_article(
            Article(text=DRONES, title="Drones strike refinery", source="/news/drones.md")
        ).article_id
        drones_quote = archive.add_highlight(
            drones, *_span(DRONES, "drones struck a refinery"), colour="red", tags=["unverified"]
        ).id
        archive.add_highlight(
            drones, *_span(DRONES, "Independent verification"), colour="blue", note="Who tried?"
        )
        words = BUDGET.split(" ")
        position = 0
        note_highlight = 0
        for index, word in enumerate(words[:10]):
            start = BUDGET.index(word, position)
            position = start + len(word)
            highlight = archive.add_highlight(
                budget,
                start,
                position,
                colour="green" if index % 2 else "yellow",
                note="Compare with the *auditor* figures\nsecond line" if index == 3 else "",
                tags=["budget"] if index < 4 else [],
            )
            if index == 3:
                note_highlight = highlight.id
        archive.open_article(Article(text=HARBOUR, title="A sea wall for the harbour"))  # opened last
    return Library(path, harbour, drones, budget, drones_quote, note_highlight)


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> Iterator[LibraryWindow]:
    library_window = LibraryWindow(library.path)
    qtbot.addWidget(library_window)
    with qtbot.waitSignal(library_window.articlesLoaded, timeout=LOAD_TIMEOUT_MS):
        library_window.show()
    yield library_window
    library_window.shutdown()


def titles(window: LibraryWindow) -> list[str]:
    proxy = window.articles.proxy
    return [str(proxy.index(row, ArticlesModel.TITLE).data()) for row in range(proxy.rowCount())]


def row_of_title(window: LibraryWindow, title: str) -> QModelIndex:
    proxy = window.articles.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, ArticlesModel.TITLE).data() == title:
            return proxy.index(row, ArticlesModel.TITLE)
    raise AssertionError(f"{title!r} is not listed")


def double_click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """A double click as a user makes it: Qt's item views only accept one after a press."""
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def click_header(qtbot: QtBot, window: LibraryWindow, column: int) -> None:
    header = window.articles.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


# -- articles -------------------------------------------------------------------------------------


def test_lists_every_article_with_source_dates_and_highlight_count(
    window: LibraryWindow, library: Library
) -> None:
    proxy = window.articles.proxy
    assert proxy.rowCount() == 3
    by_title = {
        str(proxy.index(row, ArticlesModel.TITLE).data()): [
            str(proxy.index(row, column).data()) for column in range(proxy.columnCount())
        ]
        for row in range(proxy.rowCount())
    }
    tip = proxy.index(0, ArticlesModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert any("/news/" in str(proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)) for row in range(3)), (
        tip
    )
    assert by_title["Council passes budget"][ArticlesModel.HIGHLIGHTS] == "10"
    assert by_title["Drones strike refinery"][ArticlesModel.HIGHLIGHTS] == "2"
    assert by_title["A sea wall for the harbour"][ArticlesModel.HIGHLIGHTS] == "0"
    with Archive(library.path, read_only=True) as archive:
        stored = {entry.title: entry for entry in archive.list_articles()}
    assert by_title["Drones strike refinery"][ArticlesModel.ADDED] == format_time(
        stored["Drones strike refinery"].added_at
    )
    assert window.articles.count.text() == "3 articles"
    # Most recently opened first by default.
    assert titles(window)[0] == "A sea wall for the harbour"


def test_sorts_counts_as_numbers_and_dates_as_dates(qtbot: QtBot, window: LibraryWindow) -> None:
    view = window.articles.view
    view.sortByColumn(ArticlesModel.HIGHLIGHTS, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["A sea wall for the harbour", "Drones strike refinery", "Council passes budget"]
    click_header(qtbot, window, ArticlesModel.HIGHLIGHTS)  # a second click reverses
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert titles(window) == ["Council passes budget", "Drones strike refinery", "A sea wall for the harbour"]
    view.sortByColumn(ArticlesModel.ADDED, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["Council passes budget", "A sea wall for the harbour", "Drones strike refinery"]
    view.sortByColumn(ArticlesModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["A sea wall for the harbour", "Council passes budget", "Drones strike refinery"]


def test_filter_keeps_matching_titles_and_sources(qtbot: QtBot, window: LibraryWindow) -> None:
    qtbot.keyClicks(window.articles.filter_edit, "news drones")
    assert titles(window) == ["Drones strike refinery"]
    assert window.articles.count.text() == "1 of 3 articles"
    window.articles.filter_edit.setText("example.org")
    assert titles(window) == ["A sea wall for the harbour"]
    window.articles.filter_edit.setText("no such thing")
    assert window.articles.pane.showing_message()
    assert "No article matches “no such thing”" in window.articles.pane.message.text()
    window.articles.filter_edit.clear()
    assert len(titles(window)) == 3
    assert not window.articles.pane.showing_message()


def test_enter_and_double_click_open_the_article(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    view = window.articles.view
    index = row_of_title(window, "Drones strike refinery")
    view.setCurrentIndex(index)
    view.setFocus()
    with qtbot.waitSignal(window.articleRequested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [library.drones]
    with qtbot.waitSignal(window.articleRequested) as opened:
        double_click(qtbot, view, row_of_title(window, "Council passes budget"))
    assert opened.args == [library.budget]


def test_delete_asks_first_and_only_then_requests_it(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    questions: list[str] = []
    answers = [False, True]

    def confirm(title: str, question: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    window.articles.confirm = confirm
    view = window.articles.view
    view.setCurrentIndex(row_of_title(window, "Council passes budget"))
    view.setFocus()
    with qtbot.assertNotEmitted(window.deleteArticleRequested):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Council passes budget" in questions[0]
    assert "10 highlights" in questions[0]
    with qtbot.waitSignal(window.deleteArticleRequested) as deleted:
        qtbot.mouseClick(window.articles.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == [library.budget]
    assert len(questions) == 2


def test_refresh_shows_changes_and_keeps_the_selection(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    window.articles.view.setCurrentIndex(row_of_title(window, "Drones strike refinery"))
    with Archive(library.path) as archive:  # the main window is the writer
        archive.delete_article(library.budget)
    with qtbot.waitSignal(window.articlesLoaded, timeout=LOAD_TIMEOUT_MS) as loaded:
        window.refresh()
    assert loaded.args == [2]
    assert "Council passes budget" not in titles(window)
    current = window.articles.current_article()
    assert current is not None and current.id == library.drones


def test_after_a_deletion_the_next_article_is_current_for_the_keyboard(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    view = window.articles.view
    view.sortByColumn(ArticlesModel.TITLE, Qt.SortOrder.AscendingOrder)
    view.setCurrentIndex(row_of_title(window, "Council passes budget"))
    with Archive(library.path) as archive:  # the main window deletes what the Library asked
        archive.delete_article(library.budget)
    with qtbot.waitSignal(window.articlesLoaded, timeout=LOAD_TIMEOUT_MS):
        window.refresh()
    current = window.articles.current_article()
    assert current is not None and current.id == library.drones  # the row below moved up
    assert window.articles.delete_button.isEnabled()
    with Archive(library.path) as archive:
        archive.delete_article(library.drones)
    with qtbot.waitSignal(window.articlesLoaded, timeout=LOAD_TIMEOUT_MS):
        window.refresh()
    current = window.articles.current_article()
    assert current is not None and current.id == library.harbour  # the last row: the one above


def test_ctrl_c_copies_the_selected_rows_as_shown(qtbot: QtBot, window: LibraryWindow) -> None:
    view = window.articles.view
    view.sortByColumn(ArticlesModel.TITLE, Qt.SortOrder.AscendingOrder)
    view.selectRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == list(ArticlesModel.HEADERS)
    assert lines[1].split("\t")[0] == "A sea wall for the harbour"


def test_ctrl_f_focuses_search_and_escape_closes(qtbot: QtBot, window: LibraryWindow) -> None:
    window.activateWindow()
    window.articles.view.setFocus()
    qtbot.keyClick(window.articles.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == LibraryWindow.SEARCH_TAB
    assert window.search.edit.hasFocus()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_ctrl_w_closes_the_library_as_other_windows_close(qtbot: QtBot, window: LibraryWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.articles.view.setFocus()
    qtbot.keyClick(window.articles.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


# -- search ---------------------------------------------------------------------------------------


def wait_for_search(qtbot: QtBot, window: LibraryWindow, query: str) -> None:
    """Type ``query`` and wait until its results (or its message) are shown."""
    window.focus_search()
    window.search.edit.setText(query)
    qtbot.waitUntil(
        lambda: not window.search.timer.isActive() and window.search.count.text() != "Searching…",
        timeout=LOAD_TIMEOUT_MS,
    )


def test_search_shows_snippets_with_matches_in_bold_and_opens_at_the_hit(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    wait_for_search(qtbot, window, "explosion")  # stemmed: finds "explosions"
    model = window.search.model
    assert model.rowCount() == 1
    hit = model.hit(0)
    assert hit.article_id == library.drones and hit.field == "text"
    assert "<b>explosions</b>" in str(model.index(0, 0).data(HTML_ROLE))
    assert hit.offset is not None and DRONES[hit.offset :].startswith("explosions")
    window.search.view.setFocus()
    with qtbot.waitSignal(window.searchHitRequested) as opened:
        qtbot.keyClick(window.search.view, Qt.Key.Key_Return)
    assert opened.args == [library.drones, DRONES.index("explosions")]


def test_search_finds_highlight_notes_and_titles(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    wait_for_search(qtbot, window, "auditor")
    hit = window.search.model.hit(0)
    assert (hit.article_id, hit.field, hit.highlight_id) == (
        library.budget,
        "note",
        library.budget_note_highlight,
    )
    assert "highlight" in str(window.search.model.index(0, 0).data(HTML_ROLE))
    with qtbot.waitSignal(window.searchHitRequested) as opened:
        double_click(qtbot, window.search.view, window.search.model.index(0, 0))
    with Archive(library.path, read_only=True) as archive:
        start = archive.highlight(library.budget_note_highlight).start
    assert opened.args == [library.budget, start]
    wait_for_search(qtbot, window, "sea wall")
    fields = {
        (window.search.model.hit(row).article_id, window.search.model.hit(row).field)
        for row in range(window.search.model.rowCount())
    }
    assert (library.harbour, "text") in fields or (library.harbour, "title") in fields


def test_a_title_hit_opens_without_an_offset(qtbot: QtBot, window: LibraryWindow, library: Library) -> None:
    wait_for_search(qtbot, window, "strike")  # only in the drones article's title
    hit = window.search.model.hit(0)
    assert (hit.field, hit.offset) == ("title", None)
    window.search.view.setFocus()
    with qtbot.waitSignal(window.searchHitRequested) as opened:
        qtbot.keyClick(window.search.view, Qt.Key.Key_Enter)
    assert opened.args == [library.drones, -1]


def test_no_results_and_fts_syntax_are_told_plainly(qtbot: QtBot, window: LibraryWindow) -> None:
    wait_for_search(qtbot, window, "zeppelin")
    assert window.search.pane.showing_message()
    assert window.search.pane.message.text() == "No results for “zeppelin”."
    for query in ('"unbalanced AND (', "NEAR(", "*", "title:"):
        wait_for_search(qtbot, window, query)
        assert window.search.pane.showing_message(), query  # a message, never a crash
    window.search.edit.clear()
    assert "Search article texts" in window.search.pane.message.text()


def test_a_query_cut_short_says_so(qtbot: QtBot, window: LibraryWindow, library: Library) -> None:
    wait_for_search(qtbot, window, "explosions\x00 " + " ".join(f"word{number}" for number in range(30)))
    assert window.search.pane.showing_message()
    assert "only the first 16 different words or phrases were searched" in window.search.pane.message.text()
    wait_for_search(qtbot, window, " ".join(["explosions"] * 400))
    assert window.search.model.rowCount() == 1
    assert "(" not in window.search.count.text()  # repetitions are no words left out


def test_search_failure_is_shown_in_the_tab(qtbot: QtBot, window: LibraryWindow, library: Library) -> None:
    library.path.unlink()
    wait_for_search(qtbot, window, "drones")
    assert window.search.pane.showing_message()
    message = window.search.pane.message.text()
    assert "could not be run" in message and "no archive" in message


def test_typing_searches_once_after_a_pause(qtbot: QtBot, window: LibraryWindow, library: Library) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search.edit, "refinery")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=LOAD_TIMEOUT_MS)
    assert window.reads.generation("search") == 1  # one read for eight keystrokes
    assert window.search.model.hit(0).article_id == library.drones


def test_a_stale_read_never_overwrites_a_newer_one(qtbot: QtBot, library: Library) -> None:
    reads = ArchiveReads(library.path)
    release = threading.Event()
    delivered: list[str] = []

    def slow(archive: Archive) -> str:
        release.wait(5)
        return "old"

    reads.read("search", slow, delivered.append, lambda error: delivered.append(f"error {error}"))
    reads.read(
        "search", lambda archive: "new", delivered.append, lambda error: delivered.append(f"error {error}")
    )
    release.set()
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=LOAD_TIMEOUT_MS)
    assert reads.stop(LOAD_TIMEOUT_MS)
    QApplication.processEvents()
    assert delivered == ["new"]


# -- all highlights -------------------------------------------------------------------------------


def open_highlights_tab(qtbot: QtBot, window: LibraryWindow) -> None:
    window.tabs.setCurrentIndex(LibraryWindow.HIGHLIGHTS_TAB)
    qtbot.waitUntil(
        lambda: window.highlights.colour_combo.count() > 1 and window.highlights.model.rowCount() > 0,
        timeout=LOAD_TIMEOUT_MS,
    )


def highlight_cells(window: LibraryWindow, column: int) -> list[str]:
    proxy = window.highlights.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def wait_for_highlights(qtbot: QtBot, window: LibraryWindow, expected_rows: int) -> None:
    qtbot.waitUntil(
        lambda: (
            not window.highlights.timer.isActive() and window.highlights.proxy.rowCount() == expected_rows
        ),
        timeout=LOAD_TIMEOUT_MS,
    )


def test_all_highlights_are_listed_with_colour_meaning_note_tags_and_article(
    qtbot: QtBot, window: LibraryWindow
) -> None:
    open_highlights_tab(qtbot, window)
    assert window.highlights.proxy.rowCount() == 12
    assert window.highlights.count.text() == "12 highlights"
    rows = list(
        zip(*(highlight_cells(window, column) for column in range(len(HighlightsModel.HEADERS))), strict=True)
    )
    drones_quote = next(row for row in rows if row[HighlightsModel.QUOTE] == "drones struck a refinery")
    assert drones_quote[HighlightsModel.COLOUR] == "disputed"  # red's default meaning
    assert drones_quote[HighlightsModel.TAGS] == "#unverified"
    assert drones_quote[HighlightsModel.ARTICLE] == "Drones strike refinery"
    noted = next(row for row in rows if row[HighlightsModel.NOTE])
    assert noted[HighlightsModel.NOTE] == "Compare with the *auditor* figures"  # first line only
    colours = [
        window.highlights.colour_combo.itemText(i) for i in range(window.highlights.colour_combo.count())
    ]
    assert colours[:2] == ["All colours", "important"]
    tags = [window.highlights.tag_combo.itemData(i) for i in range(window.highlights.tag_combo.count())]
    assert tags == [None, "budget", "unverified"]  # most used first


def test_highlights_filter_by_colour_tag_and_text(qtbot: QtBot, window: LibraryWindow) -> None:
    open_highlights_tab(qtbot, window)
    window.highlights.colour_combo.setCurrentIndex(window.highlights.colour_combo.findData("red"))
    wait_for_highlights(qtbot, window, 1)
    assert highlight_cells(window, HighlightsModel.QUOTE) == ["drones struck a refinery"]
    window.highlights.colour_combo.setCurrentIndex(0)
    window.highlights.tag_combo.setCurrentIndex(window.highlights.tag_combo.findData("budget"))
    wait_for_highlights(qtbot, window, 4)
    assert set(highlight_cells(window, HighlightsModel.ARTICLE)) == {"Council passes budget"}
    window.highlights.colour_combo.setCurrentIndex(window.highlights.colour_combo.findData("green"))
    wait_for_highlights(qtbot, window, 2)
    window.highlights.colour_combo.setCurrentIndex(0)
    window.highlights.tag_combo.setCurrentIndex(0)
    qtbot.keyClicks(window.highlights.filter_edit, "who tried")  # in a note, any case
    wait_for_highlights(qtbot, window, 1)
    assert highlight_cells(window, HighlightsModel.QUOTE) == ["Independent verification"]
    window.highlights.filter_edit.setText("nothing like this")
    qtbot.waitUntil(lambda: window.highlights.pane.showing_message(), timeout=LOAD_TIMEOUT_MS)
    assert window.highlights.pane.message.text() == "No highlight matches these filters."


def test_activating_a_highlight_asks_for_it_in_its_article(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    open_highlights_tab(qtbot, window)
    window.highlights.colour_combo.setCurrentIndex(window.highlights.colour_combo.findData("red"))
    wait_for_highlights(qtbot, window, 1)
    view = window.highlights.view
    view.setCurrentIndex(window.highlights.proxy.index(0, HighlightsModel.QUOTE))
    view.setFocus()
    with qtbot.waitSignal(window.highlightRequested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [library.drones, library.drones_quote_highlight]


def test_a_refresh_keeps_the_chosen_filters(qtbot: QtBot, window: LibraryWindow, library: Library) -> None:
    open_highlights_tab(qtbot, window)
    combo = window.highlights.colour_combo
    combo.setCurrentIndex(combo.findData("green"))
    window.highlights.tag_combo.setCurrentIndex(window.highlights.tag_combo.findData("budget"))
    wait_for_highlights(qtbot, window, 2)
    with Archive(library.path) as archive:  # the main window is the writer
        archive.rename_colour("green", "checked")
    window.refresh()
    qtbot.waitUntil(lambda: combo.itemText(combo.findData("green")) == "checked", timeout=LOAD_TIMEOUT_MS)
    wait_for_highlights(qtbot, window, 2)
    assert window.highlights.colour_combo.currentData() == "green"
    assert window.highlights.tag_combo.currentData() == "budget"


# -- failures -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"this is not a database at all " * 200, "not a Reading Assistant archive"), (None, "no archive")],
    ids=["corrupt", "missing"],
)
def test_an_unusable_archive_is_explained_in_the_window(
    qtbot: QtBot, tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "archive.sqlite3"
    if content is not None:
        path.write_bytes(content)
    window = LibraryWindow(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: "could not be opened" in window.articles.pane.message.text(), timeout=LOAD_TIMEOUT_MS
    )
    assert window.articles.pane.showing_message()
    assert expected in window.articles.pane.message.text()
    assert not window.articles.delete_button.isEnabled()
    if content is not None:
        assert path.read_bytes() == content  # never overwritten
    window.resize(900, 420)
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    if content is not None:
        window.grab().save(str(ARTIFACTS_DIR / "library-window-error.png"))
    window.shutdown()


def test_highlights_that_cannot_be_read_are_explained_in_their_tab(
    qtbot: QtBot, window: LibraryWindow, library: Library
) -> None:
    open_highlights_tab(qtbot, window)
    library.path.unlink()
    window.highlights.filter_edit.setText("drones")
    qtbot.waitUntil(
        lambda: "could not be read" in window.highlights.pane.message.text(), timeout=LOAD_TIMEOUT_MS
    )
    assert window.highlights.pane.showing_message()
    assert "no archive" in window.highlights.pane.message.text()
    assert window.highlights.model.rowCount() == 0
    assert window.highlights.count.text() == ""


def test_an_empty_library_says_how_it_fills(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    Archive(path).close()
    window = LibraryWindow(path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.articlesLoaded, timeout=LOAD_TIMEOUT_MS) as loaded:
        window.show()
    assert loaded.args == [0]
    assert "The library is empty" in window.articles.pane.message.text()
    window.shutdown()


# -- text forms -----------------------------------------------------------------------------------


def test_marked_html_escapes_and_bolds_only_the_marks() -> None:
    assert marked_html("a <b> & drones", [(8, 14)]) == "a &lt;b&gt; &amp; <b>drones</b>"
    assert marked_html("abcdef", [(0, 2), (1, 4), (10, 12)]) == "<b>ab</b><b>cd</b>ef"


def test_hit_html_keeps_marks_on_the_words_after_squeezing_white_space() -> None:
    snippet = "one\n\n  two   three"
    hit = SearchHit(1, "T <x>", None, "text", 0, snippet, ((7, 10), (13, 18)))
    shown = hit_html(hit)
    assert "one two <b>two</b>" not in shown
    assert "one <b>two</b> <b>three</b>" in shown
    assert "T &lt;x&gt;" in shown


def test_a_noted_passage_that_begins_with_a_quotation_is_quoted_once() -> None:
    hit = SearchHit(1, "T", 7, "note", 0, "check this", ((0, 5),))
    shown = html.unescape(hit_html(hit, passage='"As a general rule," she said'))
    assert "on “'As a general rule,' she said”" in shown


def test_hits_say_whether_they_are_in_the_article_or_a_highlight() -> None:
    def hit(highlight_id: int | None, field: SearchField, offset: int | None) -> SearchHit:
        return SearchHit(1, "T", highlight_id, field, offset, "word", ((0, 4),))

    assert found_in(hit(None, "note", None)) == "in the article note"
    assert found_in(hit(7, "note", 12)) == "in a highlight's note"
    assert found_in(hit(7, "quote", None)).endswith("(the highlight lost its place in the text)")
    assert hit_text(hit(None, "title", None)) == "T (in the title): word"


def test_format_time_is_local_minutes_and_keeps_unreadable_values() -> None:
    assert format_time("") == ""
    assert format_time("garbage") == "garbage"
    shown = format_time("2025-03-04T13:05:00.000Z")
    assert len(shown) == 16 and shown.startswith("2025-03-0")


def test_library_entry_sort_keys_compare_numbers_not_text() -> None:
    model = ArticlesModel()
    entries = [
        LibraryEntry(1, "b", None, "2025-01-02T00:00:00.000Z", "2025-01-02T00:00:00.000Z", 10),
        LibraryEntry(2, "A", None, "2025-01-01T00:00:00.000Z", "2025-01-03T00:00:00.000Z", 9),
    ]
    model.set_records(entries)
    model.sort(ArticlesModel.HIGHLIGHTS)
    assert [model.record(row).id for row in range(2)] == [2, 1]
    model.sort(ArticlesModel.TITLE)
    assert [model.record(row).id for row in range(2)] == [2, 1]  # case-insensitive
    model.sort(ArticlesModel.ADDED, Qt.SortOrder.DescendingOrder)
    assert [model.record(row).id for row in range(2)] == [1, 2]


# -- screenshots ----------------------------------------------------------------------------------


def test_screenshots_of_each_tab(qtbot: QtBot, window: LibraryWindow) -> None:
    window.resize(1040, 520)
    window.articles.view.selectRow(1)
    QApplication.processEvents()
    assert_not_uniform(save_screenshot(window, "library-window.png"))
    assert_shown_whole(
        window,
        window.articles.filter_edit,
        window.articles.view,
        window.articles.open_button,
        window.articles.delete_button,
    )
    wait_for_search(qtbot, window, "budget")
    assert window.search.model.rowCount() > 0
    QApplication.processEvents()
    assert_not_uniform(save_screenshot(window, "library-window-search.png"))
    assert_shown_whole(window, window.search.edit, window.search.view)
    open_highlights_tab(qtbot, window)
    QApplication.processEvents()
    image = save_screenshot(window, "library-window-highlights.png")
    assert_not_uniform(image)
    assert_shown_whole(
        window,
        window.highlights.colour_combo,
        window.highlights.tag_combo,
        window.highlights.filter_edit,
        window.highlights.view,
    )
    view, proxy = window.highlights.view, window.highlights.proxy
    for row in range(proxy.rowCount()):  # each row's swatch in its highlight's colour
        index = proxy.index(row, HighlightsModel.COLOUR)
        cell = view.visualRect(index)
        cell.moveTopLeft(view.viewport().mapTo(window, cell.topLeft()))
        assert_shows_colour(image, cell, index.data(Qt.ItemDataRole.DecorationRole))


def test_hits_in_tags_and_notes_show_their_passage() -> None:
    from desktop.ui.library_models import hit_html

    hit = SearchHit(1, "Council passes budget", 7, "tags", 120, "budget", ((0, 6),))
    shown = hit_html(hit, "the council passed its budget after a long debate")
    assert "in a highlight&#x27;s tags" in shown
    assert "on “the council passed its budget after a long debate”" in shown
    assert "on “" not in hit_html(hit)


def _entry(article_id: int, title: str, highlights: int) -> LibraryEntry:
    return LibraryEntry(
        article_id, title, None, "2026-03-01T10:00:00+00:00", "2026-03-01T10:00:00+00:00", highlights
    )


def test_records_put_in_order_off_the_gui_thread_keep_the_order_the_table_has_then() -> None:
    model = ArticlesModel()
    model.sort(ArticlesModel.HIGHLIGHTS, Qt.SortOrder.DescendingOrder)
    entries = [_entry(1, "Few", 2), _entry(2, "Many", 9), _entry(3, "Some", 5)]
    arrange = model.arrangement()
    arranged: list[Arranged[LibraryEntry]] = []
    worker = threading.Thread(target=lambda: arranged.append(arrange(entries)))
    worker.start()
    worker.join()
    model.set_records(arranged[0])
    assert [entry.title for entry in model.records()] == ["Many", "Some", "Few"]
    model.sort(ArticlesModel.TITLE, Qt.SortOrder.AscendingOrder)  # the user sorted meanwhile
    model.set_records(arranged[0])
    assert [entry.title for entry in model.records()] == ["Few", "Many", "Some"]


def test_a_very_long_query_leaves_the_window_its_width(qtbot: QtBot, window: LibraryWindow) -> None:
    width = window.width()
    for query in ("x" * 2000, " ".join(f"word{number}" for number in range(400))):
        wait_for_search(qtbot, window, query)
        assert window.search.pane.showing_message(), query[:20]
        assert window.width() == width, query[:20]
        assert "No results for" in window.search.pane.message.text()
    window.tabs.setCurrentIndex(window.ARTICLES_TAB)
    window.articles.filter_edit.setText("y" * 2000)
    assert window.articles.pane.showing_message()
    assert window.width() == width


def test_the_longest_published_date_is_shown_whole(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        archive.open_article(Article(text=HARBOUR, title="Sea wall", metadata={"published": "2025-09-28"}))
    library_window = LibraryWindow(path)
    qtbot.addWidget(library_window)
    with qtbot.waitSignal(library_window.articlesLoaded, timeout=LOAD_TIMEOUT_MS):
        library_window.show()
    view = library_window.articles.view
    assert view.model().index(0, ArticlesModel.PUBLISHED).data() == "September 28, 2025"
    assert view.sizeHintForColumn(ArticlesModel.PUBLISHED) <= view.columnWidth(ArticlesModel.PUBLISHED)
    library_window.shutdown()


def test_a_search_of_words_to_leave_out_alone_says_what_it_needs(qtbot: QtBot, window: LibraryWindow) -> None:
    wait_for_search(qtbot, window, "-bridge")
    assert window.search.pane.message.text() == (
        "No results for “-bridge” (a search needs a word to find, not only words to leave out)."
    )
