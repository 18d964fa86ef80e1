"""The Notes tab's list: each highlight painted as its quote, its rendered note and its tags."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.store.records import Highlight
from desktop.ui.panels.note_documents import note_document
from desktop.ui.panels.notes_model import (
    HIGHLIGHT_ROLE,
)
from desktop.ui.panels.widgets import muted, small_font
from desktop.ui.theme import highlight_accent, highlight_colour, is_dark

QUOTE_LINES = 3
NOTE_LINES = 4
# Room around a highlight row's contents.
PADDING = 8
# The colour bar down a row's left side, set in from the edge so a selected row frames it.
BAR_WIDTH = 4
BAR_INSET_PX = 2
# Each quote line is tinted a little taller than its text, the text set in from the tint's edge.
QUOTE_LINE_GAP_PX = 2
QUOTE_TEXT_INSET_PX = 3
QUOTE_TINT_RADIUS_PX = 3
# Above the note, and above the meta line (colour meaning and tags).
NOTE_GAP_PX = 4
META_GAP_PX = 6
# The meta line is a little taller than its small font, so a tag chip's fill frames its label.
META_EXTRA_PX = 4
# The meta line: the colour dot, where the meaning starts after it, the gap before the tags.
DOT_PX = 8
MEANING_INDENT_PX = 14
TAGS_GAP_PX = 10
# A tag chip: room around its label, the gap to the next, the gap before "+N more".
CHIP_PADDING_PX = 10
CHIP_GAP_PX = 4
MORE_GAP_PX = 6
# Text never lays out narrower than this, so a squeezed panel still wraps words, not letters.
MIN_TEXT_WIDTH_PX = 80


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
        # Where a highlight is in the article ("p. 12" in a PDF, "Chapter: …" in an EPUB): each
        # row names it (``desktop.core.chapters.places_in``).
        self.place: Callable[[int], str | None] = lambda offset: None

    def meta_label(self, highlight: Highlight) -> str:
        """The colour's meaning, and where the highlight is when the article says (page, chapter)."""
        meaning = self.meanings.get(highlight.colour, highlight.colour)
        place = self.place(highlight.start)
        return meaning if place is None else f"{meaning} · {place}"

    def forget_layouts(self) -> None:
        """Drops everything laid out (new records, another palette)."""
        self._layouts.clear()
        self._documents.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        highlight: Highlight = index.data(HIGHLIGHT_ROLE)
        layout = self._layout(highlight)
        line = QFontMetrics(self._view.font()).lineSpacing()
        height = PADDING + len(layout.quote_lines) * (line + QUOTE_LINE_GAP_PX)
        if layout.note is not None:
            height += NOTE_GAP_PX + layout.note_height
        height += META_GAP_PX + self._meta_height() + PADDING
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
            QRect(rect.left() + BAR_INSET_PX, rect.top() + PADDING, BAR_WIDTH, rect.height() - 2 * PADDING),
            highlight_accent(highlight.colour, dark),
        )
        left = rect.left() + BAR_INSET_PX + BAR_WIDTH + PADDING
        width = rect.right() - PADDING - left
        metrics = QFontMetrics(self._view.font())
        y = rect.top() + PADDING
        painter.setFont(self._view.font())
        for text in layout.quote_lines:
            line_rect = QRect(
                left,
                y,
                min(width, metrics.horizontalAdvance(text) + 2 * QUOTE_TEXT_INSET_PX),
                metrics.lineSpacing() + QUOTE_LINE_GAP_PX,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight_colour(highlight.colour, dark))
            painter.drawRoundedRect(line_rect, QUOTE_TINT_RADIUS_PX, QUOTE_TINT_RADIUS_PX)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                line_rect.adjusted(QUOTE_TEXT_INSET_PX, QUOTE_LINE_GAP_PX // 2, 0, 0),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
            y += metrics.lineSpacing() + QUOTE_LINE_GAP_PX
        if layout.note is not None:
            y += NOTE_GAP_PX
            self._paint_note(painter, layout, QRect(left, y, width, layout.note_height), text_colour, option)
            y += layout.note_height
        self._paint_meta(
            painter, highlight, QRect(left, y + META_GAP_PX, width, self._meta_height()), text_colour, dark
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
        """The colour's meaning (and page), then the tags as chips, on one line (elided with "+n")."""
        small = small_font(self._view.font())
        metrics = QFontMetrics(small)
        painter.setFont(small)
        dot = QRectF(area.left() + 1, area.center().y() - DOT_PX / 2, DOT_PX, DOT_PX)
        painter.setPen(highlight_accent(highlight.colour, dark))
        painter.setBrush(highlight_colour(highlight.colour, dark))
        painter.drawEllipse(dot)
        x = area.left() + MEANING_INDENT_PX
        meaning = self.meta_label(highlight)
        painter.setPen(muted(text_colour))
        painter.drawText(
            QRect(x, area.top(), area.width(), area.height()), Qt.AlignmentFlag.AlignVCenter, meaning
        )
        x += metrics.horizontalAdvance(meaning) + TAGS_GAP_PX
        chip_text = text_colour
        chip_fill = QColor(text_colour)
        chip_fill.setAlphaF(0.09)
        for shown, tag in enumerate(highlight.tags):
            label = f"#{tag}"
            chip_width = metrics.horizontalAdvance(label) + CHIP_PADDING_PX
            rest = len(highlight.tags) - shown
            more = f"+{rest}"
            reserve = 0 if rest == 1 else metrics.horizontalAdvance(more) + MORE_GAP_PX
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
            x += chip_width + CHIP_GAP_PX

    def _meta_height(self) -> int:
        return QFontMetrics(small_font(self._view.font())).height() + META_EXTRA_PX

    def _text_width(self) -> int:
        return max(MIN_TEXT_WIDTH_PX, self._view.viewport().width() - BAR_INSET_PX - BAR_WIDTH - 3 * PADDING)

    def _layout(self, highlight: Highlight) -> _RowLayout:
        width = self._text_width()
        if width != self._width:
            self._layouts.clear()
            self._width = width
        layout = self._layouts.get(highlight)
        if layout is None:
            font = self._view.font()
            quote = elided_lines(highlight.exact, font, width - 2 * QUOTE_TEXT_INSET_PX, QUOTE_LINES)
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
