"""Small widget helpers shared by the side-panel tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QComboBox


def muted(colour: QColor) -> QColor:
    muted = QColor(colour)
    muted.setAlphaF(0.65)
    return muted


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return small


def filter_combo(tooltip: str, characters: int) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(tooltip)
    # Long source names must not widen the side panel; the popup still shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


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
