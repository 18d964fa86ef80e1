"""Run a parser that may take unbounded time on hostile input in a child process.

Python-Markdown has inputs that take minutes (e.g. 100 KB of "![a](b "), and a thread
cannot be stopped, so the work runs in a fresh interpreter that is killed when its
time is up. The child imports only the one module it needs, so it starts in ~0.1 s.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

# The directory holding the ``desktop`` package, so the child imports this same code.
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


class TimeLimitExceeded(Exception):
    """The child did not finish within its time limit."""


class ChildFailed(Exception):
    """The child exited with an error; ``str(error)`` is its last line of stderr."""


def run_with_time_limit(module: str, function: str, payload: bytes, seconds: float) -> bytes:
    """Return ``module.function(payload)`` computed in a child process killed after ``seconds``.

    ``function`` must take and return bytes.
    """
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(_PACKAGE_ROOT), environment.get("PYTHONPATH")])
    )
    try:
        finished = subprocess.run(
            [sys.executable, "-m", __name__, module, function],
            input=payload,
            capture_output=True,
            timeout=seconds,
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise TimeLimitExceeded(f"took longer than {seconds:g} s") from None
    if finished.returncode != 0:
        lines = finished.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ChildFailed(lines[-1] if lines else f"exit status {finished.returncode}")
    return finished.stdout


def _main() -> None:
    module, function = sys.argv[1:3]
    work = getattr(importlib.import_module(module), function)
    sys.stdout.buffer.write(work(sys.stdin.buffer.read()))


if __name__ == "__main__":
    _main()
