"""Memory of this process and the processes it started (the analysis process, its parse helper),
read from ``/proc`` (Linux), in MB."""

from __future__ import annotations

import os
import threading
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """Every living process below ``pid``: children, their children, and so on."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="utf-8")
            except OSError:  # ended meanwhile
                continue
            # The command name, in parentheses, may hold spaces: the fields after it are plain.
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: list[int] = []
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, its_parent in parents.items() if its_parent == parent]
        found += children
        frontier += children
    return found


def status_mb(pid: int, field: str) -> float:
    """``field`` of ``/proc/PID/status`` (``VmRSS``: now, ``VmHWM``: its peak), 0 if it has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def tree_mb(field: str) -> tuple[float, float]:
    """``field`` summed over this process, and over the processes below it."""
    return status_mb(os.getpid(), field), sum(status_mb(pid, field) for pid in descendants(os.getpid()))


class PeakSampler:
    """The peak of the summed RSS of process ``pid`` and every process below it, sampled from
    outside (a thread of this process) every ``interval`` seconds while it runs: the most memory
    the app and its helpers held at one moment, where adding each process's own peak counts
    peaks that came at different moments as one."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.peak_mb = 0.0
        self.window_mb_at_peak = 0.0  # process ``pid``'s own share at that moment
        self._pid = pid
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="memory sampler", daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb

    def _sample(self) -> None:
        while not self._stop.wait(self._interval):
            own = status_mb(self._pid, "VmRSS")
            total = own + sum(status_mb(pid, "VmRSS") for pid in descendants(self._pid))
            if total > self.peak_mb:
                self.peak_mb, self.window_mb_at_peak = total, own
