"""One name and the same metadata for an article everywhere in the real window: tab, window
title, header, Open Recent, Library; Article ▸ Properties; Copy Citation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.article import Article, article_name
from desktop.core.citation import display_date
from desktop.ui import article_header
from desktop.ui.citations import MARKDOWN_MIME
from desktop.ui.library_models import ArticlesModel
from desktop.ui.main_window import WINDOW_TITLE, MainWindow
from desktop.ui.properties_dialog import PropertiesDialog
from tests.conftest import REPO_ROOT, SHARED_DIR
from tests.core.test_html_metadata import page_meta, words
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, open_and_wait
from tests.ui.test_claims_panel import row_of

PAGE = """<!doctype html><html><head><title>Bridge to close for repairs | Harbour Times</title>
<meta property="og:title" content="Bridge to close for repairs">
<meta property="og:site_name" content="Harbour Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://harbour.example/news/bridge">
</head><body><article><h1>Bridge to close for repairs</h1>
<p>The harbour bridge will close for repairs next month, the council said on Tuesday.</p>
<p>"We have waited long enough," said Mayor Ana Lima. About 31,000 vehicles a day cross it,
and the works will cost 12 million euros over 18 months.</p>
<p>Ferries will run every 20 minutes while the bridge is closed, the transport office said.</p>
</article></body></html>"""
NEWS_PAGES = SHARED_DIR / "articles" / "news-html"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "bridge <draft>.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def open_shown(qtbot: QtBot, window: MainWindow, path: Path) -> Article:
    with qtbot.waitSignal(window.articleShown, timeout=ANALYSIS_TIMEOUT_MS) as shown:
        window.open_path(path)
    article = shown.args[0]
    assert isinstance(article, Article)
    return article


def test_the_article_has_one_name_and_its_metadata_in_tab_title_header_and_recent(
    qtbot: QtBot, window: MainWindow, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = open_shown(qtbot, window, page)
    assert window.tabs.tabText(0) == "Bridge to close for repairs"
    assert window.windowTitle() == f"Bridge to close for repairs — {WINDOW_TITLE}"
    header = window.header.text()
    assert "Harbour Times" in header and "Jane Doe" in header and "March 5, 2024" in header
    assert '<a href="https://harbour.example/news/bridge">' in header
    # The local path only in the tooltip, shown as written (not as a tag).
    assert "bridge &lt;draft&gt;.html" in window.header.toolTip()
    assert not window.header.openExternalLinks()
    opened: list[str] = []

    def open_link(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(article_header, "open_link", open_link)
    window.header.linkActivated.emit("https://harbour.example/news/bridge")
    assert opened == ["https://harbour.example/news/bridge"]
    window._fill_recent_menu()
    first = window.recent_menu.actions()[0]
    assert first.text() == "Bridge to close for repairs — Harbour Times"
    assert first.toolTip() == str(page.resolve())
    assert article.metadata["url"] == "https://harbour.example/news/bridge"


def test_an_untitled_article_is_named_by_the_rule_in_tab_title_and_library(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "ferry-timetable.txt"
    # A first line that is a sentence, not a headline: the file's name names the article.
    path.write_text("Ferries run every twenty minutes from the north quay, and later on Sundays.\n")
    open_shown(qtbot, window, path)
    assert window.tabs.tabText(0) == "ferry-timetable"
    assert window.windowTitle() == f"ferry-timetable — {WINDOW_TITLE}"
    window.open_library()
    library = window.library
    assert library is not None
    qtbot.waitUntil(lambda: library.articles.model.rowCount() == 1)
    titles = [
        library.articles.model.cell(entry, ArticlesModel.TITLE) for entry in library.articles.model.records()
    ]
    assert titles == ["ferry-timetable"]


def test_library_columns_show_outlet_author_and_date_and_sort_by_them(
    qtbot: QtBot, window: MainWindow, page: Path, tmp_path: Path
) -> None:
    open_shown(qtbot, window, page)
    other = tmp_path / "other.md"
    other.write_text(
        "---\ntitle: Ferry fares rise\nauthor: Zoe Quay\nsite: Ahead Daily\ndate: 2023-01-02\n---\n\nFares rise.\n"
    )
    open_shown(qtbot, window, other)
    window.open_library()
    library = window.library
    assert library is not None
    model = library.articles.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert model.HEADERS[:6] == ("Title", "Outlet", "Author", "Published", "Added", "Last opened")
    proxy = library.articles.proxy

    def column(number: int) -> list[str]:
        return [str(proxy.index(row, number).data()) for row in range(proxy.rowCount())]

    library.articles.view.sortByColumn(ArticlesModel.SITE, Qt.SortOrder.AscendingOrder)
    assert column(ArticlesModel.SITE) == ["Ahead Daily", "Harbour Times"]
    assert column(ArticlesModel.AUTHOR) == ["Zoe Quay", "Jane Doe"]
    assert column(ArticlesModel.PUBLISHED) == ["January 2, 2023", "March 5, 2024"]
    library.articles.view.sortByColumn(ArticlesModel.AUTHOR, Qt.SortOrder.AscendingOrder)
    assert column(ArticlesModel.TITLE) == ["Bridge to close for repairs", "Ferry fares rise"]


def fill_dialog(qtbot: QtBot, values: dict[str, str], seen: list[str]) -> None:
    """Fill the Properties dialog once it shows, then press OK (or Cancel if OK is disabled)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PropertiesDialog):
            QTimer.singleShot(20, fill)
            return
        for key, value in values.items():
            field = dialog.fields[key]
            assert isinstance(field, QLineEdit)
            field.setText(value)
        seen.append(dialog.problem.text())
        if dialog.ok_button.isEnabled():
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, fill)


