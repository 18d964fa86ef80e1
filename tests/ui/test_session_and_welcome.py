"""Session restore (the tabs open at quit come back at their reading positions) and the welcome
page shown with nothing open."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.archive import Archive
from desktop.store.exporters import to_web_annotation
from desktop.ui.main_window import MainWindow
from desktop.ui.session_restore import restore_open_articles
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import make_window, window_from
from tests.ui.screenshots import assert_not_uniform, assert_shown_whole, save_screenshot

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def _write_article(tmp_path: Path, name: str, title: str, paragraphs: int) -> Path:
    body = "\n\n".join(f"Paragraph {i} of {title}. " + "Words to read here. " * 30 for i in range(paragraphs))
    path = tmp_path / name
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


def _show(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        window.open_path(path)


def test_welcome_page_offers_open_library_and_recent_titles(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.reading_stack.currentWidget() is window.welcome
    assert window.welcome.recent.isHidden(), "no recent list in an empty archive"
    first = _write_article(tmp_path, "first.txt", "The First Story", 3)
    _show(qtbot, window, first)
    assert window.reading_stack.currentWidget() is window.reader
    window.close_document(0)
    assert window.reading_stack.currentWidget() is window.welcome
    welcome = window.welcome
    titles = [welcome.recent.item(i).text() for i in range(welcome.recent.count())]
    assert titles == ["The First Story"]
    assert_shown_whole(
        window, welcome.open_button, welcome.open_url_button, welcome.library_button, welcome.recent
    )
    assert_not_uniform(save_screenshot(window, "welcome.png"))
    with qtbot.waitSignal(window.articleShown, timeout=10_000):
        welcome.recent.itemClicked.emit(welcome.recent.item(0))
    assert window.article is not None and window.article.title == "The First Story"


def _recent_titles(window: MainWindow) -> list[str]:
    return [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())]


def test_the_welcome_page_lists_articles_imported_or_deleted_while_it_is_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _show(qtbot, window, _write_article(tmp_path, "first.txt", "The First Story", 3))
    archive = window.annotations.archive
    assert archive is not None
    exported = tmp_path / "export.json"
    exported.write_text(to_web_annotation(archive.export_articles(), archive.colours()), encoding="utf-8")
    (first,) = archive.list_articles()
    window.close_document(0)
    assert _recent_titles(window) == ["The First Story"]
    # Deleted from the Library: once listed still, it could only fail to open.
    window.delete_archived_article(first.id)
    qtbot.waitUntil(lambda: not window.annotations.writes.busy)
    assert _recent_titles(window) == []
    assert window.import_annotations(exported)
    assert window.annotation_import is not None
    with qtbot.waitSignal(window.annotation_import.succeeded, timeout=30_000):
        pass
    assert _recent_titles(window) == ["The First Story"]


def test_welcome_buttons_are_the_windows_commands(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.welcome.libraryRequested, timeout=1000):
        window.welcome.library_button.click()
    assert window.library is not None and window.library.isVisible()


def test_open_tabs_come_back_at_their_reading_positions(
    qtbot: QtBot, settings_file: Path, archive_file: Path, tmp_path: Path
) -> None:
    long_one = _write_article(tmp_path, "long.txt", "A Long Read", 80)
    short_one = _write_article(tmp_path, "short.txt", "A Short Read", 4)
    window = make_window(qtbot, settings_file, archive_file)
    _show(qtbot, window, long_one)
    _show(qtbot, window, short_one)
    window.tabs.setCurrentIndex(0)
    window.reader.scroll_to(len(window.reader.text) // 2)
    position = window.reader.top_position()
    assert position > 0
    window.close()

    with window_from(qtbot, settings_file, archive_file) as restored:
        assert restore_open_articles(restored) == 2
        qtbot.waitUntil(lambda: restored.tabs.count() == 2, timeout=10_000)
        qtbot.wait(50)
        assert [restored.tabs.tabText(i) for i in range(2)] == ["A Long Read", "A Short Read"]
        assert restored.article is not None and restored.article.title == "A Long Read"
        qtbot.waitUntil(lambda: abs(restored.reader.top_position() - position) < 200, timeout=5_000)
        # The other tab's position was not overwritten while the tabs were coming back.
        restored.tabs.setCurrentIndex(1)
        restored.tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: abs(restored.reader.top_position() - position) < 200, timeout=5_000)
    with Archive(archive_file) as archive:
        stored = {e.title: e.id for e in archive.list_articles()}
        assert archive.stored_article(stored["A Long Read"]).reading_position == position


def test_nothing_to_restore_after_closing_every_tab(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    window = make_window(qtbot, settings_file, archive_file)
    _show(qtbot, window, SAMPLE)
    window.close_document(0)
    window.close()
    with window_from(qtbot, settings_file, archive_file) as restored:
        assert restore_open_articles(restored) == 0
        assert restored.reading_stack.currentWidget() is restored.welcome
