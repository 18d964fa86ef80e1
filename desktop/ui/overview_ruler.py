"""Where the marks are in the whole article, painted over the reader's vertical scrollbar, like
a code editor's overview ruler: highlights, notes, find hits, failing figure checks.

Positions become heights through the document layout (a block's top, plus the line's within it,
over the document height). That costs a lookup per mark, so it is done once per change, after a
short pause, a slice of marks per event-loop turn (a book's tens of thousands took a third of a
second at once), and kept as a few hundred pixel rows. Those rows become runs of equal pixels, one colour
per lane per pixel (the one drawn last, as if every row were painted as a 4-pixel mark in order),
and the runs are drawn once into a picture that every repaint copies: a handful of rectangles
whatever the number of marks, and none redrawn when a new placing (Qt reports the document's
size again as it lays lines out while scrolling) comes to the same rows
(benchmarks/overview_ruler_bench.py measures both)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QTextDocument
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

from desktop.ui.reader import ReaderView

# Marks pile up while the user types into the find bar or the analysis paints; one pass after.
RECOMPUTE_DELAY_MS = 150
MARK_HEIGHT_PX = 4
LANES = 3  # highlights | notes and failing checks | find hits
# Marks placed per event-loop turn: a few milliseconds' work.
MARKS_PER_SLICE = 2_000
# Marks start inside the groove's one-pixel border, and stay visible on a very narrow bar.
GROOVE_BORDER_PX = 1
MIN_LANE_WIDTH_PX = 2


@dataclass(frozen=True)
class MarkSet:
    positions: tuple[int, ...]  # code points into the article text
    colours: tuple[QColor, ...]  # one per position, or a single colour for all
    lane: int


class OverviewRuler(QWidget):
    def __init__(self, reader: ReaderView) -> None:
        bar = reader.verticalScrollBar()
        super().__init__(bar)
        self.reader = reader
        self.bar = bar
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName("Overview of highlights, notes and find hits")
        self._sets: dict[str, MarkSet] = {}
        # Per lane, (fraction of the document height, rgb) of each mark row: the cache painted from.
        self._rows: list[tuple[int, float, int]] = []
        # The marks drawn once into a picture, which a repaint (on every scroll) only copies.
        self._picture: QImage | None = None
        self._timer = QTimer(self, singleShot=True, interval=RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self._start_placing)
        # The placing under way, a slice per turn of the event loop; a change starts it over.
        self._placing: Iterator[None] | None = None
        self._slices = QTimer(self, singleShot=True, interval=0)
        self._slices.timeout.connect(self._place_slice)
        bar.installEventFilter(self)
        layout = reader.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self.schedule())
        self.setGeometry(bar.rect())
        self.show()

    def set_marks(self, kind: str, positions: Sequence[int], colours: Sequence[QColor], lane: int) -> None:
        """Mark ``positions`` (one colour each, or one for all) in a lane; no positions clears."""
        if positions:
            self._sets[kind] = MarkSet(tuple(positions), tuple(colours), lane)
        else:
            self._sets.pop(kind, None)
        self.schedule()

    def schedule(self) -> None:
        self._placing = None
        self._slices.stop()
        self._timer.start()

    def mark_count(self) -> int:
        return sum(len(s.positions) for s in self._sets.values())

    def rows(self) -> list[tuple[int, float, int]]:
        """(lane, fraction of the document height, rgb) of every painted row, once up to date."""
        return list(self._rows)

    def picture(self) -> QImage | None:
        """The marks as drawn for the repaints, or None until they are drawn (again)."""
        return self._picture

    def recompute(self) -> None:
        """Place every mark now, in one go (what the sliced placing after a change comes to)."""
        self._timer.stop()
        self._slices.stop()
        self._placing = None
        for _slice in self._placements():
            pass

    def _start_placing(self) -> None:
        if self.reader.layout_ahead.pending:
            # Its height would lay the rest of a new text out at once; the text's size, reported
            # once it is laid out, schedules the placing again.
            return
        self._placing = self._placements()
        self._place_slice()

    def _place_slice(self) -> None:
        if self._placing is None:
            return
        if next(self._placing, StopIteration) is StopIteration:
            self._placing = None
        else:
            self._slices.start()

    def _placements(self) -> Iterator[None]:
        """Works out the rows, yielding after each slice of marks; the rows are shown at the end."""
        document = self.reader.document()
        height = document.documentLayout().documentSize().height()
        resolution = max(1, self._groove().height())  # marks closer than a pixel are one row
        scale = resolution / height if height > 0 else 0.0
        rows: set[tuple[int, int, int]] = set()
        for mark_set in list(self._sets.values()):
            positions = self.reader.to_document_positions(mark_set.positions)
            rgbs = [colour.rgb() for colour in mark_set.colours]
            if len(rgbs) == 1:
                rgbs *= len(positions)
            lane = mark_set.lane
            for first in range(0, len(positions), MARKS_PER_SLICE):
                heights = _layout_heights(document, positions[first : first + MARKS_PER_SLICE])
                rows.update(
                    (lane, min(resolution, int(y * scale)), rgb)
                    for y, rgb in zip(heights, rgbs[first : first + MARKS_PER_SLICE], strict=True)
                )
                yield
        placed = [(lane, row / resolution, rgb) for lane, row, rgb in sorted(rows)]
        if placed != self._rows:  # the same rows again (the document reported its size): no repaint
            self._rows = placed
            self._picture = None
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.bar.rect())
            self._picture = None
            self.schedule()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        if self._picture is None or self._picture.size() != self.size() * self.devicePixelRatioF():
            self._picture = self._draw_rows()
        painter = QPainter(self)
        painter.drawImage(0, 0, self._picture)
        painter.end()

    def _draw_rows(self) -> QImage:
        ratio = self.devicePixelRatioF()
        picture = QImage(self.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        groove = self._groove()
        lane_width = max(MIN_LANE_WIDTH_PX, (groove.width() - 2 * GROOVE_BORDER_PX) // LANES)
        painter = QPainter(picture)
        for run in pixel_runs(self._rows, groove.height()):
            painter.fillRect(
                groove.left() + GROOVE_BORDER_PX + run.lane * lane_width,
                groove.top() + run.top,
                lane_width,
                run.height,
                QColor.fromRgb(run.rgb),
            )
        painter.end()
        return picture

    def _groove(self) -> QRect:
        """The part of the scrollbar the handle runs in (between the arrow buttons)."""
        return self.bar.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar,
            _slider_option(self.bar),
            QStyle.SubControl.SC_ScrollBarGroove,
            self.bar,
        )


class PixelRun(NamedTuple):
    """Pixel rows ``top`` to ``top + height`` of a lane (from the groove's top) in one colour."""

    lane: int
    top: int
    height: int
    rgb: int


def pixel_runs(rows: Sequence[tuple[int, float, int]], groove_height: int) -> list[PixelRun]:
    """What painting each row (lane, fraction, rgb) in order as a ``MARK_HEIGHT_PX`` mark comes
    to: the colour each pixel of each lane ends with, equal neighbours merged into runs.

    A pixel row of a book's ruler holds marks of every colour, and marks overlap (4 pixels high,
    rows 1 pixel apart): painting them all was tens of thousands of rectangles."""
    span = groove_height - MARK_HEIGHT_PX
    pixels: dict[int, dict[int, int]] = {}  # lane -> pixel row -> the colour painted last
    for lane, fraction, rgb in rows:
        lane_pixels = pixels.setdefault(lane, {})
        top = int(fraction * span)
        for pixel in range(top, top + MARK_HEIGHT_PX):
            lane_pixels[pixel] = rgb
    runs: list[PixelRun] = []
    for lane, lane_pixels in sorted(pixels.items()):
        for pixel, rgb in sorted(lane_pixels.items()):
            last = runs[-1] if runs else None
            if last is not None and (last.lane, last.top + last.height, last.rgb) == (lane, pixel, rgb):
                runs[-1] = last._replace(height=last.height + 1)
            else:
                runs.append(PixelRun(lane, pixel, 1, rgb))
    return runs


def _slider_option(bar: QScrollBar) -> QStyleOptionSlider:
    # QScrollBar.initStyleOption is protected, out of reach for a bar the scroll area made.
    option = QStyleOptionSlider()
    option.initFrom(bar)
    option.orientation = bar.orientation()
    option.minimum, option.maximum = bar.minimum(), bar.maximum()
    option.sliderPosition = option.sliderValue = bar.value()
    option.singleStep, option.pageStep = bar.singleStep(), bar.pageStep()
    option.upsideDown = bar.invertedAppearance()
    return option


def _layout_heights(document: QTextDocument, positions: Sequence[int]) -> list[float]:
    """The height of each position in document coordinates: its block's top, plus its share of
    the block's height (a pixel row of the ruler is many lines, so no closer look is needed).
    Positions are taken in text order, so each block is looked up and measured once."""
    layout = document.documentLayout()
    heights = [0.0] * len(positions)
    block_start = block_end = -1
    block_top = block_height = 0.0
    for index in sorted(range(len(positions)), key=positions.__getitem__):
        position = positions[index]
        if position >= block_end:
            block = document.findBlock(position)
            if not block.isValid():  # past the end: the text was replaced since the marks were taken
                heights[index] = layout.documentSize().height()
                continue
            rect = layout.blockBoundingRect(block)
            block_start, block_end = block.position(), block.position() + max(block.length(), 1)
            block_top, block_height = rect.top(), rect.height()
        heights[index] = block_top + block_height * (position - block_start) / (block_end - block_start)
    return heights
