"""The extraction child process: killed with its parent, capped in memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import html_loader
from desktop.core.article import ArticleLoadError
from desktop.core.html_loader import article_from_html

REPO_ROOT = Path(__file__).resolve().parents[2]
# Thousands of tiny blocks: trafilatura works on this for minutes and hundreds of megabytes.
HEAVY_PAGE = "<html><body><article><h1>Blocks</h1>" + "<div>x</div>" * 400_000 + "</article></body></html>"
# A parent that starts an extraction of the heavy page and blocks in it.
PARENT_SCRIPT = """
from desktop.core.html_loader import article_from_html_text
from tests.core.test_time_limit import HEAVY_PAGE
article_from_html_text(HEAVY_PAGE)
"""


def children_of(parent: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended while we looked
            # "pid (name) state ppid …": the name may hold spaces and parentheses.
            if int(stat.rpartition(")")[2].split()[1]) == parent:
                children.append(int(entry.name))
    return children


def is_running(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def wait_until(condition: Callable[[], object], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_the_extraction_child_dies_with_its_parent() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT_SCRIPT], cwd=REPO_ROOT)
    children: list[int] = []
    try:
        assert wait_until(lambda: children_of(parent.pid), 20), "the extraction child never started"
        children.extend(children_of(parent.pid))
        # Past reading its payload (a child cut off mid-read fails on its own) and into the extraction.
        time.sleep(3)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert wait_until(lambda: not is_running(children[0]), 5), "the extraction child outlived its parent"
    finally:
        parent.kill()
        parent.wait()
        for orphan in filter(is_running, children):
            os.kill(orphan, signal.SIGKILL)


def test_a_page_needing_more_memory_than_the_cap_gets_a_clear_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_loader, "HTML_EXTRACT_MEMORY_BYTES", 250 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(ArticleLoadError, match=r"too large or complex .*more than 250 MB of memory"):
        article_from_html(HEAVY_PAGE.encode("ascii"))
    assert time.monotonic() - started < html_loader.HTML_EXTRACT_SECONDS