def test_properties_are_validated_saved_searched_undone_and_kept_on_reopening(
    qtbot: QtBot, window: MainWindow, page: Path
) -> None:
    open_shown(qtbot, window, page)
    archive = window.annotations.archive
    article_id = window.annotations.article_id
    assert archive is not None and article_id is not None
    problems: list[str] = []
    fill_dialog(qtbot, {"published": "5 March 2024", "url": "javascript:alert(1)"}, problems)
    window.properties.action.trigger()
    assert "2024-03-05" in problems[0] and "https://" in problems[0]
    assert archive.load_article(article_id).metadata["author"] == "Jane Doe"  # refused: nothing saved
    fill_dialog(
        qtbot, {"title": "Harbour bridge shuts", "author": "Ana Lima", "published": "2024-03-06"}, problems
    )
    window.properties.action.trigger()
    assert problems[1] == ""
    stored = archive.load_article(article_id)
    assert (stored.title, stored.metadata["author"], stored.metadata["published"]) == (
        "Harbour bridge shuts",
        "Ana Lima",
        "2024-03-06",
    )
    assert window.tabs.tabText(0) == "Harbour bridge shuts"
    assert window.windowTitle().startswith("Harbour bridge shuts — ")
    assert "Ana Lima" in window.header.text() and "March 6, 2024" in window.header.text()
    assert [hit.article_id for hit in archive.search("Lima")] == [article_id]
    # Undo gives back what the page said, in the archive and on screen; redo the correction.
    window.annotator.undo_action.trigger()
    assert archive.load_article(article_id).title == "Bridge to close for repairs"
    assert window.tabs.tabText(0) == "Bridge to close for repairs"
    assert "Jane Doe" in window.header.text()
    window.annotator.redo_action.trigger()
    assert window.tabs.tabText(0) == "Harbour bridge shuts"
    # Opening the page's file again keeps the correction.
    window.close_document(0)
    open_shown(qtbot, window, page)
    assert window.tabs.tabText(0) == "Harbour bridge shuts"
    assert "Ana Lima" in window.header.text()


def test_properties_dialog_starts_from_the_article_and_names_blank_titles(qtbot: QtBot) -> None:
    article = Article("Words of a pasted note.", None, "/tmp/pasted.txt", metadata={"site": "Quay"})
    dialog = PropertiesDialog(article)
    qtbot.addWidget(dialog)
    assert dialog.fields["title"].text() == "" and dialog.fields["title"].placeholderText() == "pasted"
    assert dialog.fields["site"].text() == "Quay"
    dialog.fields["url"].setText("ftp://quay.example")
    assert not dialog.ok_button.isEnabled() and dialog.problem.isVisibleTo(dialog)
    dialog.fields["url"].setText("https://quay.example/a")
    assert dialog.ok_button.isEnabled()
    assert dialog.properties().metadata == {
        "author": "",
        "site": "Quay",
        "published": "",
        "url": "https://quay.example/a",
    }
    assert dialog.result() == QDialog.DialogCode.Rejected


