"""A checkbox per entity label with its colour swatch; toggling one shows or hides its highlights."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from desktop.ui.theme import LABEL_STYLES, describe_label, is_dark, label_accent, label_background

COLUMNS = 3


class LabelLegend(QWidget):
    labelToggled = Signal(str, bool)

    def __init__(self, enabled: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(2)
        enabled_labels = set(enabled)
        self.checkboxes: dict[str, QCheckBox] = {}
        for i, style in enumerate(LABEL_STYLES):
            box = QCheckBox(style.title)
            box.setToolTip(describe_label(style.label))
            box.setChecked(style.label in enabled_labels)
            box.toggled.connect(lambda checked, label=style.label: self.labelToggled.emit(label, checked))
            layout.addWidget(box, i // COLUMNS, i % COLUMNS)
            self.checkboxes[style.label] = box
        self._refresh_swatches()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_swatches()

    def _refresh_swatches(self) -> None:
        dark = is_dark(self.palette())
        for label, box in self.checkboxes.items():
            box.setIcon(_swatch(label_background(label, dark), label_accent(label, dark)))

    def enabled_labels(self) -> set[str]:
        return {label for label, box in self.checkboxes.items() if box.isChecked()}


def _swatch(fill: QColor, edge: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(edge)
    inner = QPixmap(12, 12)
    inner.fill(fill)
    painter = QPainter(pixmap)
    painter.drawPixmap(1, 1, inner)
    painter.end()
    return QIcon(pixmap)
