"""A note's Markdown editor with its preview, and what it emits as the user types."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.note_markdown import render_note_html_limited
from desktop.ui.links import open_link
from desktop.ui.panels.note_documents import LIST_INDENT, NOTE_STYLESHEET
from desktop.ui.panels.spacing import LABEL_MARGIN_PX, SPACING_PX
from desktop.ui.theme import highlight_colour, is_dark
from desktop.ui.workers import WorkerPool

NOTE_SAVE_DELAY_MS = 400
# The preview follows typing once it pauses; a note that takes longer to render is shown as text.
PREVIEW_DELAY_MS = 250
PREVIEW_RENDER_SECONDS = 2.0
UNSAVED_MESSAGE = "\N{WARNING SIGN} Not saved yet: the archive is busy. Retrying…"
PREVIEW_LINES = 8
EDITOR_LINES = 6
# Below the editor's last line, so the cursor there does not sit on the frame.
EDITOR_BOTTOM_ROOM_PX = 8
# Below the preview's last line, so a descender is not cut off by the fixed height.
PREVIEW_BOTTOM_ROOM_PX = 2


class _NoteTextEdit(QPlainTextEdit):
    """A note editor a few lines tall to begin with (Qt's default is a large square)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = QFontMetrics(self.font()).lineSpacing() * EDITOR_LINES
        return QSize(hint.width(), lines + 2 * self.frameWidth() + EDITOR_BOTTOM_ROOM_PX)


class NoteEditor(QWidget):
    """A Markdown note with its rendered preview; ``edited`` follows typing with a short delay,
    and comes at once when the editor loses focus or :meth:`flush` is called.

    The preview is rendered a moment after typing pauses, on a worker thread (a long note in a
    child process with a time limit), so no note, however long or odd, slows the typing."""

    edited = Signal(str)
    previewShown = Signal()  # the preview shows the text as it was when its rendering began

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview_html = ""
        self.editor = _NoteTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setIndentWidth(LIST_INDENT)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setBackgroundRole(QPalette.ColorRole.Window)
        self.preview.viewport().setAutoFillBackground(False)
        self.preview.setToolTip("Preview: links open in your browser when clicked")
        # Out of the Tab chain: Tab from the note goes on to the tags, not into a mirror of the
        # note and then through each of its links (a tag typed there was lost). A click still
        # focuses it, to select and copy its text.
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.preview.anchorClicked.connect(open_link)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._render_preview)
        self._renderer = WorkerPool(1, self)
        self._rendering = False
        self._preview_stale = False
        self.editor.textChanged.connect(self._typed)
        self.unsaved_label = QLabel(UNSAVED_MESSAGE)
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setToolTip(
            "The archive could not be written (another program holds it, or the disk is full)."
            " Your text stays here and is saved by itself once it can be."
        )
        self.unsaved_label.setAutoFillBackground(True)
        self.unsaved_label.setMargin(LABEL_MARGIN_PX)
        self.unsaved_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_PX)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.unsaved_label)
        layout.addWidget(self.preview)
        self._show_preview("")

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Shows ``text`` without emitting; unsaved typing is dropped, so flush first."""
        self._timer.stop()
        self._dirty = False
        if text != self.editor.toPlainText():
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self._preview_timer.stop()
            self._render_preview()

    def pending(self) -> bool:
        """Whether typing has not been emitted yet."""
        return self._dirty

    def keep_pending(self) -> None:
        """Takes back an emission that could not be used now: the text is emitted again later."""
        self._dirty = True
        self._timer.start()

    def set_unsaved(self, unsaved: bool) -> None:
        """Marks the text as emitted but not stored in the archive yet (or stored at last)."""
        self.unsaved_label.setVisible(unsaved)
        if unsaved:
            # On the "disputed" red, as legible under the text colour as a highlight is.
            palette = self.unsaved_label.palette()
            palette.setColor(QPalette.ColorRole.Window, highlight_colour("red", is_dark(self.palette())))
            palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.Text))
            self.unsaved_label.setPalette(palette)

    def is_marked_unsaved(self) -> bool:
        return not self.unsaved_label.isHidden()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.edited.emit(self.editor.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        self._dirty = True
        self._timer.start()
        self._preview_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _render_preview(self) -> None:
        """Renders the text on the worker; one rendering at a time, the latest text next."""
        if self._rendering:
            self._preview_stale = True
            return
        self._rendering, self._preview_stale = True, False
        text = self.editor.toPlainText()
        self._renderer.submit(
            lambda: render_note_html_limited(text, PREVIEW_RENDER_SECONDS),
            self._rendered,
            lambda _error: self._rendered(""),
        )

    def _rendered(self, html: str) -> None:
        self._rendering = False
        self._show_preview(html)
        if self._preview_stale:
            self._render_preview()
        else:
            self.previewShown.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._show_preview(self._preview_html)  # its links take the colour when it is set

    def _show_preview(self, html: str) -> None:
        self._preview_html = html
        # Qt colours a link as the HTML is read, in the application's colour by default (dark
        # blue, unreadable on the dark theme's panel): the panel's own, as its text.
        link = self.palette().color(QPalette.ColorRole.Link).name()
        self.preview.document().setDefaultStyleSheet(f"{NOTE_STYLESHEET} a {{ color: {link}; }}")
        self.preview.setHtml(html)
        self.preview.setVisible(bool(html))
        self._fit_preview()

    def _fit_preview(self) -> None:
        """As tall as the rendered note, up to a few lines (then it scrolls)."""
        document = self.preview.document()
        document.setTextWidth(self.preview.viewport().width())
        limit = PREVIEW_LINES * QFontMetrics(self.preview.font()).lineSpacing()
        margins = 2 * int(document.documentMargin()) + 2 * self.preview.frameWidth()
        self.preview.setFixedHeight(
            min(int(document.size().height()) + PREVIEW_BOTTOM_ROOM_PX, limit) + margins
        )
