"""Running the Qt event loop from a benchmark script: for a while, or until a signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance


def settle(ms: int) -> None:
    """Run the event loop for ``ms`` (layout, highlighting and background replies catch up)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(
    signal: SignalInstance, timeout_ms: int, start: Callable[[], object] | None = None, then_ms: int = 0
) -> None:
    """Call ``start`` (if any), then run the event loop until ``signal`` fires and ``then_ms``
    more, or ``timeout_ms`` pass."""
    loop = QEventLoop()
    signal.connect(lambda *_args: QTimer.singleShot(then_ms, loop.quit))
    QTimer.singleShot(timeout_ms, loop.quit)
    if start is not None:
        start()
    loop.exec()
