"""What the launch does before Qt is imported (``prepare_before_qt``), to show the window sooner.

- The analysis process starts first: spaCy takes about a second and a half to load there, on
  the other core, while this process imports Qt and the window's modules. Its pipeline is
  named when the window, having read its settings, joins it (``shared_process``).
- numpy and dask are kept out of this process (see ``desktop.core.unused_libraries``).
- The window's modules that do not use Qt are imported before Qt: once imported, PySide6 reads
  the source of every module imported after it (looking for its ``__feature__`` switches);
  imported first, the 200 modules of the archive (SQLite, sqlite-utils) and the loaders are
  spared that. Markdown, the web's modules and charset detection wait for their first use.

Qt-free itself, so that importing it imports no Qt.
"""

from __future__ import annotations

import importlib

from desktop.core.unused_libraries import keep_out
from desktop.nlp.analysis_process import start_shared_process_early

ORGANIZATION = "ReadingAssistant"
APPLICATION = "Reading Assistant"
# Everything the window imports beyond its own ``desktop.ui`` modules and Qt (a test keeps this
# list complete).
WINDOW_LIBRARIES = (
    "desktop.core.citation",
    "desktop.core.clipboard",
    "desktop.core.loaders",
    "desktop.core.metadata_fields",
    "desktop.core.note_markdown",
    "desktop.core.text_offsets",
    "desktop.store.archive",
    "desktop.store.backups",
    "desktop.store.exporters",
    "desktop.store.knowledge",
    "desktop.store.paths",
    "desktop.store.similarity",
    "desktop.store.version_changes",
)


def prepare_before_qt() -> None:
    """Start the analysis process, keep unused libraries out, import the window's Qt-free
    modules: in this order, before anything imports Qt."""
    start_shared_process_early()
    keep_out("numpy", "dask")
    for name in WINDOW_LIBRARIES:
        importlib.import_module(name)
