"""A small drawing of one group of figures: each article's value by date, so that a toll
that changed, or one outlet that differs, shows at a glance."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.store.knowledge_records import ArchivedFigure
from desktop.ui.panels.figures_model import warning_colour
from desktop.ui.theme import is_dark

# Room around the plotted area for the labels beside the dots and the dates under them
# (twice as much on the left, where a label drawn left of a dot would need it).
MARGIN = 28.0
DOT_RADIUS = 4.5
# Tall enough for a few distinct values and the date row; wide enough for several dates.
MIN_HEIGHT_PX = 140
PREFERRED_SIZE_PX = (480, 170)
# The date axis sits just below the lowest dot; the dates just below it.
AXIS_BELOW_BASELINE_PX = 6
DATE_BELOW_BASELINE_PX = 20
# A label keeps this much space from its dot, and from the widget's edges.
LABEL_GAP_PX = 3
EDGE_GAP_PX = 4


def day_number(stamp: str) -> int:
    """An ISO date (or time) as a day number; 0 for anything else."""
    try:
        return date.fromisoformat(stamp[:10]).toordinal()
    except ValueError:
        return 0


class FigureTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: tuple[ArchivedFigure, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(MIN_HEIGHT_PX)

    def sizeHint(self) -> QSize:
        return QSize(*PREFERRED_SIZE_PX)

    def show_figures(self, figures: tuple[ArchivedFigure, ...]) -> None:
        self.figures = figures
        self.setToolTip("\n".join(f"{f.date[:10]}  {f.text}  — {f.article_title}" for f in figures))
        self.update()

    def points(self) -> list[QPointF]:
        """Where each figure is drawn: date across, value up."""
        area = QRectF(self.rect()).adjusted(MARGIN * 2, MARGIN, -MARGIN, -MARGIN)
        days = [day_number(f.date) for f in self.figures]
        values = [f.value for f in self.figures]
        if not values:
            return []
        first, last = min(days), max(days)
        low, high = min(values), max(values)
        span_days, span_values = max(last - first, 1), max(high - low, 1e-9)
        return [
            QPointF(
                area.left() + area.width() * ((day - first) / span_days if last > first else 0.5),
                area.bottom() - area.height() * ((value - low) / span_values if high > low else 0.5),
            )
            for day, value in zip(days, values, strict=True)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not self.figures:
            painter.setPen(muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, "Choose a group of figures to see them by date."
            )
            return
        points = self.points()
        painter.setPen(QPen(muted, 1))
        baseline = self.height() - MARGIN
        axis = baseline + AXIS_BELOW_BASELINE_PX
        painter.drawLine(QPointF(MARGIN * 2, axis), QPointF(self.width() - MARGIN, axis))
        painter.setPen(QPen(muted, 1.5, Qt.PenStyle.DashLine))
        for before, after in pairwise(points):
            painter.drawLine(before, after)
        dot = warning_colour(is_dark(palette))
        metrics = painter.fontMetrics()
        for figure, point in zip(self.figures, points, strict=True):
            painter.setPen(QPen(text, 1))
            painter.setBrush(dot)
            painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)
            # Labels stay inside the drawing: to the left of a dot near the right edge.
            label_width = metrics.horizontalAdvance(figure.text)
            label_x = point.x() + DOT_RADIUS + LABEL_GAP_PX
            if label_x + label_width > self.width() - EDGE_GAP_PX:
                label_x = point.x() - DOT_RADIUS - LABEL_GAP_PX - label_width
            painter.drawText(QPointF(label_x, point.y() - DOT_RADIUS), figure.text)
            painter.setPen(muted)
            day = figure.date[:10]
            day_x = min(
                max(point.x() - metrics.horizontalAdvance(day) / 2, float(EDGE_GAP_PX)),
                self.width() - EDGE_GAP_PX - metrics.horizontalAdvance(day),
            )
            painter.drawText(QPointF(day_x, baseline + DATE_BELOW_BASELINE_PX), day)
