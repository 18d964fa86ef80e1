"""Article versions through the real window: the info bar saying an article changed since it was
read, the Changes Since You Read It window, Reload from Web, and the Library's mark."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.ui.library_models import CHANGED_MARK, ArticlesModel
from desktop.ui.main_window import MainWindow
from desktop.ui.version_changes_window import REMOVED_COLOURS, VersionChangesWindow
from tests.changing_site import changing_site
from tests.store.knowledge_stories import KYIV_POST, KYIV_POST_EDITED, STORY
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS
from tests.ui.screenshots import checked_screenshot, dark_palette

WAIT_MS = 20_000
KYIV = STORY[0]
KYIV_EDITED = replace(KYIV, text=KYIV_POST_EDITED)
QUOTE = "We will rebuild every station"


def show_and_wait(qtbot: QtBot, window: MainWindow, article: Article) -> None:
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.show_article(article)


def rows(tree: QTreeWidget) -> dict[str, list[QTreeWidgetItem]]:
    """Each group's heading (without its count) and its rows."""
    found: dict[str, list[QTreeWidgetItem]] = {}
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        assert group is not None
        children = [group.child(row) for row in range(group.childCount())]
        found[group.text(0).rsplit(" (", 1)[0]] = [child for child in children if child is not None]
    return found


def show_changes(qtbot: QtBot, window: MainWindow) -> VersionChangesWindow:
    info_bar = window.info_bar
    qtbot.waitUntil(lambda: info_bar.isVisible() and "changed since you read it" in info_bar.message.text())
    assert info_bar.action_button.isVisible() and info_bar.action_button.text() == "Show Changes"
    versions = window.versions
    with qtbot.waitSignal(versions.changes_window.changesShown, timeout=WAIT_MS):
        info_bar.action_button.click()
    assert versions.changes_window.isVisible()
    return versions.changes_window


@pytest.fixture
def edited_window(qtbot: QtBot, window: MainWindow) -> Iterator[MainWindow]:
    """The Kyiv Post's story read with a highlight on its quote, then its edited version opened."""
    show_and_wait(qtbot, window, KYIV)
    assert not window.versions.changes_action.isEnabled()  # one version: nothing to compare
    archive, article_id = window.annotations.archive, window.annotations.article_id
    assert archive is not None and article_id is not None
    start = KYIV_POST.index(QUOTE)
    archive.add_highlight(article_id, start, start + len(QUOTE), note="their promise")
    show_and_wait(qtbot, window, KYIV_EDITED)
    yield window


def test_a_changed_article_says_so_and_shows_what_changed(qtbot: QtBot, edited_window: MainWindow) -> None:
    window = edited_window
    assert window.tabs.count() == 1  # the new version took its earlier version's tab
    info_bar = window.info_bar
    qtbot.waitUntil(lambda: "1 highlight could not be placed" in info_bar.message.text())
    changes_window = show_changes(qtbot, window)
    assert not info_bar.isVisible()  # Show Changes dismissed it
    groups = rows(changes_window.called_out)
    assert [row.text(0) for row in groups["Figures"]] == [
        "the number of people changed from 6 to 8 (“six people” → “eight people”)"
    ]
    assert [row.text(0) for row in groups["Quotes and statements"]] == [
        "quote from Volodymyr Zelensky removed"
    ]
    assert [row.text(0) for row in groups["Sources"]] == [
        "source changed from air force to defence ministry: “Russia launched 113 drones at Ukraine overnight”"
    ]
    assert [row.text(0) for row in groups["Highlights not placed on the new text"]] == [
        f"“{QUOTE}” — their promise"
    ]
    sentences = changes_window.sentences.toPlainText()
    assert "Removed" in sentences and QUOTE in sentences
    heading = changes_window.heading
    assert "Version 1" in heading.text() and "version 2" in heading.text()
    qtbot.waitUntil(lambda: heading.height() >= heading.heightForWidth(heading.width()))  # laid out
    checked_screenshot(
        changes_window, "version-changes.png", changes_window.called_out, changes_window.sentences
    )
    # The marks follow the desktop from light to dark.
    changes_window.setPalette(dark_palette())
    assert REMOVED_COLOURS[1][1] in changes_window.sentences.toHtml()
    # Choosing a change selects it in the text being read.
    changes_window.called_out.itemClicked.emit(groups["Figures"][0], 0)
    selected = window.reader.selected_range()
    assert selected is not None and window.reader.text[selected[0] : selected[1]] == "eight people"


