"""Run a parser that may take unbounded time or memory on hostile input in a child process.

Python-Markdown has inputs that take minutes (e.g. 100 KB of "![a](b "), and trafilatura
pages that take gigabytes (a 14.5 MB table: 1.56 GB), and a thread can be neither stopped nor
capped, so the work runs in a fresh interpreter that is killed when its time is up, whose
address space is capped, and that dies with the process that started it. The child imports
only the one module it needs, so it starts in ~0.1 s.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

from desktop.core.orphans import exit_when_orphaned

# The directory holding the ``desktop`` package, so the child imports this same code.
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]
# A news page needs well under 200 MB; the interpreter and its libraries take ~60 MB.
DEFAULT_MEMORY_BYTES = 1024 * 1024 * 1024
# The child's exit status when its work ran out of memory under the cap.
_OUT_OF_MEMORY_STATUS = 86
# prctl(2) option: the signal the kernel sends this process when its parent dies.
_PR_SET_PDEATHSIG = 1
# Code under the cap may catch a MemoryError and carry on with less (trafilatura then returns
# an empty article), so a run whose address space came this close to the cap counts as too big.
_NEAR_CAP_FRACTION = 0.9
# How soon the parent ends a child whose work was cancelled.
_CANCEL_POLL_SECONDS = 0.1


class TimeLimitExceeded(Exception):
    """The child did not finish within its time limit."""


class ChildFailed(Exception):
    """The child exited with an error; ``str(error)`` is its last line of stderr."""


class MemoryLimitExceeded(ChildFailed):
    """The child needed more memory than its cap."""


class WorkCancelled(Exception):
    """The caller gave up on the work (the window closes, say) and the child was ended."""


def run_with_time_limit(
    module: str,
    function: str,
    payload: bytes,
    seconds: float,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
    cancelled: threading.Event | None = None,
) -> bytes:
    """Return ``module.function(payload)`` computed in a child process killed after ``seconds``
    or as soon as ``cancelled`` is set, with at most ``memory_bytes`` of address space.

    ``function`` must take and return bytes.
    """
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(_PACKAGE_ROOT), environment.get("PYTHONPATH")])
    )
    command = [sys.executable, "-m", __name__, module, function, str(os.getpid()), str(memory_bytes)]
    pipe = subprocess.PIPE
    with subprocess.Popen(command, stdin=pipe, stdout=pipe, stderr=pipe, env=environment) as child:
        try:
            stdout, stderr = _communicate(child, payload, seconds, cancelled)
        except BaseException:
            child.kill()  # leaving the with-block then waits for it
            raise
    if child.returncode == _OUT_OF_MEMORY_STATUS:
        raise MemoryLimitExceeded(f"it needs more than {memory_bytes / 1024 / 1024:g} MB of memory")
    if child.returncode != 0:
        lines = stderr.decode("utf-8", "replace").strip().splitlines()
        raise ChildFailed(lines[-1] if lines else f"exit status {child.returncode}")
    return stdout


def _communicate(
    child: subprocess.Popen[bytes], payload: bytes, seconds: float, cancelled: threading.Event | None
) -> tuple[bytes, bytes]:
    """The child's output, waited for in short steps so that a cancellation is seen at once.

    The payload is written by a thread of its own: ``communicate`` sends input only in its first
    call, so a step that ended before the child had read all of a page bigger than the pipe left
    the rest unsent, and the child waited for it until the time limit.
    """
    stdin, child.stdin = child.stdin, None  # the writer's from now on: communicate leaves it be
    threading.Thread(target=_write_and_close, args=(stdin, payload), name="child input", daemon=True).start()
    deadline = time.monotonic() + seconds
    while True:
        if cancelled is not None and cancelled.is_set():
            raise WorkCancelled("was cancelled")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeLimitExceeded(f"took longer than {seconds:g} s")
        step = remaining if cancelled is None else min(remaining, _CANCEL_POLL_SECONDS)
        with contextlib.suppress(subprocess.TimeoutExpired):
            return child.communicate(timeout=step)


def _write_and_close(stdin: IO[bytes] | None, payload: bytes) -> None:
    if stdin is None:
        return
    # A child that ended (killed, or done without reading everything) closes the pipe.
    with contextlib.suppress(BrokenPipeError), stdin:
        stdin.write(payload)


def _die_with_parent(parent: int) -> None:
    """End this process when ``parent`` dies: at once through the kernel on Linux, and by
    polling the parent's pid everywhere (it changes when the child is re-parented)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # no prctl on this system: the polling below still ends the child

    # The parent may have died before prctl took effect; the first check sees that.
    if os.getppid() != parent:
        os._exit(1)
    exit_when_orphaned(parent)


def _main() -> None:
    module, function, parent, memory_bytes = sys.argv[1:5]
    _die_with_parent(int(parent))
    work = getattr(importlib.import_module(module), function)
    resource.setrlimit(resource.RLIMIT_AS, (int(memory_bytes), int(memory_bytes)))
    try:
        result = work(sys.stdin.buffer.read())
    except MemoryError:
        result = None
    if result is None or _peak_address_space() >= _NEAR_CAP_FRACTION * int(memory_bytes):
        status = _OUT_OF_MEMORY_STATUS
    else:
        sys.stdout.buffer.write(result)
        sys.stdout.buffer.flush()
        status = 0
    # Straight out, without interpreter shutdown: near the cap, ending the parent-watching
    # thread can fail for want of memory and abort with a misleading message.
    os._exit(status)


def _peak_address_space() -> int:
    """The most address space this process has used, in bytes (0 where Linux's /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    _main()
