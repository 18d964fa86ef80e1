"""Asking before closing with notes the archive could not store yet (it was locked or full)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.annotations import AnnotationSession

RETRY = "Retry Saving"
DISCARD = "Discard Unsaved Changes"


def unsaved_dialog(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved notes")
    box.setText("Some of your notes, tags or colours are not saved yet.")
    box.setInformativeText(
        "The archive cannot be written at the moment: another program may be using it, or the disk"
        " may be full. Retry once it is free, or close without them."
    )
    retry = box.addButton(RETRY, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(DISCARD, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def may_close(parent: QWidget | None, session: AnnotationSession) -> bool:
    """Whether the window may close: every edit is stored (tried once more), or the user chose
    to discard what is not. Cancel keeps the window open with the edits in it."""
    while session.has_unsaved() and not session.save_unsaved():
        box = unsaved_dialog(parent)
        box.exec()
        clicked = box.clickedButton()
        chosen = clicked.text() if clicked is not None else ""
        box.deleteLater()
        if chosen == DISCARD:
            session.discard_unsaved()
            return True
        if chosen != RETRY:
            return False
    return True
