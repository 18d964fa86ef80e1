"""Whether a pipeline the user names is installed, asked without importing spaCy (a second)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def pipeline_installed(name: str) -> bool:
    """Whether ``spacy.load(name)`` can find ``name``: an installed package or a folder."""
    if Path(name).is_dir():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "a..b", "-x": no module name at all
        return False
