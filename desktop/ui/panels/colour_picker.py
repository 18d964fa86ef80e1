"""Choosing a highlight's colour: round swatches with the colour's meaning."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from desktop.store.records import Colour
from desktop.ui.panels.notes_model import (
    colour_names,
)
from desktop.ui.panels.spacing import TIGHT_SPACING_PX
from desktop.ui.theme import highlight_accent, highlight_colour, is_dark

# A swatch as an icon beside text (in a filter's list); on the picker's buttons, large enough to hit.
SWATCH_PX = 12
BUTTON_SWATCH_PX = 16
# Between the last colour button and the colour's meaning.
MEANING_GAP_PX = 6


def colour_swatch(key: str, dark: bool, size: int = SWATCH_PX) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(highlight_accent(key, dark))
    painter.setBrush(highlight_colour(key, dark))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    painter.end()
    return QIcon(pixmap)


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
        self._layout.setSpacing(TIGHT_SPACING_PX)
        self._layout.addStretch(0)
        self._layout.addSpacing(MEANING_GAP_PX)
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
                button.setIconSize(QSize(BUTTON_SWATCH_PX, BUTTON_SWATCH_PX))
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
            button.setIcon(colour_swatch(key, dark, BUTTON_SWATCH_PX))

    def _chosen(self, key: str) -> None:
        self.set_current(key)
        self.colourChosen.emit(key)
