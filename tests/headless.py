"""Run a headless ``reading-assistant`` command as a user would, and check what every run
must give: UTF-8 output, and a message rather than a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Finished:
    returncode: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict[str, Any]]:
        """Standard output as JSON Lines: one object per line, each parsed."""
        records = [json.loads(line) for line in self.stdout.splitlines()]
        assert all(isinstance(record, dict) for record in records)
        return records


def run_command(
    *args: str | Path,
    stdin: bytes = b"",
    env: Mapping[str, str] | None = None,
) -> Finished:
    """``python -m desktop ARGS``; fails the test on output that is not UTF-8 or on a traceback.

    Arguments may be paths whose names are not UTF-8 (surrogate-escaped, as Python gives them).
    """
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        env=None if env is None else {**os.environ, **env},
        timeout=300,
    )
    stdout = result.stdout.decode("utf-8")  # raises on any byte that is not UTF-8
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr, stderr
    return Finished(result.returncode, stdout, stderr)
