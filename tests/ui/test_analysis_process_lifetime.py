"""The window's process never imports spaCy, even after an analysis, and the analysis process
(which does) ends with the app, however the app ends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.conftest import REPO_ROOT

WAIT_S = 120


def _start_probe(folder: Path, then: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.window_process_probe", str(folder), then],
        cwd=REPO_ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        text=True,
    )


def _report(probe: subprocess.Popen[str]) -> dict[str, Any]:
    assert probe.stdout is not None
    line = probe.stdout.readline()
    assert line, "the probe window printed nothing"
    report: dict[str, Any] = json.loads(line)
    return report


def _is_running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _is_running(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_the_window_analyses_without_spacy_and_its_analysis_process_ends_with_it(tmp_path: Path) -> None:
    probe = _start_probe(tmp_path, "exit")
    report = _report(probe)
    assert probe.wait(WAIT_S) == 0
    assert report["spacy modules"] == []
    # Figures are shown in metric units without pint (35 MB and a third of a second here).
    assert report["pint modules"] == []
    assert report["figures shown"] > 0
    assert report["entities"] > 0
    assert _gone_within(report["analysis process"], 10)


def test_the_analysis_process_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    probe = _start_probe(tmp_path, "wait")
    report = _report(probe)
    assert _is_running(report["analysis process"])
    probe.send_signal(signal.SIGKILL)
    probe.wait(WAIT_S)
    assert _gone_within(report["analysis process"], 10)
