"""Opening what people read: several files as tabs, Markdown, a web address, the clipboard."""

from __future__ import annotations

import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.loaders import MAX_ARTICLE_BYTES, article_from_text
from desktop.ui.main_window import MainWindow
from desktop.ui.opener import MAX_SHOWN_BLOCKS
from tests.conftest import SAMPLES_DIR
from tests.hostile import HEAVY_PAGE, dribbling_server, extraction_children, wait_until
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, open_and_wait
from tests.ui.test_main_window import background_at, person_colour

PAGE = b"""<!doctype html><html><head><meta charset="utf-8"><title>Council vote</title>
<meta name="author" content="Jane Reporter"></head><body><article><h1>Council vote</h1>
<p>The council of Riverton voted on Tuesday to repair the bridge. Mayor Elena Vasquez said the
work would start in April and last about eighteen months, according to the city engineers.</p>
<p>Residents of Riverton have complained about traffic on the bridge for years, and local
shop owners said they feared a long closure would hurt their business badly.</p>
</article></body></html>"""
# A reason phrase a hostile server sends in its status line, to be shown as text, never as markup.
HOSTILE_REASON = '<a href="javascript:x">click</a><b>bold</b>'


@pytest.fixture
def local_site() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/hostile-reason":
                self.send_response(500, HOSTILE_REASON)
                self.end_headers()
                return
            if self.path == "/heavy":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(HEAVY_PAGE.encode("ascii"))
                return
            if self.path != "/article":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_each_file_opens_in_its_own_tab_and_switching_reuses_the_analysis(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Angela Merkel spoke in Berlin on Monday.\n", encoding="utf-8")
    open_and_wait(qtbot, window, SAMPLES_DIR / "harbour-bridge.txt")
    open_and_wait(qtbot, window, other)
    assert window.tabs.count() == 2
    with (
        qtbot.assertNotEmitted(window.controller.analysisStarted),
        qtbot.waitSignal(window.analysisApplied, timeout=5_000),
    ):
        window.tabs.setCurrentIndex(0)
    assert window.reader.text.startswith("Riverton council")
    window.close_document(0)
    assert window.tabs.count() == 1
    assert window.reader.text.startswith("Angela Merkel")


def test_markdown_highlights_land_on_the_rendered_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        "# Briefing 🗞️\n\n**Update:** _Mayor_ [Elena Vasquez](https://example.org/vasquez) met "
        "officials in `Riverton`.\n\n- Daniel Okafor voted against.\n",
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, note)
    text = window.reader.text
    assert "#" not in text and "**" not in text and "https://" not in text
    start = text.index("Elena Vasquez")
    assert background_at(window, start) == person_colour(window)
    assert background_at(window, start - 1) is None
    assert window.article is not None and window.article.title == "Briefing 🗞️"


def test_a_web_address_opens_through_the_html_path(qtbot: QtBot, window: MainWindow, local_site: str) -> None:
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_url(local_site + "/article")
    assert window.article is not None
    assert window.article.source == local_site + "/article"
    assert "Mayor Elena Vasquez said" in window.reader.text
    assert "Jane Reporter" in window.header.text()


