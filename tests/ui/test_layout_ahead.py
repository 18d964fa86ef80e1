"""A long text laid out in slices ahead of Qt: to its end, as Qt lays it out, its size reported."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from desktop.ui.layout_ahead import LINES_PER_REQUEST, LayoutAhead

PARAGRAPH = "The council met on Tuesday to agree the harbour budget, line by line and item by item. " * 4


def _text(lines: int) -> str:
    return "\n".join(f"{number}. {PARAGRAPH}" for number in range(lines))


def _view(qtbot: QtBot) -> QTextBrowser:
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    return view


def test_the_whole_text_is_laid_out_as_qt_lays_it_out_and_its_size_reported(qtbot: QtBot) -> None:
    view, in_one_go = _view(qtbot), _view(qtbot)
    layout = view.document().documentLayout()
    ahead = LayoutAhead(view.document())
    reported: list[float] = []
    layout.documentSizeChanged.connect(lambda size: reported.append(size.height()))
    view.setPlainText(_text(60 * LINES_PER_REQUEST))
    ahead.start()
    assert ahead.pending
    qtbot.waitUntil(lambda: not ahead.pending)
    last = view.document().lastBlock()
    assert last.layout().lineCount() > 0  # laid out without anyone asking for the whole size
    in_one_go.setPlainText(view.toPlainText())
    full_height = in_one_go.document().documentLayout().documentSize().height()
    qtbot.waitUntil(lambda: bool(reported) and reported[-1] == full_height)  # the scrollbar learns it
    assert layout.documentSize().height() == full_height
    assert layout.blockBoundingRect(last) == in_one_go.document().documentLayout().blockBoundingRect(
        in_one_go.document().lastBlock()
    )


def test_a_new_text_meanwhile_is_laid_out_from_its_start(qtbot: QtBot) -> None:
    view = _view(qtbot)
    ahead = LayoutAhead(view.document())
    view.setPlainText(_text(400))
    ahead.start()
    view.setPlainText(_text(30))  # another article before the first was laid out
    ahead.start()
    qtbot.waitUntil(lambda: not ahead.pending)
    assert view.document().blockCount() == 30
    assert view.document().lastBlock().layout().lineCount() > 0
    # Qt's own steps and size reports flow again once the text is laid out.
    layout = view.document().documentLayout()
    with qtbot.waitSignal(layout.documentSizeChanged):
        view.setPlainText(_text(300))
    assert view.verticalScrollBar().maximum() > 0