def clipboard_flavours() -> tuple[str, str]:
    mime = QApplication.clipboard().mimeData()
    assert mime is not None and mime.hasFormat(MARKDOWN_MIME)
    return mime.text(), bytes(mime.data(MARKDOWN_MIME).data()).decode("utf-8")


def test_copy_citation_of_a_highlight_a_claim_and_a_figure(
    qtbot: QtBot, window: MainWindow, page: Path
) -> None:
    open_and_wait(qtbot, window, page)
    text = window.reader.text
    passage = "Ferries will run every 20 minutes"
    start = text.index(passage)
    window.reader.select_range(start, start + len(passage))
    window.annotator.highlight_selection()
    window.reader.place_caret(0)
    # The context menu quotes the highlight under the pointer.
    window.citations.copy_at(start + 3)
    plain, markdown = clipboard_flavours()
    reference = "Jane Doe, “Bridge to close for repairs,” Harbour Times, March 5, 2024"
    assert plain == f"“{passage}”\n— {reference}, https://harbour.example/news/bridge."
    assert markdown.startswith(
        f"> {passage}\n>\n> — Jane Doe, “[Bridge to close for repairs](https://harbour.example"
    )
    # Ctrl+Shift+C in the reader quotes the selection.
    selected = "the council said on Tuesday"
    at = text.index(selected)
    window.reader.select_range(at, at + len(selected))
    window.reader.setFocus()
    QApplication.clipboard().clear()
    window.citations.action.trigger()
    assert clipboard_flavours()[0].startswith(f"“{selected}”\n— {reference}")

    claims = window.claims_panel
    claim = next(
        claim for group in claims.model.groups for claim in group.claims if "waited long enough" in claim.text
    )
    claims.select(row_of(claims, claim))
    QApplication.clipboard().clear()
    claims.copy_citation()
    plain, markdown = clipboard_flavours()
    # The speaker's own quotation marks turn single inside the citation's.
    assert plain.startswith(f"“'We have waited long enough,' said Mayor Ana Lima.”\n— {reference}")
    assert markdown.splitlines()[-1].startswith("> — Jane Doe, “[Bridge to close")
    # Copy as sentence names the outlet, not the file it was opened from.
    assert claims.citations([claim]).endswith("(via “Bridge to close for repairs”, Harbour Times)")

    figures = window.figures_panel
    figures.table.selectRow(0)
    QApplication.clipboard().clear()
    figures.cite_action.trigger()
    plain, _ = clipboard_flavours()
    figure = figures.selected_figures()[0]
    assert plain.startswith(f"“{' '.join(figure.sentence.text.split())}”\n— {reference}")


@pytest.mark.skipif(not NEWS_PAGES.is_dir(), reason="../shared/articles/news-html is not here")
def test_shared_news_pages_show_their_headline_outlet_and_date(qtbot: QtBot, window: MainWindow) -> None:
    pages = sorted(NEWS_PAGES.glob("*.html"))
    assert len(pages) == 10
    for index, path in enumerate(pages):
        article = open_shown(qtbot, window, path)
        name = article_name(article.title, article.source, article.text)
        headline = page_meta(path).get("og:title", "")
        if headline:
            assert words(headline)[: len(words(name))] == words(name)
        assert window.tabs.tabText(index).rstrip("…")[:30] == name[:30].replace("&", "&&")[:30]
        assert window.windowTitle() == f"{name} — {WINDOW_TITLE}"
        header = window.header.text()
        assert article.metadata["site"].split()[0] in header
        assert display_date(article.metadata["published"]) in header


EXIT_SCRIPT = """
from PySide6.QtWidgets import QApplication
from desktop.core.article import Article
from desktop.ui.citations import copy_citations

app = QApplication([])
article = Article("Some words here.", "Title", metadata={"site": "Outlet"})
copy_citations(article, [("Some words", 0)])
copy_citations(article, [("words here", 5)])
assert QApplication.clipboard().mimeData().hasFormat("text/markdown")
"""


def test_a_citation_left_on_the_clipboard_does_not_crash_the_exit() -> None:
    """The clipboard would delete the Python-made QMimeData after the interpreter is gone."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run(
        [sys.executable, "-c", EXIT_SCRIPT], cwd=REPO_ROOT, env=environment, capture_output=True, timeout=120
    )
    assert finished.returncode == 0, finished.stderr.decode(errors="replace")[-2000:]
