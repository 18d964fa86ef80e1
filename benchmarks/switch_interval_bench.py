"""How long the Library's table of 10,000 articles takes to repaint while a background thread of
the window's process is busy in Python (reading rows, indexing, unpacking an analysis), with
Python's default switch interval (5 ms) and with the window's (``WINDOW_SWITCH_INTERVAL_S``).

Run from the project root:  .venv/bin/python -m benchmarks.switch_interval_bench
(``LIBRARY_BENCH_ARCHIVE=PATH`` reuses the archive ``library_window_bench`` built there.)
Prints the median and worst repaint of each case. Qt calls into Python for every cell it paints,
and each call waits for the interpreter lock until the busy thread's interval runs out.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.library_window_bench import ENV_PATH, ensure_archive, open_once
from desktop.ui.app import WINDOW_SWITCH_INTERVAL_S

REPAINTS = 40
PYTHON_DEFAULT_S = 0.005


def repaint_ms(view: QWidget) -> list[float]:
    times = []
    for _ in range(REPAINTS):
        began = time.perf_counter()
        view.repaint()
        times.append((time.perf_counter() - began) * 1000)
    return times


def busy_in_python(stop: threading.Event) -> None:
    count = 0
    while not stop.is_set():
        count += 1


def measure(path: Path) -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    _populated, _painted, window = open_once(app, path)
    view = window.articles.view.viewport()
    cases = [
        ("no background thread", False, PYTHON_DEFAULT_S),
        ("a thread busy in Python, default 5 ms interval", True, PYTHON_DEFAULT_S),
        (
            f"a thread busy in Python, the window's {WINDOW_SWITCH_INTERVAL_S * 1000:g} ms",
            True,
            WINDOW_SWITCH_INTERVAL_S,
        ),
    ]
    for label, busy, interval in cases:
        sys.setswitchinterval(interval)
        stop = threading.Event()
        thread = threading.Thread(target=busy_in_python, args=(stop,), daemon=True)
        if busy:
            thread.start()
        times = repaint_ms(view)
        stop.set()
        if busy:
            thread.join()
        print(f"table repaint, {label}: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms")
    window.shutdown()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication: no display needed
    configured = os.environ.get(ENV_PATH)
    if configured:
        ensure_archive(Path(configured))
        measure(Path(configured))
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library-bench.sqlite3"
        ensure_archive(path)
        measure(path)


if __name__ == "__main__":
    main()