def test_a_failing_web_address_is_explained(qtbot: QtBot, window: MainWindow, local_site: str) -> None:
    with qtbot.waitSignal(window.loadFailed, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_url(local_site + "/missing")
    assert window.info_bar.isVisible()
    message = window.info_bar.message.text()
    assert "404" in message
    # It named the address's last part: "Could not open missing: …"
    assert message.startswith(f"Could not open {local_site.removeprefix('http://')}/missing: ")
    assert local_site + "/missing" not in message  # the address once, not again in the reason


def test_server_text_is_shown_as_plain_text(qtbot: QtBot, window: MainWindow, local_site: str) -> None:
    with qtbot.waitSignal(window.loadFailed, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_url(local_site + "/hostile-reason")
    message = window.info_bar.message
    assert message.textFormat() == Qt.TextFormat.PlainText
    # What the label shows (and copies) is the markup itself, not a link and bold text.
    message.setSelection(0, len(message.text()))
    assert f"answered 500 {HOSTILE_REASON}." in message.selectedText()


def test_files_open_and_the_window_closes_at_once_while_fetches_hang(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Harbour bridge\n\nThe council voted on Tuesday to repair the harbour bridge.\n")
    with dribbling_server() as url:
        window.open_url(url)
        window.open_url(url + "?again")
        shown_at: list[float] = []
        window.articleShown.connect(lambda _article: shown_at.append(time.monotonic()))
        started = time.monotonic()
        # Closing waits for a running analysis (not measured here), never for a fetch.
        with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
            window.open_path(story)
        opening_seconds = shown_at[0] - started
        started = time.monotonic()
        window.close()
        closing_seconds = time.monotonic() - started
    assert window.reader.text.startswith("Harbour bridge")
    assert opening_seconds < 3
    assert closing_seconds < 3


def test_closing_ends_a_fetched_page_still_being_extracted(
    qtbot: QtBot, window: MainWindow, local_site: str
) -> None:
    # The window's pipeline is loaded first: closing waits for that, which is not measured here.
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_url(local_site + "/article")
    window.open_url(local_site + "/heavy")
    assert wait_until(lambda: extraction_children(os.getpid()), 20), "the extraction never started"
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 3
    assert not extraction_children(os.getpid())


def test_clipboard_text_becomes_an_article(qtbot: QtBot, window: MainWindow) -> None:
    # setText, not setMimeData: the clipboard would take ownership of a Python-owned QMimeData
    # and both would free it at exit.
    QApplication.clipboard().setText("Officials in Kyiv said Volodymyr Zelensky would speak on Friday.")
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.paste_action.trigger()
    assert window.reader.text.startswith("Officials in Kyiv")
    # Named like any untitled article: by its first words.
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Officials in Kyiv said Volodym…"


def test_invisible_controls_in_a_pasted_title_stay_out_of_the_window_title_and_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    pasted = (
        "\u202eCouncil\u200b vote\u202c\n\nOfficials in Kyiv said Volodymyr Zelensky would speak on Friday."
    )
    QApplication.clipboard().setText(pasted)
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.paste_action.trigger()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Council vote"
    assert window.windowTitle().startswith("Council vote — ")
    assert window.reader.text.startswith("\u202eCouncil\u200b vote")  # the text keeps its offsets


def test_switching_tabs_during_an_analysis_keeps_each_result_with_its_article(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Angela Merkel spoke in Berlin on Monday.\n", encoding="utf-8")
    open_and_wait(qtbot, window, other)
    long_text = tmp_path / "long.txt"
    long_text.write_text(
        (SAMPLES_DIR / "harbour-bridge.txt").read_text(encoding="utf-8") * 10, encoding="utf-8"
    )
    with qtbot.waitSignal(window.controller.analysisStarted, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(long_text)
    window.tabs.setCurrentIndex(0)  # back to the analysed article while the long one is analysed
    with qtbot.waitSignal(window.controller.analysisFinished, timeout=ANALYSIS_TIMEOUT_MS):
        pass
    assert window.article is not None and window.article.source == str(other)
    assert window.analysis is not None and window.analysis.text == window.reader.text
    assert window.documents[1].analysis is not None
    assert window.documents[1].analysis.text == long_text.read_text(encoding="utf-8")


def test_a_text_of_more_lines_than_the_reader_can_lay_out_is_refused_and_the_article_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLES_DIR / "harbour-bridge.txt")
    shown = window.article
    words = tmp_path / "words.txt"
    words.write_text("word\n" * (MAX_SHOWN_BLOCKS + 1), encoding="utf-8")
    with qtbot.waitSignal(window.loadFailed, timeout=ANALYSIS_TIMEOUT_MS) as failure:
        window.open_path(words)
    assert f"{MAX_SHOWN_BLOCKS:,}" in failure.args[0]
    assert window.article is shown
    assert window.tabs.count() == 1
    assert "Could not open words.txt" in window.info_bar.message.text()


def test_a_text_of_two_paragraphs_but_more_lines_than_the_reader_can_lay_out_is_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    # One blank line makes a word list two paragraphs (plain text's paragraphs are then split
    # at blank lines), yet the reader lays out each of its lines.
    words = "word\n" * MAX_SHOWN_BLOCKS + "\nlast words"
    with qtbot.waitSignal(window.loadFailed, timeout=ANALYSIS_TIMEOUT_MS) as failure:
        window.opener.open_clipboard(None, words)
    assert failure.args[0] == (
        f"It has {MAX_SHOWN_BLOCKS + 2:,} paragraphs (lines), more than the {MAX_SHOWN_BLOCKS:,} the reader can show."
    )
    assert window.tabs.count() == 0


def test_an_archived_text_of_more_lines_than_the_reader_can_lay_out_is_refused_from_the_library(
    window: MainWindow,
) -> None:
    # ``reading-assistant archive add`` stores a word list of any length; the Library and the
    # tabs restored at start-up open it without the opener's check.
    archive = window.annotations.archive
    assert archive is not None
    words = archive.open_article(article_from_text("word\n" * (MAX_SHOWN_BLOCKS + 1), source="words.txt"))
    assert not window.open_archived(words.article_id)
    assert window.tabs.count() == 0
    assert window.info_bar.message.text() == (
        f"Could not open word: It has {MAX_SHOWN_BLOCKS + 1:,} paragraphs (lines), more than the"
        f" {MAX_SHOWN_BLOCKS:,} the reader can show."
    )


def test_an_archived_text_over_the_file_limit_is_refused_from_the_library(window: MainWindow) -> None:
    # An import stores a text of any size; a file that size is refused, and the reader freezes on it.
    archive = window.annotations.archive
    assert archive is not None
    text = "Eight drones struck the port. " * (MAX_ARTICLE_BYTES // 30 + 1)
    big = archive.open_article(article_from_text(text, source="big.txt"))
    assert not window.open_archived(big.article_id)
    assert window.tabs.count() == 0
    assert window.info_bar.message.text().endswith(": It is too large (20.1 MB); the limit is 20 MB.")


def test_a_web_address_on_the_clipboard_is_fetched(qtbot: QtBot, window: MainWindow, local_site: str) -> None:
    # Copying a link in a browser leaves its address on the clipboard: the reader wants the
    # page, not an article whose text is the address.
    QApplication.clipboard().setText(f"  {local_site}/article\n")
    with qtbot.waitSignal(window.articleShown, timeout=ANALYSIS_TIMEOUT_MS):
        window.paste_action.trigger()
    assert window.article is not None and window.article.source == local_site + "/article"
    assert "Mayor Elena Vasquez said" in window.reader.text


def drop_on(window: MainWindow, mime: QMimeData) -> bool:
    """Drag ``mime`` over the window and drop it there, as a drag from another program does;
    whether the window accepted the drag."""
    entered = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(entered)
    if entered.isAccepted():
        window.dropEvent(
            QDropEvent(
                QPointF(10, 10),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
    return entered.isAccepted()


def test_a_link_dropped_from_a_browser_is_fetched(qtbot: QtBot, window: MainWindow, local_site: str) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl(local_site + "/article")])
    mime.setText(local_site + "/article")
    with qtbot.waitSignal(window.articleShown, timeout=ANALYSIS_TIMEOUT_MS):
        assert drop_on(window, mime)
    assert window.article is not None and window.article.source == local_site + "/article"
    assert "Mayor Elena Vasquez said" in window.reader.text


def test_dropped_text_becomes_an_article(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("Officials in Kyiv said Volodymyr Zelensky would speak on Friday.")
    with qtbot.waitSignal(window.articleShown, timeout=ANALYSIS_TIMEOUT_MS):
        assert drop_on(window, mime)
    assert window.reader.text.startswith("Officials in Kyiv")


def test_a_drop_of_nothing_that_opens_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("mailto:editor@example.org")])
    assert not drop_on(window, mime)
