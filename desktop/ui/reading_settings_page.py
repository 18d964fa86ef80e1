"""Reading settings as a page of controls: typeface, size, measure, line spacing and theme.

The page edits a ``ReadingStyle`` and says so at once (``styleChanged``), so the reader behind it
changes as the user tries values; the Reading Settings dialog shows it alone, and a Preferences
dialog can embed it as one of its pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import name_unnamed
from desktop.ui.reading_style import (
    MAX_LINE_SPACING,
    MAX_MEASURE_CHARS,
    MAX_POINT_SIZE,
    MIN_LINE_SPACING,
    MIN_MEASURE_CHARS,
    MIN_POINT_SIZE,
    ReadingStyle,
)
from desktop.ui.theme import THEME_TITLES

DEFAULT_FAMILY_TITLE = "Default serif"
# One arrow press changes the text by a step the eye can just see.
POINT_SIZE_STEP = 0.5
MEASURE_STEP_CHARS = 5
LINE_SPACING_STEP_PERCENT = 10


class ReadingSettingsPage(QWidget):
    styleChanged = Signal(object)  # ReadingStyle

    def __init__(self, style: ReadingStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme_box = QComboBox()
        for key, title in THEME_TITLES.items():
            self.theme_box.addItem(title, key)
        self.family_box = QComboBox()
        self.family_box.addItem(DEFAULT_FAMILY_TITLE, "")
        for family in QFontDatabase.families():
            if not QFontDatabase.isPrivateFamily(family):
                self.family_box.addItem(family, family)
        self.size_box = QDoubleSpinBox()
        self.size_box.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.size_box.setSingleStep(POINT_SIZE_STEP)
        self.size_box.setDecimals(1)
        self.size_box.setSuffix(" pt")
        self.measure_box = QSpinBox()
        self.measure_box.setRange(MIN_MEASURE_CHARS, MAX_MEASURE_CHARS)
        self.measure_box.setSingleStep(MEASURE_STEP_CHARS)
        self.measure_box.setSuffix(" characters")
        self.spacing_box = QSpinBox()
        self.spacing_box.setRange(MIN_LINE_SPACING, MAX_LINE_SPACING)
        self.spacing_box.setSingleStep(LINE_SPACING_STEP_PERCENT)
        self.spacing_box.setSuffix(" %")
        form = QFormLayout(self)
        form.addRow("&Theme:", self.theme_box)
        form.addRow("&Font:", self.family_box)
        form.addRow("&Size:", self.size_box)
        form.addRow("Line &width:", self.measure_box)
        form.addRow("Line s&pacing:", self.spacing_box)
        name_unnamed(self)
        self.set_style(style)
        self.theme_box.currentIndexChanged.connect(self._emit)
        self.family_box.currentIndexChanged.connect(self._emit)
        for box in (self.size_box, self.measure_box, self.spacing_box):
            box.valueChanged.connect(self._emit)

    def set_style(self, style: ReadingStyle) -> None:
        """Show ``style`` in the controls without announcing it as a change."""
        self.blockSignals(True)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(style.theme)))
        # A family no longer installed shows as the default, which the reader falls back to.
        self.family_box.setCurrentIndex(max(0, self.family_box.findData(style.font_family)))
        self.size_box.setValue(style.point_size)
        self.measure_box.setValue(style.measure_chars)
        self.spacing_box.setValue(style.line_spacing_percent)
        self.blockSignals(False)

    def reading_style(self) -> ReadingStyle:
        return ReadingStyle(
            str(self.family_box.currentData()),
            self.size_box.value(),
            self.measure_box.value(),
            self.spacing_box.value(),
            str(self.theme_box.currentData()),
        )

    def _emit(self) -> None:
        self.styleChanged.emit(self.reading_style())


class ReadingSettingsDialog(QDialog):
    """The page alone, changes applied as they are made; Restore Defaults puts back the defaults."""

    def __init__(self, style: ReadingStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reading Settings")
        self.page = ReadingSettingsPage(style)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.rejected.connect(self.accept)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        self.page.set_style(ReadingStyle())
        self.page.styleChanged.emit(ReadingStyle())
