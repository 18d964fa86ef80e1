"""The Compare Figures list as a model over the groups (rows made when drawn), the timeline of a
group too big to label, and the collector paused while a worker reads such groups."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.free_memory import no_cyclic_collection
from desktop.store.knowledge_records import ArchivedFigure, FigureGroup
from desktop.ui.compare_figures_model import CompareFiguresModel, compare_rows
from desktop.ui.figure_timeline import LABELLED_MARKS, TOOLTIP_LINES, FigureTimeline
from tests.ui.screenshots import assert_not_uniform, save_screenshot

FIRST_DAY = date(2026, 3, 1)


def figure(number: int, value: float, day: int) -> ArchivedFigure:
    """Figure ``number``: "<value> homes" in article ``number``, ``day`` days after the first."""
    text = f"{value:g} homes"
    sentence = f"The flood destroyed {text} in Riverton."
    return ArchivedFigure(
        id=number,
        article_id=100 + number,
        article_title=f"Flood report {number}",
        date=(FIRST_DAY + timedelta(days=day)).isoformat(),
        text=text,
        value=value,
        low=None,
        high=None,
        qualifier=None,
        topic="counts:homes",
        sentence=sentence,
        start=20,
        end=20 + len(text),
    )


def group(sizes: int, first: int = 0) -> FigureGroup:
    """``sizes`` figures of different values, a day apart."""
    return FigureGroup("counts:homes", tuple(figure(first + n, 10.0 + n, n) for n in range(sizes)))


@pytest.fixture
def model(qtbot: QtBot) -> CompareFiguresModel:
    model = CompareFiguresModel()
    model.set_groups(compare_rows([group(2), group(40, first=2), group(3, first=42)]))
    return model


def test_each_group_is_its_heading_then_its_figures(model: CompareFiguresModel) -> None:
    assert model.rowCount() == 3 + 2 + 40 + 3
    assert model.cells(0) == ("homes: 10 to 11", "", "2 figures", "")
    assert model.cells(1) == ("10 homes", "10", "Flood report 0", "2026-03-01")
    assert model.cells(3) == ("homes: 10 to 49", "", "40 figures", "")
    assert model.cells(4) == ("10 homes", "10", "Flood report 2", "2026-03-01")
    assert model.cells(47) == ("12 homes", "12", "Flood report 44", "2026-03-03")
    assert model.passage(3) is None
    assert model.passage(4) == (102, 20, 28)
    assert model.group_figures(3) == model.group_figures(43) == model.groups[1].figures
    assert model.group_figures(44) == model.groups[2].figures
    # The drawing's marks, made with the rows: one a figure here (dates and values differ).
    assert model.group_marks(44).marks == model.groups[2].figures
    assert model.group_marks(3).places[0] == (0.0, 0.0) and model.group_marks(3).places[-1] == (1.0, 1.0)
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(4, 0).data(Qt.ItemDataRole.ToolTipRole) == "The flood destroyed 10 homes in Riverton."
    alignment = model.index(4, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_an_amounts_heading_names_what_it_is_of_as_the_articles_write_it(qtbot: QtBot) -> None:
    revenues = tuple(
        replace(figure(n, value, n), text=text, topic="money:USD:revenue")
        for n, (value, text) in enumerate(((5.2e9, "$5.2 billion"), (4.8e9, "$4.8 billion")))
    )
    model = CompareFiguresModel()
    model.set_groups(compare_rows([FigureGroup("money:USD:revenue", revenues)]))
    assert model.cells(0) == ("revenue (USD): $4.8 billion to $5.2 billion", "", "2 figures", "")


def test_no_groups_no_rows(qtbot: QtBot) -> None:
    model = CompareFiguresModel()
    model.set_groups(compare_rows([]))
    assert model.rowCount() == 0


def test_a_group_too_big_to_label_is_drawn_as_dots(qtbot: QtBot) -> None:
    timeline = FigureTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(480, 170)
    big = group(LABELLED_MARKS * 3).figures
    # Each figure given twice (two outlets, same day, same value): one mark each.
    timeline.show_figures(big + big)
    assert len(timeline.points()) == len(big)
    tooltip = timeline.toolTip()
    assert tooltip.count("\n") == TOOLTIP_LINES
    assert tooltip.endswith(f"… and {2 * len(big) - TOOLTIP_LINES} more")
    assert_not_uniform(save_screenshot(timeline, "figure-timeline-many.png"))
    timeline.show_figures(())
    assert timeline.points() == []


def test_the_collector_is_off_while_any_worker_reads(qtbot: QtBot) -> None:
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        with no_cyclic_collection():
            inside.set()
            leave.wait()

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait()
    with no_cyclic_collection():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker still reads
    leave.set()
    thread.join()
    assert gc.isenabled()


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.disable()
    yield
    gc.enable()


def test_a_collector_that_was_off_stays_off(collector_off: None) -> None:
    with no_cyclic_collection():
        assert not gc.isenabled()
    assert not gc.isenabled()
