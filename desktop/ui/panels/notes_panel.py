"""The Notes tab: the article's highlights with their notes and tags, edited in place.

The panel never touches the archive: it shows the records it is given and emits what the user
asked for (a note edited, a colour changed, a highlight to delete). Note edits are emitted a
moment after the last keystroke, and at once when the editor loses focus or another highlight
is chosen, so each edit is saved promptly without a write per keystroke.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.note_markdown import is_openable_link, render_note_html_limited, render_note_summary_html
from desktop.store.records import Colour, Highlight
from desktop.ui.panels.claims_model import counted
from desktop.ui.panels.notes_model import (
    HIGHLIGHT_ROLE,
    NotesFilter,
    NotesModel,
    colour_names,
    parse_tags,
    same_tags,
    shortened,
    tags_text,
)
from desktop.ui.panels.widgets import filter_combo, muted, refill, small_font
from desktop.ui.theme import highlight_accent, highlight_colour, is_dark
from desktop.ui.workers import WorkerPool

NOTE_SAVE_DELAY_MS = 400
# The preview follows typing once it pauses; a note that takes longer to render is shown as text.
PREVIEW_DELAY_MS = 250
PREVIEW_RENDER_SECONDS = 2.0
UNSAVED_MESSAGE = "\N{WARNING SIGN} Not saved yet: the archive is busy. Retrying…"
DEFAULT_MESSAGE = (
    "No highlights yet. Select a passage in the article and press H to highlight it; "
    "its note and tags are written here."
)
NO_MATCH_MESSAGE = "No highlights match these filters."
ALL_COLOURS = "All colours"
ALL_TAGS = "All tags"
QUOTE_LINES = 3
ORPHAN_QUOTE_CHARS = 240
NOTE_LINES = 4
PREVIEW_LINES = 8
EDITOR_LINES = 6
LIST_INDENT = 18  # px per list level in previews (Qt's 40 wastes a narrow panel)
PADDING = 8
BAR_WIDTH = 4
# Compact paragraphs for previews in a narrow side panel (Qt's default adds 12 px around each).
NOTE_STYLESHEET = (
    "p, ul, ol, pre, blockquote, table { margin-top: 0px; margin-bottom: 4px; }"
    " h1, h2, h3, h4, h5, h6 { margin-top: 2px; margin-bottom: 4px; }"
    " blockquote { margin-left: 10px; }"
)


def open_link(url: QUrl) -> bool:
    """Opens a note's web or mail link in the system browser; anything else is refused."""
    return is_openable_link(url.toString()) and QDesktopServices.openUrl(url)


def note_document(note: str, font: QFont) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(NOTE_STYLESHEET)
    document.setIndentWidth(LIST_INDENT)
    document.setHtml(render_note_summary_html(note))
    return document


def _unstyled_links(document: QTextDocument) -> None:
    """Lets links be drawn in the paint context's link colour, which the list sets to the text
    colour (links are underlined text there: a click activates the row, and the application's
    link blue is unreadable on a selected row). The HTML import bakes that blue in otherwise."""
    links: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            link_format = fragment.charFormat()
            if link_format.isAnchor():
                link_format.clearForeground()
                links.append((fragment.position(), fragment.position() + fragment.length(), link_format))
            iterator += 1
        block = block.next()
    cursor = QTextCursor(document)
    for start, end, link_format in links:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(link_format)


def note_first_line(note: str) -> str:
    """The first line of a note as it reads, without Markdown marks."""
    document = QTextDocument()
    document.setHtml(render_note_summary_html(note))
    return next((line.strip() for line in document.toPlainText().splitlines() if line.strip()), "")


