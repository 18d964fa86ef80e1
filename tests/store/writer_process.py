"""A real process writing highlights to a real archive file, for the crash and concurrency tests
and the reliability benchmark that kills it many more times."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
BURST_TEXT = "A burst of highlights on a text long enough to hold many of them. " * 20
# Forever: a writer that is only ever stopped by a signal.
UNTIL_KILLED = -1

# Adds highlights forever (or COUNT times), printing each id only after its commit.
WRITER = """
import sys
from desktop.store.archive import Archive
path, article_id, count, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with Archive(path) as archive:
    n = 0
    while count < 0 or n < count:
        start = n % 500
        highlight = archive.add_highlight(article_id, start, start + 20, note=f"{tag} {n}", tags=[tag])
        print(highlight.id, flush=True)
        n += 1
"""


def start_python(code: str, *args: str) -> subprocess.Popen[str]:
    """``code`` run by this Python in a new process that imports this checkout's ``desktop``."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )


def start_writer(path: Path, article_id: int, count: int, tag: str) -> subprocess.Popen[str]:
    """A process adding ``count`` highlights tagged ``tag`` (or ``UNTIL_KILLED``)."""
    return start_python(WRITER, str(path), str(article_id), str(count), tag)


def kill_writer_after(path: Path, article_id: int, commits: int, tag: str) -> set[int]:
    """Starts a writer, lets it report ``commits`` committed highlights, then SIGKILLs it
    mid-burst; returns the ids it reported, every one of which the archive must still hold."""
    writer = start_writer(path, article_id, UNTIL_KILLED, tag)
    assert writer.stdout is not None
    reported = {int(writer.stdout.readline()) for _ in range(commits)}
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    return reported
