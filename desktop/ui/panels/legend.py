"""A checkbox per entity label with its colour swatch; toggling one shows or hides its highlights.

Folded by default behind a one-line "Colour key" button, so it neither takes the Entities tab's
room from the list nor puts eighteen checkboxes in the Tab order."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QToolButton, QVBoxLayout, QWidget

from desktop.ui.panels.spacing import TIGHT_SPACING_PX
from desktop.ui.theme import LABEL_STYLES, describe_label, is_dark, label_accent, label_background

COLUMNS = 3
# Between the key's columns: wide enough that a checkbox is not read as the next one's.
COLUMN_GAP_PX = 10
# A label's swatch: its colour inside a one-pixel edge of the underline colour.
SWATCH_PX = 14
SWATCH_EDGE_PX = 1
SHORT_TITLE = "Colour key"
TOGGLE_TIP = "Show or hide the entity colours and which of them are painted"


class LabelLegend(QWidget):
    labelToggled = Signal(str, bool)

    def __init__(self, enabled: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle_button = QToolButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setAccessibleName("Colour key")
        self.toggle_button.toggled.connect(self.set_expanded)
        self.key = QWidget()
        grid = QGridLayout(self.key)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(COLUMN_GAP_PX)
        grid.setVerticalSpacing(TIGHT_SPACING_PX)
        enabled_labels = set(enabled)
        self.checkboxes: dict[str, QCheckBox] = {}
        for i, style in enumerate(LABEL_STYLES):
            box = QCheckBox(style.title)
            box.setToolTip(describe_label(style.label))
            box.setChecked(style.label in enabled_labels)
            box.toggled.connect(lambda checked, label=style.label: self._on_toggled(label, checked))
            grid.addWidget(box, i // COLUMNS, i % COLUMNS)
            self.checkboxes[style.label] = box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(TIGHT_SPACING_PX)
        # The minimum is minimumSizeHint's (the shortest title), not the title shown.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.key)
        self._refresh_swatches()
        self.set_expanded(False)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle_button.setChecked(expanded)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.key.setVisible(expanded)
        self._update_title()

    def is_expanded(self) -> bool:
        return self.toggle_button.isChecked()

    def _on_toggled(self, label: str, checked: bool) -> None:
        self._update_title()
        self.labelToggled.emit(label, checked)

    def _update_title(self) -> None:
        """The longest title that fits: "Colour key (4 of 18 kinds shown)", then "(4 of 18)",
        then "Colour key" alone, so a narrow panel or a large font never cuts it mid-word."""
        shown, kinds = len(self.enabled_labels()), len(self.checkboxes)
        titles = (f"Colour key ({shown} of {kinds} kinds shown)", f"Colour key ({shown} of {kinds})")
        fitting = (title for title in titles if self._button_width(title) <= self.width())
        self.toggle_button.setText(next(fitting, SHORT_TITLE))
        self.toggle_button.setToolTip(f"{TOGGLE_TIP} ({shown} of {kinds} kinds shown)")

    def _button_width(self, title: str) -> int:
        button = self.toggle_button
        metrics = button.fontMetrics()
        return (
            button.sizeHint().width()
            - metrics.horizontalAdvance(button.text())
            + metrics.horizontalAdvance(title)
        )

    def minimumSizeHint(self) -> QSize:
        # The shortest title's width, not the title shown: the title shortens to fit.
        key = self.key.minimumSizeHint().width() if self.key.isVisible() else 0
        return QSize(max(self._button_width(SHORT_TITLE), key), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_title()

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
    pixmap = QPixmap(SWATCH_PX, SWATCH_PX)
    pixmap.fill(edge)
    inner = QPixmap(SWATCH_PX - 2 * SWATCH_EDGE_PX, SWATCH_PX - 2 * SWATCH_EDGE_PX)
    inner.fill(fill)
    painter = QPainter(pixmap)
    painter.drawPixmap(SWATCH_EDGE_PX, SWATCH_EDGE_PX, inner)
    painter.end()
    return QIcon(pixmap)
