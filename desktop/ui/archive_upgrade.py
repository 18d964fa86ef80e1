"""Upgrading the archive's schema before the window opens it, off the GUI thread.

A new version's schema steps (the knowledge indexes of ``0008_knowledge_indexes``) take seconds
on a big archive: 2 to 8 s at 10,000 articles. Run where the window opens its archive, they
froze the start with nothing on screen. Here they run on a worker while a small window says
"Upgrading the archive…"; the main window is made once the archive is up to date, so nothing
in it (highlights, notes, the Library) meets an archive half upgraded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from desktop.store.archive import Archive, upgrade_pending
from desktop.ui.workers import WorkerPool

MESSAGE = "Upgrading the archive…"


def upgrade_before_opening(path: Path) -> bool:
    """Upgrade the archive at ``path`` if its schema is behind, showing that it is; whether an
    upgrade ran. An upgrade that fails is left for the window's own opening of the archive to
    meet and report (it then opens read-only, or not at all, and says why)."""
    if not upgrade_pending(path):
        return False
    dialog = QProgressDialog(MESSAGE, "", 0, 0)  # no range: a busy bar, it cannot say how far
    dialog.setWindowTitle("Reading Assistant")
    dialog.setCancelButton(None)  # Qt's way to have none
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAccessibleName(MESSAGE)
    loop = QEventLoop()
    pool = WorkerPool(1)

    def upgrade() -> None:
        with Archive(path):  # opening for writing upgrades it
            pass

    pool.submit(upgrade, lambda _done: loop.quit(), lambda _error: loop.quit())
    dialog.show()
    loop.exec()
    pool.wait_for_done()
    dialog.close()
    dialog.deleteLater()
    return True
