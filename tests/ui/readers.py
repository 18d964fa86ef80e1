"""A bare reader view for the tests of the reader's own behaviour (no main window)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.reader import ReaderView


def new_reader(qtbot: QtBot, width: int, height: int) -> ReaderView:
    """A ReaderView of ``width`` × ``height``, shown, closed with the test."""
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(width, height)
    reader.show()
    return reader
