"""H and Ctrl+H highlight the reader's selection wherever the focus is in the window (after a
click on a claim, an entity or a figure selected its passage), yet never take a typed "h" from
a text field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.plain_text import strip_span
from desktop.store.archive import Archive
from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait, select_passage

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"
PASSAGE = "corrosion in more than a third of its steel cables"


def _stored(archive_file: Path) -> list[tuple[int, int]]:
    with Archive(archive_file, read_only=True) as archive:
        (entry,) = archive.list_articles()
        return [(h.start, h.end) for h in archive.highlights(entry.id)]


def _first_leaf(view: QAbstractItemView) -> QModelIndex:
    """The first row without children: a claim under its source, an entity under its label."""
    model = view.model()
    index = model.index(0, 0)
    while model.hasChildren(index):
        index = model.index(0, 0, index)
    assert index.isValid()
    return index


def _click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    if isinstance(view, QTreeView):
        view.expandAll()
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    qtbot.waitUntil(view.hasFocus)


def _panel_view(window: MainWindow, panel: str) -> tuple[QWidget, QAbstractItemView]:
    views: dict[str, tuple[QWidget, QAbstractItemView]] = {
        "claims": (window.claims_panel, window.claims_panel.tree),
        "entities": (window.entities_panel, window.entities_panel.tree),
        "figures": (window.figures_panel, window.figures_panel.table),
    }
    return views[panel]


@pytest.mark.parametrize(
    ("panel", "modifier"),
    [
        ("claims", Qt.KeyboardModifier.NoModifier),
        ("entities", Qt.KeyboardModifier.ControlModifier),
        ("figures", Qt.KeyboardModifier.NoModifier),
    ],
)
def test_h_highlights_what_a_click_in_the_side_panel_selected(
    qtbot: QtBot, window: MainWindow, archive_file: Path, panel: str, modifier: Qt.KeyboardModifier
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    page, view = _panel_view(window, panel)
    window.side_tabs.setCurrentWidget(page)
    assert not window.annotator.highlight_action.isEnabled()  # nothing selected yet
    _click(qtbot, view, _first_leaf(view))
    selection = window.reader.selected_range()
    assert selection is not None
    assert window.annotator.highlight_action.isEnabled()

    QTest.keyClick(view, Qt.Key.Key_H, modifier)

    assert view.hasFocus()
    assert _stored(archive_file) == [strip_span(window.reader.text, *selection)]


def test_n_from_the_side_panel_highlights_and_opens_the_note(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    window.side_tabs.setCurrentWidget(window.claims_panel)
    _click(qtbot, window.claims_panel.tree, _first_leaf(window.claims_panel.tree))
    selection = window.reader.selected_range()
    assert selection is not None
    QTest.keyClick(window.claims_panel.tree, Qt.Key.Key_N)
    assert _stored(archive_file) == [strip_span(window.reader.text, *selection)]
    assert window.side_tabs.currentWidget() is window.notes_panel


def test_h_on_a_highlight_already_there_adds_no_second_one(
    qtbot: QtBot, window: MainWindow, archive_file: Path
) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    start = select_passage(window, PASSAGE)
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_H)
    window.reader.select_range(start, start + len(PASSAGE))
    QTest.keyClick(window.reader, Qt.Key.Key_H)
    assert _stored(archive_file) == [(start, start + len(PASSAGE))]


def _text_of(field: QLineEdit | QPlainTextEdit) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def test_typing_h_in_a_text_field_types_it(qtbot: QtBot, window: MainWindow, archive_file: Path) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    select_passage(window, PASSAGE)
    window.annotator.highlight_selection()
    # The note editor and the tags field are open on that highlight, while the reader has
    # another selection that H would highlight.
    (highlight,) = window.annotations.highlights
    window.side_tabs.setCurrentWidget(window.notes_panel)
    window.notes_panel.select_highlight(highlight.id)
    other = window.reader.text.index("Mayor Elena Vasquez")
    window.reader.select_range(other, other + len("Mayor Elena Vasquez"))
    assert window.annotator.highlight_action.isEnabled()
    window.find_action.trigger()

    fields_by_page: list[tuple[QWidget, list[QLineEdit | QPlainTextEdit]]] = [
        (
            window.notes_panel,
            [*window.notes_panel.findChildren(QLineEdit), *window.notes_panel.findChildren(QPlainTextEdit)],
        ),
        (window.claims_panel, [window.claims_panel.search_edit]),
        (window.entities_panel, [window.entities_panel.filter_edit]),
        (window.figures_panel, [window.figures_panel.filter_edit]),
        (window.notes_panel, [window.find_bar.field]),
    ]
    typed_in: list[str] = []
    for page, fields in fields_by_page:
        window.side_tabs.setCurrentWidget(page)
        for field in fields:
            if not field.isVisibleTo(window) or not field.isEnabled() or field.isReadOnly():
                continue
            field.setFocus()
            qtbot.waitUntil(field.hasFocus)
            QTest.keyClicks(field, "hH")
            assert "hH" in _text_of(field), field.objectName() or type(field).__name__
            field.clear()
            typed_in.append(type(field).__name__)
            assert len(_stored(archive_file)) == 1
    # The find field, the tags field, the note editors and the three search boxes at least.
    assert typed_in.count("QLineEdit") >= 5
    assert len(typed_in) >= 6
