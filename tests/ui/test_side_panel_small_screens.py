"""The side panel on a laptop: the Figures table fits without sideways scrolling and shows large
values readably, dates and numbers are listed in text order, tabs keep whole names at 1024 px."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.nlp.model import Entity
from desktop.ui.main_window import MainWindow
from desktop.ui.panels.entities_panel import MENTIONS_ROLE, group_entities
from desktop.ui.panels.figures_model import Column, readable_number
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import make_window, open_and_wait
from tests.ui.screenshots import assert_not_uniform, assert_shown_whole, save_screenshot

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
KEY_COLUMNS = (Column.FIGURE, Column.VALUE, Column.UNIT, Column.SI, Column.QUALIFIER)


def test_large_numbers_read_as_words() -> None:
    assert readable_number(20e9) == "20 billion"
    assert readable_number(1_200_000_000) == "1.2 billion"
    assert readable_number(1_234_567) == "1.23 million"
    assert readable_number(-3_500_000) == "-3.5 million"
    assert readable_number(999_999) == "999,999"
    assert readable_number(33.3333) == "33.33"


def test_figures_table_fits_a_1366_px_window(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    open_and_wait(qtbot, window, SAMPLE)
    window.side_tabs.setCurrentWidget(window.figures_panel)
    QApplication.processEvents()
    table = window.figures_panel.table
    assert table.horizontalScrollBar().maximum() == 0, "the table scrolls sideways"
    for column in KEY_COLUMNS:
        assert not table.isColumnHidden(column) and table.columnWidth(column) > 30, Column(column).name
    proxy = window.figures_panel.proxy
    rows = {proxy.index(r, Column.FIGURE).data(): r for r in range(proxy.rowCount())}
    billion = proxy.index(rows["$1.2 billion"], Column.VALUE)
    assert billion.data() == "1.2 billion"
    assert "Exact value: 1,200,000,000" in billion.data(Qt.ItemDataRole.ToolTipRole)
    small = proxy.index(rows["about 31,000 vehicles"], Column.VALUE)
    assert small.data() == "31,000"
    assert "Exact value" not in small.data(Qt.ItemDataRole.ToolTipRole)
    # The figure column shows "about 31,000 vehicles" whole.
    figure_width = table.fontMetrics().horizontalAdvance("about 31,000 vehicles")
    assert table.columnWidth(Column.FIGURE) > figure_width
    assert_not_uniform(save_screenshot(window, "figures-1366.png"))
    assert_shown_whole(window, table)


def test_dates_and_numbers_are_listed_in_text_order() -> None:
    mentions = [
        (10, "Tuesday", "DATE"),
        (30, "1964", "DATE"),
        (50, "March 3", "DATE"),
        (90, "March 3", "DATE"),
        (100, "two", "CARDINAL"),
        (110, "one", "CARDINAL"),
        (120, "one", "CARDINAL"),
        (130, "Okafor", "PERSON"),
        (140, "Vasquez", "PERSON"),
        (150, "Vasquez", "PERSON"),
    ]
    entities = [Entity(start, start + len(text), text, label) for start, text, label in mentions]
    groups = {g.label: list(g.members) for g in group_entities(entities)}
    assert groups["DATE"] == ["Tuesday", "1964", "March 3"]
    assert groups["CARDINAL"] == ["two", "one"]
    assert groups["PERSON"] == ["Vasquez", "Okafor"], "names stay most mentioned first"


def test_entities_panel_lists_dates_in_text_order(qtbot: QtBot, window: MainWindow) -> None:
    window.entities_panel.legend.checkboxes["DATE"].setChecked(True)  # off by default
    open_and_wait(qtbot, window, SAMPLE)
    model = window.entities_panel.model
    dates = next(model.item(r) for r in range(model.rowCount()) if model.item(r).text().startswith("Dates"))
    firsts = [dates.child(r).data(MENTIONS_ROLE)[0][0] for r in range(dates.rowCount())]
    assert len(firsts) > 2
    assert firsts == sorted(firsts)


def test_side_tabs_keep_whole_names_at_1024_px(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 640)
    window.splitter.setSizes([1024, 0])  # the user drags the panel as narrow as it goes
    QApplication.processEvents()
    bar = window.side_tabs.tabBar()
    assert window.splitter.sizes()[1] >= bar.sizeHint().width()
    assert_shown_whole(window, window.side_tabs, bar)
    for index in range(bar.count()):
        name = bar.tabText(index)
        assert bar.tabRect(index).width() > bar.fontMetrics().horizontalAdvance(name), name
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    assert_not_uniform(save_screenshot(window, "side-tabs-1024.png"))


@pytest.mark.usefixtures("large_text")
def test_at_large_text_the_window_can_be_made_narrow_and_the_side_panel_texts_fit(
    qtbot: QtBot, settings_file: Path, archive_file: Path
) -> None:
    window = make_window(qtbot, settings_file, archive_file)
    try:
        # The welcome page (hidden once an article is open) and long status messages must not
        # hold the window wide either.
        window.status_label.setText(f"Opening {'/a/long/folder' * 20}/article.txt…")
        open_and_wait(qtbot, window, SAMPLE)
        window.resize(800, 500)
        QApplication.processEvents()
        assert window.width() == 800
        legend = window.entities_panel.legend.toggle_button
        assert legend.width() >= legend.sizeHint().width(), f"{legend.text()!r} is cut"
        assert legend.text().startswith("Colour key")
        window.side_tabs.setCurrentWidget(window.claims_panel)
        QApplication.processEvents()
        summary = window.claims_panel.summary
        assert summary.height() >= summary.heightForWidth(summary.width()), "the claims summary is cut"
        assert_not_uniform(save_screenshot(window, "large-text-800x500.png"))
    finally:
        window.controller.shutdown()
        window.annotations.close()
