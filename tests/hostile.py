"""Hostile input for tests and the reliability benchmark: a web server whose headers never
finish, and a page whose extraction takes minutes and hundreds of megabytes."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# Thousands of tiny blocks: trafilatura works on this for minutes and hundreds of megabytes.
HEAVY_PAGE = "<html><body><article><h1>Blocks</h1>" + "<div>x</div>" * 400_000 + "</article></body></html>"
# A parent that starts an extraction of the heavy page and blocks in it.
_EXTRACTING_PARENT = """
from desktop.core.html_loader import article_from_html_text
from tests.hostile import HEAVY_PAGE
article_from_html_text(HEAVY_PAGE)
"""

# Each connection sends at most this many header bytes, then gives up: the server always stops.
MAX_DRIBBLED_BYTES = 200
SECONDS_PER_BYTE = 0.2
ACCEPT_POLL_SECONDS = 0.1


@contextlib.contextmanager
def dribbling_server() -> Iterator[str]:
    """The address of a page whose response headers never finish in reasonable time."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(ACCEPT_POLL_SECONDS)
    stop = threading.Event()
    connections: list[threading.Thread] = []

    def accept_loop() -> None:
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=dribble, args=(connection,), daemon=True)
            connections.append(thread)
            thread.start()

    def dribble(connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            header = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * MAX_DRIBBLED_BYTES
            try:
                connection.sendall(header[:17])
                for byte in header[17:]:
                    if stop.wait(SECONDS_PER_BYTE):
                        return
                    connection.sendall(bytes([byte]))
            except OSError:
                return  # the client hung up, as it should

    acceptor = threading.Thread(target=accept_loop, daemon=True)
    acceptor.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow-headers"
    finally:
        stop.set()
        acceptor.join()
        for thread in connections:
            thread.join()
        listener.close()


def seconds_an_orphaned_extraction_lives(limit: float) -> float | None:
    """Start a process extracting ``HEAVY_PAGE``, SIGKILL it once its child is at work, and
    return how long the child outlives it (None: still running after ``limit`` s; then it is killed)."""
    parent = subprocess.Popen([sys.executable, "-c", _EXTRACTING_PARENT], cwd=REPO_ROOT)
    children: list[int] = []
    try:
        if not wait_until(lambda: children_of(parent.pid), 20):
            raise RuntimeError("the extraction child never started")
        children.extend(children_of(parent.pid))
        # Past reading its payload (a child cut off mid-read fails on its own) and into the extraction.
        time.sleep(3)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        killed = time.monotonic()
        if not wait_until(lambda: not any(map(is_running, children)), limit):
            return None
        return time.monotonic() - killed
    finally:
        parent.kill()
        parent.wait()
        for orphan in filter(is_running, children):
            os.kill(orphan, signal.SIGKILL)


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


def extraction_children(parent: int) -> list[int]:
    """The running extraction (time-limited child) processes of ``parent``."""
    found = []
    for pid in children_of(parent):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"desktop.core.time_limit" in command and is_running(pid):
            found.append(pid)
    return found


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
