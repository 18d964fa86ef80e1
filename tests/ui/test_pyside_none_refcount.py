"""Regression guard for PySide6 6.12.0 on CPython 3.11, which drops a reference to None on every
call of a Qt method returning nothing until the interpreter aborts ("none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument

CALLS = 100_000


def test_void_qt_calls_keep_none_alive() -> None:
    document = QTextDocument("Reading Assistant " * 10)
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        cursor.setPosition(i % 100)
    after = sys.getrefcount(None)
    # Other code may take or drop a few references meanwhile; a leak would be about CALLS.
    assert after >= before - 100