def test_the_changes_are_also_in_the_article_menu_with_their_shortcut(
    qtbot: QtBot, edited_window: MainWindow
) -> None:
    window = edited_window
    action = window.versions.changes_action
    qtbot.waitUntil(action.isEnabled)
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    [article_menu] = [menu.menu() for menu in window.menuBar().actions() if menu.text() == "A&rticle"]
    assert isinstance(article_menu, QMenu)
    assert {action, window.versions.reload_action} <= set(article_menu.actions())
    with qtbot.waitSignal(window.versions.changes_window.changesShown, timeout=WAIT_MS) as shown:
        action.trigger()
    assert shown.args[0].old_version == 1 and shown.args[0].new_version == 2


def test_the_library_marks_an_article_changed_since_it_was_read(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    show_and_wait(qtbot, window, KYIV)
    show_and_wait(qtbot, window, STORY[1])
    # Another program (reading-assistant add) archives the outlet's edit.
    with Archive(archive_file) as other:
        other.open_article(KYIV_EDITED, read=False)
    window.open_library()
    library = window.library
    assert library is not None
    with qtbot.waitSignal(library.articlesLoaded, timeout=WAIT_MS):
        library.refresh()
    model = library.articles.model
    marks = {
        model.record(row).title: model.cells(row)[ArticlesModel.CHANGED] for row in range(model.rowCount())
    }
    assert marks == {KYIV.title: CHANGED_MARK, STORY[1].title: ""}
    model.sort(ArticlesModel.CHANGED, Qt.SortOrder.DescendingOrder)
    assert model.record(0).title == KYIV.title
    assert "changed since you last read it" in model.data(
        model.index(0, ArticlesModel.CHANGED), Qt.ItemDataRole.ToolTipRole
    )
    # Opened from the Library: the window says what changed; the mark is gone.
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_archived(model.record(0).id)
    show_changes(qtbot, window)
    with qtbot.waitSignal(library.articlesLoaded, timeout=WAIT_MS):
        library.refresh()
    assert all(not library.articles.model.record(row).changed_since_read for row in range(model.rowCount()))


@pytest.fixture
def site() -> Iterator[tuple[str, list[str]]]:
    with changing_site(KYIV_POST) as served:
        yield served


def test_reload_from_web_says_unchanged_or_opens_the_new_version(
    qtbot: QtBot, window: MainWindow, site: tuple[str, list[str]]
) -> None:
    url, pages = site
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_url(url)
    reload_action = window.versions.reload_action
    assert reload_action.isEnabled() and reload_action.shortcut().toString() == "F5"
    with qtbot.waitSignal(window.versions.reloadFinished, timeout=WAIT_MS) as finished:
        reload_action.trigger()
    assert finished.args == [f"{url} is unchanged since you opened it."]
    pages.append(KYIV_POST_EDITED)
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        reload_action.trigger()
    assert window.tabs.count() == 1 and window.reader.text == KYIV_POST_EDITED
    changes_window = show_changes(qtbot, window)
    assert changes_window.changes is not None and len(changes_window.changes.figures) == 1


def test_reload_is_off_for_an_article_not_from_the_web(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(KYIV_POST, encoding="utf-8")
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(path)
    assert not window.versions.reload_action.isEnabled()


def test_an_article_read_since_it_changed_still_says_which_highlights_wait_under_orphans(
    qtbot: QtBot, edited_window: MainWindow
) -> None:
    window = edited_window
    qtbot.waitUntil(lambda: "1 highlight could not be placed" in window.info_bar.message.text())
    window.close_document(0)  # read in this version now
    show_and_wait(qtbot, window, KYIV_EDITED)
    qtbot.waitUntil(
        lambda: (
            window.info_bar.message.text()
            == "The text changed since you last read it: 1 highlight could not be placed on the new text;"
            " they are kept under Orphans in the Notes tab."
        )
    )
