"""Small widget helpers shared by the side-panel tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

# Between a combo's icon and its text, as Qt's styles leave it.
ICON_GAP_PX = 4


def muted(colour: QColor) -> QColor:
    muted = QColor(colour)
    muted.setAlphaF(0.65)
    return muted


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return small


class ElidingComboBox(QComboBox):
    """A combo whose text ends in "…" when it has less room than the text needs: Qt's own
    combo cuts it off mid-letter, which at a large font left "All kinds (1" under the arrow."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        if not option.currentIcon.isNull():
            room.setWidth(room.width() - option.iconSize.width() - ICON_GAP_PX)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, room.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def whole_width(self, text: str) -> int:
        """How wide the combo must be to show ``text`` (with the current icon) whole."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        icon = 0 if option.currentIcon.isNull() else option.iconSize.width() + ICON_GAP_PX
        contents = QSize(self.fontMetrics().horizontalAdvance(text) + icon, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, self).width()


def filter_combo(tooltip: str, characters: int) -> ElidingComboBox:
    combo = ElidingComboBox()
    combo.setToolTip(tooltip)
    # Long source names must not widen the side panel; the popup still shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class WrappingRow(QWidget):
    """Widgets side by side while their natural widths fit, else one above the other: at a large
    font or in a narrow panel each keeps its whole text instead of being squeezed until it is cut.
    A row inside a row wraps on its own, so a group can stay together on its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        # The row's minimum is that of the widest widget (the one-per-line layout): side by side
        # it would hold the window wide before it could wrap.
        self.row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add(self, widget: QWidget, stretch: int = 0, alignment: Qt.AlignmentFlag | None = None) -> None:
        if alignment is None:
            self.row.addWidget(widget, stretch)
        else:
            self.row.addWidget(widget, stretch, alignment)

    @property
    def wrapped(self) -> bool:
        return self.row.direction() == QBoxLayout.Direction.TopToBottom

    def natural_width(self) -> int:
        """The width the row needs to show every shown widget whole, side by side."""
        widths = [_natural_width(item) for item in self._items() if not item.isEmpty()]
        return sum(widths) + self.row.spacing() * max(0, len(widths) - 1)

    def fit(self) -> None:
        """Side by side or one per line, whichever the row's width allows (call after a change
        of what a combo shows: resizes and layout changes are followed on their own)."""
        fits = self.natural_width() <= self.contentsRect().width()
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if direction != self.row.direction():
            self.row.setDirection(direction)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        # Always the side-by-side width: a wrapped row asking for less would never be given back
        # the room to unwrap.
        return QSize(self.natural_width(), self.row.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        widest = max((item.minimumSize().width() for item in self._items() if not item.isEmpty()), default=0)
        return QSize(widest, self.row.minimumSize().height())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.fit()
        return handled

    def _items(self) -> list[QLayoutItem]:
        return [item for index in range(self.row.count()) if (item := self.row.itemAt(index)) is not None]


def _natural_width(item: QLayoutItem) -> int:
    widget: QObject | None = item.widget()
    if isinstance(widget, WrappingRow):
        return widget.natural_width()
    if isinstance(widget, ElidingComboBox):
        # Its size hint is kept short so long names cannot widen the panel; the row makes room
        # for its first item ("All sources (12)"), which is what it shows unless a filter is on.
        return max(widget.sizeHint().width(), widget.whole_width(widget.itemText(0)))
    if isinstance(widget, QLineEdit):
        # A field stretches to what is left; it needs room for its placeholder ("Filter…").
        placeholder = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
        return widget.minimumSizeHint().width() + placeholder
    return item.sizeHint().width()


def refill(combo: QComboBox, items: Sequence[tuple[str, str | None, QIcon | None]]) -> None:
    """Replaces the items, keeping the chosen one when it is still offered (else the first)."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data, icon in items:
        if icon is None:
            combo.addItem(text, data)
        else:
            combo.addItem(icon, text, data)
    combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
    combo.blockSignals(False)
