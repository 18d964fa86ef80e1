"""The window starts without spaCy: importing it takes most of a second, and the pipeline is
loaded on a worker thread once the window is up (issue 15's start-up budget)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_the_window_modules_do_not_import_spacy() -> None:
    probe = (
        "import sys, desktop.ui.app; print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy')[:3])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
