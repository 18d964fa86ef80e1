"""A PDF through the real window: opened, analysed, highlighted, reopened with its highlights,
its page shown in the status bar and carried into citations and the Markdown export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.citation import display_date
from desktop.core.loaders import SUPPORTED_SUFFIXES
from desktop.store.exporters import to_markdown
from desktop.ui.citations import MARKDOWN_MIME
from desktop.ui.main_window import MainWindow
from desktop.ui.panels.notes_model import HIGHLIGHT_ROLE
from desktop.ui.theme import highlight_colour, is_dark
from tests.core.pdf_factory import MARGIN, PAGE_WIDTH, Line, Page, column_lines, write_pdf
from tests.ui.conftest import open_and_wait
from tests.ui.screenshots import (
    assert_not_uniform,
    assert_same_colour,
    assert_shown_whole,
    dominant_colour,
    save_screenshot,
)

PAGES = [
    [
        ["The harbour council voted on Tuesday to close the old", "bridge for eighteen months of repairs."],
        ["Mayor Ana Lima said the works would cost 12 million", "euros, paid for by the regional fund."],
    ],
    [
        ["About 31,000 vehicles a day cross the bridge, the", "transport office said in its annual report."],
        ["Ferries will run every 20 minutes while it is closed,", "and buses will take the ring road."],
    ],
    [
        ["Shop owners on the quay fear a loss of trade, but the", "chamber of commerce backs the repairs."],
        ["The bridge is expected to reopen in the autumn of", "next year, weather permitting."],
    ],
]
HIGHLIGHTED = "Ferries will run every 20 minutes"


def harbour_pdf(folder: Path) -> Path:
    pages = []
    for number, paragraphs in enumerate(PAGES, start=1):
        lines = column_lines(paragraphs, MARGIN, 140)
        if number == 1:
            lines.append(Line("Harbour bridge to close", MARGIN, 90, size=20, bold=True))
        lines.append(Line(str(number), PAGE_WIDTH / 2, 810, size=8))
        pages.append(Page(lines))
    return write_pdf(folder / "harbour-report.pdf", pages, title="Harbour bridge to close", author="Ann Lee")


def test_the_open_dialog_offers_pdf_and_epub() -> None:
    assert {".pdf", ".epub"} <= SUPPORTED_SUFFIXES


def test_a_pdf_opens_highlights_reopens_and_cites_its_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = harbour_pdf(tmp_path)
    open_and_wait(qtbot, window, path)
    article = window.article
    assert article is not None and article.format == "pdf" and len(article.pages) == 3
    # The headline, drawn last on its page, reads first; each paragraph stays one.
    assert article.text.startswith("Harbour bridge to close\nThe harbour council voted")
    assert article.text.count("\n") == 6
    assert window.tabs.tabText(0) == "Harbour bridge to close"
    assert "Ann Lee" in window.header.text()
    assert window.page_indicator.isVisible() and window.page_indicator.text() == "Page 1 of 3"

    start = window.reader.text.index(HIGHLIGHTED)
    window.reader.select_range(start, start + len(HIGHLIGHTED))
    window.annotator.highlight_selection()
    window.citations.copy_at(start)
    mime = QApplication.clipboard().mimeData()
    assert mime is not None
    # The PDF's creation date is when the test wrote it.
    reference = f"Ann Lee, “Harbour bridge to close,” {display_date(article.metadata['published'])}, p. 2."
    assert mime.text() == f"“{HIGHLIGHTED}”\n— {reference}"
    assert bytes(mime.data(MARKDOWN_MIME).data()).decode().endswith(f"> — {reference}")

    # Scrolled down to the last page, the status bar says so.
    window.reader.resize(window.reader.width(), 160)
    window.reader.scroll_to(window.reader.text.index("The bridge is expected"))
    qtbot.waitUntil(lambda: window.page_indicator.text() == "Page 3 of 3")

    window.close_document(0)
    assert not window.page_indicator.isVisible()
    open_and_wait(qtbot, window, path)
    [highlight] = window.annotations.highlights
    assert highlight.exact == HIGHLIGHTED
    archive = window.annotations.archive
    assert archive is not None
    markdown = to_markdown(archive.export_articles()[0], archive.colours())
    assert f"> {HIGHLIGHTED}\n\n*important* p. 2\n" in markdown


def test_screenshot_with_a_pdf_open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, harbour_pdf(tmp_path))
    start = window.reader.text.index(HIGHLIGHTED)
    window.reader.select_range(start, start + len(HIGHLIGHTED))
    window.annotator.highlight_selection()
    window.reader.place_caret(0)
    window.reader.highlighter.finish_pending()
    image = save_screenshot(window, "pdf-open.png")
    assert_not_uniform(image)
    assert_shown_whole(window, window.header, window.reader, window.side_tabs, window.page_indicator)
    # The highlight on page 2 shows in its colour ("Ferries": no entity tint over it).
    ferries = window.reader.to_document(start)
    shown = dominant_colour(window, image, window.reader, ferries, ferries + len("Ferries"))
    assert_same_colour(shown, highlight_colour("yellow", is_dark(window.reader.palette())))


def test_the_notes_tab_shows_each_highlights_page_and_copies_its_citation(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, harbour_pdf(tmp_path))
    start = window.reader.text.index(HIGHLIGHTED)
    window.reader.select_range(start, start + len(HIGHLIGHTED))
    window.annotator.highlight_selection()
    panel = window.notes_panel
    [index] = [panel.proxy.index(row, 0) for row in range(panel.proxy.rowCount())]
    delegate = panel.list.highlight_delegate
    assert delegate.meta_label(index.data(HIGHLIGHT_ROLE)) == "important · p. 2"

    QApplication.clipboard().clear()
    panel.list.setCurrentIndex(index)
    menu = panel.context_menu(index)
    [cite] = [action for action in menu.actions() if action.text() == "Copy Citation"]
    assert cite.isEnabled()
    cite.trigger()
    mime = QApplication.clipboard().mimeData()
    assert mime is not None
    assert mime.text().startswith(f"“{HIGHLIGHTED}”\n— Ann Lee, “Harbour bridge to close,”")
    assert mime.text().endswith(", p. 2.")
    # The same citation as the reader's Copy Citation of that highlight.
    from_notes = mime.text()
    window.citations.copy_at(start)
    assert QApplication.clipboard().text() == from_notes

    window.side_tabs.setCurrentWidget(panel)
    image = save_screenshot(window, "pdf-notes-page.png")
    assert_not_uniform(image)


def test_scrolled_to_the_end_the_status_bar_names_the_last_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A last page shorter than the view never reaches the top of it: at the end of the text
    the reader is reading it all the same."""
    paragraph = ["The ferries ran every twenty minutes while the old", "bridge was closed for repairs."]
    pages = [Page(column_lines([paragraph] * 12, MARGIN, 100)) for _ in range(5)]
    pages.append(Page(column_lines([["The bridge reopened in the autumn."]], MARGIN, 100)))
    path = write_pdf(tmp_path / "short-last-page.pdf", pages, title="Ferries")
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: not window.reader.layout_ahead.pending)
    window.reader.scroll_to(len(window.reader.text))
    bar = window.reader.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    assert window.page_indicator.text() == "Page 6 of 6"
