"""An EPUB through the real window: opened, analysed, highlighted, reopened with its
highlights and its reading position, and exported with each highlight's chapter."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.store.exporters import to_markdown
from desktop.ui.main_window import MainWindow
from desktop.ui.panels.claims_model import CLAIM_ROLE
from desktop.ui.panels.notes_model import HIGHLIGHT_ROLE
from tests.core.epub_factory import write_book
from tests.ui.conftest import make_window, open_and_wait, select_passage
from tests.ui.screenshots import assert_not_uniform, save_screenshot

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
    # The Notes tab says where it is, as the export does.
    panel = first.notes_panel
    [row] = [panel.proxy.index(row, 0).data(HIGHLIGHT_ROLE) for row in range(panel.proxy.rowCount())]
    assert panel.list.highlight_delegate.meta_label(row) == "important · Chapter: The Storm"
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


FILLER = "The tide came in slowly over the old stones of the quay, and the gulls waited on the roofs."
SPEAKERS = [("Arrival", "Ana Lima", 12), ("The Storm", "Tom Roe", 31), ("After", "Maria Costa", 47)]


def long_book(folder: Path) -> Path:
    """Three chapters of about 8,000 characters, each with one claim carrying one figure."""
    chapters = [
        (
            title,
            [FILLER] * 40
            + [f"{speaker} said that the repairs would cost {euros} million euros."]
            + [FILLER] * 40,
        )
        for title, speaker, euros in SPEAKERS
    ]
    return write_book(folder / "long-harbour.epub", "The Long Harbour", "Ann Lee", chapters)


def test_a_long_books_claims_and_figures_show_one_chapter_at_a_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, long_book(tmp_path))
    article, analysis = window.article, window.analysis
    assert article is not None and analysis is not None and len(article.text) >= 20_000
    claims, figures = window.claims_panel, window.figures_panel
    for panel in (claims, figures):
        combo = panel.chapters.combo
        assert [combo.itemText(row) for row in range(combo.count())] == [
            "All chapters",
            "Arrival",
            "The Storm",
            "After",
        ]
    window.side_tabs.setCurrentWidget(claims)
    assert claims.chapters.combo.isVisible()
    storm = article.text.index("The Storm")
    after = article.text.index("After\n")

    def in_storm(start: int) -> bool:
        return storm <= start < after

    claims.chapters.set_chapter("The Storm")
    shown = [
        claims.proxy.index(row, 0, claims.proxy.index(group, 0)).data(CLAIM_ROLE)
        for group in range(claims.proxy.rowCount())
        for row in range(claims.proxy.rowCount(claims.proxy.index(group, 0)))
    ]
    # One claim per chapter: the filter keeps The Storm's.
    assert len(analysis.claims) == 3
    assert [claim.text for claim in shown] == ["Tom Roe said that the repairs would cost 31 million euros."]
    assert all(in_storm(claim.start) for claim in shown)
    assert "Showing" in claims.summary.text()

    window.side_tabs.setCurrentWidget(figures)
    assert figures.chapters.combo.isVisible()
    figures.chapters.set_chapter("The Storm")
    visible = [figures.model.figure(row) for row in figures.proxy.visible_rows()]
    expected = [figure for figure in analysis.figures if in_storm(figure.start)]
    assert visible == expected and any("31" in figure.text for figure in visible)
    assert len(analysis.figures) > len(visible)
    image = save_screenshot(window, "epub-figures-by-chapter.png")
    assert_not_uniform(image)

    # A short book has no chapter filter: every row is shown.
    open_and_wait(qtbot, window, harbour_book(tmp_path))
    assert not figures.chapters.offered and not figures.chapters.combo.isVisible()
    assert not claims.chapters.offered and figures.proxy.rowCount() == figures.model.rowCount()


def test_a_long_book_with_a_highlight_near_its_start_reopens_where_it_was_read(
    qtbot: QtBot, settings_file: Path, archive_file: Path, tmp_path: Path
) -> None:
    """Painting the highlight near the start has Qt lay the text below it out again, lazily,
    while the reading position far down is being restored: the view stopped where that
    layout had got to, chapters before the place the reader left."""
    paragraphs = [
        f"On day {day} the ferry from Porto came in late, and the quay waited." for day in range(30)
    ]
    book = write_book(
        tmp_path / "long-quays.epub",
        "The Long Quays",
        "Ann Lee",
        [(f"Quay {n}", [f"Quay {n} opened in spring.", *paragraphs]) for n in range(60)],
    )
    first = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, first, book)
    start = select_passage(first, "Quay 1 opened in spring.")
    first.annotator.highlight_selection()
    first.reader.scroll_to(first.reader.text.index("Quay 50 opened in spring."))
    shown = first.reader.top_position()
    assert shown > start
    first.close()

    second = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, second, book)
    qtbot.waitUntil(
        lambda: not second.reader.layout_ahead.pending and second.reader.kept_top is None, timeout=5_000
    )
    qtbot.wait(300)  # Qt's own layout of the text below the highlight, had it been left to it
    assert abs(second.reader.top_position() - shown) < 120
    second.close()
