"""Hostile servers and pages (issue 10, items 9 and 13): ``python -m benchmarks.hostile_network``.

Prints plain lines with counts and times: fetches whose headers arrive a byte at a time against
a 3 s deadline (before: 119 s); how fast a cancelled fetch gives up; opening a local file, and
closing, while two such fetches hang (before: only once a fetch ended, and up to 30 s); SIGKILL
rounds of a process in the middle of an extraction (before: the child ran on); the extraction
child's peak memory on a 14.5 MB table page (before: 1.56 GB) and on a page of tiny blocks.
"""

from __future__ import annotations

import contextlib
import os
import resource
import tempfile
import threading
import time
from pathlib import Path

from desktop.core.article import ArticleLoadError
from desktop.core.html_loader import article_from_html
from desktop.core.url_loader import fetch_url
from tests.hostile import dribbling_server, seconds_an_orphaned_extraction_lives

SLOW_HEADER_ROUNDS = 5
FETCH_DEADLINE_SECONDS = 3.0
KILL_ROUNDS = 5
ORPHAN_LIMIT_SECONDS = 10.0
TABLE_ROWS = 250_000
BLOCKS = 1_600_000


def slow_header_lines() -> None:
    with dribbling_server() as url:
        durations: list[float] = []
        timed_out = 0
        for _round in range(SLOW_HEADER_ROUNDS):
            started = time.monotonic()
            try:
                fetch_url(url, timeout=FETCH_DEADLINE_SECONDS)
            except ArticleLoadError as error:
                timed_out += "did not answer within" in str(error)
            durations.append(time.monotonic() - started)
        print(
            f"{SLOW_HEADER_ROUNDS} fetches, headers one byte per 0.2 s, {FETCH_DEADLINE_SECONDS:g} s deadline:"
            f" {timed_out} timed out with a message, slowest {max(durations):.2f} s (before: 119 s)"
        )
        cancelled = threading.Event()
        threading.Timer(0.5, cancelled.set).start()
        started = time.monotonic()
        with contextlib.suppress(ArticleLoadError):
            fetch_url(url, timeout=60, cancelled=cancelled)
        print(f"cancelled fetch gave up {time.monotonic() - started - 0.5:.2f} s after Cancel")


def opener_lines() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from desktop.ui.opener import ArticleOpener

    application = QCoreApplication.instance() or QCoreApplication([])
    opener = ArticleOpener()
    with dribbling_server() as url, tempfile.TemporaryDirectory() as folder:
        story = Path(folder) / "story.txt"
        story.write_text("Harbour bridge\n\nThe council voted on Tuesday to repair the harbour bridge.\n")
        opener.open_url(url)
        opener.open_url(url + "?again")
        loop = QEventLoop()
        opener.loaded.connect(lambda _article, _origin: loop.quit())
        QTimer.singleShot(30_000, loop.quit)
        started = time.monotonic()
        opener.open_path(story)
        loop.exec()
        opened = time.monotonic() - started
        started = time.monotonic()
        opener.shutdown()
        closed = time.monotonic() - started
    print(
        f"while two fetches hang: a local file opened in {opened:.2f} s (before: only once a fetch ended),"
        f" shutdown took {closed:.2f} s (before: up to 30 s)"
    )
    del application


def orphan_lines() -> None:
    lifetimes = [seconds_an_orphaned_extraction_lives(ORPHAN_LIMIT_SECONDS) for _round in range(KILL_ROUNDS)]
    ended = [seconds for seconds in lifetimes if seconds is not None]
    slowest = f", slowest gone {max(ended):.2f} s after its parent" if ended else ""
    print(
        f"{KILL_ROUNDS} SIGKILL rounds during extraction: {KILL_ROUNDS - len(ended)} children left running"
        f" after {ORPHAN_LIMIT_SECONDS:g} s{slowest}"
    )


def page_lines() -> None:
    """Peaks are the largest child so far, so the smaller page goes first."""
    rows = "".join(f"<tr><td>cell {i}</td><td>value {i}</td><td>{i * 7}</td></tr>" for i in range(TABLE_ROWS))
    table = f"<html><body><article><h1>Figures</h1><table>{rows}</table></article></body></html>"
    blocks = "<html><body><article><h1>Blocks</h1>" + "<div>x</div>" * BLOCKS + "</article></body></html>"
    for name, page in (("table", table), ("tiny-block", blocks)):
        started = time.monotonic()
        try:
            article_from_html(page.encode())
            outcome = "extracted"
        except ArticleLoadError as error:
            outcome = str(error)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"{len(page) / 1e6:.1f} MB {name} page: {time.monotonic() - started:.1f} s,"
            f" child peak {peak_mb:.0f} MB resident (cap 1,024 MB of address space): {outcome}"
        )


def main() -> None:
    slow_header_lines()
    opener_lines()
    orphan_lines()
    page_lines()


if __name__ == "__main__":
    main()
