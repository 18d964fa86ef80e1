"""Opening a clicked link: web and mail addresses go to the desktop, nothing else does."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.core.note_markdown import is_openable_link


def open_link(url: QUrl) -> bool:
    """Opens ``url`` in the system browser or mail client if it is http, https or mailto;
    ``file:``, ``smb:``, ``javascript:``, ``data:`` and the like are refused."""
    return is_openable_link(url.toString()) and QDesktopServices.openUrl(url)
