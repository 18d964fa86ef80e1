"""Work split across turns of the event loop, so that the window answers in between."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# Not 0: QTimer.singleShot(0, ...) posts the call as an event, and Qt delivers it in the same
# pass as the work that posted it, before the timers and input that came due meanwhile (two
# 30 ms pieces split by it still hold the window for 60 ms). A timer, even of 1 ms, waits in
# line behind them.
NEXT_TURN_MS = 1


def at_next_turn(context: QObject, call: Callable[[], object]) -> None:
    """Run ``call`` at the next turn of the event loop, after due timers, paints and input;
    not at all if ``context`` is deleted first."""
    QTimer.singleShot(NEXT_TURN_MS, context, call)
