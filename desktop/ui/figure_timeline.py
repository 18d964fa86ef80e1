"""A small drawing of one group of figures: each article's value by date, so that a toll
that changed, or one outlet that differs, shows at a glance.

A group can hold thousands of figures (a sum every outlet repeats for a year). The drawing
then marks each (date, value) once, and names only the lowest and highest values and the first
and last dates: thousands of labels are unreadable, and took half a second to draw."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QPolygonF
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
# Up to this many marks, each is labelled, dated and joined to the next; beyond, see above.
LABELLED_MARKS = 24
# Beyond that, marks are small see-through dots, where they crowd a darker smudge.
CROWDED_DOT_PX = 3
CROWDED_DOT_ALPHA = 90
# The tooltip lists this many figures, then says how many more there are.
TOOLTIP_LINES = 20


def day_number(stamp: str) -> int:
    """An ISO date (or time) as a day number; 0 for anything else."""
    try:
        return date.fromisoformat(stamp[:10]).toordinal()
    except ValueError:
        return 0


@dataclass(frozen=True)
class TimelineMarks:
    """What a group's drawing marks: one figure a (date, value), in date order (the first that
    gave it names it), and each one's place, from 0 to 1 each way. Made by
    :func:`timeline_marks`, on a worker for thousands of figures."""

    marks: tuple[ArchivedFigure, ...]
    places: tuple[tuple[float, float], ...]


def timeline_marks(figures: Sequence[ArchivedFigure]) -> TimelineMarks:
    marks: dict[tuple[int, float], ArchivedFigure] = {}
    for figure in figures:
        marks.setdefault((day_number(figure.date), figure.value), figure)
    return TimelineMarks(tuple(marks.values()), tuple(_places(list(marks))))


class FigureTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: tuple[ArchivedFigure, ...] = ()
        self._marks: tuple[ArchivedFigure, ...] = ()  # as in TimelineMarks
        self._places: tuple[tuple[float, float], ...] = ()
        self._crowd: tuple[QSize, QPolygonF] | None = None  # the dots of a crowded group, by size
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(MIN_HEIGHT_PX)

    def sizeHint(self) -> QSize:
        return QSize(*PREFERRED_SIZE_PX)

    def show_figures(self, figures: tuple[ArchivedFigure, ...], marks: TimelineMarks | None = None) -> None:
        """Draw ``figures``; ``marks``, their :func:`timeline_marks`, if made already."""
        if figures is self.figures:
            return  # another row of the group shown
        self.figures = figures
        drawn = marks or timeline_marks(figures)
        self._marks, self._places = drawn.marks, drawn.places
        self._crowd = None
        lines = [f"{f.date[:10]}  {f.text}  — {f.article_title}" for f in figures[:TOOLTIP_LINES]]
        if len(figures) > TOOLTIP_LINES:
            lines.append(f"… and {len(figures) - TOOLTIP_LINES:,} more")
        self.setToolTip("\n".join(lines))
        self.update()

    def points(self) -> list[QPointF]:
        """Where each mark is drawn: date across, value up."""
        area = self._area()
        return [self._point(position, area) for position in range(len(self._places))]

    def _point(self, position: int, area: QRectF) -> QPointF:
        across, up = self._places[position]
        return QPointF(area.left() + area.width() * across, area.bottom() - area.height() * up)

    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(MARGIN * 2, MARGIN, -MARGIN, -MARGIN)

    def _dots(self) -> QPolygonF:
        """``_crowd_dots``, made again only when the group or the size changed (each repaint,
        hovering a row or the tooltip, would otherwise go through thousands of marks)."""
        if self._crowd is None or self._crowd[0] != self.size():
            self._crowd = (self.size(), self._crowd_dots())
        return self._crowd[1]

    def _crowd_dots(self) -> QPolygonF:
        """A point for each dot's width of the drawing that has marks: thousands of marks as
        the dots that can be told apart."""
        area = self._area()
        width, height = area.width() / CROWDED_DOT_PX, area.height() / CROWDED_DOT_PX
        cells = {(round(across * width), round(up * height)) for across, up in self._places}
        return QPolygonF(
            [QPointF(area.left() + x * CROWDED_DOT_PX, area.bottom() - y * CROWDED_DOT_PX) for x, y in cells]
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()  # not left to the collector: Qt warns, and may crash, otherwise

    def _paint(self, painter: QPainter) -> None:
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
        labelled = len(self._marks) <= LABELLED_MARKS
        painter.setPen(QPen(muted, 1))
        baseline = self.height() - MARGIN
        axis = baseline + AXIS_BELOW_BASELINE_PX
        painter.drawLine(QPointF(MARGIN * 2, axis), QPointF(self.width() - MARGIN, axis))
        dot = warning_colour(is_dark(palette))
        area = self._area()
        if labelled:
            points = self.points()
            painter.setPen(QPen(muted, 1.5, Qt.PenStyle.DashLine))
            for before, after in pairwise(points):
                painter.drawLine(before, after)
            painter.setPen(QPen(text, 1))
            painter.setBrush(dot)
            for point in points:
                painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)
            named: Sequence[int] = range(len(points))
            dated: Sequence[int] = named
        else:
            # Round points: one call for them all, drawn by Qt.
            dot.setAlpha(CROWDED_DOT_ALPHA)
            painter.setPen(QPen(dot, CROWDED_DOT_PX, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPoints(self._dots())
            named, dated = self._extremes(), (0, len(self._marks) - 1)
        metrics = painter.fontMetrics()
        painter.setPen(text)
        for position in named:
            label, point = self._marks[position].text, self._point(position, area)
            # Labels stay inside the drawing: to the left of a dot near the right edge.
            label_width = metrics.horizontalAdvance(label)
            label_x = point.x() + DOT_RADIUS + LABEL_GAP_PX
            if label_x + label_width > self.width() - EDGE_GAP_PX:
                label_x = point.x() - DOT_RADIUS - LABEL_GAP_PX - label_width
            baseline_at = QPointF(label_x, point.y() - DOT_RADIUS)
            if not labelled:  # readable over the dots
                box = QRectF(
                    baseline_at.x(), baseline_at.y() - metrics.ascent(), label_width, metrics.height()
                )
                painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
            painter.drawText(baseline_at, label)
        painter.setPen(muted)
        for position in dated:
            day, point = self._marks[position].date[:10], self._point(position, area)
            day_x = min(
                max(point.x() - metrics.horizontalAdvance(day) / 2, float(EDGE_GAP_PX)),
                self.width() - EDGE_GAP_PX - metrics.horizontalAdvance(day),
            )
            painter.drawText(QPointF(day_x, baseline + DATE_BELOW_BASELINE_PX), day)

    def _extremes(self) -> tuple[int, int]:
        """The marks of the lowest and the highest value."""
        ups = [up for _, up in self._places]
        return ups.index(min(ups)), ups.index(max(ups))


def _places(marks: list[tuple[int, float]]) -> list[tuple[float, float]]:
    """Each (day, value) as a place in the drawing: 0 to 1 from the first day to the last, and
    from the lowest value to the highest (0.5 where they are all the same)."""
    if not marks:
        return []
    days, values = [day for day, _ in marks], [value for _, value in marks]
    first, last, low, high = min(days), max(days), min(values), max(values)
    return [
        (
            (day - first) / (last - first) if last > first else 0.5,
            (value - low) / (high - low) if high > low else 0.5,
        )
        for day, value in marks
    ]
