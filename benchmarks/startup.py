"""The app measured from the outside, in a process of its own (``QT_QPA_PLATFORM=offscreen``).

``python -m benchmarks.startup sample [FOLDER]`` launches the window as ``run_gui`` does (with
the settings and archive in FOLDER, else new ones), opens the sample
and reports (c) the seconds from launch to the first paint of the reader showing the text,
(d) to the first paint after the highlights were applied, and the memory (RSS) of the window's
process and of the analysis process a second later, idle. The launch moment is the parent's
``time.time()`` in the ``BENCH_LAUNCHED`` environment variable (the child cannot see its own
interpreter start). ``python -m benchmarks.startup long PATH`` waits for the pipeline, opens
``PATH`` and reports how long the text takes to show, the analysis, the worst event-loop stall and where it
happened (``benchmarks.stall_probe``), the slowest GUI calls, and (e) the peak memory: each
process's own peak (VmHWM), the window's and the analysis processes' (a bound on their sum's peak).
The result is one JSON object on standard output.

Qt is imported inside the functions: the analysis process imports this module (it is
``__main__``) and has no use for Qt.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.process_memory import tree_mb
from benchmarks.texts import SAMPLE, text_of_words
from desktop.nlp.analysis_process import close_shared_processes

if TYPE_CHECKING:
    from benchmarks.stall_probe import StallProbe
    from desktop.ui.main_window import MainWindow

# How long the window with the sample idles before its memory is read.
IDLE_SECONDS = 1.0
TIMEOUT_S = 300
# What the window does after each moment of the run, named in the stall report.
PHASE_AFTER = {
    "open_path returned": "reading and showing the text",
    "text painted": "analysing the text",
    "analysis finished": "storing and showing the analysis in steps",
    "analysis applied": "painting the highlights",
}


class Timeline:
    """Moments of the run, in seconds since launch, and the GUI calls worth timing."""

    def __init__(self, launched: float) -> None:
        self.launched = launched
        self.moments: dict[str, float] = {}
        self.calls: list[tuple[str, float, float]] = []  # name, started (since launch), seconds
        self.probe: StallProbe | None = None  # told the phase at each moment, once it runs

    def now(self) -> float:
        return time.time() - self.launched

    def mark(self, name: str) -> None:
        if name in self.moments:
            return
        self.moments[name] = self.now()
        if self.probe is not None and name in PHASE_AFTER:
            self.probe.phase(PHASE_AFTER[name])

    def time_calls(self, owner: object, name: str, label: str) -> None:
        """Replace ``owner.name`` by a wrapper that records how long each call takes."""
        method: Callable[..., Any] = getattr(owner, name)

        @functools.wraps(method)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = self.now()
            try:
                return method(*args, **kwargs)
            finally:
                self.calls.append((label, started, self.now() - started))

        setattr(owner, name, timed)


def build_window(timeline: Timeline, folder: Path) -> MainWindow:
    """The window as ``reading-assistant`` (``desktop.cli``, ``run_gui``) builds it."""
    from desktop.ui.early_start import APPLICATION, ORGANIZATION, prepare_before_qt

    prepare_before_qt()
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    # Throw-away settings and archive: the user's are left alone, and nothing is cached yet.
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    from desktop.ui.app import create_main_window

    timeline.mark("python and Qt imported")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    window = create_main_window(settings, archive_path=folder / "archive.sqlite3")

    class PaintWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.article is not None:
                timeline.mark("text painted")
                # The analysis is shown in steps; highlights count once the last step is done.
                if "analysis applied" in timeline.moments:
                    timeline.mark("highlights painted")
            return False

    watcher = PaintWatcher(window)
    window.reader.viewport().installEventFilter(watcher)
    window.controller.pipelineReady.connect(lambda _identity: timeline.mark("pipeline ready"))
    window.controller.analysisFinished.connect(
        lambda _generation, _analysis: timeline.mark("analysis finished")
    )
    window.analysisApplied.connect(lambda _analysis: timeline.mark("analysis applied"))
    # Ask for a frame once everything is applied, so that "highlights painted" is the next paint.
    window.analysisApplied.connect(lambda _analysis: window.reader.viewport().update())
    return window


SCROLL_PAGES = 40


def run_until(done: Callable[[], bool]) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def measure_sample(timeline: Timeline, folder: Path) -> dict[str, Any]:
    window = build_window(timeline, folder)
    window.show()
    window.open_path(SAMPLE)
    run_until(lambda: "highlights painted" in timeline.moments)
    # Idle: the window with the sample shown and nothing left to do.
    settled = time.monotonic() + IDLE_SECONDS
    run_until(lambda: time.monotonic() > settled)
    app_mb, analysis_mb = tree_mb("VmRSS")
    reopened = _reopening(window, folder)
    return {
        **timeline.moments,
        "idle rss app MB": app_mb,
        "idle rss analysis MB": analysis_mb,
        **{f"reopened: {name}": seconds for name, seconds in reopened.items()},
    }


def _reopening(window: MainWindow, folder: Path) -> dict[str, float]:
    """The sample's tab closed, another article opened and analysed, then the sample again (now
    archived, its analysis cached): seconds from ``open_path`` to its text painted and to its
    highlights painted."""
    from PySide6.QtCore import QEvent, QObject

    other = folder / "other.txt"
    other.write_text(text_of_words(1_000), encoding="utf-8")
    applied: list[object] = []
    window.analysisApplied.connect(applied.append)
    window.close_document(0)
    window.open_path(other)
    run_until(lambda: bool(applied))
    hits = window.controller.cache_hits
    moments: dict[str, float] = {}

    class PaintWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                moments.setdefault("text painted", time.perf_counter() - started)
                if len(applied) > 1:
                    moments.setdefault("highlights painted", time.perf_counter() - started)
            return False

    watcher = PaintWatcher(window)
    window.reader.viewport().installEventFilter(watcher)
    started = time.perf_counter()
    window.open_path(SAMPLE)
    run_until(lambda: "highlights painted" in moments)
    if window.controller.cache_hits != hits + 1:
        raise RuntimeError("the reopened sample's analysis did not come from the archive's cache")
    return moments


def measure_long_text(timeline: Timeline, folder: Path, path: Path) -> dict[str, Any]:
    from benchmarks.stall_probe import StallProbe

    window = build_window(timeline, folder)
    window.show()
    run_until(lambda: "pipeline ready" in timeline.moments)
    for owner, name in [
        (window.reader, "show_article"),
        (window.reader, "set_layer"),
        (window.entities_panel, "show_entities"),
        (window, "_on_analysis_progress"),
        (window, "_on_analysis_partial"),
        (window.controller.cache, "store"),
    ]:
        timeline.time_calls(owner, name, f"{type(owner).__name__}.{name}")

    probe = timeline.probe = StallProbe()
    probe.start()
    probe.phase("opening the file (open_path)")
    opened = timeline.now()
    window.open_path(path)
    timeline.mark("open_path returned")
    run_until(lambda: "highlights painted" in timeline.moments)
    probe.stop()
    highlights = len(window.analysis.entities) + len(window.analysis.figures) if window.analysis else 0
    scroll_ms = _scrolling_frame_times(window)

    # Each process's own peak (the analysis process's and its parse helper's), before they end.
    peak_app_mb, peak_analysis_mb = tree_mb("VmHWM")
    _app_mb, after_analysis_mb = tree_mb("VmRSS")
    close_shared_processes()
    moments = {name: at - opened for name, at in timeline.moments.items() if at >= opened}
    slowest = sorted(timeline.calls, key=lambda call: call[2], reverse=True)[:5]
    return {
        "since open": moments,
        "stalls": probe.as_json(),
        "slowest calls": [(name, at - opened, seconds) for name, at, seconds in slowest],
        "peak rss self MB": peak_app_mb,
        "peak rss children MB": peak_analysis_mb,
        "rss children after MB": after_analysis_mb,
        "highlights": highlights,
        "scroll frame ms": scroll_ms,
    }


def _scrolling_frame_times(window: Any) -> list[float]:
    """Milliseconds to scroll one page down and paint it, page after page through the text."""
    from PySide6.QtCore import QCoreApplication

    bar = window.reader.verticalScrollBar()
    times: list[float] = []
    for step in range(SCROLL_PAGES):
        started = time.perf_counter()
        bar.setValue(bar.maximum() * step // SCROLL_PAGES)
        window.reader.viewport().repaint()
        QCoreApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main(argv: list[str]) -> None:
    timeline = Timeline(float(os.environ.get("BENCH_LAUNCHED", time.time())))
    with tempfile.TemporaryDirectory(prefix="reading-assistant-bench-") as name:
        folder = Path(name)
        if argv[0] == "long":
            result = measure_long_text(timeline, folder, Path(argv[1]))
        else:
            # ``sample FOLDER``: the settings and archive there (a launch after the first).
            result = measure_sample(timeline, Path(argv[1]) if len(argv) > 1 else folder)
    print(json.dumps(result), flush=True)
    # Skip Qt's teardown of a window with 100,000 words: the numbers are out.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