def elided_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped at ``width`` into at most ``max_lines`` lines, the last one elided."""
    flat = " ".join(text.split())
    layout = QTextLayout(flat, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1 and start + length < len(flat):
            lines.append(QFontMetrics(font).elidedText(flat[start:], Qt.TextElideMode.ElideRight, width))
            break
        lines.append(flat[start : start + length].rstrip())
    layout.endLayout()
    return lines


def colour_swatch(key: str, dark: bool, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(highlight_accent(key, dark))
    painter.setBrush(highlight_colour(key, dark))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    painter.end()
    return QIcon(pixmap)


# -- the list ---------------------------------------------------------------------------------


@dataclass
class _RowLayout:
    quote_lines: list[str]
    note: QTextDocument | None
    note_height: int  # shown height: whole lines up to NOTE_LINES
    note_cut: bool


class HighlightDelegate(QStyledItemDelegate):
    """Paints a highlight as its quote on the highlight colour, its rendered note and its tags.

    Layouts are built once per highlight and width and reused for size and paint, so a list of
    hundreds of highlights scrolls and resizes smoothly.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._layouts: dict[Highlight, _RowLayout] = {}  # for the current width
        self._documents: dict[Highlight, QTextDocument] = {}  # rendered notes, re-wrapped on resize
        self._width = -1
        self.meanings: dict[str, str] = {}

    def forget_layouts(self) -> None:
        """Drops everything laid out (new records, another palette)."""
        self._layouts.clear()
        self._documents.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        highlight: Highlight = index.data(HIGHLIGHT_ROLE)
        layout = self._layout(highlight)
        line = QFontMetrics(self._view.font()).lineSpacing()
        height = PADDING + len(layout.quote_lines) * (line + 2)
        if layout.note is not None:
            height += 4 + layout.note_height
        height += 6 + self._meta_height() + PADDING
        return QSize(self._view.viewport().width(), height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        highlight: Highlight = index.data(HIGHLIGHT_ROLE)
        layout = self._layout(highlight)
        palette: QPalette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        dark = is_dark(palette)
        painter.save()
        option.text = ""
        self._view.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self._view
        )
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The colour bar, then the quote on its highlight colour as in the reader.
        painter.fillRect(
            QRect(rect.left() + 2, rect.top() + PADDING, BAR_WIDTH, rect.height() - 2 * PADDING),
            highlight_accent(highlight.colour, dark),
        )
        left = rect.left() + 2 + BAR_WIDTH + PADDING
        width = rect.right() - PADDING - left
        metrics = QFontMetrics(self._view.font())
        y = rect.top() + PADDING
        painter.setFont(self._view.font())
        for text in layout.quote_lines:
            line_rect = QRect(
                left, y, min(width, metrics.horizontalAdvance(text) + 6), metrics.lineSpacing() + 2
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight_colour(highlight.colour, dark))
            painter.drawRoundedRect(line_rect, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(line_rect.adjusted(3, 1, 0, 0), Qt.AlignmentFlag.AlignLeft, text)
            y += metrics.lineSpacing() + 2
        if layout.note is not None:
            y += 4
            self._paint_note(painter, layout, QRect(left, y, width, layout.note_height), text_colour, option)
            y += layout.note_height
        self._paint_meta(
            painter, highlight, QRect(left, y + 6, width, self._meta_height()), text_colour, dark
        )
        # A hairline between rows.
        separator = QColor(palette.color(QPalette.ColorRole.Text))
        separator.setAlphaF(0.08)
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), separator)
        painter.restore()

    def _paint_note(
        self,
        painter: QPainter,
        layout: _RowLayout,
        area: QRect,
        text_colour: QColor,
        option: QStyleOptionViewItem,
    ) -> None:
        assert layout.note is not None
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(QRect(0, 0, area.width(), area.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        context.palette.setColor(QPalette.ColorRole.Link, text_colour)
        layout.note.documentLayout().draw(painter, context)
        painter.restore()
        if layout.note_cut:
            # Fade the last shown line into the row background: there is more in the editor.
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            background = option.palette.color(
                QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
            )
            fade_height = QFontMetrics(self._view.font()).lineSpacing()
            fade = QLinearGradient(QPointF(0, area.bottom() - fade_height), QPointF(0, area.bottom()))
            clear = QColor(background)
            clear.setAlpha(0)
            fade.setColorAt(0, clear)
            fade.setColorAt(1, background)
            painter.fillRect(
                QRect(area.left(), area.bottom() - fade_height, area.width(), fade_height + 1), fade
            )

    def _paint_meta(
        self, painter: QPainter, highlight: Highlight, area: QRect, text_colour: QColor, dark: bool
    ) -> None:
        """The colour's meaning, then the tags as chips, on one line (elided with "+n")."""
        small = small_font(self._view.font())
        metrics = QFontMetrics(small)
        painter.setFont(small)
        dot = QRectF(area.left() + 1, area.center().y() - 4, 8, 8)
        painter.setPen(highlight_accent(highlight.colour, dark))
        painter.setBrush(highlight_colour(highlight.colour, dark))
        painter.drawEllipse(dot)
        x = area.left() + 14
        meaning = self.meanings.get(highlight.colour, highlight.colour)
        painter.setPen(muted(text_colour))
        painter.drawText(
            QRect(x, area.top(), area.width(), area.height()), Qt.AlignmentFlag.AlignVCenter, meaning
        )
        x += metrics.horizontalAdvance(meaning) + 10
        chip_text = text_colour
        chip_fill = QColor(text_colour)
        chip_fill.setAlphaF(0.09)
        for shown, tag in enumerate(highlight.tags):
            label = f"#{tag}"
            chip_width = metrics.horizontalAdvance(label) + 10
            rest = len(highlight.tags) - shown
            more = f"+{rest}"
            reserve = 0 if rest == 1 else metrics.horizontalAdvance(more) + 6
            if x + chip_width + reserve > area.right():
                painter.setPen(muted(text_colour))
                painter.drawText(
                    QRect(x, area.top(), area.right() - x, area.height()), Qt.AlignmentFlag.AlignVCenter, more
                )
                break
            chip = QRect(x, area.top(), chip_width, area.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip_fill)
            painter.drawRoundedRect(chip, area.height() / 2, area.height() / 2)
            painter.setPen(chip_text)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += chip_width + 4

    def _meta_height(self) -> int:
        return QFontMetrics(small_font(self._view.font())).height() + 4

    def _text_width(self) -> int:
        return max(80, self._view.viewport().width() - 2 - BAR_WIDTH - 3 * PADDING)

    def _layout(self, highlight: Highlight) -> _RowLayout:
        width = self._text_width()
        if width != self._width:
            self._layouts.clear()
            self._width = width
        layout = self._layouts.get(highlight)
        if layout is None:
            font = self._view.font()
            quote = elided_lines(highlight.exact, font, width - 6, QUOTE_LINES)
            layout = _RowLayout(quote, None, 0, False)
            if highlight.note.strip():
                document = self._documents.get(highlight)
                if document is None:
                    document = note_document(highlight.note, font)
                    _unstyled_links(document)
                    self._documents[highlight] = document
                document.setTextWidth(width)
                limit = NOTE_LINES * QFontMetrics(font).lineSpacing()
                shown = _whole_lines_height(document, limit)
                layout = _RowLayout(quote, document, shown, shown < document.size().height() - 1)
            self._layouts[highlight] = layout
        return layout


def _whole_lines_height(document: QTextDocument, limit: int) -> int:
    """The height of the document's lines that fit entirely within ``limit`` (at least one line)."""
    bottom = 0.0
    document.size()  # lays the document out: block layouts have no lines before
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            line_bottom = layout.position().y() + line.y() + line.height()
            if line_bottom > limit and bottom > 0:
                return int(bottom + 0.5)
            bottom = line_bottom
        block = block.next()
    return int(bottom + 0.5)


class HighlightList(QListView):
    """A list whose rows re-wrap when its width changes (Qt caches row heights otherwise; the
    delegate notices the new width itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlight_delegate = HighlightDelegate(self)
        self.setItemDelegate(self.highlight_delegate)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


# -- editing ----------------------------------------------------------------------------------


class _NoteTextEdit(QPlainTextEdit):
    """A note editor a few lines tall to begin with (Qt's default is a large square)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = QFontMetrics(self.font()).lineSpacing() * EDITOR_LINES
        return QSize(hint.width(), lines + 2 * self.frameWidth() + 8)


class NoteEditor(QWidget):
    """A Markdown note with its rendered preview; ``edited`` follows typing with a short delay,
    and comes at once when the editor loses focus or :meth:`flush` is called.

    The preview is rendered a moment after typing pauses, on a worker thread (a long note in a
    child process with a time limit), so no note, however long or odd, slows the typing."""

    edited = Signal(str)
    previewShown = Signal()  # the preview shows the text as it was when its rendering began

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = _NoteTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setDefaultStyleSheet(NOTE_STYLESHEET)
        self.preview.document().setIndentWidth(LIST_INDENT)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setBackgroundRole(QPalette.ColorRole.Window)
        self.preview.viewport().setAutoFillBackground(False)
        self.preview.setToolTip("Preview: links open in your browser when clicked")
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
        self.unsaved_label.setMargin(3)
        self.unsaved_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
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

    def _show_preview(self, html: str) -> None:
        self.preview.setHtml(html)
        self.preview.setVisible(bool(html))
        self._fit_preview()

    def _fit_preview(self) -> None:
        """As tall as the rendered note, up to a few lines (then it scrolls)."""
        document = self.preview.document()
        document.setTextWidth(self.preview.viewport().width())
        limit = PREVIEW_LINES * QFontMetrics(self.preview.font()).lineSpacing()
        margins = 2 * int(document.documentMargin()) + 2 * self.preview.frameWidth()
        self.preview.setFixedHeight(min(int(document.size().height()) + 2, limit) + margins)


class TagCompleter(QCompleter):
    """Completes the word being typed in a comma/space separated tags field, keeping the others."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self._field = field
        self.tags_model = QStringListModel(self)
        self.setModel(self.tags_model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_tags(self, tags: Sequence[str]) -> None:
        self.tags_model.setStringList(list(tags))

    def splitPath(self, path: str) -> list[str]:
        return [_last_word(path)[1].lstrip("#")]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        kept, _ = _last_word(self._field.text())
        return f"{kept}{index.data()}, "


def _last_word(text: str) -> tuple[str, str]:
    """``text`` split before its last tag being typed: ("war, ", "dro") for "war, dro"."""
    cut = max(text.rfind(","), text.rfind(" ")) + 1
    return text[:cut], text[cut:]


class ColourPicker(QWidget):
    """Five round buttons, one per highlight colour, with the colour's meaning beside them."""

    colourChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._meanings: dict[str, str] = {}
        self.meaning_label = QLabel()
        self.meaning_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addStretch(0)
        self._layout.addSpacing(6)
        self._layout.addWidget(self.meaning_label, 1)

    def set_colours(self, colours: Sequence[Colour]) -> None:
        """One button per colour; the buttons are kept when only the meanings changed."""
        self._meanings = {colour.key: colour.meaning for colour in colours}
        if list(self.buttons) != [colour.key for colour in colours]:
            for button in self.buttons.values():
                self._group.removeButton(button)
                self._layout.removeWidget(button)
                button.setParent(None)
            self.buttons = {}
            for position, colour in enumerate(colours):
                button = QToolButton()
                button.setCheckable(True)
                button.setAutoRaise(True)
                button.setIconSize(QSize(16, 16))
                button.clicked.connect(lambda _checked=False, key=colour.key: self._chosen(key))
                self._group.addButton(button)
                self._layout.insertWidget(position, button)
                self.buttons[colour.key] = button
            self.refresh_swatches()
        for key, button in self.buttons.items():
            button.setToolTip(colour_names(key, self._meanings))
            button.setAccessibleName(colour_names(key, self._meanings))

    def set_current(self, key: str) -> None:
        button = self.buttons.get(key)
        if button is not None:
            button.setChecked(True)
        self.meaning_label.setText(self._meanings.get(key, key).capitalize())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_swatches()

    def refresh_swatches(self) -> None:
        dark = is_dark(self.palette())
        for key, button in self.buttons.items():
            button.setIcon(colour_swatch(key, dark, 16))

    def _chosen(self, key: str) -> None:
        self.set_current(key)
        self.colourChosen.emit(key)


# -- orphans ----------------------------------------------------------------------------------


class OrphanRow(QWidget):
    """One highlight that no longer fits the text: its quote, its note, and what to do with it."""

    def __init__(self, highlight: Highlight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlight = highlight
        quote = QLabel(shortened(" ".join(highlight.exact.split()), ORPHAN_QUOTE_CHARS))
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setToolTip(highlight.exact)
        quote.setMargin(3)
        quote.setAutoFillBackground(True)
        quote.setBackgroundRole(QPalette.ColorRole.Window)
        self.quote = quote
        self.note = QLabel(render_note_summary_html(highlight.note))
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        self.note.setOpenExternalLinks(False)
        self.note.linkActivated.connect(lambda link: open_link(QUrl(link)))
        self.note.setVisible(bool(highlight.note.strip()))
        self.place_button = QPushButton("Place at selection")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete this highlight and its note")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(quote)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.set_place_enabled(False)
        self.show_colours()

    def set_place_enabled(self, enabled: bool) -> None:
        self.place_button.setEnabled(enabled)
        self.place_button.setToolTip(
            "Attach this highlight to the passage selected in the article"
            if enabled
            else "Select the passage in the article first, then place this highlight there"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_colours()

    def show_colours(self) -> None:
        """The quote on its highlight colour, as the list and the reader show highlights."""
        palette = self.quote.palette()
        palette.setColor(
            QPalette.ColorRole.Window, highlight_colour(self.highlight.colour, is_dark(self.palette()))
        )
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.Text))
        self.quote.setPalette(palette)


# -- the panel --------------------------------------------------------------------------------


class NotesPanel(QWidget):
    """Lists the article's highlights with notes and tags and edits them in place."""

    highlightActivated = Signal(int)  # highlight id: the reader scrolls to it
    noteEdited = Signal(int, str)
    tagsEdited = Signal(int, list)  # list of str
    colourChanged = Signal(int, str)
    deleteRequested = Signal(int)
    articleNoteEdited = Signal(str)
    orphanPlaceRequested = Signal(int)
    orphanDeleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours: tuple[Colour, ...] = ()
        self._current_id: int | None = None
        self._reloading = False
        self._unsaved_ids: frozenset[int] = frozenset()
        self._selection_available = False
        self.model = NotesModel(self)
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(self.model)

        self.article_note_button = QToolButton()
        self.article_note_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.article_note_button.setAutoRaise(True)
        self.article_note_button.setCheckable(True)
        self.article_note_button.setToolTip("Your note on the whole article (Markdown)")
        # Its summary is elided to the panel's width; it must not widen the panel.
        self.article_note_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.article_note_button.toggled.connect(self._toggle_article_note)
        self.article_note = NoteEditor("A note on the whole article, in Markdown…")
        self.article_note.edited.connect(self._article_note_edited)
        self.article_note.editor.textChanged.connect(self._update_article_note_button)

        self.orphans_box = self._build_orphans_box()

        self.colour_combo = filter_combo("Show the highlights of one colour", 10)
        self.tag_combo = filter_combo("Show the highlights with one tag", 8)
        self.colour_combo.currentIndexChanged.connect(self._apply_filters)
        self.tag_combo.currentIndexChanged.connect(self._apply_filters)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.list = HighlightList()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_context_menu)
        self.list.clicked.connect(self.activate)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._add_list_shortcuts()

        self.editor_area = self._build_editor_area()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.editor_area)
        # Extra height goes to the list; the editor keeps its natural size until dragged.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        self.placeholder = QLabel(DEFAULT_MESSAGE)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setMargin(16)

        filters_row = QHBoxLayout()
        filters_row.addWidget(self.colour_combo, 3)
        filters_row.addWidget(self.tag_combo, 2)
        self.filters = QWidget()
        filters = QVBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addLayout(filters_row)
        filters.addWidget(self.summary)
        self.article_section = QWidget()
        article_layout = QVBoxLayout(self.article_section)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.setSpacing(2)
        article_layout.addWidget(self.article_note_button)
        article_layout.addWidget(self.article_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.article_section)
        layout.addWidget(self.orphans_box)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.placeholder, 1)
        self.article_note.setVisible(False)
        self.clear(DEFAULT_MESSAGE)

    def _build_editor_area(self) -> QWidget:
        self.colour_picker = ColourPicker()
        self.colour_picker.colourChosen.connect(self._colour_chosen)
        self.delete_button = QToolButton()
        self.delete_button.setText("Delete")
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.delete_button.setAutoRaise(True)
        self.delete_button.setToolTip("Delete this highlight and its note (Delete)")
        self.delete_button.clicked.connect(self.delete_current)
        self.note_editor = NoteEditor("Write a note in Markdown: *emphasis*, [links](https://…), - lists…")
        self.note_editor.edited.connect(self._note_edited)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText("Tags, separated by commas or spaces")
        self.tags_edit.setClearButtonEnabled(True)
        self.tags_edit.setToolTip("Tags, separated by commas or spaces; Enter saves them")
        self.tag_completer = TagCompleter(self.tags_edit)
        self.tags_edit.setCompleter(self.tag_completer)
        self.tags_edit.editingFinished.connect(self._save_tags)
        tags_label = QLabel("Tags")
        tags_label.setBuddy(self.tags_edit)
        header = QHBoxLayout()
        header.addWidget(self.colour_picker, 1)
        header.addWidget(self.delete_button)
        tags_row = QHBoxLayout()
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags_edit, 1)
        area = QWidget()
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.note_editor, 1)
        layout.addLayout(tags_row)
        return area

    def _build_orphans_box(self) -> QWidget:
        self.orphans_title = QLabel()
        bold = self.orphans_title.font()
        bold.setBold(True)
        self.orphans_title.setFont(bold)
        icon = QLabel()
        size = QFontMetrics(bold).height()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(icon)
        title_row.addWidget(self.orphans_title, 1)
        explanation = QLabel(
            "The article's text changed and these highlights were not found in it. Select the passage"
            " in the article and place one there, or delete it."
        )
        explanation.setWordWrap(True)
        explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.orphan_rows = QVBoxLayout()
        self.orphan_rows.setContentsMargins(0, 0, 0, 0)
        self.orphan_rows.setSpacing(4)
        rows = QWidget()
        rows.setLayout(self.orphan_rows)
        self.orphans_scroll = QScrollArea()
        self.orphans_scroll.setWidget(rows)
        self.orphans_scroll.setWidgetResizable(True)
        self.orphans_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.orphans_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.orphans_scroll.setMaximumHeight(220)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(title_row)
        layout.addWidget(explanation)
        layout.addWidget(self.orphans_scroll)
        return box

    def _add_list_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetShortcut
        # Clicks and Return both activate (``activated`` depends on the style's single/double click).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.list, context=context).activated.connect(
                lambda: self.activate(self.list.currentIndex())
            )
        for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            QShortcut(QKeySequence(key), self.list, context=context).activated.connect(self.delete_current)
        QShortcut(QKeySequence.StandardKey.Copy, self.list, context=context).activated.connect(
            self.copy_quote
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Combo swatches and the colours inside laid-out rows follow the palette (the colour
            # picker and the orphans follow it themselves: children get the new palette later).
            self.list.highlight_delegate.forget_layouts()
            self.list.viewport().update()
            self._fill_filters()

    # -- showing ---------------------------------------------------------------------------------

    def show_highlights(
        self,
        highlights: Sequence[Highlight],
        orphans: Sequence[Highlight],
        colours: Sequence[Colour],
        known_tags: Sequence[str],
        article_note: str,
    ) -> None:
        """Shows an article's highlights (in text order), its orphans and its note.

        Nothing is emitted meanwhile: what the editors show is set from the records, except
        typing not emitted yet, which stays (and is emitted afterwards). The highlight being
        edited stays selected when it is still listed, so the window may call this after every
        change, an undo included, without disturbing the typing or writing anything back.
        """
        kept = self._current_id
        with self._reloading_records():
            self._colours = tuple(colours)
            meanings = {colour.key: colour.meaning for colour in colours}
            self.list.highlight_delegate.meanings = meanings
            self.list.highlight_delegate.forget_layouts()
            self.colour_picker.set_colours(colours)
            self.tag_completer.set_tags(known_tags)
            self.model.set_highlights(highlights)
            self._show_orphans(orphans)
            if not self.article_note.pending():
                self.article_note.set_text(article_note)
            self._update_article_note_button()
            self.article_section.setVisible(True)
            self.placeholder.setText(DEFAULT_MESSAGE)
            if self.proxy.tag is not None and all(self.proxy.tag not in h.tags for h in highlights):
                self.proxy.set_filters(self.proxy.colour, None)  # a filter the new list cannot use
            self._fill_filters()
            self._apply_filters()
            current = None if kept is None else self.model.find(kept)
            if current is not None:
                self.select_highlight(current.id)
            self._load_editor(current)

    @contextmanager
    def _reloading_records(self) -> Iterator[None]:
        """While the records are replaced, the editors' changes are not the user's: ignored."""
        self._reloading = True
        try:
            yield
        finally:
            self._reloading = False

    def clear(self, message: str) -> None:
        """No article (or no archive): ``message`` says why, and nothing can be edited."""
        self.flush_edits()
        with self._reloading_records():
            self.model.set_highlights(())
            self._show_orphans(())
            self.article_note.set_text("")
            self.article_section.setVisible(False)
            self.filters.setVisible(False)
            self.splitter.setVisible(False)
            self.placeholder.setText(message)
            self.placeholder.setVisible(True)
            self._load_editor(None)

    def update_highlight(self, highlight: Highlight) -> None:
        """Shows the saved (or undone) state of one listed highlight. Its editor keeps what the
        user is typing; otherwise it shows the new note and tags."""
        if not self.model.replace(highlight):
            return
        with self._reloading_records():
            self._fill_filters()
            self._show_counts()
            if highlight.id == self._current_id:
                self._load_editor(highlight)

    def show_unsaved(self, highlight_ids: Collection[int], article_note: bool) -> None:
        """Marks the editors whose text is not stored in the archive yet."""
        self._unsaved_ids = frozenset(highlight_ids)
        self.note_editor.set_unsaved(self._current_id in self._unsaved_ids)
        self.article_note.set_unsaved(article_note)

    def set_selection_available(self, available: bool) -> None:
        """Whether the reader has a selection an orphan can be placed at (enables the buttons)."""
        self._selection_available = available
        for row in self._orphan_rows():
            row.set_place_enabled(available)

    def select_highlight(self, highlight_id: int) -> None:
        """Selects and shows a highlight (the user clicked it in the text); filters that hide it are cleared."""
        row = self.model.row_of(highlight_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.colour_combo.setCurrentIndex(0)
            self.tag_combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().setCurrentIndex(index, flags)
        self.list.scrollTo(index)

    def focus_note_editor(self) -> None:
        """Puts the cursor at the end of the selected highlight's note (to write one right away)."""
        if self._current_id is None:
            return
        self.note_editor.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.note_editor.editor.moveCursor(self.note_editor.editor.textCursor().MoveOperation.End)

    def current_highlight(self) -> Highlight | None:
        return None if self._current_id is None else self.model.find(self._current_id)

    def flush_edits(self) -> None:
        """Emits the note and tags typed for the selected highlight, and the article note, now."""
        self.note_editor.flush()
        self._save_tags()
        self.article_note.flush()

    # -- filters ---------------------------------------------------------------------------------

    def selected_colour_filter(self) -> str | None:
        data = self.colour_combo.currentData()
        return data if isinstance(data, str) else None

    def set_colour_filter(self, key: str | None) -> None:
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(key)) if key else 0)

    def selected_tag_filter(self) -> str | None:
        data = self.tag_combo.currentData()
        return data if isinstance(data, str) else None

    def set_tag_filter(self, tag: str | None) -> None:
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(tag)) if tag else 0)

    def _fill_filters(self) -> None:
        highlights = self.model.highlights
        dark = is_dark(self.palette())
        meanings = {colour.key: colour.meaning for colour in self._colours}
        colour_counts = Counter(highlight.colour for highlight in highlights)
        refill(
            self.colour_combo,
            [(f"{ALL_COLOURS} ({len(highlights)})", None, None)]
            + [
                (
                    f"{colour_names(colour.key, meanings)} · {colour_counts[colour.key]}",
                    colour.key,
                    colour_swatch(colour.key, dark),
                )
                for colour in self._colours
            ],
        )
        tag_counts = Counter(tag for highlight in highlights for tag in highlight.tags)
        tags = sorted(tag_counts, key=lambda tag: (-tag_counts[tag], tag.casefold()))
        if self.proxy.tag is not None and self.proxy.tag not in tag_counts:
            # The last use of the tag filtered on was just removed: keep offering it (with 0)
            # rather than silently switching the filter while the list is being edited.
            tags.append(self.proxy.tag)
        refill(
            self.tag_combo,
            [(ALL_TAGS if tags else "No tags yet", None, None)]
            + [(f"#{tag} · {tag_counts[tag]}", tag, None) for tag in tags],
        )
        self.tag_combo.setEnabled(bool(tags))

    def _apply_filters(self) -> None:
        # Saved before the filter may hide the edited highlight: not from inside the proxy's change.
        if not self._reloading:
            self.flush_edits()
        self.proxy.set_filters(self.selected_colour_filter(), self.selected_tag_filter())
        self._show_counts()

    def _show_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.filters.setVisible(total > 0)
        self.splitter.setVisible(shown > 0)
        self.placeholder.setVisible(shown == 0)
        if total and not shown:
            self.placeholder.setText(NO_MATCH_MESSAGE)
        noted = sum(1 for highlight in self.model.highlights if highlight.note.strip())
        if shown == total:
            self.summary.setText(f"{counted(total, 'highlight')} · {noted} with notes")
        else:
            self.summary.setText(f"Showing {shown} of {counted(total, 'highlight')}")

    # -- acting ----------------------------------------------------------------------------------

    def activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            highlight: Highlight = index.data(HIGHLIGHT_ROLE)
            self.highlightActivated.emit(highlight.id)

    def delete_current(self) -> None:
        if self._current_id is not None:
            self.deleteRequested.emit(self._current_id)

    def copy_quote(self) -> None:
        highlight = self.current_highlight()
        if highlight is not None:
            QApplication.clipboard().setText(highlight.exact)

    def context_menu(self, index: QModelIndex | QPersistentModelIndex) -> QMenu:
        """The menu for the row at ``index`` (built separately from showing it, for tests)."""
        highlight: Highlight = index.data(HIGHLIGHT_ROLE)
        meanings = {colour.key: colour.meaning for colour in self._colours}
        menu = QMenu(self)
        menu.addAction("Show in article", lambda: self.highlightActivated.emit(highlight.id))
        menu.addAction("Edit note", self.focus_note_editor)
        colours = menu.addMenu("Colour")
        dark = is_dark(self.palette())
        for colour in self._colours:
            action = QAction(colour_swatch(colour.key, dark), colour_names(colour.key, meanings), colours)
            action.triggered.connect(
                lambda _checked=False, key=colour.key: self._change_colour(highlight.id, key)
            )
            colours.addAction(action)
            action.setCheckable(True)
            action.setChecked(colour.key == highlight.colour)
        menu.addSeparator()
        copy = menu.addAction("Copy quote", lambda: QApplication.clipboard().setText(highlight.exact))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        if highlight.note.strip():
            menu.addAction("Copy note", lambda: QApplication.clipboard().setText(highlight.note))
        menu.addSeparator()
        delete = menu.addAction("Delete highlight", lambda: self.deleteRequested.emit(highlight.id))
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if not index.isValid():
            return
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.context_menu(index).exec(self.list.viewport().mapToGlobal(position))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reloading:
            return  # the reload chooses what the editor shows when it is done
        self.flush_edits()
        self._load_editor(current.data(HIGHLIGHT_ROLE) if current.isValid() else None)

    def _load_editor(self, highlight: Highlight | None) -> None:
        """Shows ``highlight`` in the editor; for the one already shown, typing not emitted yet
        (a note being typed, tags changed but not entered) is kept."""
        same = highlight is not None and highlight.id == self._current_id
        self._current_id = None if highlight is None else highlight.id
        self.editor_area.setVisible(highlight is not None)
        self.note_editor.set_unsaved(self._current_id in self._unsaved_ids)
        if highlight is None:
            return
        self.colour_picker.set_current(highlight.colour)
        if not (same and self.note_editor.pending()):
            self.note_editor.set_text(highlight.note)
        if not (same and self.tags_edit.isModified()):
            self.tags_edit.setText(tags_text(highlight.tags))

    def _note_edited(self, text: str) -> None:
        if self._reloading:
            self.note_editor.keep_pending()  # the editor lost focus as the list was rebuilt
            return
        highlight = self.current_highlight()
        if highlight is None or text == highlight.note:
            return
        self.model.replace(replace(highlight, note=text))
        self._show_counts()  # the "with notes" count
        self.noteEdited.emit(highlight.id, text)

    def _article_note_edited(self, text: str) -> None:
        if self._reloading:
            self.article_note.keep_pending()
            return
        self.articleNoteEdited.emit(text)

    def _save_tags(self) -> None:
        highlight = self.current_highlight()
        if highlight is None or self._reloading:
            return  # while reloading, the field's text is kept (modified) and saved afterwards
        tags = parse_tags(self.tags_edit.text())
        self.tags_edit.setModified(False)
        if same_tags(tags, highlight.tags):
            return
        self.model.replace(replace(highlight, tags=tuple(tags)))
        self._fill_filters()
        self.tagsEdited.emit(highlight.id, tags)

    def _colour_chosen(self, key: str) -> None:
        if self._current_id is not None:
            self._change_colour(self._current_id, key)

    def _change_colour(self, highlight_id: int, key: str) -> None:
        highlight = self.model.find(highlight_id)
        if highlight is None or highlight.colour == key or self._reloading:
            return
        self.model.replace(replace(highlight, colour=key))
        if highlight_id == self._current_id:
            self.colour_picker.set_current(key)
        self._fill_filters()
        self.colourChanged.emit(highlight_id, key)

    def _toggle_article_note(self, expanded: bool) -> None:
        self.article_note.setVisible(expanded)
        self._update_article_note_button()
        if expanded:
            self.article_note.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_article_note_button(self) -> None:
        """ "Article note" with an arrow; collapsed, also the note's first line (elided)."""
        expanded = self.article_note_button.isChecked()
        self.article_note_button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        first_line = "" if expanded else note_first_line(self.article_note.text())
        if not first_line:
            self.article_note_button.setText("Article note")
            return
        metrics = self.article_note_button.fontMetrics()
        room = self.width() - metrics.horizontalAdvance("Article note — ") - 60
        summary = metrics.elidedText(first_line, Qt.TextElideMode.ElideRight, max(60, room))
        self.article_note_button.setText(f"Article note — {summary}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_article_note_button()

    def _show_orphans(self, orphans: Sequence[Highlight]) -> None:
        for row in self._orphan_rows():
            self.orphan_rows.removeWidget(row)
            row.deleteLater()
        for orphan in orphans:
            row = OrphanRow(orphan)
            row.set_place_enabled(self._selection_available)
            row.place_button.clicked.connect(
                lambda _checked=False, i=orphan.id: self.orphanPlaceRequested.emit(i)
            )
            row.delete_button.clicked.connect(
                lambda _checked=False, i=orphan.id: self.orphanDeleteRequested.emit(i)
            )
            self.orphan_rows.addWidget(row)
        self.orphans_title.setText(f"Not found in the text ({len(orphans)})")
        self.orphans_box.setVisible(bool(orphans))

    def _orphan_rows(self) -> list[OrphanRow]:
        items = (self.orphan_rows.itemAt(i) for i in range(self.orphan_rows.count()))
        return [row for item in items if item is not None and isinstance(row := item.widget(), OrphanRow)]
