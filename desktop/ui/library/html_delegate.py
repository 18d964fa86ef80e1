"""Draws list items as wrapped rich text (the Library's search results)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.ui.library_models import HTML_ROLE
from desktop.ui.model_index import ModelIndex


class HtmlItemDelegate(QStyledItemDelegate):
    """Draws an item's ``HTML_ROLE`` rich text, wrapped to the view's width."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        rect = options.rect
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = options.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        # Secondary text: muted, except on the selection colour where muted grey is illegible.
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        document = self._document(str(index.data(HTML_ROLE)), rect.width(), options, muted)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text)
        painter.save()
        painter.translate(rect.topLeft() + QPoint(self.PADDING, self.PADDING))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        widget = options.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 400
        document = self._document(str(index.data(HTML_ROLE)), width, options)
        return QSize(width, int(document.size().height()) + 2 * self.PADDING)

    def _document(
        self, html: str, width: int, options: QStyleOptionViewItem, muted: QColor | None = None
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(0)
        if muted is not None:
            document.setDefaultStyleSheet(f".where {{ color: {muted.name()}; }}")
        document.setHtml(html)
        document.setTextWidth(max(width - 2 * self.PADDING, 50))
        return document
