"""The event-loop stall probe shared by the benchmarks: the worst gap on the GUI thread, and where.

A precise timer ticks on the GUI thread every ``TICK_MS``; the gap between two ticks is how long
the event loop could not run. The benchmark labels its phases as it advances (``probe.phase``),
and a watchdog thread samples the GUI thread's Python stack (``sys._current_frames``) while a
gap is longer than the target, so that a stall is reported with the phase and the project code
that was running, e.g. ``worst stall 309 ms (target ≤ 50) during scrolling page by page, in
desktop/ui/overview_ruler.py:89 <genexpr> ← desktop/ui/overview_ruler.py:88 recompute``.

Qt is imported inside the methods: ``benchmarks.startup`` imports this module in processes
that have no use for Qt (the analysis helper).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

TARGET_MS = 50.0
TICK_MS = 5
# The watchdog looks this often whether the GUI thread has ticked.
WATCH_S = 0.005
# Stalls over the target named in a report, the worst first.
DETAILS_SHOWN = 4
# Project frames named in a report, innermost first.
FRAMES_SHOWN = 3
PROJECT = Path(__file__).resolve().parents[1]
# The app's code, as opposed to the benchmark's own.
PROJECT_PARTS = ("desktop",)


@dataclass(frozen=True)
class Stall:
    """One gap between two ticks of the GUI thread's timer."""

    ms: float
    phase: str
    where: str  # the project frames seen most often while it lasted, or "" if none were seen
    ended_s: float  # seconds since the probe started


def project_frames(frame: FrameType | None, parts: tuple[str, ...]) -> str:
    """The innermost frames of a stack in the project's folders ``parts`` (all its folders if
    empty), as ``path:line function ← caller ...``."""
    shown: list[str] = []
    while frame is not None and len(shown) < FRAMES_SHOWN:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(PROJECT) and (not parts or path.relative_to(PROJECT).parts[0] in parts):
            shown.append(f"{path.relative_to(PROJECT)}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " ← ".join(shown)


class StallProbe:
    """Ticks on the GUI thread (create and start it there) and records every gap."""

    def __init__(self, target_ms: float = TARGET_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.target_ms = target_ms
        self.stalls: list[Stall] = []
        self._phase = "starting"
        self._gui_thread = threading.get_ident()
        self._began = self._last_tick = time.perf_counter()
        self._samples: Counter[tuple[str, str]] = Counter()  # (phase, where) seen in the current gap
        self._lock = threading.Lock()
        self._running = False
        self._watchdog: threading.Thread | None = None
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def phase(self, name: str) -> None:
        """Name what the benchmark does from now on; stalls are reported with it."""
        self._phase = name

    def start(self) -> None:
        self._began = self._last_tick = time.perf_counter()
        self._running = True
        self._watchdog = threading.Thread(target=self._watch, name="stall watchdog", daemon=True)
        self._watchdog.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()  # a stall up to now counts too
        self._running = False
        if self._watchdog is not None:
            self._watchdog.join()

    def worst(self) -> Stall:
        return max(self.stalls, key=lambda stall: stall.ms, default=Stall(0.0, self._phase, "", 0.0))

    def over_target(self) -> list[Stall]:
        return [stall for stall in self.stalls if stall.ms > self.target_ms]

    def report(self, scenario: str) -> str:
        """The worst stall and where it happened, then the next worst over the target."""
        return _report(scenario, self.worst(), self.over_target(), self.target_ms)

    def as_json(self) -> dict[str, Any]:
        """The result in plain values, for a benchmark run in a process of its own."""
        return {
            "worst": self.worst().__dict__,
            "over target": [stall.__dict__ for stall in self.over_target()],
            "target ms": self.target_ms,
        }

    def _tick(self) -> None:
        now = time.perf_counter()
        with self._lock:
            gap_ms = (now - self._last_tick) * 1000
            # The phase the samples saw: a phase named in the middle of a stall did not cause it.
            phase, where = self._samples.most_common(1)[0][0] if self._samples else (self._phase, "")
            if not where and gap_ms > self.target_ms:
                where = (
                    "no stack sampled: the watchdog could not run (the GIL held by C code, or no CPU free)"
                )
            self._samples.clear()
            self._last_tick = now
        self.stalls.append(Stall(gap_ms, phase, where, now - self._began))

    def _watch(self) -> None:
        while self._running:
            time.sleep(WATCH_S)
            with self._lock:
                if (time.perf_counter() - self._last_tick) * 1000 <= self.target_ms:
                    continue
                self._samples[self._phase, self._where()] += 1

    def _where(self) -> str:
        """The GUI thread's project frames; if it runs no project code (it is in Qt, or waits for
        the GIL), also what the other threads run, which is then the likely cause."""
        frames = sys._current_frames()
        gui = frames.pop(self._gui_thread, None)
        where = project_frames(gui, PROJECT_PARTS)
        if where:
            return where
        names = {thread.ident: thread.name for thread in threading.enumerate()}
        others = [
            f"{names.get(ident, ident)}: {running}"
            for ident, frame in frames.items()
            if ident != threading.get_ident() and (running := project_frames(frame, PROJECT_PARTS))
        ]
        inside = project_frames(gui, ())
        return (
            f"{inside} (in Qt or waiting for the GIL; meanwhile {'; '.join(others) or 'no project code ran'})"
        )


def report_from_json(scenario: str, result: dict[str, Any]) -> str:
    """``StallProbe.report`` for a result that came back as JSON from another process."""
    stalls = [Stall(**stall) for stall in result["over target"]]
    return _report(scenario, Stall(**result["worst"]), stalls, result["target ms"])


def _report(scenario: str, worst: Stall, over_target: list[Stall], target_ms: float) -> str:
    """``scenario: worst stall N ms (target ≤ 50) during <phase>, in <where>; K over 50 ms``,
    then the worst few of those over the target, a line each, indented."""
    place = f", in {worst.where}" if worst.where else ""
    lines = [
        f"{scenario}: worst stall {worst.ms:.0f} ms (target ≤ {target_ms:.0f}) during {worst.phase}"
        f"{place}; {len(over_target)} over {target_ms:.0f} ms"
    ]
    for stall in sorted(over_target, key=lambda stall: -stall.ms)[1:DETAILS_SHOWN]:
        lines.append(f"    {stall.ms:.0f} ms during {stall.phase}, {stall.ended_s:.1f} s in: {stall.where}")
    return "\n".join(lines)
