"""Work split with ``at_next_turn`` lets the timers that came due meanwhile run in between (a
call posted with ``QTimer.singleShot(0, ...)`` would not)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop.ui.turns import at_next_turn


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_a_timer_due_during_the_first_piece_runs_before_the_second(qtbot: QtBot) -> None:
    order: list[str] = []
    context = QObject()
    ticking = QTimer()
    ticking.setTimerType(Qt.TimerType.PreciseTimer)
    ticking.setInterval(5)
    ticking.timeout.connect(lambda: order.append("tick"))

    def first() -> None:
        order.append("first")
        _busy(0.02)  # the ticking timer comes due meanwhile
        at_next_turn(context, lambda: order.append("second"))

    ticking.start()
    QTimer.singleShot(0, first)
    qtbot.waitUntil(lambda: "second" in order)
    ticking.stop()
    after_first = order[order.index("first") + 1 :]
    assert after_first[0] == "tick"
    assert "second" in after_first


def test_nothing_runs_for_a_context_deleted_first(qtbot: QtBot) -> None:
    called: list[bool] = []
    context = QObject()
    at_next_turn(context, lambda: called.append(True))
    context.deleteLater()
    qtbot.wait(20)
    assert called == []
