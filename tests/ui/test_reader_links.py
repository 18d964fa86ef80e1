"""Clicking a link in the reader: web and mail links reach the desktop, nothing else does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from desktop.core.article import Article, Inline
from desktop.ui.reader import ReaderView
from tests.ui.readers import new_reader

TEXT = "Read the report, open the file, run the script or visit the share."
LINKS = {
    "report": "https://example.org/report",
    "file": "file:///etc/passwd",
    "script": "javascript:alert(1)",
    "share": "smb://attacker.example/share",
}
# Every scheme the links use is routed here instead of to a real browser or file manager.
SCHEMES = ("https", "file", "javascript", "smb")


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def desktop() -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    for scheme in SCHEMES:
        # PySide6 wants the slot's name as str, though its stub says bytes.
        QDesktopServices.setUrlHandler(scheme, recorder, "open")  # type: ignore[arg-type]
    yield recorder
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def click_word(qtbot: QtBot, reader: ReaderView, word: str) -> None:
    cursor = reader.textCursor()
    cursor.setPosition(reader.to_document(TEXT.index(word) + len(word) // 2))
    position = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_only_web_and_mail_links_are_opened(qtbot: QtBot, desktop: UrlRecorder) -> None:
    # Built directly, as a damaged archive or an older version could hand them over.
    inlines = tuple(
        Inline(TEXT.index(word), TEXT.index(word) + len(word), "link", href) for word, href in LINKS.items()
    )
    reader = new_reader(qtbot, 900, 400)
    reader.show_article(Article(text=TEXT, inlines=inlines))
    qtbot.waitExposed(reader)
    for word in LINKS:
        click_word(qtbot, reader, word)
    assert desktop.opened == [LINKS["report"]]
