"""The read-only reading pane: article text laid out for reading, with span highlights.

Positions in and out of this widget are code points into ``Article.text``; the conversion to
Qt's UTF-16 positions happens here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCursor,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from desktop.core.article import Article
from desktop.core.long_lines import break_long_lines
from desktop.core.text_offsets import Utf16Offsets
from desktop.ui.article_layout import apply_layout, recolour, respace
from desktop.ui.layout_ahead import LayoutAhead
from desktop.ui.links import open_link
from desktop.ui.reading_style import ReadingStyle
from desktop.ui.span_highlighter import FormatForKey, SpanHighlighter, StyledSpan

MIN_SIDE_MARGIN_PX = 28
# Room above the first line, so the text does not start against the tab bar or header, and a
# deeper one below the last, so the end of an article reads as an end, not a cut.
TOP_MARGIN_PX = 24
BOTTOM_MARGIN_PX = 48
# A line scrolled to the top keeps this much space above it, so its ascenders are not clipped.
SCROLL_TOP_GAP_PX = 8
# What a line of English prose is made of, to turn a measure in characters into pixels.
MEASURE_SAMPLE = "the quick brown fox jumps over the lazy dog, THE QUICK BROWN FOX. "
# A longer line (a text with no line breaks) is shown as several paragraphs, broken at sentence
# ends: Qt lays out and re-formats a paragraph whole, and a megabyte on one line held the window
# for seconds whenever its highlights changed.
LONGEST_SHOWN_LINE = 2_000
SERIF_FAMILIES = ["Noto Serif", "Source Serif Pro", "Georgia", "DejaVu Serif", "Liberation Serif", "serif"]
# Zoom scales the reading font (and the measure with it) in steps, as browsers and viewers do.
DEFAULT_ZOOM_PERCENT = 100
ZOOM_STEP_PERCENT = 10
MIN_ZOOM_PERCENT = 50
MAX_ZOOM_PERCENT = 300
# The angle one notch of a mouse wheel turns (in eighths of a degree); touchpads send less at a time.
WHEEL_NOTCH = 120


def clamp_zoom(percent: int) -> int:
    """The nearest zoom step to ``percent`` within the zoom range."""
    step = round(percent / ZOOM_STEP_PERCENT) * ZOOM_STEP_PERCENT
    return max(MIN_ZOOM_PERCENT, min(MAX_ZOOM_PERCENT, step))


class ReaderView(QTextBrowser):
    """Shows one article; layers of spans are painted by a ``SpanHighlighter``."""

    clickedAt = Signal(int)  # code point clicked without selecting anything
    zoomChanged = Signal(int)  # percent
    paletteChanged = Signal()  # the reader's colours were laid out again for a new palette

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Links open in the system browser only when clicked, never inside the reader.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(open_link)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._offsets = Utf16Offsets("")
        # Where visible_blocks starts looking: the first block on screen when last asked.
        self._first_visible = 0
        self._article = Article("")
        self._zoom_percent = DEFAULT_ZOOM_PERCENT
        self._style = ReadingStyle()
        self._wheel_angle = 0  # turned with Ctrl held but not yet a whole zoom step
        self._tooltip_source: TooltipSource | None = None
        self.highlighter = SpanHighlighter(self.document())
        self.highlighter.visible_blocks = self.visible_blocks
        self.layout_ahead = LayoutAhead(self.document())
        # The text held at the top of the view until the text is laid out (see ``keep_top``).
        self._kept_top: int | None = None
        self._kept_value = 0  # the scroll bar's value once it was brought back
        # The text last brought to the top and the scroll bar's value then (see ``_top_to_keep``).
        self._held: tuple[int, int] | None = None
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.highlighter.wake())
        self.verticalScrollBar().rangeChanged.connect(self._top_laid_out)
        self.document().setDefaultFont(self._reading_font())
        self.viewport().setMouseTracking(True)

    # -- content ---------------------------------------------------------------------------
    def show_article(self, article: Article) -> None:
        """Replace the content; highlights are cleared until new layers are set."""
        self.highlighter.reset()
        self._kept_top = None
        self._held = None
        self._article = article
        self._offsets = Utf16Offsets(article.text)
        # The old text's place means nothing in this one (and looking there would lay it out).
        self._first_visible = 0
        document = self.document()
        # One edit for the text, its layout and margins: the highlighter looks at every line
        # (and Qt starts laying the text out) once, not after each of the three.
        edit = QTextCursor(document)
        edit.beginEditBlock()
        document.setPlainText(break_long_lines(article.text, LONGEST_SHOWN_LINE))
        apply_layout(document, article, self.to_document, self.palette(), self._style.line_spacing_percent)
        self._update_margins()
        edit.endEditBlock()
        self.layout_ahead.start()
        # Back to the top without moveCursor(), which would lay out the whole text first.
        self.verticalScrollBar().setValue(0)

    @property
    def text(self) -> str:
        return self._article.text

    # -- zoom ------------------------------------------------------------------------------
    @property
    def zoom_percent(self) -> int:
        return self._zoom_percent

    def set_zoom(self, percent: int) -> None:
        """Scale the reading font (headings and code, sized relative to it, follow) to
        ``percent``, rounded to a zoom step; the text at the top of the view stays there."""
        percent = clamp_zoom(percent)
        if percent == self._zoom_percent:
            return
        top = self._top_to_keep()
        self._zoom_percent = percent
        self.document().setDefaultFont(self._reading_font())
        self._update_margins()
        self._lay_out_anew(top)
        self.zoomChanged.emit(percent)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom_percent + ZOOM_STEP_PERCENT)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom_percent - ZOOM_STEP_PERCENT)

    def reset_zoom(self) -> None:
        self.set_zoom(DEFAULT_ZOOM_PERCENT)

    def _reading_font(self) -> QFont:
        font = QFont()
        chosen = [self._style.font_family] if self._style.font_family else []
        font.setFamilies(chosen + SERIF_FAMILIES)
        font.setPointSizeF(self._style.point_size * self._zoom_percent / 100)
        return font

    # -- reading style ---------------------------------------------------------------------
    @property
    def reading_style(self) -> ReadingStyle:
        return self._style

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Typeface, size, measure and line spacing (the theme is the palette, set from outside);
        the text at the top of the view stays there."""
        if style == self._style:
            return
        top = self._top_to_keep()
        spacing_changed = style.line_spacing_percent != self._style.line_spacing_percent
        self._style = style
        self.document().setDefaultFont(self._reading_font())
        if spacing_changed:
            respace(self.document(), self._article, self.to_document, style.line_spacing_percent)
        self._update_margins()
        self._lay_out_anew(top)

    def _top_to_keep(self) -> int:
        """The text at the top: the one kept from a change not laid out yet (a second zoom
        step), else the one last brought there if the reader has not scrolled since, else the
        one on screen. The start of the line on screen is a few words before the text kept at
        the last step: taken each step, the place crept back a line every step or two."""
        if self._kept_top is not None:
            return self._kept_top
        if self._held is not None and self._held[1] == self.verticalScrollBar().value():
            return self._held[0]
        return self.top_position()

    def _lay_out_anew(self, top: int) -> None:
        """After a change of font or spacing, with ``top`` kept at the top of the view."""
        self.layout_ahead.start()
        if top > 0:
            self.keep_top(top, at_once=True)

    @property
    def kept_top(self) -> int | None:
        """The text being held at the top until the text is laid out, if any: the reader's
        place meanwhile (the view may not be there yet)."""
        return self._kept_top

    def keep_top(self, top: int, *, at_once: bool) -> None:
        """Bring ``top`` to the top of the view. While the text is being laid out (a book shown
        a moment ago, or after a zoom step), the view scrolls only as far as it has been, and a
        line's place moves as the lines above it are laid out again: then again once the layout
        is done, unless the reader scrolls meanwhile. ``at_once``: also now, laying the text out
        down to there in one go (30-200 ms in a book), so that the text on screen stays put."""
        if not self.layout_ahead.pending:
            self._kept_top = None
            self._bring_to_top(top)
            return
        self._kept_top = top
        if at_once:
            self.scroll_to(top)
        self._kept_value = self.verticalScrollBar().value()

    def _top_laid_out(self) -> None:
        if self.layout_ahead.pending:
            return
        value = self.verticalScrollBar().value()
        top = self._kept_top
        if top is not None:
            self._kept_top = None
            if value == self._kept_value:  # else the reader has scrolled
                self._bring_to_top(top)
        elif self._held is not None and self._held[1] == value:
            # A line re-highlighted has Qt lay out again, in its own steps, the lines after it
            # (the highlights of a book shown a moment ago): the lines above the place brought
            # to the top move, and it with them, unless brought back at each step.
            self._bring_to_top(self._held[0])

    def _bring_to_top(self, top: int) -> None:
        """``scroll_to`` a place held, remembered for the next step (``_top_to_keep``)."""
        self.scroll_to(top)
        self._held = (top, self.verticalScrollBar().value())

    def measure_px(self) -> int:
        """The width of a line of text: the style's characters in the reading font."""
        metrics = QFontMetricsF(self._reading_font())
        return round(
            metrics.horizontalAdvance(MEASURE_SAMPLE) / len(MEASURE_SAMPLE) * self._style.measure_chars
        )

    def wheelEvent(self, event: QWheelEvent) -> None:
        # QTextEdit's own Ctrl+wheel zoom sets the widget font, which replaces the reading font
        # (family and size) with the interface font.
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        event.accept()
        self._wheel_angle += event.angleDelta().y()
        steps = int(self._wheel_angle / WHEEL_NOTCH)  # towards zero: a half notch back undoes half
        if steps:
            self._wheel_angle -= steps * WHEEL_NOTCH
            self.set_zoom(self._zoom_percent + steps * ZOOM_STEP_PERCENT)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # QTextEdit hands a new widget font (an application font change) to the document,
            # which would replace the reading font.
            self.document().setDefaultFont(self._reading_font())
        elif event.type() == QEvent.Type.PaletteChange:
            # Quotes, code and links carry colours of the palette they were laid out with.
            recolour(self.document(), self._article, self.to_document, self.palette())
            self.paletteChanged.emit()

    # -- positions -------------------------------------------------------------------------
    def to_document(self, codepoint: int) -> int:
        return self._offsets.to_utf16(codepoint)

    def to_document_positions(self, codepoints: Sequence[int]) -> list[int]:
        """Many positions at once; no work at all for a text without characters outside the BMP."""
        return self._offsets.to_utf16_many(codepoints)

    def to_text(self, position: int) -> int:
        return self._offsets.to_codepoint(position)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copied text is the article's, without the line breaks only shown on screen."""
        data = super().createMimeDataFromSelection()
        selected = self.selected_range()
        if selected is not None:
            data.text()  # Qt's mime data makes its formats on first access, over anything set before
            data.setText(self.text[selected[0] : selected[1]])
        return data

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as code points into the article text, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.to_text(cursor.selectionStart()), self.to_text(cursor.selectionEnd())

    def select_range(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select ``text[start:end]`` and (unless told not to) scroll it to the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_document(start))
        cursor.setPosition(self.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if not scroll:
            return
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)

    def place_caret(self, codepoint: int) -> None:
        """Put the (invisible) caret at ``codepoint``, clearing the selection, without scrolling."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_document(codepoint))
        bar = self.verticalScrollBar()
        top = bar.value()
        self.setTextCursor(cursor)
        bar.setValue(top)

    def position_at(self, x: int, y: int) -> int | None:
        """Code point under a viewport point, or None past the end of a line."""
        cursor = self.cursorForPosition(QPoint(x, y))
        if cursor.position() >= self.document().characterCount() - 1:
            return None
        return self.to_text(cursor.position())

    # -- highlights ------------------------------------------------------------------------
    def set_layer(
        self, name: str, spans: Sequence[tuple[int, int, str]], format_for: FormatForKey, order: int
    ) -> None:
        """Paint ``(start, end, key)`` spans, given in code points, as one named layer;
        layers with a higher ``order`` paint over lower ones."""
        self.highlighter.set_layer(name, self._styled(spans), format_for, order)

    def extend_layer(
        self, name: str, spans: Sequence[tuple[int, int, str]], format_for: FormatForKey, order: int
    ) -> None:
        """Add spans to a named layer, repainting only the lines they are on."""
        self.highlighter.extend_layer(name, self._styled(spans), format_for, order)

    def _styled(self, spans: Sequence[tuple[int, int, str]]) -> list[StyledSpan]:
        if self._offsets.identity:  # no characters outside the BMP: positions are the same
            return [StyledSpan(*span) for span in spans]
        starts = self._offsets.to_utf16_many([start for start, _end, _key in spans])
        ends = self._offsets.to_utf16_many([end for _start, end, _key in spans])
        return [
            StyledSpan(start, end, key) for start, end, (_s, _e, key) in zip(starts, ends, spans, strict=True)
        ]

    def refresh_highlights(self) -> None:
        self.highlighter.schedule_all()

    def visible_blocks(self) -> range:
        """Numbers of the text blocks on screen, which are re-highlighted first.

        Found from the blocks' rectangles, walking from the last answer's first block, not by
        asking the layout what lies under the screen's corners: that hit test runs one of Qt's
        lazy-layout steps of up to 200,000 characters while a new text is being laid out (95 ms
        in a book), and the highlighter asks at every slice of its work."""
        document = self.document()
        layout = document.documentLayout()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        block = document.findBlockByNumber(min(self._first_visible, document.blockCount() - 1))
        while block.isValid() and block.previous().isValid() and layout.blockBoundingRect(block).top() > top:
            block = block.previous()
        while block.isValid() and block.next().isValid() and layout.blockBoundingRect(block).bottom() <= top:
            block = block.next()
        self._first_visible = first = block.blockNumber()
        while (
            block.isValid() and block.next().isValid() and layout.blockBoundingRect(block).bottom() < bottom
        ):
            block = block.next()
        return range(first, max(block.blockNumber(), first) + 1)

    def set_tooltip_source(self, source: TooltipSource) -> None:
        self._tooltip_source = source

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.position_at(event.pos().x(), event.pos().y())
            tip = (
                self._tooltip_source.tooltip_at(position)
                if self._tooltip_source and position is not None
                else ""
            )
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.position_at(event.position().toPoint().x(), event.position().toPoint().y())
            if position is not None:
                self.clickedAt.emit(position)

    def top_position(self) -> int:
        """The code point that starts the line at the top of the view: the reading position.

        Found from the block on screen's rectangle and its lines, not by Qt's hit test: while
        the text is laid out anew (after a zoom step) that still reads the old places of the
        lines below, and answered a line thousands of characters further down."""
        document = self.document()
        top = self.verticalScrollBar().value()
        block = document.findBlockByNumber(self.visible_blocks().start)
        block_top = document.documentLayout().blockBoundingRect(block).top()
        lines = block.layout()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            if block_top + line.y() + line.height() > top:
                return self.to_text(block.position() + line.textStart())
        return self.to_text(block.position())

    def scroll_to(self, codepoint: int) -> None:
        """Bring ``codepoint`` to the top of the view without selecting anything."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_document(min(codepoint, len(self._article.text))))
        bar = self.verticalScrollBar()
        wanted = bar.value() + self.cursorRect(cursor).top() - SCROLL_TOP_GAP_PX  # laid out to there
        if wanted > bar.maximum() and self.layout_ahead.pending:
            self.layout_ahead.report_size()  # else the range stops short of what was laid out
        bar.setValue(wanted)

    # -- layout ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def _update_margins(self) -> None:
        side = max(MIN_SIDE_MARGIN_PX, (self.viewport().width() - self.measure_px()) // 2)
        root = self.document().rootFrame()
        frame_format: QTextFrameFormat = root.frameFormat()
        if frame_format.leftMargin() == side and frame_format.topMargin() == TOP_MARGIN_PX:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(TOP_MARGIN_PX)
        frame_format.setBottomMargin(BOTTOM_MARGIN_PX)
        # Unheard by the highlighter, which would format every line again (a book's in one go,
        # at each resize) though no character changed; the layout is told all the same.
        document = self.document()
        was_blocked = document.blockSignals(True)
        try:
            root.setFrameFormat(frame_format)
        finally:
            document.blockSignals(was_blocked)


class TooltipSource(Protocol):
    """Something that can explain the text at a code point (entities, claims…)."""

    def tooltip_at(self, codepoint: int) -> str: ...
